/// Why the graph store could not do what was asked.
///
/// Every case names the database file, so messages are actionable on their own.
public enum StoreError: Error, CustomStringConvertible, Sendable {
    /// The file exists but is not an SQLite database (or is damaged).
    case notADatabase(path: String, underlying: String)
    /// The database was written by a newer Shejire; it is left untouched.
    case newerSchema(path: String, unknownMigrations: [String])
    /// The database cannot be opened or written (permissions, missing directory, full disk, ...).
    case cannotOpen(path: String, underlying: String)
    /// An SQLite error during an operation.
    case database(path: String, operation: String, underlying: String)
    /// No entity matches an id or name given by the user.
    case unknownEntity(String)
    /// A user request that cannot be carried out (e.g. merging entities of different types).
    case invalidRequest(String)
    /// `query sql` was given a statement that would change the database.
    case readOnlyViolation(String)

    public var description: String {
        switch self {
        case .notADatabase(let path, let underlying):
            "\(path): not a Shejire/SQLite database (\(underlying)); choose another file with --db"
        case .newerSchema(let path, let unknown):
            "\(path): written by a newer version of Shejire (unknown migrations: \(unknown.joined(separator: ", "))); it was not changed. Use a newer shejire, or another --db"
        case .cannotOpen(let path, let underlying):
            "\(path): cannot open the database: \(underlying)"
        case .database(let path, let operation, let underlying):
            "\(path): \(operation) failed: \(underlying)"
        case .unknownEntity(let name):
            "no entity matches \"\(name)\""
        case .invalidRequest(let message):
            message
        case .readOnlyViolation(let message):
            "read-only: \(message)"
        }
    }
}
