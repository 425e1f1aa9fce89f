import ReqEngBase
import ReqEngReport

/// How a run ended, before the executable turns it into an exit code (DESIGN.md §2).
package enum RunStatus: Sendable, Hashable {
    /// Every input was used, and no alert of the `--fail-on` severity fired.
    case succeeded
    /// The run worked, but an alert of the `--fail-on` severity fired.
    case alertsFired
    /// Documents were written, but some inputs failed or the batch stopped early.
    case partial
    /// No document could be written: nothing usable in the inputs.
    case nothingUsable
    /// Something stopped the run; the message was already said.
    case failed(ErrorCategory)
    /// A signal stopped the run; finished projects are kept.
    case interrupted(signal: Int32)

    /// The status of a batch that ran to its end.
    package init(_ result: BatchResult) {
        if result.documentsWritten == 0 {
            self = .nothingUsable
        } else if result.stoppedEarly != nil || !result.failures.isEmpty
            || result.projects.contains(where: { $0.error != nil })
        {
            self = .partial
        } else {
            self = .succeeded
        }
    }

    /// What the run store records: `finished` when the batch did its work (some inputs may have
    /// failed), `interrupted` when a signal stopped it, else `failed`.
    package var recorded: String {
        switch self {
        case .succeeded, .alertsFired, .partial: "finished"
        case .interrupted: "interrupted"
        case .nothingUsable, .failed: "failed"
        }
    }

    /// Why the run ended as it did, in words, for the store and the report; ``recorded`` stays the
    /// coarse state that merges and older readers compare.
    package var outcome: String {
        switch self {
        case .succeeded: "finished"
        case .alertsFired: "finished, but an alert of the --fail-on severity fired"
        case .partial: "finished with input errors"
        case .nothingUsable: "failed: no usable transcript"
        case .failed(let category): "failed: " + Self.words(category)
        case .interrupted(let signal): "interrupted by signal \(signal)"
        }
    }

    private static func words(_ category: ErrorCategory) -> String {
        switch category {
        case .usage: "usage error"
        case .badData: "bad data"
        case .noInput: "no input"
        case .temporary: "temporary failure"
        case .badConfiguration: "bad configuration"
        case .cannotWrite: "cannot write the output"
        case .internalFailure: "internal error"
        }
    }
}

/// What `reqeng run` did: the batch's result (when the batch ran), the alerts firing on the run,
/// and how it ended.
package struct RunOutcome: Sendable {
    package var runID: String?
    package var batch: BatchResult?
    package var firingAlerts: [AlertOutcome]
    package var status: RunStatus

    package init(
        runID: String? = nil, batch: BatchResult? = nil, firingAlerts: [AlertOutcome] = [], status: RunStatus
    ) {
        self.runID = runID
        self.batch = batch
        self.firingAlerts = firingAlerts
        self.status = status
    }
}
