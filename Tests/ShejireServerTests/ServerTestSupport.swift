import Foundation
import ShejireCore
import ShejireExtraction
import ShejireGazetteer
import ShejireServer
import ShejireStore
import ShejireTestSupport
import Testing

#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Paths, the seed database, an in-process server and an HTTP client for the server tests.
enum ServerTestSupport {
    static let packageRoot: URL = TestSupport.packageRoot
    static let schemas: URL? = TestSupport.schemas

    /// Where tests leave files worth looking at (the browser screenshot): `SHEJIRE_TEST_OUTPUT`
    /// or `.build/test-output`.
    static let outputDirectory: URL = {
        let url = ProcessInfo.processInfo.environment["SHEJIRE_TEST_OUTPUT"].map { URL(fileURLWithPath: $0) }
            ?? packageRoot.appendingPathComponent(".build/test-output")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }()

    static func temporaryDirectory() throws -> URL { try TestSupport.temporaryDirectory("serve-test") }

    static var shejireBinary: URL { TestSupport.shejireBinary }

    /// Runs a program (a path, or a name looked up on PATH) and waits for it.
    static func run(_ program: String, _ arguments: [String], stdin: Data? = nil) throws -> TestSupport.Run {
        try TestSupport.run(program, arguments, stdin: stdin)
    }

    static func hasPythonModule(_ module: String) -> Bool { TestSupport.hasPythonModule(module) }

    static func note(_ message: String) { TestSupport.note(message) }

    /// A database built by `shejire ingest Examples/` once per test run (read-only use).
    static let seedDatabase: Result<String, any Error> = Result {
        let directory = try temporaryDirectory()
        let path = directory.appendingPathComponent("seed.sqlite").path
        let ingest = try run(shejireBinary.path, ["ingest", "--db", path, "Examples"])
        guard ingest.status == 0 else { throw TestFailure("shejire ingest failed: \(ingest.stderrText)") }
        return path
    }

    /// A fresh copy of the seed database, for tests that write or ingest into it.
    static func seedCopy() throws -> String {
        let source = try seedDatabase.get()
        let directory = try temporaryDirectory()
        let path = directory.appendingPathComponent("copy.sqlite").path
        // The seed was closed after ingest; its WAL was checkpointed into the main file.
        for suffix in ["", "-wal"] where FileManager.default.fileExists(atPath: source + suffix) {
            try FileManager.default.copyItem(atPath: source + suffix, toPath: path + suffix)
        }
        return path
    }

    /// The shipped gazetteers and a pipeline over them, loaded once.
    static let pipeline: Pipeline? = {
        guard let gazetteer = try? GazetteerLoader.load(paths: [packageRoot.appendingPathComponent("Gazetteers").path]) else { return nil }
        return Pipeline(gazetteer: gazetteer)
    }()
}

struct TestFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// A `ShejireServer` running in this process on a free loopback port.
final class TestServer: @unchecked Sendable {
    let port: Int
    let task: Task<Void, any Error>
    let store: GraphStore

    /// Starts a server on `path` (the seed database by default), read-only unless `writable`.
    static func start(path: String? = nil, writable: Bool = false, configuration: ServerConfiguration? = nil) async throws -> TestServer {
        let database = try path ?? ServerTestSupport.seedDatabase.get()
        let store = try GraphStore(path: database, readOnly: !writable)
        var config = configuration ?? ServerConfiguration()
        config.host = "127.0.0.1"
        config.port = 0
        config.writable = writable
        config.logLevel = "critical"  // cancelling the server task at the end logs errors otherwise
        let server = ShejireServer(store: store, pipeline: ServerTestSupport.pipeline, configuration: config)
        let (stream, continuation) = AsyncStream.makeStream(of: Int.self)
        let task = Task {
            try await server.run { _, port in continuation.yield(port) }
        }
        var port = 0
        for await value in stream {
            port = value
            break
        }
        return TestServer(port: port, task: task, store: store)
    }

    private init(port: Int, task: Task<Void, any Error>, store: GraphStore) {
        self.port = port
        self.task = task
        self.store = store
    }

    func stop() {
        task.cancel()
    }

    var base: String { "http://127.0.0.1:\(port)" }

    struct Reply {
        var status: Int
        var headers: [String: String]
        var body: Data

        var text: String { String(decoding: body, as: UTF8.self) }

        func json() throws -> Any { try JSONSerialization.jsonObject(with: body, options: [.fragmentsAllowed]) }

        func object() throws -> [String: Any] {
            guard let object = try json() as? [String: Any] else { throw TestFailure("not a JSON object: \(text.prefix(200))") }
            return object
        }

        func header(_ name: String) -> String? {
            headers.first { $0.key.lowercased() == name.lowercased() }?.value
        }
    }

