import Foundation
import ShejireCore
import Testing
@testable import ShejireStore

@Suite("Store files")
struct StoreFileTests {
    @Test("A file that is not SQLite gets a clear error and is not changed")
    func notADatabase() throws {
        let path = try StoreFixture.temporaryPath("notes.sqlite")
        let content = Data("these are my notes, not a database\n".utf8)
        try content.write(to: URL(fileURLWithPath: path))
        #expect {
            _ = try GraphStore(path: path)
        } throws: { error in
            guard case StoreError.notADatabase(let p, _) = error else { return false }
            return p == path
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == content)
    }

    @Test("A database written by a newer schema is refused and left untouched")
    func newerSchema() throws {
        let path = try StoreFixture.temporaryPath()
        do {
            let store = try GraphStore(path: path)
            try store.write([StoreFixture.director("a", person: "Әлия Мұстафина", personKey: "alia mustafina").document])
        }
        // Simulate a future version by recording a migration this build does not know.
        let sqlite = Process()
        sqlite.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        sqlite.arguments = ["python3", "-c", "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute(\"INSERT INTO grdb_migrations VALUES ('v99-future')\"); c.commit()", path]
        try sqlite.run()
        sqlite.waitUntilExit()
        try #require(sqlite.terminationStatus == 0, "python3 with sqlite3 is needed to simulate a newer schema")
        #expect {
            _ = try GraphStore(path: path)
        } throws: { error in
            guard case StoreError.newerSchema(_, let unknown) = error else { return false }
            return unknown == ["v99-future"]
        }
    }

    @Test("A missing directory is named in the error")
    func missingDirectory() throws {
        #expect {
            _ = try GraphStore(path: "/nonexistent-shejire-dir/x.sqlite")
        } throws: { error in
            "\(error)".contains("/nonexistent-shejire-dir")
        }
    }

    @Test("query(sql:) refuses writes and ATTACH, and answers SELECT")
    func readOnlySQL() throws {
        let path = try StoreFixture.temporaryPath()
        let store = try GraphStore(path: path)
        try store.write([StoreFixture.director("a", person: "Әлия Мұстафина", personKey: "alia mustafina").document])
        #expect(throws: StoreError.self) { _ = try store.query(sql: "UPDATE entity SET name = 'x'") }
        #expect(throws: StoreError.self) { _ = try store.query(sql: "DELETE FROM document") }
        #expect(throws: StoreError.self) { _ = try store.query(sql: "ATTACH DATABASE '/tmp/x.sqlite' AS x") }
        #expect(throws: StoreError.self) { _ = try store.query(sql: "PRAGMA journal_mode = DELETE") }
        let (columns, rows) = try store.query(sql: "SELECT id, type FROM entity ORDER BY id")
        #expect(columns == ["id", "type"])
        #expect(rows.map { $0[0] } == ["org:archive", "person:alia-mustafina"])
        #expect(try store.entity("person:alia-mustafina")?.name == "Әлия Мұстафина")
    }

    @Test("Read-only stores cannot be written")
    func readOnlyStore() throws {
        let path = try StoreFixture.temporaryPath()
        _ = try GraphStore(path: path)
        let readOnly = try GraphStore(path: path, readOnly: true)
        #expect(throws: StoreError.self) { try readOnly.write([StoreFixture.director("a", person: "Әлия Мұстафина", personKey: "alia mustafina").document]) }
    }

    @Test("A file with no graph yet (an ingest killed before its schema was committed) is refused read-only with a clear message, and a writer fills it")
    func emptyFileReadOnly() throws {
        let path = try StoreFixture.temporaryPath()
        // An SQLite file with no tables, as left by a kill right after the file was created.
        #expect(FileManager.default.createFile(atPath: path, contents: nil))
        do {
            _ = try GraphStore(path: path, readOnly: true)
            Issue.record("opened an empty file read-only")
        } catch let error as StoreError {
            #expect(error.description.contains("holds no Shejire graph yet"), "\(error)")
            #expect(error.description.contains(path))
        }
        let writer = try GraphStore(path: path)
        try writer.write([StoreFixture.director("a", person: "Әлия Мұстафина", personKey: "alia mustafina").document])
        #expect(try GraphStore(path: path, readOnly: true).stats().documents == 1)
    }
}
