import GRDB

extension RunStore {
    /// The report's view of run `id` (``RunOverview``), or `nil` for an unknown run; at most
    /// `findingLimit` findings are loaded.
    package func overview(ofRun id: String, findingLimit: Int) throws(StoreError) -> RunOverview? {
        try read(RunRecord.databaseTableName) { db in
            guard
                let run = try instruments.timed(
                    .select, RunRecord.databaseTableName, { try RunRecord.fetchOne(db, key: id) })
            else { return nil }
            var overview = RunOverview(
                run: run,
                projects: try fetchAll(ProjectRecord.filter(Column("run_id") == id).order(Column("id")), db),
                invocations: try fetchAll(
                    AgentInvocationRecord.filter(Column("run_id") == id).order(
                        Column("started_at_unix_nano"), Column("id")), db),
                llmCalls: try fetchAll(LLMCallRecord.filter(Column("run_id") == id).order(Column("id")), db),
                inputErrors: try fetchAll(InputErrorRecord.filter(Column("run_id") == id).order(Column("id")), db))
            try countSessions(ofRun: id, into: &overview, db)
            try countRequirements(ofRun: id, into: &overview, db)
            try countIssues(ofRun: id, into: &overview, db)
            overview.listedFindings = try instruments.timed(.select, IssueRecord.databaseTableName) {
                try IssueRecord.fetchAll(
                    db,
                    sql: """
                        SELECT * FROM issues WHERE project_id IN (\(Self.projectsOfRun))
                        AND severity IN ('error', 'warning')
                        ORDER BY CASE severity WHEN 'error' THEN 0 ELSE 1 END, id LIMIT ?
                        """,
                    arguments: [id, findingLimit])
            }
            return overview
        }
    }

    /// The ids of the projects of the run bound to the statement's first argument.
    private static let projectsOfRun = "SELECT id FROM projects WHERE run_id = ?1"

    private func countSessions(ofRun id: String, into overview: inout RunOverview, _ db: Database) throws {
        let rows = try instruments.timed(.select, SessionRecord.databaseTableName) {
            try Row.fetchAll(
                db,
                sql: """
                    SELECT project_id, COUNT(*) AS n FROM sessions
                    WHERE project_id IN (\(Self.projectsOfRun)) GROUP BY project_id
                    """,
                arguments: [id])
        }
        for row in rows {
            let count: Int = row["n"]
            overview.projectCounts[row["project_id"], default: .init()].sessions = count
            overview.sessions += count
        }
    }

    private func countRequirements(ofRun id: String, into overview: inout RunOverview, _ db: Database) throws {
        // Truncation toward zero, clamped to the ten bins: the binning the report always used.
        let rows = try instruments.timed(.select, RequirementRecord.databaseTableName) {
            try Row.fetchAll(
                db,
                sql: """
                    SELECT project_id, type, COALESCE(category, 'none') AS category, inferred,
                        MIN(MAX(CAST(confidence * 10 AS INTEGER), 0), 9) AS bin, COUNT(*) AS n
                    FROM requirements WHERE project_id IN (\(Self.projectsOfRun))
                    GROUP BY project_id, type, category, inferred, bin
                    """,
                arguments: [id])
        }
        for row in rows {
            let count: Int = row["n"]
            let inferred: Bool = row["inferred"]
            let projectID: Int64 = row["project_id"]
            let bin: Int = row["bin"]
            overview.projectCounts[projectID, default: .init()].requirements += count
            overview.requirements += count
            if inferred {
                overview.projectCounts[projectID, default: .init()].inferred += count
                overview.inferred += count
            }
            overview.requirementConfidenceBins[bin] += count
            overview.requirementsByType[row["type"], default: 0] += count
            overview.requirementsByCategory[row["category"], default: 0] += count
        }
    }

    private func countIssues(ofRun id: String, into overview: inout RunOverview, _ db: Database) throws {
        let rows = try instruments.timed(.select, IssueRecord.databaseTableName) {
            try Row.fetchAll(
                db,
                sql: """
                    SELECT project_id, severity, issue_type, COUNT(*) AS n FROM issues
                    WHERE project_id IN (\(Self.projectsOfRun)) GROUP BY project_id, severity, issue_type
                    """,
                arguments: [id])
        }
        for row in rows {
            let count: Int = row["n"]
            let severity: String = row["severity"]
            overview.projectCounts[row["project_id"], default: .init()].findings += count
            overview.issuesBySeverity[severity, default: 0] += count
            overview.issuesByType[row["issue_type"], default: 0] += count
            if severity == "error" || severity == "warning" { overview.errorAndWarningFindings += count }
        }
    }
}
