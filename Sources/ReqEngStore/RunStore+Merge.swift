import Foundation
import GRDB

extension RunStore {
    /// Everything recorded about one run, turns included (checkpoints are left out: they belong to
    /// the directory that resumes, not to the run), so it can be written into another store.
    package struct RunCopy: Sendable, Hashable {
        package var run: RunRecord
        /// Projects in row order, each with its sessions, turns, requirements, issues and questions.
        package var projects: [ProjectSnapshot]
        package var invocations: [AgentInvocationRecord]
        package var llmCalls: [LLMCallRecord]
        package var inputErrors: [InputErrorRecord]

        package init(
            run: RunRecord, projects: [ProjectSnapshot] = [], invocations: [AgentInvocationRecord] = [],
            llmCalls: [LLMCallRecord] = [], inputErrors: [InputErrorRecord] = []
        ) {
            self.run = run
            self.projects = projects
            self.invocations = invocations
            self.llmCalls = llmCalls
            self.inputErrors = inputErrors
        }
    }

    /// The newest run (by start time, then id), if the store holds any.
    package func latestRun() throws(StoreError) -> RunRecord? {
        try runs(limit: 1).first
    }

    /// Everything about run `id`, read in one snapshot; `nil` for an unknown run.
    package func copy(ofRun id: String) throws(StoreError) -> RunCopy? {
        try read(RunRecord.databaseTableName) { db in
            guard
                let run = try instruments.timed(
                    .select, RunRecord.databaseTableName, { try RunRecord.fetchOne(db, key: id) })
            else { return nil }
            let projects = try fetchAll(ProjectRecord.filter(Column("run_id") == id).order(Column("id")), db)
            return RunCopy(
                run: run,
                projects: try projects.map { try snapshot(of: $0, db) },
                invocations: try fetchAll(
                    AgentInvocationRecord.filter(Column("run_id") == id).order(Column("id")), db),
                llmCalls: try fetchAll(LLMCallRecord.filter(Column("run_id") == id).order(Column("id")), db),
                inputErrors: try fetchAll(InputErrorRecord.filter(Column("run_id") == id).order(Column("id")), db))
        }
    }

    /// Writes `copy` as run `copy.run.id` in one transaction, first deleting that run (and, through
    /// the foreign keys, everything hanging off it) if it exists: writing the same copy twice leaves
    /// the store as after the first time. Row ids are assigned afresh; links between rows are kept.
    package func replaceRun(with copy: RunCopy) throws(StoreError) {
        try write(RunRecord.databaseTableName) { db in
            try instruments.timed(.delete, RunRecord.databaseTableName) {
                try db.execute(sql: "DELETE FROM runs WHERE id = ?", arguments: [copy.run.id])
            }
            try insert(copy.run, db)
            for snapshot in copy.projects {
                var project = snapshot.project
                project.id = nil
                project.runId = copy.run.id
                let projectId = try insert(project, db)
                try insertChildren(of: snapshot, projectId: projectId, db)
            }
            for var invocation in copy.invocations {
                invocation.id = nil
                invocation.runId = copy.run.id
                try insert(invocation, db)
            }
            for var call in copy.llmCalls {
                call.id = nil
                call.runId = copy.run.id
                try insert(call, db)
            }
            for var error in copy.inputErrors {
                error.id = nil
                error.runId = copy.run.id
                try insert(error, db)
            }
        }
    }

    private func snapshot(of project: ProjectRecord, _ db: Database) throws -> ProjectSnapshot {
        // A skipped project's results are copied from the row it reuses: the copy holds them itself.
        let byProject = Column("project_id") == project.contentId
        let sessions = try fetchAll(SessionRecord.filter(byProject).order(Column("id")), db)
        var materialized = project
        materialized.reusedFrom = nil
        return ProjectSnapshot(
            project: materialized,
            sessions: try sessions.map { session in
                ProjectSnapshot.Session(
                    session: session,
                    turns: try fetchAll(
                        TurnRecord.filter(Column("session_id") == session.id).order(Column("number"), Column("id")),
                        db))
            },
            requirements: try fetchAll(RequirementRecord.filter(byProject).order(Column("id")), db),
            issues: try fetchAll(IssueRecord.filter(byProject).order(Column("id")), db),
            questions: try fetchAll(QuestionRecord.filter(byProject).order(Column("id")), db))
    }

    private func insertChildren(of snapshot: ProjectSnapshot, projectId: Int64, _ db: Database) throws {
        for entry in snapshot.sessions {
            var session = entry.session
            session.id = nil
            session.projectId = projectId
            let sessionId = try insert(session, db)
            for var turn in entry.turns {
                turn.id = nil
                turn.sessionId = sessionId
                try insert(turn, db)
            }
        }
        for var requirement in snapshot.requirements {
            requirement.id = nil
            requirement.projectId = projectId
            try insert(requirement, db)
        }
        for var issue in snapshot.issues {
            issue.id = nil
            issue.projectId = projectId
            try insert(issue, db)
        }
        for var question in snapshot.questions {
            question.id = nil
            question.projectId = projectId
            try insert(question, db)
        }
    }
}
