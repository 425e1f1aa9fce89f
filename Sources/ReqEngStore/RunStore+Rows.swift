import GRDB

extension RunStore {
    /// Inserts the rows a finished project writes by the thousand (sessions, turns, requirements,
    /// findings, questions) with prepared statements kept by the connection; returns the row id.
    ///
    /// GRDB's `Codable` path converted every property name to snake case and boxed every value for
    /// every row: about half of what recording a project cost. These statements write the same
    /// columns with the same values (a `nil` column left out there is `NULL` here, as the schema has
    /// no other default for it; `acceptance_criteria` is the same JSON text), timed as before.
    @discardableResult
    func insertRow(_ session: SessionRecord, _ db: Database) throws -> Int64 {
        try insert(
            SessionRecord.databaseTableName,
            sql: """
                INSERT INTO sessions (project_id, name, title, date, source_path, format, turn_count)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                session.projectId, session.name, session.title, session.date, session.sourcePath, session.format,
                session.turnCount,
            ], db)
    }

    @discardableResult
    func insertRow(_ turn: TurnRecord, _ db: Database) throws -> Int64 {
        try insert(
            TurnRecord.databaseTableName,
            sql: "INSERT INTO turns (session_id, number, speaker, text, timestamp) VALUES (?, ?, ?, ?, ?)",
            arguments: [turn.sessionId, turn.number, turn.speaker, turn.text, turn.timestamp], db)
    }

    @discardableResult
    func insertRow(_ requirement: RequirementRecord, _ db: Database) throws -> Int64 {
        try insert(
            RequirementRecord.databaseTableName,
            sql: """
                INSERT INTO requirements (project_id, code, title, statement, type, category, priority, actor, action,
                condition, acceptance_criteria, confidence, inferred, rationale, source_refs_json, version)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                requirement.projectId, requirement.code, requirement.title, requirement.statement, requirement.type,
                requirement.category, requirement.priority, requirement.actor, requirement.action,
                requirement.condition, Self.jsonArray(requirement.acceptanceCriteria), requirement.confidence,
                requirement.inferred, requirement.rationale, requirement.sourceRefsJson, requirement.version,
            ], db)
    }

    @discardableResult
    func insertRow(_ issue: IssueRecord, _ db: Database) throws -> Int64 {
        try insert(
            IssueRecord.databaseTableName,
            sql: """
                INSERT INTO issues (project_id, code, requirement_code, severity, issue_type, rule, message, suggestion)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                issue.projectId, issue.code, issue.requirementCode, issue.severity, issue.issueType, issue.rule,
                issue.message, issue.suggestion,
            ], db)
    }

    @discardableResult
    func insertRow(_ question: QuestionRecord, _ db: Database) throws -> Int64 {
        try insert(
            QuestionRecord.databaseTableName,
            sql: """
                INSERT INTO questions (project_id, code, addressee, text, requirement_code, issue_code)
                VALUES (?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                question.projectId, question.code, question.addressee, question.text, question.requirementCode,
                question.issueCode,
            ], db)
    }

    private func insert(_ table: String, sql: String, arguments: StatementArguments, _ db: Database) throws -> Int64 {
        try instruments.timed(.insert, table) {
            try db.cachedStatement(sql: sql).execute(arguments: arguments)
            return db.lastInsertedRowID
        }
    }
}
