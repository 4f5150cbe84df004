import Foundation
import ShejireServer
import Testing

/// The JSON API on the seed database (`shejire ingest Examples/`), with every response
/// checked against docs/openapi.yaml.
@Suite(.serialized) struct APITests {
    @Test func healthSaysReadOnly() async throws {
        let server = try await TestServer.start()
        defer { server.stop() }
        let reply = try await server.get("/health")
        #expect(reply.status == 200)
        let body = try reply.object()
        #expect(body["status"] as? String == "ok")
        #expect(body["read_only"] as? Bool == true)
        #expect((body["entities"] as? Int ?? 0) >= 10)
    }

    @Test(arguments: [
        ("ICA", "org:ica"),
        ("Президент архиві", "org:president-archive"),
        ("Қазақстан Республикасы Президентінің Архиві", "org:president-archive"),
        ("Aliya Mustafina", "person:aliya-mustafina"),
        ("Алия Мустафина", "person:aliya-mustafina"),
        ("org:ica", "org:ica"),
        ("Barcel", "place:barcelona"),
    ])
    func searchFindsAnySpelling(_ query: String, _ expected: String) async throws {
        let server = try await TestServer.start()
        defer { server.stop() }
        let reply = try await server.get("/entities?q=\(TestServer.q(query))")
        #expect(reply.status == 200)
        let results = try #require(try reply.object()["results"] as? [[String: Any]])
        #expect(results.first?["id"] as? String == expected, "\(query): \(results.map { $0["id"] ?? "" })")
    }

    @Test func entityDetailHighlightsMentionsInEvidence() async throws {
        let server = try await TestServer.start()
        defer { server.stop() }
        let reply = try await server.get("/entities/org%3Apresident-archive?evidence=3")
        #expect(reply.status == 200)
        let body = try reply.object()
        let entity = try #require(body["entity"] as? [String: Any])
        #expect(entity["type"] as? String == "organisation")
        #expect((entity["aliases"] as? [String] ?? []).count >= 2)
        let relations = try #require(body["relations"] as? [[String: Any]])
        let member = try #require(relations.first { $0["predicate"] as? String == "member_of" && $0["object"] as? String == "org:ica" })
        let evidence = try #require((member["evidence"] as? [[String: Any]])?.first)
        let sentence = try #require(evidence["sentence"] as? String)
        let mentions = try #require(evidence["mentions"] as? [[String: Any]])
        #expect(!mentions.isEmpty)
        let scalars = Array(sentence.unicodeScalars)
        for mention in mentions {
            let start = try #require(mention["start"] as? Int)
            let end = try #require(mention["end"] as? Int)
            #expect(0 <= start && start < end && end <= scalars.count)
            var text = String.UnicodeScalarView()
            text.append(contentsOf: scalars[start..<end])
            #expect(String(text) == mention["text"] as? String, "offsets are code points within the sentence")
        }
        #expect(Set(mentions.compactMap { $0["entity"] as? String }) == ["org:president-archive", "org:ica"])
    }

