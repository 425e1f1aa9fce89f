/// One usable row of a PROMISE NFR CSV: a requirement sentence and its gold class code.
package struct LabelledRequirement: Sendable, Hashable {
    /// 1-based line number in the file, for messages.
    package var line: Int
    package var projectID: String
    package var text: String
    /// `F` or an NFR code (`PE`, `SE`, …), upper-cased and trimmed.
    package var label: String

    package init(line: Int, projectID: String, text: String, label: String) {
        self.line = line
        self.projectID = projectID
        self.text = text
        self.label = label
    }
}

/// A row that could not be used, with the reason a user can act on.
package struct SkippedRow: Sendable, Hashable {
    package var line: Int
    package var reason: String

    package init(line: Int, reason: String) {
        self.line = line
        self.reason = reason
    }
}
