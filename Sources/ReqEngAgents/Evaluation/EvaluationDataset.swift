import Foundation

/// A PROMISE NFR CSV read from disk: its usable rows and the ones it skipped.
package struct EvaluationDataset: Sendable, Hashable {
    package var path: String
    package var rows: [LabelledRequirement]
    package var skipped: [SkippedRow]

    package init(path: String, rows: [LabelledRequirement], skipped: [SkippedRow]) {
        self.path = path
        self.rows = rows
        self.skipped = skipped
    }

    /// Reads and parses `path`; throws when the file is missing, unreadable or has no usable row.
    package static func load(path: String) throws(EvaluationError) -> EvaluationDataset {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue else {
            throw .fileNotFound(path: path)
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .unreadable(path: path, reason: "permission denied or I/O error")
        }
        guard let content = String(data: data, encoding: .utf8) else {
            throw .unreadable(path: path, reason: "the file is not valid UTF-8")
        }
        let parsed = PromiseCSVReader().parse(content)
        guard !parsed.rows.isEmpty else { throw .noUsableRows(path: path, skipped: parsed.skipped.count) }
        return EvaluationDataset(path: path, rows: parsed.rows, skipped: parsed.skipped)
    }
}
