/// A configuration file or directory (`--templates`, `--prices`) that cannot be used.
package struct ResourceError: CategorizedError, Sendable, Hashable {
    package var path: String
    package var reason: String

    package init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    package var category: ErrorCategory { .badConfiguration }

    package var description: String { "cannot use '\(path)': \(reason)" }
}
