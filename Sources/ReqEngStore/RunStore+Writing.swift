import Foundation
import GRDB

extension RunStore {
    /// Records the start of a run; starting a run id again replaces nothing and fails.
    package func insertRun(_ run: RunRecord) throws(StoreError) {
        _ = try write(RunRecord.databaseTableName) { db in try insert(run, db) }
    }

    /// Marks every run still `running` as `interrupted`; returns how many. Only for a caller that holds
    /// the output directory's lock, when no other process can be running.
    @discardableResult
    package func markRunningRunsInterrupted() throws(StoreError) -> Int {
        try write(RunRecord.databaseTableName) { db in
            try instruments.timed(.update, RunRecord.databaseTableName) {
                try db.execute(sql: "UPDATE runs SET status = 'interrupted' WHERE status = 'running'")
                return db.changesCount
            }
        }
    }

    /// Marks a run finished (or failed) at `endedAt` with the process exit code, why it ended so
    /// (`outcome`, in words) and the first `reasons`.
    package func finishRun(
        id: String, endedAt: Date, status: String, exitCode: Int?, outcome: String? = nil, reasons: [String] = []
    ) throws(StoreError) {
        let reasonsJSON =
            reasons.isEmpty ? nil : String(decoding: (try? JSONEncoder().encode(reasons)) ?? Data(), as: UTF8.self)
        let changed = try write(RunRecord.databaseTableName) { db in
            try instruments.timed(.update, RunRecord.databaseTableName) {
                try db.execute(
                    sql:
                        "UPDATE runs SET ended_at = ?, status = ?, exit_code = ?, outcome = ?, reasons = ? WHERE id = ?",
                    arguments: [endedAt, status, exitCode, outcome, reasonsJSON, id])
                return db.changesCount
            }
        }
        guard changed == 1 else { throw .notFound(table: RunRecord.databaseTableName, key: id) }
    }

    /// Writes (or rewrites, when the project was recorded before in the same run) one project with its
    /// sessions, turns, requirements, issues and questions; returns the project's row id.
    ///
    /// Requirements already present are updated with compare-and-swap on their `version`, so a
    /// concurrent editor's change is never silently overwritten.
    @discardableResult
    package func record(_ snapshot: ProjectSnapshot) throws(StoreError) -> Int64 {
        try write(ProjectRecord.databaseTableName) { db in try insertRows(of: snapshot, db) }
    }

    /// Records one project as ``record(_:)`` does, with its node executions and its input errors, in
    /// one transaction: one disk sync a project rather than one for each kind of row, and a
    /// project is never in the store without its executions.
    @discardableResult
    package func record(
        _ snapshot: ProjectSnapshot, invocations: [AgentInvocationRecord], inputErrors: [InputErrorRecord]
    ) throws(StoreError) -> Int64 {
        try write(ProjectRecord.databaseTableName) { db in
            let projectId = try insertRows(of: snapshot, db)
            try insertAll(invocations, db)
            try insertAll(inputErrors, db)
            return projectId
        }
    }

    private func insertRows(of snapshot: ProjectSnapshot, _ db: Database) throws -> Int64 {
        let projectId = try upsertProject(snapshot.project, db)
        for table in [SessionRecord.databaseTableName, IssueRecord.databaseTableName, "questions"] {
            try instruments.timed(.delete, table) {
                try db.execute(sql: "DELETE FROM \(table) WHERE project_id = ?", arguments: [projectId])
            }
        }
        for entry in snapshot.sessions {
            var session = entry.session
            session.projectId = projectId
            let sessionId = try insertRow(session, db)
            for var turn in entry.turns {
                turn.sessionId = sessionId
                try insertRow(turn, db)
            }
        }
        try replaceRequirements(snapshot.requirements, projectId: projectId, db)
        for var issue in snapshot.issues {
            issue.projectId = projectId
            try insertRow(issue, db)
        }
        for var question in snapshot.questions {
            question.projectId = projectId
            try insertRow(question, db)
        }
        return projectId
    }

    /// Appends agent invocations (node executions) of a run.
    package func append(invocations: [AgentInvocationRecord]) throws(StoreError) {
        try appendAll(invocations)
    }

    /// Appends language-model calls of a run.
    package func append(llmCalls: [LLMCallRecord]) throws(StoreError) {
        try appendAll(llmCalls)
    }

    /// Appends input files a run could not use.
    package func append(inputErrors: [InputErrorRecord]) throws(StoreError) {
        try appendAll(inputErrors)
    }

    private func appendAll<R: PersistableRecord>(_ records: [R]) throws(StoreError) {
        guard !records.isEmpty else { return }
        try write(R.databaseTableName) { db in try insertAll(records, db) }
    }

    private func insertAll<R: PersistableRecord>(_ records: [R], _ db: Database) throws {
        for record in records { try insert(record, db) }
    }

    private func upsertProject(_ project: ProjectRecord, _ db: Database) throws -> Int64 {
        let existing = try instruments.timed(.select, ProjectRecord.databaseTableName) {
            try Int64.fetchOne(
                db, sql: "SELECT id FROM projects WHERE run_id = ? AND name = ?",
                arguments: [project.runId, project.name])
        }
        guard let existing else {
            var fresh = project
            fresh.id = nil
            return try insert(fresh, db)
        }
        try instruments.timed(.update, ProjectRecord.databaseTableName) {
            try db.execute(
                sql: """
                    UPDATE projects SET title = ?, error = ?, trace_id = ?, status = ?, reused_from = NULL
                    WHERE id = ?
                    """,
                arguments: [project.title, project.error, project.traceId, project.status, existing])
        }
        return existing
    }

    private func replaceRequirements(_ incoming: [RequirementRecord], projectId: Int64, _ db: Database) throws {
        let current = try fetchAll(RequirementRecord.filter(Column("project_id") == projectId), db)
        var byCode: [String: RequirementRecord] = [:]
        for record in current { byCode[record.code] = record }
        let incomingCodes = Set(incoming.map(\.code))
        for stale in current where !incomingCodes.contains(stale.code) {
            try instruments.timed(.delete, RequirementRecord.databaseTableName) {
                try db.execute(sql: "DELETE FROM requirements WHERE id = ?", arguments: [stale.id])
            }
        }
        for var requirement in incoming {
            requirement.projectId = projectId
            if let old = byCode[requirement.code], let id = old.id {
                requirement.id = id
                requirement.version = old.version
                guard try compareAndSwap(requirement, db) else {
                    instruments.conflict(table: RequirementRecord.databaseTableName)
                    throw StoreError.conflict(table: RequirementRecord.databaseTableName, id: id, attempts: 1)
                }
            } else {
                requirement.id = nil
                requirement.version = 1
                try insertRow(requirement, db)
            }
        }
    }
}
