import Foundation

/// The source of "now" for log timestamps, span times and metric timestamps, injected so tests are exact.
package struct TelemetryClock: Sendable {
    /// Returns the current time.
    package let now: @Sendable () -> Date

    package init(now: @escaping @Sendable () -> Date) {
        self.now = now
    }

    /// The wall clock.
    package static let system = TelemetryClock { Date() }

    /// A clock that always answers `date`.
    package static func fixed(_ date: Date) -> TelemetryClock {
        TelemetryClock { date }
    }

    /// Nanoseconds since 1970 of the current time (0 for dates before 1970).
    package func nanosecondsSinceEpoch() -> UInt64 {
        let seconds = now().timeIntervalSince1970
        guard seconds > 0 else { return 0 }
        return UInt64((seconds * 1_000_000_000).rounded())
    }
}
