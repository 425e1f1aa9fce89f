import Foundation
import GRDB
import ReqEngStore
import Testing

/// Only a reqeng store of a known schema is opened; anything else is refused untouched (issue 16,
/// item 12).
@Suite("Store identity")
struct StoreIdentityTests {
    static func directory() throws -> String { try StoreFixture.temporaryDirectory() }

    static func tables(_ path: String) throws -> [String] {
        var configuration = Configuration()
        configuration.readonly = true
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        return try queue.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
        }
    }

    @Test("A zero-byte reqeng.sqlite is not a store to report on, and stays zero bytes")
    func emptyFileRefusedForReading() throws {
        let directory = try Self.directory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/reqeng.sqlite"
        FileManager.default.createFile(atPath: path, contents: Data())
        do throws(StoreError) {
            _ = try RunStore.existing(inOutputDirectory: directory)
            Issue.record("an empty file must be refused")
        } catch {
            guard case .notAStore(_, let reason) = error else {
                Issue.record("expected notAStore, got \(error)")
                return
            }
            #expect(reason.contains("empty"))
        }
        #expect((try FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue == 0)
    }

    @Test("Another program's database is refused by readers and writers alike, and left as it was")
    func foreignDatabaseRefused() throws {
        let directory = try Self.directory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/reqeng.sqlite"
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in try db.execute(sql: "CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)") }
        try queue.close()
        #expect(throws: StoreError.self) { try RunStore.existing(inOutputDirectory: directory) }
        #expect(throws: StoreError.self) { try RunStore(path: path) }
        #expect(try Self.tables(path) == ["invoices"])
    }

    @Test("A file that is not SQLite at all is refused")
    func garbageRefused() throws {
        let directory = try Self.directory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try Data("this is not a database, just text that is long enough".utf8)
            .write(to: URL(fileURLWithPath: directory + "/reqeng.sqlite"))
        #expect(throws: StoreError.self) { try RunStore.existing(inOutputDirectory: directory) }
    }

    @Test("A store of a newer schema is refused; a current one opens")
    func newerSchemaRefused() throws {
        let directory = try Self.directory()
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let path = directory + "/reqeng.sqlite"
        _ = try RunStore(path: path)
        _ = try RunStore.existing(inOutputDirectory: directory)
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99-from-the-future')")
        }
        try queue.close()
        do throws(StoreError) {
            _ = try RunStore.existing(inOutputDirectory: directory)
            Issue.record("a newer schema must be refused")
        } catch {
            #expect(error.description.contains("newer"))
        }
    }
}
