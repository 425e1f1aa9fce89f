import Logging

/// Metadata values that keep their JSON type: ``JSONLogHandler`` writes them as JSON numbers and
/// booleans, so `jq 'select(.duration_ms > 100)'` compares numbers, not strings.
///
/// A value written as `"\(count)"` is a string and stays one; use these for every count, duration,
/// ratio and flag.
extension Logger.MetadataValue {
    /// An integer, written as a JSON number.
    package static func number(_ value: Int) -> Logger.MetadataValue { .stringConvertible(value) }

    /// A floating-point number, written as a JSON number (as a string when not finite, which JSON cannot hold).
    package static func number(_ value: Double) -> Logger.MetadataValue { .stringConvertible(value) }

    /// A flag, written as a JSON boolean.
    package static func bool(_ value: Bool) -> Logger.MetadataValue { .stringConvertible(value) }

    /// Milliseconds of `duration`, to the microsecond, written as a JSON number.
    package static func milliseconds(_ duration: Duration) -> Logger.MetadataValue {
        let milliseconds =
            Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
        return .number((milliseconds * 1000).rounded() / 1000)
    }
}
