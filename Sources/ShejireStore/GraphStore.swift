import Foundation
import GRDB
import ShejireCore

/// The SQLite graph store: documents, mentions, entities with aliases and external ids,
/// relations with evidence, and curation decisions, in one embedded file.
///
/// The only module that imports GRDB. Writes go through one connection in transactions of
/// one batch of documents each, so a run that is killed leaves the database as it was after
/// the last committed batch. The file is in WAL mode: readers (queries, exports) see a
/// consistent snapshot while a writer works, and a second writer waits for the first.
public final class GraphStore: Sendable {
    /// `shejire.sqlite`, in the working directory unless `--db` or `SHEJIRE_DB` says otherwise.
    public static let defaultFileName = "shejire.sqlite"

    public let path: String
    let pool: DatabasePool

    /// Opens (creating it if needed) a store and brings its schema up to date.
    ///
    /// - Parameters:
    ///   - path: The database file.
    ///   - readOnly: Opens the file read-only (it must exist); nothing can change it.
    /// - Throws: `StoreError.notADatabase` for a file that is not SQLite,
    ///   `StoreError.newerSchema` for one written by a newer Shejire (left untouched), and
    ///   `StoreError.cannotOpen` when the file or its directory is not accessible.
    public init(path: String, readOnly: Bool = false) throws {
        self.path = path
        var config = Configuration()
        config.foreignKeysEnabled = true
        config.readonly = readOnly
        config.busyMode = .timeout(600)
        config.label = "shejire"
        config.prepareDatabase { db in
            // WAL with synchronous=NORMAL: a crash or kill never corrupts the file or loses a
            // committed batch; only a power loss may drop the very last commits. 64 MiB page cache.
            if !db.configuration.readonly { try db.execute(sql: "PRAGMA synchronous = NORMAL") }
            try db.execute(sql: "PRAGMA cache_size = -65536")
        }
        if readOnly {
            guard FileManager.default.fileExists(atPath: path) else {
                throw StoreError.cannotOpen(path: path, underlying: "no such file (run `shejire ingest` or `shejire build` first)")
            }
        } else {
            let directory = (path as NSString).deletingLastPathComponent
            if !directory.isEmpty, !FileManager.default.fileExists(atPath: directory) {
                throw StoreError.cannotOpen(path: path, underlying: "directory \(directory) does not exist")
            }
        }
        if FileManager.default.fileExists(atPath: path), try Self.hasForeignHeader(path) {
            throw StoreError.notADatabase(path: path, underlying: "the file does not start with the SQLite header")
        }
        do {
            pool = try Self.retryingWhileBusy { try DatabasePool(path: path, configuration: config) }
        } catch let error as DatabaseError {
            throw Self.classify(error, path: path, operation: "open")
        } catch {
            throw StoreError.cannotOpen(path: path, underlying: "\(error)")
        }
        try checkAndMigrate(readOnly: readOnly)
    }

    /// Whether a non-empty file lacks the 16-byte SQLite header.
    static func hasForeignHeader(_ path: String) throws -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let header = (try? handle.read(upToCount: 16)) ?? Data()
        return !header.isEmpty && header != Data("SQLite format 3\0".utf8)
    }

    /// Runs `body` again while another process holds a lock SQLite will not wait for (switching
    /// a new file to WAL, creating the schema): up to about ten seconds, then the error stands.
    static func retryingWhileBusy<T>(_ body: () throws -> T) throws -> T {
        var attempt = 0
        while true {
            do {
                return try body()
            } catch let error as DatabaseError where (error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED) && attempt < 100 {
                attempt += 1
                usleep(100_000)
            }
        }
    }

    func checkAndMigrate(readOnly: Bool) throws {
        let migrator = Self.migrator
        do {
            try Self.retryingWhileBusy { try checkAndMigrateOnce(migrator, readOnly: readOnly) }
        } catch let error as DatabaseError {
            throw Self.classify(error, path: path, operation: "open")
        }
    }

    func checkAndMigrateOnce(_ migrator: DatabaseMigrator, readOnly: Bool) throws {
        let (superseded, applied) = try pool.read { db in
            (try migrator.hasBeenSuperseded(db), try migrator.appliedIdentifiers(db))
        }
        if superseded {
            let known = Set(migrator.migrations)
            throw StoreError.newerSchema(path: path, unknownMigrations: applied.subtracting(known).sorted())
        }
        if readOnly {
            // Read-only connections cannot create or upgrade the schema: say why, instead of
            // letting the first query fail on a missing table.
            let missing = migrator.migrations.filter { !applied.contains($0) }
            if missing.count == migrator.migrations.count {
                throw StoreError.cannotOpen(
                    path: path,
                    underlying: "it holds no Shejire graph yet (an empty file, or an ingest stopped before its first batch); run `shejire ingest` first")
            } else if !missing.isEmpty {
                throw StoreError.cannotOpen(
                    path: path,
                    underlying: "it was written by an older Shejire (missing migrations: \(missing.joined(separator: ", "))); run a writing command such as `shejire ingest` on it once to upgrade it")
            }
        } else {
            try migrate(migrator)
        }
    }

    /// Applies pending migrations. Two processes opening a new file at once can both see it
    /// unmigrated (the check runs before the write lock); the loser's migration then fails on
    /// tables the winner just committed, so after a failure the store checks again and is
    /// satisfied when every migration has been applied by the other process.
    func migrate(_ migrator: DatabaseMigrator) throws {
        do {
            try migrator.migrate(pool)
        } catch let error as DatabaseError {
            let done = (try? pool.read { db in try migrator.hasCompletedMigrations(db) }) ?? false
            guard done else { throw error }
        }
    }

    /// Maps an SQLite error onto a `StoreError` that names the file.
    static func classify(_ error: DatabaseError, path: String, operation: String) -> StoreError {
        switch error.resultCode {
        case .SQLITE_NOTADB, .SQLITE_CORRUPT:
            .notADatabase(path: path, underlying: error.message ?? "\(error.resultCode)")
        case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_READONLY:
            .cannotOpen(path: path, underlying: error.message ?? "\(error.resultCode)")
        case .SQLITE_FULL:
            .database(path: path, operation: operation, underlying: "disk full; the last batch was rolled back, earlier batches are stored")
        case .SQLITE_IOERR:
            .database(
                path: path, operation: operation,
                underlying: "disk I/O error (is the disk full, or a file-size limit reached?); the last batch was rolled back, earlier batches are stored")
        default:
            .database(path: path, operation: operation, underlying: error.message ?? "\(error)")
        }
    }

    /// Runs a write transaction, mapping SQLite errors.
    func write<T>(_ operation: String, _ body: (Database) throws -> T) throws -> T {
        do {
            return try pool.write(body)
        } catch let error as DatabaseError {
            throw Self.classify(error, path: path, operation: operation)
        }
    }

    /// Runs a read in a consistent snapshot, mapping SQLite errors.
    func read<T>(_ operation: String, _ body: (Database) throws -> T) throws -> T {
        do {
            return try pool.read(body)
        } catch let error as DatabaseError {
            throw Self.classify(error, path: path, operation: operation)
        }
    }

    /// `PRAGMA integrity_check` and `foreign_key_check`: an empty array when the file is sound.
    public func integrityProblems() throws -> [String] {
        try read("integrity check") { db in
            var problems = try String.fetchAll(db, sql: "PRAGMA integrity_check").filter { $0 != "ok" }
            let foreign = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check")
            problems += foreign.map { "foreign key violation in \($0[0] as String? ?? "?") row \($0[1] as Int64? ?? -1)" }
            return problems
        }
    }
}