    @Test func neighborsOfICAIncludeThePresidentsArchive() async throws {
        let server = try await TestServer.start()
        defer { server.stop() }
        let reply = try await server.get("/entities/org:ica/neighbors?depth=1")
        #expect(reply.status == 200)
        let body = try reply.object()
        let ids = (body["entities"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
        #expect(ids.first == "org:ica")
        #expect(ids.contains("org:president-archive"))
        let relations = body["relations"] as? [[String: Any]] ?? []
        #expect(relations.contains { $0["subject"] as? String == "org:president-archive" && $0["object"] as? String == "org:ica" })
        #expect(body["truncated"] as? Bool == false)

        let filtered = try await server.get("/entities/org:ica/neighbors?depth=2&predicate=part_of")
        let filteredIDs = (try filtered.object()["entities"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
        #expect(Set(filteredIDs) == ["org:ica", "org:ica-egmdpr"])
    }

    @Test func relationsPathAndTruncation() async throws {
        let server = try await TestServer.start()
        defer { server.stop() }
        let holds = try await server.get("/relations?predicate=holds_position&evidence=1")
        let relations = try #require(try holds.object()["relations"] as? [[String: Any]])
        #expect(relations.count == 1)
        #expect(relations.first?["subject"] as? String == "person:aliya-mustafina")
        #expect((relations.first?["qualifiers"] as? [String: String])?["title"] != nil)

        let cut = try await server.get("/relations?limit=2")
        #expect((try cut.object()["relations"] as? [Any])?.count == 2)
        #expect(try cut.object()["truncated"] as? Bool == true)

        let path = try await server.get("/path?from=\(TestServer.q("Әлия Мұстафина"))&to=ICA")
        #expect(path.status == 200)
        let paths = try #require(try path.object()["paths"] as? [[String: Any]])
        #expect(!paths.isEmpty)
        #expect((paths.first?["entities"] as? [String])?.first == "person:aliya-mustafina")
        #expect((paths.first?["entities"] as? [String])?.last == "org:ica")
        #expect((paths.first?["steps"] as? [Any])?.count == 2)
    }

    @Test func extractGivesWhatTheCommandPrints() async throws {
        let server = try await TestServer.start()
        defer { server.stop() }
        let text = try String(contentsOf: ServerTestSupport.packageRoot.appendingPathComponent("Examples/kazinform-2025-10-30-ica-barcelona.txt"), encoding: .utf8)
        let request = try JSONSerialization.data(withJSONObject: ["text": text, "id": "stdin"])
        let reply = try await server.request("POST", "/extract", body: request, contentType: "application/json")
        #expect(reply.status == 200)
        let cli = try ServerTestSupport.run(ServerTestSupport.shejireBinary.path, ["extract", "--format", "json", "-"], stdin: Data(text.utf8))
        #expect(cli.status == 0, "\(cli.stderrText)")
        let served = try #require(try reply.json() as? NSDictionary)
        let printed = try #require(try JSONSerialization.jsonObject(with: cli.stdout) as? NSDictionary)
        #expect(served == printed)
        #expect(((served["mentions"] as? [Any])?.count ?? 0) >= 20)

        let plain = try await server.request("POST", "/extract", body: Data("Астанада форум өтті.".utf8), contentType: "text/plain")
        #expect(plain.status == 200)
        #expect((try plain.object()["mentions"] as? [[String: Any]])?.contains { $0["entity"] as? String == "place:astana" } == true)
    }

    @Test func exportIsStreamedAndMatchesTheCommand() async throws {
        let server = try await TestServer.start()
        defer { server.stop() }
        for format in ["graphml", "json", "turtle"] {
            let reply = try await server.get("/export/\(format)")
            #expect(reply.status == 200)
            #expect(reply.header("Content-Disposition")?.contains("graph.") == true)
            let cli = try ServerTestSupport.run(
                ServerTestSupport.shejireBinary.path, ["export", "--db", try ServerTestSupport.seedDatabase.get(), "--format", format, "--out", "-"])
            #expect(cli.status == 0, "\(cli.stderrText)")
            #expect(reply.body == cli.stdout, "\(format) differs from `shejire export`")
        }
        let ego = try await server.get("/export/json?entity=ICA&depth=1&predicate=member_of")
        let nodes = (try ego.object()["nodes"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
        #expect(Set(nodes) == ["org:ica", "org:president-archive"])
    }

    /// Every JSON answer shape, validated against docs/openapi.yaml.
    @Test(.enabled(if: SchemaValidator.available)) func responsesMatchTheOpenAPIDocument() async throws {
        let server = try await TestServer.start()
        defer { server.stop() }
        var items: [(String, Data)] = []
        func check(_ schema: String, _ path: String, status: Int = 200) async throws {
            let reply = try await server.get(path)
            #expect(reply.status == status, "\(path): \(reply.text.prefix(300))")
            items.append(("openapi:" + schema, reply.body))
        }
        try await check("Health", "/health")
        try await check("EntityList", "/entities?q=ICA")
        try await check("EntityList", "/entities?q=%D0%90%D1%80%D1%85%D0%B8%D0%B2&limit=1")
        try await check("EntityDetail", "/entities/org:president-archive?evidence=5")
        try await check("EntityDetail", "/entities/person:aliya-mustafina")
        try await check("Neighborhood", "/entities/org:ica/neighbors?depth=2&evidence=2")
        try await check("RelationList", "/relations?evidence=2&include_cooccurrence=1")
        try await check("PathList", "/path?from=person:aliya-mustafina&to=place:barcelona")
        try await check("Error", "/entities/org:nothing", status: 404)
        try await check("Error", "/entities", status: 400)
        try await check("Error", "/no/such/route", status: 404)
        try await check("Error", "/relations?predicate=likes", status: 400)
        try await check("Error", "/export/neo4j", status: 400)
        try await check("Error", "/export/pdf", status: 404)
        let extracted = try await server.post("/extract", json: #"{"text": "Әлия Мұстафина ҚР Президенті архивінің директоры.", "date": "2025-10-30"}"#)
        items.append(("openapi:ExtractedDocument", extracted.body))
        let problems = try SchemaValidator.problems(items)
        #expect(problems.isEmpty, "\(problems)")
    }
}
