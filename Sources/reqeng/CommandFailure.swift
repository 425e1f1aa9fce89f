import ReqEngBase

/// A failure the executable itself finds (not a module's), with its message and kind.
struct CommandFailure: CategorizedError {
    var message: String
    var category: ErrorCategory

    var description: String { message }
}
