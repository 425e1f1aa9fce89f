/// Why the inference catalogue could not be loaded; each message says what to fix.
package enum InferenceCatalogueError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The build compiled no catalogue into the executable.
    case missingResource(name: String)
    /// The file exists but could not be read or decoded.
    case unreadable(path: String, reason: String)
    /// A rule breaks a constraint of the catalogue format.
    case invalidRule(id: String, reason: String)

    package var description: String {
        switch self {
        case .missingResource(let name):
            "The inference rule catalogue '\(name)' was not built into this reqeng; rebuild it from a "
                + "checkout that holds Sources/ReqEngAgents/Resources/inference-rules.json."
        case .unreadable(let path, let reason):
            "The inference rule catalogue at \(path) could not be read: \(reason). "
                + "Fix the JSON or restore the file shipped with reqeng."
        case .invalidRule(let id, let reason):
            "Inference rule '\(id)' is invalid: \(reason). Correct the rule in the catalogue file."
        }
    }
}
