import Synchronization

/// Makes trace and span ids (lowercase hex, never all zeros); random by default, injectable for tests.
package struct TraceIDGenerator: Sendable {
    /// 32 hex digits.
    package let nextTraceID: @Sendable () -> String
    /// 16 hex digits.
    package let nextSpanID: @Sendable () -> String

    package init(
        nextTraceID: @escaping @Sendable () -> String,
        nextSpanID: @escaping @Sendable () -> String
    ) {
        self.nextTraceID = nextTraceID
        self.nextSpanID = nextSpanID
    }

    /// Ids from the system's cryptographic random source.
    package static let random = TraceIDGenerator(
        nextTraceID: {
            var generator = SystemRandomNumberGenerator()
            return nonZeroHex(bytes: 16, using: &generator)
        },
        nextSpanID: {
            var generator = SystemRandomNumberGenerator()
            return nonZeroHex(bytes: 8, using: &generator)
        }
    )

    /// Ids counting up from 1 (`000…01`, `000…02`), for byte-exact test output.
    package static func sequential() -> TraceIDGenerator {
        let traces = Mutex<UInt64>(0)
        let spans = Mutex<UInt64>(0)
        return TraceIDGenerator(
            nextTraceID: {
                let value = traces.withLock { counter in
                    counter += 1
                    return counter
                }
                return hex(value, digits: 32)
            },
            nextSpanID: {
                let value = spans.withLock { counter in
                    counter += 1
                    return counter
                }
                return hex(value, digits: 16)
            }
        )
    }

    /// `bytes` random bytes as lowercase hex, retried in the (negligible) all-zero case.
    package static func nonZeroHex(bytes: Int, using generator: inout some RandomNumberGenerator) -> String {
        while true {
            var text = ""
            var allZero = true
            for _ in 0..<bytes {
                let byte = UInt8.random(in: 0...255, using: &generator)
                allZero = allZero && byte == 0
                text += hex(UInt64(byte), digits: 2)
            }
            if !allZero { return text }
        }
    }

    private static func hex(_ value: UInt64, digits: Int) -> String {
        let text = String(value, radix: 16)
        return text.count >= digits ? text : String(repeating: "0", count: digits - text.count) + text
    }
}
