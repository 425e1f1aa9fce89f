/// What kind of failure stopped a command, so that the executable alone can choose an exit code.
///
/// Every module's error type declares its ``CategorizedError/category``; the numbers (DESIGN.md §2)
/// are decided only in the `reqeng` executable.
package enum ErrorCategory: Sendable, Hashable, CaseIterable {
    /// The command line cannot work as given.
    case usage
    /// The input exists but nothing usable is in it.
    case badData
    /// An input path, or a file a command needs, does not exist.
    case noInput
    /// A temporary condition (a lock held, an endpoint failing, a budget spent): try again later.
    case temporary
    /// Options, templates or other configuration are unusable.
    case badConfiguration
    /// An output file or directory cannot be written.
    case cannotWrite
    /// A defect in reqeng itself.
    case internalFailure
}

/// An error that says what kind of failure it is, with a message a person can act on.
package protocol CategorizedError: Error, CustomStringConvertible {
    var category: ErrorCategory { get }
}
