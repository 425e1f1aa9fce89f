import Foundation
import ReqEngIngest

/// The "generated" time of a document, chosen so that the same inputs give the same bytes:
/// `SOURCE_DATE_EPOCH` when set, else the newest modification time of the project's files.
package enum DocumentDate {
    /// `SOURCE_DATE_EPOCH` from the environment, if it holds a non-negative integer.
    package static func sourceDateEpoch(from environment: [String: String]) -> Int? {
        guard let text = environment["SOURCE_DATE_EPOCH"], let value = Int(text), value >= 0 else { return nil }
        return value
    }

    /// Newest modification time (whole seconds) among `files`; 0 if none can be read.
    package static func newestModification(of files: [InputFile]) -> Int {
        files.compactMap { file in
            (try? FileManager.default.attributesOfItem(atPath: file.path)[.modificationDate] as? Date)
                .map { Int($0.timeIntervalSince1970) }
        }.max() ?? 0
    }

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
