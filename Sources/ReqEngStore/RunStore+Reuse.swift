import GRDB

extension RunStore {
    /// Records `project` in run `runID` as skipped, referring to the results run `sourceRun` recorded
    /// for it instead of copying them; `nil` (and nothing written) when `sourceRun` holds no such
    /// project, so the caller records the project in full.
    ///
    /// One transaction of a fixed number of statements, whatever the size of the project: the
    /// reference row, the project's input errors carried over in one `INSERT … SELECT`, and indexed
    /// counts for the run's summary. A reference to a reference is resolved to the row that holds
    /// the results, so chains never form.
    ///
    /// The commit does not wait for the disk (``writeUnsynced(_:_:)``): a rerun of thousands of
    /// unchanged projects would otherwise pay one sync each, and the run's finishing commit, which
    /// syncs, covers these rows. A power cut before it loses only references a rerun writes again.
    package func recordReused(
        project: String, fromRun sourceRun: String, inRun runID: String
    ) throws(StoreError) -> ReusedProject? {
        try writeUnsynced(ProjectRecord.databaseTableName) { db in
            let sourceRow = ProjectRecord.filter(Column("run_id") == sourceRun && Column("name") == project)
            guard
                let source = try instruments.timed(
                    .select, ProjectRecord.databaseTableName, { try sourceRow.fetchOne(db) }),
                let contentId = source.contentId
            else { return nil }
            try instruments.timed(.delete, ProjectRecord.databaseTableName) {
                try db.execute(
                    sql: "DELETE FROM projects WHERE run_id = ? AND name = ?", arguments: [runID, project])
            }
            let id = try insert(
                ProjectRecord(
                    runId: runID, name: project, title: source.title, error: source.error, status: "skipped",
                    reusedFrom: contentId), db)
            var reused = ReusedProject(id: id, contentId: contentId, title: source.title, error: source.error)
            reused.inputErrors = try carryOverInputErrors(project: project, from: sourceRun, to: runID, db)
            try count(into: &reused, db)
            return reused
        }
    }

    private func carryOverInputErrors(
        project: String, from sourceRun: String, to runID: String, _ db: Database
    ) throws -> [InputErrorRecord] {
        // Discovery records its failures before any project runs; those are already in the new run.
        let notYetRecorded = """
            FROM input_errors AS source WHERE source.run_id = ?1 AND source.project = ?2
            AND NOT EXISTS (
                SELECT 1 FROM input_errors AS known WHERE known.run_id = ?3 AND known.project = source.project
                AND known.path = source.path AND known.kind = source.kind)
            """
        let arguments: StatementArguments = [sourceRun, project, runID]
        let carried = try instruments.timed(.select, InputErrorRecord.databaseTableName) {
            try InputErrorRecord.fetchAll(
                db, sql: "SELECT * \(notYetRecorded) ORDER BY source.id", arguments: arguments)
        }
        guard !carried.isEmpty else { return [] }
        try instruments.timed(.insert, InputErrorRecord.databaseTableName) {
            try db.execute(
                sql: """
                    INSERT INTO input_errors (run_id, project, path, kind, reason)
                    SELECT ?3, source.project, source.path, source.kind, source.reason \(notYetRecorded)
                    ORDER BY source.id
                    """,
                arguments: arguments)
        }
        return carried.map { error in
            var copy = error
            copy.id = nil
            copy.runId = runID
            return copy
        }
    }

    private func count(into reused: inout ReusedProject, _ db: Database) throws {
        let id = reused.contentId
        func count(_ table: String, _ expression: String = "COUNT(*)") throws -> Int {
            try instruments.timed(.select, table) {
                try Int.fetchOne(
                    db, sql: "SELECT \(expression) FROM \(table) WHERE project_id = ?", arguments: [id]) ?? 0
            }
        }
        reused.sessions = try count(SessionRecord.databaseTableName)
        reused.requirements = try count(RequirementRecord.databaseTableName)
        reused.inferred = try count(RequirementRecord.databaseTableName, "COALESCE(SUM(inferred), 0)")
        reused.findings = try count(IssueRecord.databaseTableName)
        reused.questions = try count(QuestionRecord.databaseTableName)
    }
}
