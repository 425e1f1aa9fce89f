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

    /// 0 when every input was used; 2 when some failed but documents were written; 65 when
    /// nothing usable was found.
    static func code(for result: BatchResult) -> Int32 {
        if result.documentsWritten == 0 { return badData }
        if result.stoppedEarly != nil { return partial }
        if !result.failures.isEmpty || result.projects.contains(where: { $0.error != nil }) { return partial }
        return ok
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

/// Messages for a person, on standard error.
enum Terminal {
    static func error(_ message: String) {
        FileHandle.standardError.write(Data((message + "\n").utf8))
    }
}
