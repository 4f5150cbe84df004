import ArgumentParser
import Foundation
import ShejireCore
import ShejireExtraction
import ShejireStore

struct Query: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Ask the graph database about entities, relations and paths.",
        discussion: """
            Names are matched by any alias, base form or transliteration (Әлия Мұстафина, Алия
            Мустафина, Aliya Mustafina, Мұстафина) or by entity id (person:aliya-mustafina).

            Examples:
              shejire query entity "Президент архиві"
              shejire query neighbors org:ica --depth 2
              shejire query relations --predicate holds_position --evidence
              shejire query path "Әлия Мұстафина" ICA
              shejire query stats
              shejire query sql "SELECT type, COUNT(*) FROM entity GROUP BY type"
            """,
        subcommands: [EntityQuery.self, NeighborsQuery.self, RelationsQuery.self, PathQuery.self, StatsQuery.self, SQLQuery.self]
    )
}

/// Output options shared by the query commands.
struct QueryOutputOptions: ParsableArguments {
    @Option(help: "Output format: table or json.")
    var format: SummaryFormat = .table
}

struct EntityQuery: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "entity", abstract: "Find entities by name, alias or id.")

    @Argument(help: "A name, alias or entity id.") var name: String
    @Option(help: "Only this type (person, organisation, place, event, date, position).") var type: String?
    @Option(help: "At most this many entities.") var limit = 20
    @OptionGroup var store: StoreOptions
    @OptionGroup var output: QueryOutputOptions

    func run() throws {
        let type = try QueryParsing.type(self.type)
        let store = try store.open(readOnly: true)
        let found = try CLIFailure.guarded { try store.findEntities(name, keys: NameKeys.all(name), type: type, limit: limit) }
        if output.format == .json {
            print(OutputJSON.encode(found, pretty: true))
            return
        }
        guard !found.isEmpty else {
            print("no entity matches \"\(name)\"")
            throw ExitCode(1)
        }
        for entity in found {
            print("\(entity.id)  \(entity.type)  \(entity.name)")
            print("  mentions \(entity.mentionCount) in \(entity.documentCount) document(s)")
            if !entity.aliases.isEmpty { print("  aliases: " + entity.aliases.joined(separator: " | ")) }
            if !entity.externalIDs.isEmpty { print("  ids: " + entity.externalIDs.sorted { $0.key < $1.key }.map { "\($0.key):\($0.value)" }.joined(separator: " ")) }
            let attributes = entity.attributes.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
            if !attributes.isEmpty { print("  " + attributes.joined(separator: " ")) }
        }
    }
}

/// Relation filter options shared by queries and exports.
struct RelationFilterOptions: ParsableArguments {
    @Option(name: .customLong("predicate"), help: "Only this predicate (repeatable): \(ShejireCore.Predicate.allCases.map(\.rawValue).joined(separator: ", ")).")
    var predicates: [String] = []
    @Flag(help: "Include co_occurs_with relations (excluded unless asked for).")
    var includeCooccurrence = false
    @Option(help: "Only relations with at least this confidence (0-1).")
    var minConfidence: Double = 0
    @Option(help: "Only relations with evidence in documents dated on or after this date (YYYY, YYYY-MM or YYYY-MM-DD).")
    var since: String?
    @Option(help: "Only relations with evidence in documents dated on or before this date.")
    var until: String?

    func filter() throws -> RelationFilter {
        var set: Set<ShejireCore.Predicate>?
        if !predicates.isEmpty {
            set = Set(try predicates.map { name in
                guard let predicate = ShejireCore.Predicate(rawValue: name) else {
                    throw ValidationError("unknown predicate '\(name)'; known: \(ShejireCore.Predicate.allCases.map(\.rawValue).joined(separator: ", "))")
                }
                return predicate
            })
        }
        for date in [since, until].compactMap({ $0 }) where !QueryParsing.isDatePrefix(date) {
            throw ValidationError("dates must be YYYY, YYYY-MM or YYYY-MM-DD, got '\(date)'")
        }
        guard (0...1).contains(minConfidence) else { throw ValidationError("--min-confidence must be between 0 and 1") }
        return RelationFilter(predicates: set, includeCooccurrence: includeCooccurrence, minConfidence: minConfidence, since: since, until: until)
    }
}

