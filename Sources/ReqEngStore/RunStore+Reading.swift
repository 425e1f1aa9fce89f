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
            // A skipped project's rows hang off the row it reuses; they are listed under the run's own
            // row, in project order, as if the run had recorded them.
            var runRow: [Int64: Int64] = [:]
            for project in projects { if let id = project.id, let content = project.contentId { runRow[content] = id } }
            let contentIds = Array(runRow.keys)
            let order = projects.compactMap(\.id)
            func inRunOrder<R>(_ rows: [R], _ key: WritableKeyPath<R, Int64>) -> [R] {
                let moved = rows.map { row in
                    var copy = row
                    copy[keyPath: key] = runRow[row[keyPath: key]] ?? row[keyPath: key]
                    return copy
                }
                let position = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
                return moved.enumerated().sorted { left, right in
                    let (l, r) = (position[left.element[keyPath: key]] ?? 0, position[right.element[keyPath: key]] ?? 0)
                    return l == r ? left.offset < right.offset : l < r
                }.map(\.element)
            }
            let byProject = Column("project_id")
            return RunContents(
                run: run,
                projects: projects,
                sessions: inRunOrder(
                    try fetchAll(SessionRecord.filter(contentIds.contains(byProject)).order(Column("id")), db),
                    \.projectId),
                requirements: inRunOrder(
                    try fetchAll(RequirementRecord.filter(contentIds.contains(byProject)).order(Column("id")), db),
                    \.projectId),
                issues: inRunOrder(
                    try fetchAll(IssueRecord.filter(contentIds.contains(byProject)).order(Column("id")), db),
                    \.projectId),
                questions: inRunOrder(
                    try fetchAll(QuestionRecord.filter(contentIds.contains(byProject)).order(Column("id")), db),
                    \.projectId),
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
