import ReqEngModel
import Testing

@testable import ReqEngPipeline

/// What a run records as the reasons behind its status.
@Suite("Run reasons")
struct RunReasonsTests {
    @Test("an early stop comes first, then failed files with what was wrong, then projects without a document")
    func order() {
        var result = BatchResult()
        result.stoppedEarly = .tooManyFailures(count: 1, limit: 1)
        result.failures = [InputFailure(path: "a/bad.json", project: "a", kind: "malformed_json", reason: "truncated")]
        result.projects = [
            ProjectOutcome(
                name: "a", sessions: 0, requirements: 0, inferred: 0, findings: 0, questions: 0, files: [],
                error: "no usable transcript")
        ]
        #expect(
            RunReasons.of(result) == [
                "stopped after 1 failed input file (limit 1); documents already written are kept",
                "a/bad.json: truncated", "project a: no usable transcript",
            ])
        #expect(RunReasons.of(BatchResult()).isEmpty, "a clean batch has no reason to give")
    }

    @Test("at most five reasons are kept; the last says how many more there were")
    func capped() {
        var result = BatchResult()
        result.failures = (1...8).map {
            InputFailure(path: "f\($0).txt", project: "p", kind: "empty", reason: "the file is empty")
        }
        let reasons = RunReasons.of(result)
        #expect(reasons.count == RunReasons.limit)
        #expect(reasons.first == "f1.txt: the file is empty")
        #expect(reasons.last == "… and 4 more")
    }

    @Test(
        "the outcome says why in words",
        arguments: [
            (RunStatus.succeeded, "finished"), (.partial, "finished with input errors"),
            (.nothingUsable, "failed: no usable transcript"), (.failed(.noInput), "failed: no input"),
            (.failed(.temporary), "failed: temporary failure"), (.interrupted(signal: 15), "interrupted by signal 15"),
        ])
    func outcome(status: RunStatus, words: String) {
        #expect(status.outcome == words)
    }
}
