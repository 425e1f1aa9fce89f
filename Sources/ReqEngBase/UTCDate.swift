import Foundation

/// Whole-second UTC timestamps as documents, reports and lock files print them.
package enum UTCDate {
    /// `2026-11-27T04:28:20Z` for the given seconds since 1970, in UTC.
    package static func iso8601(epochSeconds: Int) -> String {
        var time = time_t(epochSeconds)
        var parts = tm()
        gmtime_r(&time, &parts)
        return String(
            format: "%04d-%02d-%02dT%02d:%02d:%02dZ", Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1,
            Int(parts.tm_mday), Int(parts.tm_hour), Int(parts.tm_min), Int(parts.tm_sec))
    }
}
