/// An output file or directory that could not be written, and why in words.
package struct WriteError: CategorizedError, Sendable, Hashable {
    package var path: String
    package var reason: String

    package init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    package var category: ErrorCategory { .cannotWrite }

    package var description: String { "cannot write '\(path)': \(reason)" }
}
