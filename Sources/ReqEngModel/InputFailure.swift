/// A transcript file that could not be used, and why: a recorded diagnostic, not a thrown error.
public struct InputFailure: Sendable, Codable, Hashable {
    /// Path relative to the input directory it was found in (or as given on the command line).
    public var path: String
    /// Project the file belonged to.
    public var project: String
    /// Machine-readable kind: `empty`, `binary`, `invalid_utf8`, `too_large`, `malformed_json`, …
    public var kind: String
    /// What was wrong, in words a user can act on.
    public var reason: String

    public init(path: String, project: String, kind: String, reason: String) {
        self.path = path
        self.project = project
        self.kind = kind
        self.reason = reason
    }
}

/// A non-fatal remark about an input file (a repair, a skipped unknown file, an ignored link).
public struct InputNotice: Sendable, Codable, Hashable {
    public var path: String
    public var message: String

    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }
}
