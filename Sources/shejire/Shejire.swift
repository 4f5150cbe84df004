import ArgumentParser

@main
struct Shejire: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "shejire",
        abstract: "Extract people, organisations, places, dates, events and positions from Kazakh, Russian and English text.",
        discussion: """
            Shejire finds entities with gazetteers and hand-written rules, links them into
            canonical entities and the relations between them, keeps them in an SQLite
            graph store and exports the graph. Everything runs offline.

            Examples:
              shejire build Examples                  # the main job: database and exports
              shejire extract --format table a.txt    # mentions as a readable table
              echo 'Астанада форум өтті.' | shejire extract -
              shejire analyze --format jsonl a.txt    # tokens, sentences, base forms
              shejire serve                           # API, OpenRefine service, browser
            """,
        version: "0.1.0",
        subcommands: [Build.self, Extract.self, Enrich.self, Ingest.self, Query.self, Export.self, EntityCommand.self, AliasCommand.self, Serve.self, Analyze.self, Evaluate.self]
    )
}
