import ReqEngAgents

/// What a batch needs to record itself into the run store: the recorder, the run id, and the
/// collector the graph's instruments report node executions to.
package struct RunRecording: Sendable {
    package var recorder: RunRecorder
    package var runID: String
    package var executions: ExecutionCollector

    package init(recorder: RunRecorder, runID: String, executions: ExecutionCollector) {
        self.recorder = recorder
        self.runID = runID
        self.executions = executions
    }
}
