import Foundation
import Testing

/// `ingest`, `query`, `entity` and `alias` end to end on the shipped example and small inputs.
@Suite("Graph commands")
struct GraphCommandTests {
    @Test("Ingest the example twice: stored once, the second run skips it; query finds the director by any spelling")
    func ingestAndQuery() throws {
        let db = try CLI.temporaryDirectory().appendingPathComponent("g.sqlite").path
        let first = try CLI.run(["ingest", "--db", db, "Examples"])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("ingested 1 document(s)"))
        let second = try CLI.run(["ingest", "--db", db, "Examples"])
        #expect(second.stdout.contains("skipped 1 unchanged"))
        for name in ["Әлия Мұстафина", "Алия Мустафина", "Aliya Mustafina", "Мұстафина"] {
            let found = try CLI.run(["query", "entity", "--db", db, name])
            #expect(found.status == 0)
            #expect(found.stdout.hasPrefix("person:aliya-mustafina"), "\(name): \(found.stdout)")
        }
        for name in ["ҚР Президенті архиві", "Архив Президента Республики Казахстан", "Президент архиві"] {
            let found = try CLI.run(["query", "entity", "--db", db, name])
            #expect(found.stdout.hasPrefix("org:president-archive"), "\(name): \(found.stdout)")
        }
        let relations = try CLI.run(["query", "relations", "--db", db, "--predicate", "member_of", "--format", "json"])
        let decoded = try JSONSerialization.jsonObject(with: Data(relations.stdout.utf8)) as? [[String: Any]]
        #expect(decoded?.count == 1)
        #expect(decoded?.first?["subject"] as? String == "org:president-archive")
        #expect((decoded?.first?["qualifiers"] as? [String: String])?["since"] == "2023")
        let path = try CLI.run(["query", "path", "--db", db, "Әлия Мұстафина", "ICA"])
        #expect(path.stdout.contains("-[holds_position]->") && path.stdout.contains("-[member_of]->"), "\(path.stdout)")
        let stats = try CLI.run(["query", "stats", "--db", db, "--format", "json"])
        let counts = try JSONSerialization.jsonObject(with: Data(stats.stdout.utf8)) as? [String: Any]
        #expect(counts?["documents"] as? Int == 1)
    }

    @Test("query neighbors stops at --limit and says so")
    func neighboursLimit() throws {
        let db = try CLI.temporaryDirectory().appendingPathComponent("g.sqlite").path
        _ = try CLI.run(["ingest", "--db", db, "Examples"])
        let all = try CLI.run(["query", "neighbors", "--db", db, "Президент архиві"])
        #expect(all.stdout.contains("4 neighbour(s)") && !all.stdout.contains("stopped at"), "\(all.stdout)")
        let limited = try CLI.run(["query", "neighbors", "--db", db, "Президент архиві", "--limit", "1"])
        #expect(limited.stdout.contains("1 neighbour(s)") && limited.stdout.contains("stopped at --limit 1"), "\(limited.stdout)")
    }

    @Test("query sql refuses to write")
    func sqlIsReadOnly() throws {
        let db = try CLI.temporaryDirectory().appendingPathComponent("g.sqlite").path
        _ = try CLI.run(["ingest", "--db", db, "Examples"])
        let update = try CLI.run(["query", "sql", "--db", db, "UPDATE entity SET name = 'x'"])
        #expect(update.status == 1)
        #expect(update.stderr.contains("read-only"))
        let attach = try CLI.run(["query", "sql", "--db", db, "ATTACH DATABASE 'other.sqlite' AS o"])
        #expect(attach.status == 1)
        let select = try CLI.run(["query", "sql", "--db", db, "SELECT COUNT(*) AS n FROM entity WHERE name = 'x'"])
        #expect(select.stdout.contains("0"))
    }

    @Test("Curation through the CLI survives re-extraction, and SHEJIRE_DB chooses the file")
    func curationSurvivesReextraction() throws {
        let directory = try CLI.temporaryDirectory()
        let db = directory.appendingPathComponent("g.sqlite").path
        let input = directory.appendingPathComponent("news.jsonl")
        try """
            {"id":"n1","text":"Қазақстан Республикасы Президентінің Архиві директоры Әлия Мұстафина Барселонада болды.","date":"2025-10-30"}
            {"id":"n2","text":"Алия Мустафина встретилась с коллегами в Астане.","date":"2025-11-02"}
            {"id":"n3","text":"Учитель Алия Мустафина из Караганды получила награду.","date":"2025-11-03"}
            """.write(to: input, atomically: true, encoding: .utf8)
        let env = ["SHEJIRE_DB": db]
        #expect(try CLI.run(["ingest", input.path], environment: env).status == 0)
        let before = try CLI.run(["query", "entity", "Мустафина"], environment: env)
        #expect(before.stdout.contains("mentions 3 in 3 document(s)"), "\(before.stdout)")
        // n3 is a namesake, a teacher: split her off by document.
        let split = try CLI.run(["entity", "split", "person:aliya-mustafina", "Алия Мустафина", "--document", "n3", "--id", "person:other-mustafina"], environment: env)
        #expect(split.status == 0, "\(split.stderr)")
        let reextract = try CLI.run(["ingest", "--reextract", input.path], environment: env)
        #expect(reextract.status == 0)
        let other = try CLI.run(["query", "entity", "person:other-mustafina"], environment: env)
        #expect(other.stdout.contains("mentions 1 in 1 document(s)"), "\(other.stdout)")
        let original = try CLI.run(["query", "entity", "person:aliya-mustafina"], environment: env)
        #expect(original.stdout.contains("mentions 2 in 2 document(s)"), "\(original.stdout)")
        // Changing one's mind: merge them back; re-extraction keeps the merge.
        let merge = try CLI.run(["entity", "merge", "person:other-mustafina", "person:aliya-mustafina"], environment: env)
        #expect(merge.status == 0, "\(merge.stderr)")
        _ = try CLI.run(["ingest", "--reextract", input.path], environment: env)
        let after = try CLI.run(["query", "entity", "person:aliya-mustafina"], environment: env)
        #expect(after.stdout.contains("mentions 3 in 3 document(s)"), "\(after.stdout)")
        let rename = try CLI.run(["entity", "rename", "person:aliya-mustafina", "Aliya Mustafina"], environment: env)
        #expect(rename.status == 0)
        _ = try CLI.run(["ingest", "--reextract", input.path], environment: env)
        #expect(try CLI.run(["query", "entity", "person:aliya-mustafina"], environment: env).stdout.contains("Aliya Mustafina"))
        let log = try CLI.run(["entity", "log"], environment: env)
        #expect(log.stdout.split(separator: "\n").count == 3)
    }

    @Test("A database file that is not SQLite is reported by name and left alone")
    func notADatabase() throws {
        let file = try CLI.temporaryDirectory().appendingPathComponent("notes.txt")
        try "plain notes".write(to: file, atomically: true, encoding: .utf8)
        let result = try CLI.run(["ingest", "--db", file.path, "Examples"])
        #expect(result.status == 1)
        #expect(result.stderr.contains(file.path) && result.stderr.contains("not a"))
        #expect(try String(contentsOf: file, encoding: .utf8) == "plain notes")
    }
}
