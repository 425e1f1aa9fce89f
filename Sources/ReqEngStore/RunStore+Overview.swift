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
                        SELECT issues.* FROM issues \(Self.projectsOfRun("issues"))
                        AND issues.severity IN ('error', 'warning')
                        ORDER BY CASE issues.severity WHEN 'error' THEN 0 ELSE 1 END, projects.id, issues.id LIMIT ?2
                        """,
                    arguments: [id, findingLimit])
            }
            // A reused project's findings hang off an earlier run's row: report them under this run's.
            let runRow = Dictionary(
                overview.projects.compactMap { project in project.id.map { (project.contentId ?? $0, $0) } },
                uniquingKeysWith: { first, _ in first })
            for index in overview.listedFindings.indices {
                let content = overview.listedFindings[index].projectId
                overview.listedFindings[index].projectId = runRow[content] ?? content
            }
            return overview
        }
    }

    /// Joins the rows of `table` to the projects of the run bound to the statement's first argument,
    /// through a skipped project's reference (`reused_from`) when it has one; `projects.id` is then
    /// the run's own row.
    private static func projectsOfRun(_ table: String) -> String {
        """
        JOIN projects ON \(table).project_id = COALESCE(projects.reused_from, projects.id)
        WHERE projects.run_id = ?1
        """
    }

    private func countSessions(ofRun id: String, into overview: inout RunOverview, _ db: Database) throws {
        let rows = try instruments.timed(.select, SessionRecord.databaseTableName) {
            try Row.fetchAll(
                db,
                sql: """
                    SELECT projects.id AS project_id, COUNT(*) AS n FROM sessions
                    \(Self.projectsOfRun("sessions")) GROUP BY projects.id
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
                    SELECT projects.id AS project_id, type, COALESCE(category, 'none') AS category, inferred,
                        MIN(MAX(CAST(confidence * 10 AS INTEGER), 0), 9) AS bin, COUNT(*) AS n
                    FROM requirements \(Self.projectsOfRun("requirements"))
                    GROUP BY projects.id, type, category, inferred, bin
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
                    SELECT projects.id AS project_id, severity, issue_type, COUNT(*) AS n FROM issues
                    \(Self.projectsOfRun("issues")) GROUP BY projects.id, severity, issue_type
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