enum QueryParsing {
    static func type(_ text: String?) throws -> EntityType? {
        guard let text else { return nil }
        guard let type = EntityType(lenient: text) else {
            throw ValidationError("unknown type '\(text)'; known: \(EntityType.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return type
    }

    static func isDatePrefix(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        return (1...3).contains(parts.count) && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isNumber) } && parts[0].count == 4
    }

    static func qualifiers(_ q: [String: String]) -> String {
        q.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
    }

    static func relationTable(_ relations: [RelationRecord], evidence: Bool) -> String {
        var rows: [[String]] = [["subject", "predicate", "object", "qualifiers", "conf", "evidence"]]
        for r in relations {
            rows.append([r.subjectName + " (\(r.subject))", r.predicate, r.objectName + " (\(r.object))", qualifiers(r.qualifiers), String(format: "%.2f", r.confidence), String(r.evidenceCount)])
        }
        var out = TableFormatter.formatRows(rows)
        if evidence {
            for r in relations {
                out += "\n\(r.subjectName) \(r.predicate) \(r.objectName):\n"
                for e in r.evidence ?? [] {
                    out += "  [\(e.document)\(e.date.map { " " + $0 } ?? "") \(e.start)..\(e.end) \(e.rule)] \(e.sentence)\n"
                }
            }
        }
        return out
    }
}

struct NeighborsQuery: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "neighbors", abstract: "Entities related to one entity, up to a depth.")

    @Argument(help: "A name, alias or entity id.") var name: String
    @Option(help: "How many relations away (default 1).") var depth = 1
    @Option(help: "Only neighbours of this type.") var type: String?
    @Option(help: "At most this many entities (the nearest first); hubs can have hundreds of thousands.") var limit = 200
    @OptionGroup var relationFilter: RelationFilterOptions
    @OptionGroup var store: StoreOptions
    @OptionGroup var output: QueryOutputOptions

    func run() throws {
        guard depth >= 1 else { throw ValidationError("--depth must be at least 1") }
        let types = try QueryParsing.type(type).map { Set([$0]) }
        let filter = try relationFilter.filter()
        let store = try store.open(readOnly: true)
        try CLIFailure.guarded {
            let center = try EntityResolver.resolve(name, in: store)
            var (entities, relations) = try store.neighborhood(of: center.id, depth: depth, filter: filter, types: types, maxNodes: max(2, limit + 2))
            let truncated = entities.count > limit + 1
            if truncated {
                entities = Array(entities.prefix(limit + 1))
                let kept = Set(entities.map(\.id))
                relations = relations.filter { kept.contains($0.subject) && kept.contains($0.object) }
            }
            if output.format == .json {
                struct Neighbourhood: Encodable { var center: String; var entities: [EntityRecord]; var relations: [RelationRecord] }
                print(OutputJSON.encode(Neighbourhood(center: center.id, entities: entities, relations: relations), pretty: true))
                return
            }
            print("\(center.name) (\(center.id)): \(entities.count - 1) neighbour(s) within \(depth)" + (truncated ? " (stopped at --limit \(limit); raise it to see more)" : ""))
            print(QueryParsing.relationTable(relations, evidence: false), terminator: "")
        }
    }
}

