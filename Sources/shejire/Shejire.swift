import ArgumentParser

@main
struct Shejire: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "shejire",
        abstract: "Extract people, organisations, places, dates, events and positions from Kazakh, Russian and English text.",
        discussion: """
            Shejire finds entities with gazetteers and hand-written rules, links them, and (in later
            commands) stores and exports them as a graph. Everything runs offline.

            Examples:
              shejire extract Examples/                     # JSON lines, one per document
              shejire extract --format table article.txt    # a readable table
              echo 'Астанада форум өтті.' | shejire extract -
              shejire analyze --format jsonl article.txt    # tokens, sentences, base forms
              shejire serve                                 # API, OpenRefine service, graph browser
            """,
        version: "0.1.0",
        subcommands: [Build.self, Extract.self, Enrich.self, Ingest.self, Query.self, Export.self, EntityCommand.self, AliasCommand.self, Serve.self, Analyze.self, Evaluate.self]
    )
}
