import ArgumentParser
import Foundation
import ShejireCore
import ShejireExtraction
import ShejireStore

/// Options for commands that may re-extract stored documents after a curation decision.
struct CurationOptions: ParsableArguments {
    @OptionGroup var store: StoreOptions
    @OptionGroup var gazetteerOptions: GazetteerOptions
}

/// Re-extracts the stored documents a curation decision affects, so their relations follow.
enum Reextraction {
    static func run(_ ids: [String], store: GraphStore, options: CurationOptions) throws {
        guard !ids.isEmpty else { return }
        let reporter = DiagnosticReporter(quiet: true)
        let gazetteer = try GazetteerOptions.loadOrExit(options.gazetteerOptions, reporter: reporter)
        let runner = IngestRunner(store: store, pipeline: Pipeline(gazetteer: gazetteer), jobs: ProcessInfo.processInfo.activeProcessorCount, reextract: true)
        try CLIFailure.guarded { try runner.rewrite(try store.documents(ids)) }
        print("re-extracted \(ids.count) document(s)")
    }
}

struct EntityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "entity",
        abstract: "Curate entities: merge, split, rename. Decisions are stored and survive re-ingesting.",
        discussion: """
            Examples:
              shejire entity merge person:alia-mustafina person:aliya-mustafina
              shejire entity split org:president-archive "Президент архиві" --id org:another-archive
              shejire entity rename org:ica "Халықаралық архивтер кеңесі"
              shejire entity log
            """,
        subcommands: [Merge.self, Split.self, Rename.self, Log.self]
    )

    struct Merge: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Merge entity A into entity B (A's mentions, aliases and relations move to B).")
        @Argument(help: "The entity that disappears (id or name).") var from: String
        @Argument(help: "The entity that stays (id or name).") var into: String
        @OptionGroup var options: CurationOptions

        func run() throws {
            let store = try options.store.open()
            try CLIFailure.guarded {
                let a = try EntityResolver.resolve(from, in: store)
                let b = try EntityResolver.resolve(into, in: store)
                try store.merge(a.id, into: b.id)
                print("merged \(a.id) (\(a.name)) into \(b.id) (\(b.name))")
            }
        }
    }

    struct Split: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Split an entity: the mentions of one name, or the mentions in some documents, become a new entity.",
            discussion: """
                By name: every mention whose normalised name equals NAME's moves (e.g. an acronym
                wrongly linked to an organisation). By document (--document, repeatable): the
                entity's mentions in those documents move (a namesake: same name, another person).
                """)
        @Argument(help: "The entity (id or name).") var entity: String
        @Argument(help: "The name whose mentions move; with --document, the new entity's name.") var name: String
        @Option(name: .customLong("document"), help: "Move the entity's mentions in this document (repeatable).") var documents: [String] = []
        @Option(help: "The new entity's id (default: derived from the name).") var id: String?
        @OptionGroup var options: CurationOptions

        func run() throws {
            let store = try options.store.open()
            try CLIFailure.guarded {
                let (record, type) = try EntityResolver.resolveTyped(entity, in: store)
                let newID = id ?? "\(type.idPrefix):\(Slug.make(name))-split"
                let affected: [String]
                if documents.isEmpty {
                    affected = try store.split(record.id, alias: NameKeys.alias(name, type: type), newID: newID)
                    print("split \"\(name)\" off \(record.id) into \(newID)")
                } else {
                    affected = try store.split(record.id, documents: documents, newID: newID, name: name)
                    print("split the mentions of \(record.id) in \(documents.count) document(s) into \(newID)")
                }
                try Reextraction.run(affected, store: store, options: options)
            }
        }
    }

    struct Rename: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Give an entity a new canonical name (the old one stays an alias).")
        @Argument(help: "The entity (id or name).") var entity: String
        @Argument(help: "The new canonical name.") var name: String
        @OptionGroup var store: StoreOptions

        func run() throws {
            let store = try store.open()
            try CLIFailure.guarded {
                let (record, type) = try EntityResolver.resolveTyped(entity, in: store)
                try store.rename(record.id, to: NameKeys.alias(name, type: type))
                print("renamed \(record.id): \(record.name) -> \(name)")
            }
        }
    }

    struct Log: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the curation decisions, oldest first.")
        @OptionGroup var store: StoreOptions

        func run() throws {
            let store = try store.open(readOnly: true)
            for entry in try CLIFailure.guarded({ try store.curationLog() }) {
                print("\(entry.at)  \(entry.action)  " + QueryParsing.qualifiers(entry.detail))
            }
        }
    }
}

struct AliasCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "alias",
        abstract: "Add or remove an entity's alias; mentions of that name link accordingly from now on.",
        discussion: """
            Examples:
              shejire alias add org:president-archive "Елбасы архиві"
              shejire alias remove org:ica "ICA"
            """,
        subcommands: [Add.self, Remove.self]
    )

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add an alias; mentions of it link to the entity.")
        @Argument(help: "The entity (id or name).") var entity: String
        @Argument(help: "The alias.") var name: String
        @Option(help: "The alias's language (kk, ru, en).") var language: String?
        @OptionGroup var options: CurationOptions

        func run() throws {
            let store = try options.store.open()
            try CLIFailure.guarded {
                let (record, type) = try EntityResolver.resolveTyped(entity, in: store)
                let affected = try store.addAlias(NameKeys.alias(name, type: type, language: language), to: record.id)
                print("added alias \"\(name)\" to \(record.id)")
                try Reextraction.run(affected, store: store, options: options)
            }
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Remove an alias; mentions of it no longer link to the entity by name.")
        @Argument(help: "The entity (id or name).") var entity: String
        @Argument(help: "The alias.") var name: String
        @OptionGroup var options: CurationOptions

        func run() throws {
            let store = try options.store.open()
            try CLIFailure.guarded {
                let (record, type) = try EntityResolver.resolveTyped(entity, in: store)
                let affected = try store.removeAlias(NameKeys.alias(name, type: type), from: record.id)
                print("removed alias \"\(name)\" from \(record.id)")
                try Reextraction.run(affected, store: store, options: options)
            }
        }
    }
}
