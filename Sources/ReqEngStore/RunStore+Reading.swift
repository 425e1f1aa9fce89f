import Foundation
import GRDB

extension RunStore {
    /// Runs, newest first (by start time, then id), at most `limit` of them.
    package func runs(limit: Int = 1000) throws(StoreError) -> [RunRecord] {
        try read(RunRecord.databaseTableName) { db in
            try fetchAll(
                RunRecord.order(Column("started_at").desc, Column("id").desc).limit(max(0, limit)), db)
        }
    }

    /// The run `id`, if recorded.
    package func run(id: String) throws(StoreError) -> RunRecord? {
        try read(RunRecord.databaseTableName) { db in
            try instruments.timed(.select, RunRecord.databaseTableName) { try RunRecord.fetchOne(db, key: id) }
        }
    }

    /// Everything about run `id` the report shows, read in one snapshot; `nil` for an unknown run.
    package func contents(ofRun id: String) throws(StoreError) -> RunContents? {
        try read(RunRecord.databaseTableName) { db in
            guard
                let run = try instruments.timed(
                    .select, RunRecord.databaseTableName, { try RunRecord.fetchOne(db, key: id) })
            else { return nil }
            let projects = try fetchAll(ProjectRecord.filter(Column("run_id") == id).order(Column("id")), db)
            let projectIds = projects.compactMap(\.id)
            let byProject = Column("project_id")
            return RunContents(
                run: run,
                projects: projects,
                sessions: try fetchAll(SessionRecord.filter(projectIds.contains(byProject)).order(Column("id")), db),
                requirements: try fetchAll(
                    RequirementRecord.filter(projectIds.contains(byProject)).order(Column("id")), db),
                issues: try fetchAll(IssueRecord.filter(projectIds.contains(byProject)).order(Column("id")), db),
                questions: try fetchAll(QuestionRecord.filter(projectIds.contains(byProject)).order(Column("id")), db),
                invocations: try fetchAll(
                    AgentInvocationRecord.filter(Column("run_id") == id).order(
                        Column("started_at_unix_nano"), Column("id")), db),
                llmCalls: try fetchAll(LLMCallRecord.filter(Column("run_id") == id).order(Column("id")), db),
                inputErrors: try fetchAll(InputErrorRecord.filter(Column("run_id") == id).order(Column("id")), db)
            )
        }
    }

    /// Total LLM cost of every run that started before `date`, one value per run (0 for runs without
    /// calls), oldest first: the history a cost-spike check compares against.
    package func runCosts(before date: Date) throws(StoreError) -> [Double] {
        try read(LLMCallRecord.databaseTableName) { db in
            try instruments.timed(.select, LLMCallRecord.databaseTableName) {
                try Double.fetchAll(
                    db,
                    sql: """
                        SELECT COALESCE(SUM(llm_calls.cost_usd), 0) FROM runs
                        LEFT JOIN llm_calls ON llm_calls.run_id = runs.id
                        WHERE runs.started_at < ? GROUP BY runs.id ORDER BY runs.started_at, runs.id
                        """,
                    arguments: [date])
            }
        }
    }

    /// The turns of the session with row id `sessionId`, in order.
    package func turns(ofSession sessionId: Int64) throws(StoreError) -> [TurnRecord] {
        try read(TurnRecord.databaseTableName) { db in
            try fetchAll(TurnRecord.filter(Column("session_id") == sessionId).order(Column("number")), db)
        }
    }
}
