import Foundation
import ShejireServer
import ShejireStore
import Testing

/// Bounded bodies and results, JSON errors, read-only by default, serving during an ingest.
@Suite(.serialized) struct RobustnessTests {
    @Test func errorsAreJSONWithAStatusAndACode() async throws {
        let server = try await TestServer.start()
        defer { server.stop() }
        let cases: [(String, String, String?, Int, String)] = [
            ("GET", "/entities/org:nothing", nil, 404, "unknown-entity"),
            ("GET", "/entities/org:nothing/neighbors", nil, 404, "unknown-entity"),
            ("GET", "/nowhere", nil, 404, "not-found"),
            ("GET", "/entities?q=", nil, 400, "missing-parameter"),
            ("GET", "/entities?q=ICA&limit=zero", nil, 400, "bad-request"),
            ("GET", "/entities?q=ICA&type=planet", nil, 400, "unknown-type"),
            ("GET", "/relations?predicate=likes", nil, 400, "unknown-predicate"),
            ("GET", "/path?from=ICA", nil, 400, "missing-parameter"),
            ("GET", "/path?from=ICA&to=Nobody%20Atall", nil, 404, "unknown-entity"),
            ("GET", "/export/pdf", nil, 404, "unknown-format"),
            ("GET", "/export/eac-cpf", nil, 400, "unsupported-format"),
            ("POST", "/extract", "{\"text\": ", 400, "malformed-json"),
            ("POST", "/extract", "{\"txt\": \"x\"}", 400, "malformed-json"),
            ("POST", "/extract", "{\"text\": \"x\", \"id\": \"a\", \"store\": true}", 403, "read-only"),
            ("POST", "/reconcile", "queries=%7Bnot+json", 400, "malformed-json"),
            ("GET", "/reconcile/preview?id=org:nothing", nil, 404, "unknown-entity"),
        ]
        for (method, path, body, status, code) in cases {
            let contentType = path == "/reconcile" ? "application/x-www-form-urlencoded" : "application/json"
            let reply = try await server.request(method, path, body: body.map { Data($0.utf8) }, contentType: body == nil ? nil : contentType)
            #expect(reply.status == status, "\(method) \(path): \(reply.text.prefix(200))")
            #expect(reply.header("Content-Type")?.hasPrefix("application/json") == true, "\(path)")
            let error = try #require(try reply.object()["error"] as? [String: Any], "\(path)")
            #expect(error["code"] as? String == code, "\(path): \(error)")
            #expect(error["status"] as? Int == status)
            #expect(!(error["message"] as? String ?? "").isEmpty)
        }
    }

    @Test func bodiesOverTheLimitGet413() async throws {
        let server = try await TestServer.start(configuration: ServerConfiguration(maxBodyBytes: 4096))
        defer { server.stop() }
        let big = "{\"text\": \"" + String(repeating: "Астана ", count: 2000) + "\"}"
        let reply = try await server.post("/extract", json: big)
        #expect(reply.status == 413)
        #expect((try reply.object()["error"] as? [String: Any])?["code"] as? String == "body-too-large")
        let small = try await server.post("/extract", json: #"{"text": "Астана"}"#)
        #expect(small.status == 200)
    }

    @Test func resultsAreBoundedAndFlagged() async throws {
        let server = try await TestServer.start(configuration: ServerConfiguration(maxResults: 3, maxNeighborhood: 3))
        defer { server.stop() }
        let relations = try await server.get("/relations?include_cooccurrence=1&limit=3")
        #expect((try relations.object()["relations"] as? [Any])?.count == 3)
        #expect(try relations.object()["truncated"] as? Bool == true)
        let tooMany = try await server.get("/relations?limit=4")
        #expect(tooMany.status == 400)
        let neighbours = try await server.get("/entities/org:ica/neighbors?depth=2")
        #expect((try neighbours.object()["entities"] as? [Any])?.count == 3)
        #expect(try neighbours.object()["truncated"] as? Bool == true)
        let batch = "{" + (0..<300).map { "\"q\($0)\": {\"query\": \"ICA\"}" }.joined(separator: ",") + "}"
        let reconcile = try await server.postForm("/reconcile", [("queries", batch)])
        #expect(reconcile.status == 413)
    }

    @Test func theDatabaseIsReadOnlyUnlessWritable() async throws {
        let path = try ServerTestSupport.seedCopy()
        let readOnly = try await TestServer.start(path: path)
        let refused = try await readOnly.post("/extract", json: #"{"text": "Алматыда форум өтті.", "id": "new-doc", "store": true}"#)
        #expect(refused.status == 403)
        readOnly.stop()

        let writable = try await TestServer.start(path: path, writable: true)
        defer { writable.stop() }
        let health = try await writable.get("/health")
        #expect(try health.object()["read_only"] as? Bool == false)
        let stored = try await writable.post(
            "/extract", json: #"{"text": "Жанар Әбенова Алматы облыстық мемлекеттік архивінің директоры.", "id": "new-doc", "store": true}"#)
        #expect(stored.status == 200, "\(stored.text)")
        #expect((try stored.object()["stored"] as? [String: Any])?["documents"] as? Int == 1)
        #expect(try writable.store.documentIDs().contains("new-doc"))
    }

    /// Requests keep being answered while `shejire ingest` writes the same database (WAL).
    @Test func servesWhileAnIngestRuns() async throws {
        let path = try ServerTestSupport.seedCopy()
        let corpus = try ServerTestSupport.temporaryDirectory()
        let example = try String(
            contentsOf: ServerTestSupport.packageRoot.appendingPathComponent("Examples/kazinform-2025-10-30-ica-barcelona.txt"), encoding: .utf8)
        var lines: [String] = []
        for index in 0..<300 {
            let object = ["id": "copy-\(index)", "text": example + "\nНөмір \(index)."]
            lines.append(String(decoding: try JSONSerialization.data(withJSONObject: object), as: UTF8.self))
        }
        let jsonl = corpus.appendingPathComponent("corpus.jsonl")
        try lines.joined(separator: "\n").write(to: jsonl, atomically: true, encoding: .utf8)

        let server = try await TestServer.start(path: path)
        defer { server.stop() }
        let ingest = Process()
        ingest.executableURL = ServerTestSupport.shejireBinary
        ingest.arguments = ["ingest", "--db", path, "--batch-size", "20", "--input", "jsonl", jsonl.path]
        ingest.currentDirectoryURL = ServerTestSupport.packageRoot
        ingest.standardOutput = FileHandle.nullDevice
        ingest.standardError = FileHandle.nullDevice
        try ingest.run()
        var answered = 0
        var failures: [String] = []
        var sawNewDocuments = false
        while ingest.isRunning || answered < 20 {
            for path in ["/entities?q=ICA", "/entities/org:ica/neighbors", "/reconcile?queries=%7B%22q%22%3A%7B%22query%22%3A%22ICA%22%7D%7D", "/health"] {
                let reply = try await server.get(path)
                if reply.status != 200 { failures.append("\(path): \(reply.status) \(reply.text.prefix(200))") }
                answered += 1
            }
            if try server.store.documentIDs().count > 1 { sawNewDocuments = true }
            if answered > 5000 { break }
        }
        ingest.waitUntilExit()
        #expect(ingest.terminationStatus == 0)
        #expect(failures.isEmpty, "\(failures.prefix(5))")
        #expect(answered >= 20)
        let documents = try server.store.documentIDs().count
        #expect(documents == 301)
        #expect(sawNewDocuments || documents == 301)
    }
}