struct RelationsQuery: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "relations", abstract: "List relations, with their evidence on request.")

    @Option(help: "Subject name or id.") var subject: String?
    @Option(help: "Object name or id.") var object: String?
    @Flag(help: "Print the evidence sentences.") var evidence = false
    @Option(help: "At most this many relations.") var limit = 1000
    @OptionGroup var relationFilter: RelationFilterOptions
    @OptionGroup var store: StoreOptions
    @OptionGroup var output: QueryOutputOptions

    func run() throws {
        let filter = try relationFilter.filter()
        let store = try store.open(readOnly: true)
        try CLIFailure.guarded {
            let subjects = try subject.map { [try EntityResolver.resolve($0, in: store).id] }
            let objects = try object.map { [try EntityResolver.resolve($0, in: store).id] }
            let relations = try store.relations(filter: filter, subjects: subjects, objects: objects, limit: limit, evidenceLimit: evidence || output.format == .json ? 50 : 0)
            if output.format == .json {
                print(OutputJSON.encode(relations, pretty: true))
            } else {
                print(QueryParsing.relationTable(relations, evidence: evidence), terminator: "")
            }
        }
    }
}

struct PathQuery: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "path", abstract: "The shortest chains of relations between two entities.")

    @Argument(help: "From: a name, alias or id.") var from: String
    @Argument(help: "To: a name, alias or id.") var to: String
    @Option(help: "The longest chain to look for.") var maxDepth = 4
    @Option(help: "At most this many chains.") var limit = 10
    @OptionGroup var relationFilter: RelationFilterOptions
    @OptionGroup var store: StoreOptions
    @OptionGroup var output: QueryOutputOptions

    func run() throws {
        let filter = try relationFilter.filter()
        let store = try store.open(readOnly: true)
        try CLIFailure.guarded {
            let a = try EntityResolver.resolve(from, in: store)
            let b = try EntityResolver.resolve(to, in: store)
            let paths = try store.paths(from: a.id, to: b.id, maxDepth: maxDepth, filter: filter, limit: limit)
            if output.format == .json {
                print(OutputJSON.encode(paths, pretty: true))
                return
            }
            guard !paths.isEmpty else {
                print("no chain of at most \(maxDepth) relation(s) joins \(a.name) and \(b.name)")
                throw ExitCode(1)
            }
            var names: [String: String] = [a.id: a.name, b.id: b.name]
            for path in paths {
                for id in path.entities where names[id] == nil { names[id] = try store.entity(id)?.name ?? id }
                var line = names[path.entities[0]]!
                for step in path.steps {
                    line += step.forward ? " -[\(step.predicate)]-> " : " <-[\(step.predicate)]- "
                    line += names[step.to] ?? step.to
                }
                print(line)
            }
        }
    }
}

struct StatsQuery: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "stats", abstract: "Counts of documents, mentions, entities and relations.")

    @OptionGroup var store: StoreOptions
    @OptionGroup var output: QueryOutputOptions

    func run() throws {
        let store = try store.open(readOnly: true)
        let stats = try CLIFailure.guarded { try store.stats() }
        print(output.format == .json ? OutputJSON.encode(stats, pretty: true) : StatsTable.render(stats), terminator: output.format == .json ? "\n" : "")
    }
}

struct SQLQuery: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sql", abstract: "Run one SELECT statement on a read-only connection.",
        discussion: "Tables: document, mention, entity, alias, external_id, relation, evidence, redirect, name_override, alias_rule, curation; FTS5: document_fts, entity_fts. See docs/store.md.")

    @Argument(help: "The SQL statement.") var statement: String
    @Option(help: "At most this many rows.") var limit = 10_000
    @OptionGroup var store: StoreOptions
    @OptionGroup var output: QueryOutputOptions

    func run() throws {
        let store = try store.open(readOnly: true)
        let (columns, rows) = try CLIFailure.guarded { try store.query(sql: statement, limit: limit) }
        if output.format == .json {
            let objects = rows.map { row in Dictionary(uniqueKeysWithValues: zip(columns, row.map { $0 ?? "" })) }
            print(OutputJSON.encode(objects, pretty: true))
        } else {
            print(TableFormatter.formatRows([columns] + rows.map { $0.map { $0 ?? "NULL" } }), terminator: "")
        }
    }
}