    static let session: URLSession = {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = 60
        return URLSession(configuration: configuration)
    }()

    func request(_ method: String, _ path: String, body: Data? = nil, contentType: String? = nil, headers: [String: String] = [:]) async throws -> Reply {
        var request = URLRequest(url: URL(string: base + path)!)
        request.httpMethod = method
        request.httpBody = body
        if let contentType { request.setValue(contentType, forHTTPHeaderField: "Content-Type") }
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        let (data, response) = try await Self.session.data(for: request)
        let http = response as! HTTPURLResponse
        var fields: [String: String] = [:]
        for (key, value) in http.allHeaderFields { fields["\(key)"] = "\(value)" }
        return Reply(status: http.statusCode, headers: fields, body: data)
    }

    func get(_ path: String, headers: [String: String] = [:]) async throws -> Reply {
        try await request("GET", path, headers: headers)
    }

    func post(_ path: String, json: String) async throws -> Reply {
        try await request("POST", path, body: Data(json.utf8), contentType: "application/json")
    }

    func postForm(_ path: String, _ fields: [(String, String)]) async throws -> Reply {
        let body = fields.map { "\(Self.formEncode($0.0))=\(Self.formEncode($0.1))" }.joined(separator: "&")
        return try await request("POST", path, body: Data(body.utf8), contentType: "application/x-www-form-urlencoded")
    }

    static func formEncode(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._*")
        return text.addingPercentEncoding(withAllowedCharacters: allowed)!
    }

    /// `%`-encodes a query parameter value.
    static func q(_ text: String) -> String { formEncode(text) }
}

/// Validates JSON values against JSON Schemas with python3's jsonschema, in one run.
enum SchemaValidator {
    static let available: Bool = {
        let ok = ServerTestSupport.hasPythonModule("jsonschema") && ServerTestSupport.hasPythonModule("yaml")
        if !ok { ServerTestSupport.note("SKIP: python3 jsonschema or yaml missing: response schema validation skipped") }
        return ok
    }()

    /// Checks each `(schema reference, JSON text)`. A reference is `openapi:NAME` (a component
    /// of docs/openapi.yaml) or `reconciliation:FILE` (a schema in ../shared/schemas/reconciliation-0.2).
    /// - Returns: the validator's complaints (empty when all are valid).
    static func problems(_ items: [(String, Data)]) throws -> String {
        let directory = try ServerTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        var lines: [String] = []
        for (reference, body) in items {
            let value = try JSONSerialization.jsonObject(with: body, options: [.fragmentsAllowed])
            let line = try JSONSerialization.data(withJSONObject: ["schema": reference, "value": value], options: [.fragmentsAllowed])
            lines.append(String(decoding: line, as: UTF8.self))
        }
        let input = directory.appendingPathComponent("items.jsonl")
        try lines.joined(separator: "\n").write(to: input, atomically: true, encoding: .utf8)
        let script = """
            import json, os, sys, yaml
            from jsonschema import Draft202012Validator, Draft7Validator
            from referencing import Registry, Resource
            from referencing.jsonschema import DRAFT202012, DRAFT7
            openapi = yaml.safe_load(open(sys.argv[1], encoding="utf-8"))
            registry = Registry().with_resource("urn:openapi", Resource.from_contents(openapi, default_specification=DRAFT202012))
            recon = sys.argv[2]
            if os.path.isdir(recon):
                for name in os.listdir(recon):
                    schema = json.load(open(os.path.join(recon, name), encoding="utf-8"))
                    if "$id" in schema:
                        registry = registry.with_resource(schema["$id"], Resource.from_contents(schema, default_specification=DRAFT7))
            problems = []
            for number, line in enumerate(open(sys.argv[3], encoding="utf-8")):
                item = json.loads(line)
                kind, name = item["schema"].split(":", 1)
                if kind == "openapi":
                    validator = Draft202012Validator({"$ref": "urn:openapi#/components/schemas/" + name}, registry=registry)
                else:
                    schema = json.load(open(os.path.join(recon, name), encoding="utf-8"))
                    validator = Draft7Validator(schema, registry=registry)
                for error in validator.iter_errors(item["value"]):
                    problems.append("%d %s: %s at %s" % (number, item["schema"], error.message[:300], list(error.absolute_path)))
            print("\\n".join(problems))
            print("checked %d" % (number + 1), file=sys.stderr)
            """
        let recon = ServerTestSupport.schemas?.appendingPathComponent("reconciliation-0.2/schemas").path ?? "/nonexistent"
        let run = try ServerTestSupport.run(
            "python3", ["-c", script, ServerTestSupport.packageRoot.appendingPathComponent("docs/openapi.yaml").path, recon, input.path])
        if run.status != 0 { return "validator failed: \(run.stderrText)" }
        return String(decoding: run.stdout, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
