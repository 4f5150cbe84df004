import Foundation
import ShejireServer
import Testing

/// The W3C Reconciliation API 0.2 as OpenRefine speaks it, validated against the published
/// schemas in ../shared/schemas/reconciliation-0.2 (skipped, with a note, when absent).
@Suite(.serialized) struct ReconciliationTests {
    static let canValidate: Bool = {
        if ServerTestSupport.schemas == nil { ServerTestSupport.note("SKIP: ../shared/schemas not found: reconciliation schema validation skipped") }
        return ServerTestSupport.schemas != nil && SchemaValidator.available
    }()

    static func results(_ reply: TestServer.Reply, _ key: String) throws -> [[String: Any]] {
        let body = try reply.object()
        return try #require((body[key] as? [String: Any])?["result"] as? [[String: Any]], "\(reply.text.prefix(300))")
    }

    @Test func manifestDescribesTheService() async throws {
        let server = try await TestServer.start()
        defer { server.stop() }
        let reply = try await server.get("/reconcile")
        #expect(reply.status == 200)
        let manifest = try reply.object()
        #expect(manifest["versions"] as? [String] == ["0.2"])
        let types = (manifest["defaultTypes"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
        #expect(types == ["person", "organisation", "place", "event"])
        #expect((manifest["view"] as? [String: Any])?["url"] as? String == "\(server.base)/#entity={{id}}")
        #expect(manifest["extend"] != nil && manifest["suggest"] != nil && manifest["preview"] != nil)
    }

    @Test func batchedQueriesScoreAndMatch() async throws {
        let server = try await TestServer.start()
        defer { server.stop() }
        let queries = """
            {"q0": {"query": "ICA", "type": "organisation"},
             "q1": {"query": "Президент архиві", "type": ["organisation"], "limit": 3},
             "q2": {"query": "Aliya Mustafina", "type": "person",
                    "properties": [{"pid": "holds_position", "v": "Қазақстан Республикасы Президентінің Архиві"}]},
             "q3": {"query": "Алия Мустафина", "type": "person", "properties": [{"pid": "member_of", "v": {"id": "org:ica"}}]},
             "q4": {"query": "ICA", "type": "person"},
             "q5": {"query": "Барселона"},
             "q6": {"query": "Архив"}}
            """
        let reply = try await server.postForm("/reconcile", [("queries", queries)])
        #expect(reply.status == 200)
        let q0 = try Self.results(reply, "q0")
        #expect(q0.first?["id"] as? String == "org:ica")
        #expect(q0.first?["match"] as? Bool == true)
        #expect(q0.first?["score"] as? Double == 100)
        #expect((q0.first?["type"] as? [[String: Any]])?.first?["id"] as? String == "organisation")
        let q1 = try Self.results(reply, "q1")
        #expect(q1.first?["id"] as? String == "org:president-archive")
        #expect(q1.first?["match"] as? Bool == true)
        let q2 = try Self.results(reply, "q2")
        #expect(q2.first?["id"] as? String == "person:aliya-mustafina")
        let features = (q2.first?["features"] as? [[String: Any]]) ?? []
        #expect(features.contains { $0["id"] as? String == "holds_position" && $0["value"] as? Bool == true })
        #expect(q2.first?["match"] as? Bool == true)
        let q3 = try Self.results(reply, "q3")
        #expect(q3.first?["id"] as? String == "person:aliya-mustafina")
        #expect(((q3.first?["features"] as? [[String: Any]]) ?? []).contains { $0["id"] as? String == "member_of" && $0["value"] as? Bool == false })
        #expect(q3.first?["match"] as? Bool == false, "an unmatched property lowers the score below a match")
        #expect(try Self.results(reply, "q4").isEmpty, "types restrict candidates")
        #expect(try Self.results(reply, "q5").first?["id"] as? String == "place:barcelona")
        let partial = try Self.results(reply, "q6")
        #expect(!partial.isEmpty)
        #expect(partial.allSatisfy { $0["match"] as? Bool == false }, "a partial name is never a match")

        // The same batch by GET, and JSONP.
        let get = try await server.get("/reconcile?queries=\(TestServer.q(#"{"a": {"query": "ICA"}}"#))&callback=cb")
        #expect(get.header("Content-Type")?.hasPrefix("application/javascript") == true)
        #expect(get.text.hasPrefix("cb({\"a\":"))
    }

    @Test func suggestPreviewAndFlyout() async throws {
        let server = try await TestServer.start()
        defer { server.stop() }
        let suggest = try await server.get("/reconcile/suggest/entity?prefix=\(TestServer.q("Барсе"))")
        let ids = (try suggest.object()["result"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
        #expect(ids.contains("place:barcelona"))
        let typed = try await server.get("/reconcile/suggest/entity?prefix=ICA&type=person")
        #expect((try typed.object()["result"] as? [Any])?.isEmpty == true)
        let types = try await server.get("/reconcile/suggest/type?prefix=org")
        #expect((try types.object()["result"] as? [[String: Any]])?.first?["id"] as? String == "organisation")
        let properties = try await server.get("/reconcile/suggest/property?prefix=member")
        #expect((try properties.object()["result"] as? [[String: Any]])?.first?["id"] as? String == "member_of")
        let preview = try await server.get("/reconcile/preview?id=org:ica")
        #expect(preview.status == 200)
        #expect(preview.header("Content-Type")?.hasPrefix("text/html") == true)
        #expect(preview.text.contains("org:ica"))
        let flyout = try await server.get("/reconcile/flyout/entity?id=org:president-archive")
        #expect((try flyout.object()["html"] as? String)?.contains("member of") == true)
    }

    @Test func dataExtensionFollowsRelations() async throws {
        let server = try await TestServer.start()
        defer { server.stop() }
        let extend = """
            {"ids": ["person:aliya-mustafina", "org:president-archive", "org:nothing"],
             "properties": [{"id": "holds_position"}, {"id": "holds_position_title"}, {"id": "member_of", "settings": {"limit": "1"}},
                            {"id": "member_of_inverse"}, {"id": "aliases"}, {"id": "mention_count"}]}
            """
        let reply = try await server.postForm("/reconcile", [("extend", extend)])
        #expect(reply.status == 200, "\(reply.text)")
        let body = try reply.object()
        let meta = try #require(body["meta"] as? [[String: Any]])
        #expect(meta.compactMap { $0["id"] as? String } == ["holds_position", "holds_position_title", "member_of", "member_of_inverse", "aliases", "mention_count"])
        #expect((meta[0]["type"] as? [String: Any])?["id"] as? String == "organisation")
        let rows = try #require(body["rows"] as? [String: [String: [[String: Any]]]])
        let person = try #require(rows["person:aliya-mustafina"])
        #expect(person["holds_position"]?.first?["id"] as? String == "org:president-archive", "the organisation a person holds a position in")
        #expect(person["holds_position_title"]?.first?["str"] != nil)
        #expect(rows["org:president-archive"]?["member_of"]?.map { $0["id"] as? String } == ["org:ica"])
        #expect(rows["org:president-archive"]?["member_of_inverse"]?.isEmpty == true)
        #expect((rows["org:president-archive"]?["mention_count"]?.first?["int"] as? Int ?? 0) > 0)
        #expect(rows["org:nothing"]?["aliases"]?.isEmpty == true)

        let proposal = try await server.get("/reconcile/properties?type=person&limit=5")
        #expect((try proposal.object()["properties"] as? [Any])?.count == 5)
    }

    @Test func corsHeadersAndPreflight() async throws {
        let server = try await TestServer.start()
        defer { server.stop() }
        let reply = try await server.get("/reconcile", headers: ["Origin": "http://openrefine.example"])
        #expect(reply.header("Access-Control-Allow-Origin") == "*")
        let preflight = try await server.request(
            "OPTIONS", "/reconcile",
            headers: ["Origin": "http://openrefine.example", "Access-Control-Request-Method": "POST", "Access-Control-Request-Headers": "content-type"])
        #expect(preflight.status == 200 || preflight.status == 204)
        #expect(preflight.header("Access-Control-Allow-Origin") == "*")
        #expect(preflight.header("Access-Control-Allow-Methods")?.contains("POST") == true)
    }

    @Test(.enabled(if: canValidate)) func responsesValidateAgainstTheSpecificationSchemas() async throws {
        let server = try await TestServer.start()
        defer { server.stop() }
        var items: [(String, Data)] = []
        items.append(("reconciliation:manifest.json", try await server.get("/reconcile").body))
        let queries = """
            {"q0": {"query": "ICA", "type": "organisation", "limit": 5},
             "q1": {"query": "Aliya Mustafina", "properties": [{"pid": "holds_position", "v": ["Президент архиві", {"id": "org:ica"}]}],
                    "type_strict": "should"},
             "q2": {"query": "nothing at all here"}}
            """
        // The query itself is valid as the specification describes it.
        items.append(("reconciliation:reconciliation-query-batch.json", Data(queries.utf8)))
        items.append(("reconciliation:reconciliation-result-batch.json", try await server.postForm("/reconcile", [("queries", queries)]).body))
        let extend = #"{"ids": ["person:aliya-mustafina", "org:president-archive"], "properties": [{"id": "holds_position"}, {"id": "aliases"}, {"id": "mention_count"}, {"id": "latitude"}]}"#
        items.append(("reconciliation:data-extension-query.json", Data(extend.utf8)))
        items.append(("reconciliation:data-extension-response.json", try await server.postForm("/reconcile", [("extend", extend)]).body))
        items.append(("reconciliation:suggest-entities-response.json", try await server.get("/reconcile/suggest/entity?prefix=Ast").body))
        items.append(("reconciliation:suggest-types-response.json", try await server.get("/reconcile/suggest/type?prefix=p").body))
        items.append(("reconciliation:suggest-properties-response.json", try await server.get("/reconcile/suggest/property?prefix=").body))
        items.append(("reconciliation:data-extension-property-proposal.json", try await server.get("/reconcile/properties?type=organisation").body))
        let problems = try SchemaValidator.problems(items)
        #expect(problems.isEmpty, "\(problems)")
    }
}
