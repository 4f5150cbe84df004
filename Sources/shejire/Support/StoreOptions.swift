import ArgumentParser
import Foundation
import ShejireCore
import ShejireExtraction
import ShejireStore

/// `--db`, shared by every command that uses the graph store.
struct StoreOptions: ParsableArguments {
    @Option(name: .customLong("db"), help: ArgumentHelp("The graph database file (default: $SHEJIRE_DB, else ./shejire.sqlite).", valueName: "file"))
    var database: String?

    var path: String {
        if let database { return database }
        if let env = ProcessInfo.processInfo.environment["SHEJIRE_DB"], !env.isEmpty { return env }
        return GraphStore.defaultFileName
    }

    /// Opens the store, turning failures into a one-line message and exit code 1.
    func open(readOnly: Bool = false) throws -> GraphStore {
        do {
            return try GraphStore(path: path, readOnly: readOnly)
        } catch {
            throw CLIFailure.report(error)
        }
    }
}

/// Prints an error as `shejire: error: ...` and exits with code 1.
enum CLIFailure {
    static func report(_ error: any Error) -> ExitCode {
        StandardError.write("shejire: error: \(error)\n")
        return ExitCode(1)
    }

    /// Runs `body`, reporting store and Shejire errors as one line each.
    static func guarded<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as ExitCode {
            throw error
        } catch let error as StoreError {
            throw report(error)
        } catch let error as ShejireError {
            throw report(error)
        }
    }
}

/// The linking keys of a user-typed name, one per entity type (for `query` and curation).
enum NameKeys {
    static func all(_ name: String) -> [(EntityType, String)] {
        EntityType.allCases.map { ($0, EntityKey.make(name: name, type: $0)) }
    }

    static func alias(_ name: String, type: EntityType, language: String? = nil) -> AliasName {
        AliasName(name: name, key: EntityKey.make(name: name, type: type), language: language, script: EntityKey.script(of: name))
    }
}

/// Resolves a user's entity reference (an id or a name) to exactly one entity.
enum EntityResolver {
    static func resolve(_ reference: String, in store: GraphStore, type: EntityType? = nil) throws -> EntityRecord {
        let found = try store.findEntities(reference, keys: NameKeys.all(reference), type: type, limit: 10)
        if let exact = found.first(where: { $0.id == reference }) { return exact }
        guard !found.isEmpty else { throw StoreError.unknownEntity(reference) }
        if found.count > 1 {
            let list = found.map { "\($0.id) (\($0.name))" }.joined(separator: ", ")
            throw StoreError.invalidRequest("\"\(reference)\" is ambiguous: \(list); give an id")
        }
        return found[0]
    }

    /// `resolve`, with the record's type parsed.
    static func resolveTyped(_ reference: String, in store: GraphStore) throws -> (EntityRecord, EntityType) {
        let record = try resolve(reference, in: store)
        guard let type = EntityType(rawValue: record.type) else { throw StoreError.invalidRequest("unknown type \(record.type) of \(record.id)") }
        return (record, type)
    }
}
