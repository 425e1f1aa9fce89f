import ReqEngIngest
import Testing

@Suite("Timestamps")
struct TimestampTests {
    @Test(arguments: [
        ("00:01:05", "00:01:05"), ("1:02:03", "01:02:03"), ("01:05", "00:01:05"), ("75:30", "01:15:30"),
        ("00:00:01.999", "00:00:01"), ("00:00:04,500", "00:00:04"), ("65", "00:01:05"), ("65.9", "00:01:05"),
        ("2024-04-02T10:15:30Z", "10:15:30"), ("123:00:00", "123:00:00"),
    ])
    func normalises(_ input: String, _ expected: String) {
        #expect(Timestamp.normalise(input) == expected)
    }

    @Test(arguments: ["", "soon", "1:2", "00:60:00", "00:00:61", "10:30am", "1:02:03:04", "-5"])
    func rejects(_ input: String) {
        #expect(Timestamp.normalise(input) == nil)
    }

    @Test func secondsAsNumbers() {
        #expect(Timestamp.normalise(seconds: 3661.25) == "01:01:01")
        #expect(Timestamp.normalise(seconds: -1) == nil)
        #expect(Timestamp.normalise(seconds: .infinity) == nil)
    }
}
