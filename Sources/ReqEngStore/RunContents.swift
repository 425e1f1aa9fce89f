/// What the report needs of one run, read in one consistent snapshot (turns are left out: the report
/// never shows transcript text in full).
package struct RunContents: Sendable, Hashable {
    package var run: RunRecord
    package var projects: [ProjectRecord]
    package var sessions: [SessionRecord]
    package var requirements: [RequirementRecord]
    package var issues: [IssueRecord]
    package var questions: [QuestionRecord]
    package var invocations: [AgentInvocationRecord]
    package var llmCalls: [LLMCallRecord]
    package var inputErrors: [InputErrorRecord]

    package init(
        run: RunRecord, projects: [ProjectRecord] = [], sessions: [SessionRecord] = [],
        requirements: [RequirementRecord] = [], issues: [IssueRecord] = [], questions: [QuestionRecord] = [],
        invocations: [AgentInvocationRecord] = [], llmCalls: [LLMCallRecord] = [],
        inputErrors: [InputErrorRecord] = []
    ) {
        self.run = run
        self.projects = projects
        self.sessions = sessions
        self.requirements = requirements
        self.issues = issues
        self.questions = questions
        self.invocations = invocations
        self.llmCalls = llmCalls
        self.inputErrors = inputErrors
    }
}
