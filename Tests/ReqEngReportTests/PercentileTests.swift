import ReqEngReport
import Testing

@Suite("Nearest-rank percentiles")
struct PercentileTests {
    struct Case: Sendable, CustomStringConvertible {
        let values: [Double]
        let p: Double
        let expected: Double
        var description: String { "p\(p) of \(values)" }
    }

    static let oneToTen: [Double] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]
    static let five: [Double] = [15, 20, 35, 40, 50]
    static let cases: [Case] = [
        Case(values: oneToTen, p: 50, expected: 5),
        Case(values: oneToTen, p: 90, expected: 9),
        Case(values: oneToTen, p: 95, expected: 10),
        Case(values: oneToTen, p: 100, expected: 10),
        Case(values: five, p: 30, expected: 20),
        Case(values: five, p: 40, expected: 20),
        Case(values: five, p: 50, expected: 35),
        Case(values: five.reversed(), p: 100, expected: 50),
        Case(values: [7], p: 1, expected: 7),
    ]

    @Test("nearest rank of 1…10 and of a classic five-value set", arguments: cases)
    func nearestRank(_ testCase: Case) {
        #expect(Percentile.nearestRank(testCase.p, of: testCase.values) == testCase.expected)
    }

    @Test("no values give no percentile; non-finite values are ignored")
    func edges() {
        #expect(Percentile.nearestRank(95, of: []) == nil)
        #expect(Percentile.nearestRank(95, of: [.nan, 2, .infinity, 1]) == 2)
    }
}
