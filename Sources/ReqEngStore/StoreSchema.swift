import GRDB

/// The store's schema as a list of migrations; a new column or table is a new migration, never an
/// edit of an old one, so every existing store upgrades in place.
enum StoreSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-runs-projects-requirements", migrate: createV1)
        migrator.registerMigration("v2-project-status") { db in
            // `processed`, or `skipped` when an incremental run found the project unchanged.
            try db.alter(table: "projects") { table in
                table.add(column: "status", .text).notNull().defaults(to: "processed")
            }
        }
        migrator.registerMigration("v3-llm-response-cache", migrate: createLLMCache)
        migrator.registerMigration("v4-run-shard") { db in
            // Which slice of which batch a run was (`I/N`, and the fixed document date), so a merge
            // can tell a complete set of shards of one batch from a partial or mixed one.
            try db.alter(table: "runs") { table in
                table.add(column: "shard", .text)
                table.add(column: "source_date_epoch", .integer)
            }
        }
        migrator.registerMigration("v5-run-outcome-project-trace") { db in
            // Why a run ended as it did, in words (`finished with input errors`), with its first
            // reasons (failed files, the fatal error); and the trace each project's spans belong to.
            try db.alter(table: "runs") { table in
                table.add(column: "outcome", .text)
                table.add(column: "reasons", .text)
            }
            try db.alter(table: "projects") { table in
                table.add(column: "trace_id", .text)
            }
        }
        migrator.registerMigration("v6-metric-totals") { db in
            // The counters and histograms a run ended with (a metrics.json document, opaque here), so
            // the next run on the same output directory continues them instead of starting at 0.
            try db.create(table: "metric_totals") { table in
                table.primaryKey("run_id", .text).references("runs", onDelete: .cascade)
                table.column("snapshot", .text).notNull()
            }
        }
        migrator.registerMigration("v7-project-reuse") { db in
            // A project an incremental run found unchanged refers to the row that holds its results
            // (sessions, requirements, findings, questions) instead of a copy of them; the store's
            // queries read through the reference. `NULL` for a project recorded in full.
            try db.alter(table: "projects") { table in
                table.add(column: "reused_from", .integer).references("projects", onDelete: .setNull)
            }
            try db.create(index: "projects_on_reused_from", on: "projects", columns: ["reused_from"])
        }
        migrator.registerMigration("v8-checkpoint-transcripts") { db in
            // A project's parsed transcripts, saved once for its inputs and configuration next to its
            // checkpoints instead of inside the state of every one: no node after ingest changes them.
            try db.create(table: "checkpoint_transcripts") { table in
                table.column("project", .text).notNull()
                table.column("input_hash", .text).notNull()
                table.column("config_hash", .text).notNull()
                table.column("transcripts", .blob).notNull()
                table.primaryKey(["project", "input_hash", "config_hash"], onConflict: .replace)
            }
        }
        return migrator
    }

    private static func createV1(_ db: Database) throws {
        try db.create(table: "runs") { table in
            table.primaryKey("id", .text)
            table.column("tool_version", .text).notNull()
            table.column("engine", .text).notNull()
            table.column("model", .text)
            table.column("inputs", .text).notNull()
            table.column("config_hash", .text).notNull()
            table.column("started_at", .datetime).notNull().indexed()
            table.column("ended_at", .datetime)
            table.column("status", .text).notNull()
            table.column("exit_code", .integer)
        }
        try db.create(table: "projects") { table in
            table.autoIncrementedPrimaryKey("id")
            table.column("run_id", .text).notNull().indexed().references("runs", onDelete: .cascade)
            table.column("name", .text).notNull()
            table.column("title", .text)
            table.column("error", .text)
            table.uniqueKey(["run_id", "name"])
        }
        try db.create(table: "sessions") { table in
            table.autoIncrementedPrimaryKey("id")
            table.column("project_id", .integer).notNull().indexed().references("projects", onDelete: .cascade)
            table.column("name", .text).notNull()
            table.column("title", .text)
            table.column("date", .text)
            table.column("source_path", .text).notNull()
            table.column("format", .text).notNull()
            table.column("turn_count", .integer).notNull()
        }
        try db.create(table: "turns") { table in
            table.autoIncrementedPrimaryKey("id")
            table.column("session_id", .integer).notNull().indexed().references("sessions", onDelete: .cascade)
            table.column("number", .integer).notNull()
            table.column("speaker", .text).notNull()
            table.column("text", .text).notNull()
            table.column("timestamp", .text)
        }
        try db.create(table: "requirements") { table in
            table.autoIncrementedPrimaryKey("id")
            table.column("project_id", .integer).notNull().indexed().references("projects", onDelete: .cascade)
            table.column("code", .text).notNull()
            table.column("title", .text).notNull()
            table.column("statement", .text).notNull()
            table.column("type", .text).notNull()
            table.column("category", .text)
            table.column("priority", .text).notNull()
            table.column("actor", .text)
            table.column("action", .text)
            table.column("condition", .text)
            table.column("acceptance_criteria", .text).notNull()
            table.column("confidence", .double).notNull()
            table.column("inferred", .boolean).notNull()
            table.column("rationale", .text)
            table.column("source_refs_json", .text).notNull()
            table.column("version", .integer).notNull().defaults(to: 1)
            table.uniqueKey(["project_id", "code"])
        }
        try db.create(table: "issues") { table in
            table.autoIncrementedPrimaryKey("id")
            table.column("project_id", .integer).notNull().indexed().references("projects", onDelete: .cascade)
            table.column("code", .text).notNull()
            table.column("requirement_code", .text)
            table.column("severity", .text).notNull()
            table.column("issue_type", .text).notNull()
            table.column("rule", .text).notNull()
            table.column("message", .text).notNull()
            table.column("suggestion", .text).notNull()
        }
        try db.create(table: "questions") { table in
            table.autoIncrementedPrimaryKey("id")
            table.column("project_id", .integer).notNull().indexed().references("projects", onDelete: .cascade)
            table.column("code", .text).notNull()
            table.column("addressee", .text).notNull()
            table.column("text", .text).notNull()
            table.column("requirement_code", .text)
            table.column("issue_code", .text)
        }
        try createRunChildren(db)
    }

    /// Tables keyed by run (not project): they are written as a run goes, before a project finishes.
    private static func createRunChildren(_ db: Database) throws {
        try db.create(table: "agent_invocations") { table in
            table.autoIncrementedPrimaryKey("id")
            table.column("run_id", .text).notNull().indexed().references("runs", onDelete: .cascade)
            table.column("project", .text).notNull()
            table.column("agent", .text).notNull()
            table.column("status", .text).notNull()
            table.column("started_at_unix_nano", .integer).notNull()
            table.column("duration_nanoseconds", .integer).notNull()
            table.column("confidence", .double)
            table.column("requirements_added", .integer).notNull()
            table.column("error_message", .text)
        }
        try db.create(table: "llm_calls") { table in
            table.autoIncrementedPrimaryKey("id")
            table.column("run_id", .text).notNull().indexed().references("runs", onDelete: .cascade)
            table.column("project", .text)
            table.column("agent", .text)
            table.column("model", .text).notNull()
            table.column("input_tokens", .integer).notNull()
            table.column("output_tokens", .integer).notNull()
            table.column("cost_usd", .double).notNull()
            table.column("latency_seconds", .double).notNull()
            table.column("status", .text).notNull()
            table.column("started_at_unix_nano", .integer).notNull()
        }
        try db.create(table: "input_errors") { table in
            table.autoIncrementedPrimaryKey("id")
            table.column("run_id", .text).notNull().indexed().references("runs", onDelete: .cascade)
            table.column("project", .text).notNull()
            table.column("path", .text).notNull()
            table.column("kind", .text).notNull()
            table.column("reason", .text).notNull()
        }
        try db.create(table: "checkpoints") { table in
            table.autoIncrementedPrimaryKey("id")
            table.column("run_id", .text).indexed().references("runs", onDelete: .setNull)
            table.column("project", .text).notNull()
            table.column("node", .text).notNull()
            table.column("step", .integer).notNull()
            table.column("state", .blob).notNull()
            table.column("input_hash", .text).notNull()
            table.column("config_hash", .text).notNull()
            table.column("created_at", .datetime).notNull()
            table.uniqueKey(["project", "input_hash", "config_hash", "step"], onConflict: .replace)
        }
    }

    /// Answers of a language model that passed schema validation, keyed by a hash of the request
    /// (model, messages, schema, parameters); kept across runs, so an unchanged input asks nothing.
    private static func createLLMCache(_ db: Database) throws {
        try db.create(table: "llm_cache") { table in
            table.primaryKey("key", .text)
            table.column("model", .text).notNull()
            table.column("content", .text).notNull()
            table.column("created_at", .datetime).notNull()
        }
    }
}
