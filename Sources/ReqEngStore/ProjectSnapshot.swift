/// Everything recorded about one project of a run, written in one transaction.
///
/// Row ids that link the records (`projectId`, `sessionId`) are assigned by the store; whatever the
/// caller puts there is ignored.
package struct ProjectSnapshot: Sendable, Hashable {
    /// A session and its turns.
    package struct Session: Sendable, Hashable {
        package var session: SessionRecord
        package var turns: [TurnRecord]

        package init(session: SessionRecord, turns: [TurnRecord]) {
            self.session = session
            self.turns = turns
        }
    }

    package var project: ProjectRecord
    package var sessions: [Session]
    package var requirements: [RequirementRecord]
    package var issues: [IssueRecord]
    package var questions: [QuestionRecord]

    package init(
        project: ProjectRecord, sessions: [Session] = [], requirements: [RequirementRecord] = [],
        issues: [IssueRecord] = [], questions: [QuestionRecord] = []
    ) {
        self.project = project
        self.sessions = sessions
        self.requirements = requirements
        self.issues = issues
        self.questions = questions
    }
}
