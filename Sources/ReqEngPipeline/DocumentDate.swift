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
}
