import Foundation
import ReqEngBase
import ReqEngPipeline

/// The exit codes of DESIGN.md §2 (sysexits-style), decided only here, in the executable.
enum ExitStatus {
    static let ok: Int32 = 0
    /// The run worked, but an alert of the `--fail-on` severity fired.
    static let alertGate: Int32 = 1
    static let partial: Int32 = 2
    static let usage: Int32 = 64
    static let badData: Int32 = 65
    static let noInput: Int32 = 66
    static let internalError: Int32 = 70
    static let cannotWrite: Int32 = 73
    static let temporary: Int32 = 75
    static let badConfiguration: Int32 = 78

    /// How a run ended, as a number: 0, 1 (alert gate), 2 (some inputs failed), 65 (nothing
    /// usable), a category's code, or 128 + the signal that interrupted it, as a shell expects.
    @Sendable static func code(for status: RunStatus) -> Int32 {
        switch status {
        case .succeeded: ok
        case .alertsFired: alertGate
        case .partial: partial
        case .nothingUsable: badData
        case .failed(let category): code(for: category)
        case .interrupted(let signal): 128 + signal
        }
    }

    /// The one mapping from a module's kind of failure to its exit code.
    static func code(for category: ErrorCategory) -> Int32 {
        switch category {
        case .usage: usage
        case .badData: badData
        case .noInput: noInput
        case .temporary: temporary
        case .badConfiguration: badConfiguration
        case .cannotWrite: cannotWrite
        case .internalFailure: internalError
        }
    }

    /// The code of any error: its category's, or 70 for an error no module declared.
    static func code(for error: any Error) -> Int32 {
        (error as? any CategorizedError).map { code(for: $0.category) } ?? internalError
    }
}

/// Messages for a person, on standard error. Every error is one line, `reqeng: error: …`, said
/// once, by the code that stops on it.
enum Terminal {
    /// The prefix of every error line, the executable's and the argument parser's alike.
    static let errorPrefix = "reqeng: error: "

    static func say(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    static func error(_ message: String) {
        say(errorPrefix + message)
    }

    static func note(_ message: String) {
        say("reqeng: note: " + message)
    }
}
