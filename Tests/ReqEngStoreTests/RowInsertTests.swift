import Foundation
import GRDB
import Testing

@testable import ReqEngStore

@Suite("Row inserts")
struct RowInsertTests {
    /// Every column of `table` but `ignored` ones, in row id order.
    private func rows(_ table: String, ignoring ignored: Set<String>, _ db: Database) throws -> [[DatabaseValue]] {
        try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY id").map { row in
            row.columnNames.filter { !ignored.contains($0) }.map { row[$0] as DatabaseValue }
        }
    }

    /// Writes `first` with GRDB's `Codable` insert and `second` with the store's statement, and
    /// returns both rows as stored.
    private func both<R: PersistableRecord>(
        _ first: R, _ second: R, table: String, ignoring ignored: Set<String> = ["id"],
        insertRow: (RunStore, R, Database) throws -> Int64
    ) throws -> [[DatabaseValue]] {
        let store = try RunStore(path: StoreFixture.temporaryDirectory() + "/reqeng.sqlite")
        try store.insertRun(StoreFixture.run("r1", startedAt: 1))
        // Without a transaction, so the foreign keys can be turned off: the rows have no parents.
        return try store.pool.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA foreign_keys = OFF")
            defer { try? db.execute(sql: "PRAGMA foreign_keys = ON") }
            try first.insert(db)
            let id = try insertRow(store, second, db)
            #expect(id == db.lastInsertedRowID)
            return try rows(table, ignoring: ignored, db)
        }
    }

    @Test("turns, with and without a timestamp, are stored as GRDB's Codable insert stores them")
    func turns() throws {
        for timestamp in [nil, "00:01:10"] {
            let turn = TurnRecord(
                sessionId: 3, number: 7, speaker: "Ana", text: "Fast, \"please\".", timestamp: timestamp)
            let stored = try both(turn, turn, table: "turns") { try $0.insertRow($1, $2) }
            #expect(stored.count == 2)
            #expect(stored[0] == stored[1])
        }
    }

    @Test("sessions, requirements, findings and questions are stored as GRDB's Codable insert stores them")
    func projectRows() throws {
        let session = SessionRecord(
            projectId: 2, name: "intake", title: nil, date: "2026-03-02", sourcePath: "a/intake.txt", format: "text",
            turnCount: 80)
        let sessions = try both(session, session, table: "sessions") { try $0.insertRow($1, $2) }
        #expect(sessions.count == 2 && sessions[0] == sessions[1])

        for criteria in [[], ["works", "a \"quoted\" / slashed é criterion"]] {
            var requirement = StoreFixture.requirement("REQ-001")
            requirement.projectId = 2
            requirement.acceptanceCriteria = criteria
            requirement.rationale = criteria.isEmpty ? nil : "because"
            requirement.inferred = !criteria.isEmpty
            // A code is unique within a project: the second row goes to another project.
            var other = requirement
            other.projectId = 3
            let stored = try both(requirement, other, table: "requirements", ignoring: ["id", "project_id"]) {
                try $0.insertRow($1, $2)
            }
            #expect(stored.count == 2 && stored[0] == stored[1])
        }

        let issue = IssueRecord(
            projectId: 2, code: "ISS-001", requirementCode: nil, severity: "warning", issueType: "vague_term",
            rule: "INCOSE R7", message: "vague", suggestion: "measure it")
        let issues = try both(issue, issue, table: "issues") { try $0.insertRow($1, $2) }
        #expect(issues.count == 2 && issues[0] == issues[1])

        let question = QuestionRecord(
            projectId: 2, code: "Q-001", addressee: "Tom", text: "How fast?", requirementCode: "REQ-001")
        let questions = try both(question, question, table: "questions") { try $0.insertRow($1, $2) }
        #expect(questions.count == 2 && questions[0] == questions[1])
    }
}
