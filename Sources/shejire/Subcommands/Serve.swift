import ArgumentParser
import Foundation
import ShejireExtraction
import ShejireServer
import ShejireStore

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Serve the graph over HTTP: a JSON API, an OpenRefine reconciliation service and a graph browser.",
        discussion: """
            Endpoints (see docs/serve.md and docs/openapi.yaml):
              /                      the graph browser (search, neighbourhood graph, evidence)
              /entities?q=NAME       search; /entities/{id}, /entities/{id}/neighbors
              /relations, /path      relations by filter; shortest chains between two entities
              /export/{format}       graphml, json, jgf, cytoscape, gexf, turtle (streamed)
              POST /extract          text in, mentions and relations out
              /reconcile             W3C Reconciliation API 0.2 (OpenRefine)
              /health

            The server binds to 127.0.0.1 unless --host says otherwise and opens the database
            read-only unless --writable. Stop it with Ctrl-C.

            Examples:
              shejire serve                              # http://127.0.0.1:8080/
              shejire serve --db archive.sqlite --port 9000
              shejire serve --writable                   # POST /extract {"store": true} stores documents
            """
    )

    @OptionGroup var store: StoreOptions
    @OptionGroup var gazetteerOptions: GazetteerOptions
    @Option(help: "The address to listen on (0.0.0.0 for every interface).")
    var host: String = "127.0.0.1"
    @Option(help: "The TCP port (0: any free port).")
    var port: Int = 8080
    @Flag(help: "Open the database for writing, so POST /extract can store documents.")
    var writable = false
    @Option(help: ArgumentHelp("The largest request body accepted, in bytes.", valueName: "bytes"))
    var maxBody: Int = 1 << 20
    @Option(help: "The most items in one list answer (longer lists are cut and flagged).")
    var maxResults: Int = 500

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be 0...65535") }
        guard maxBody >= 1024 else { throw ValidationError("--max-body must be at least 1024") }
        guard maxResults >= 1 else { throw ValidationError("--max-results must be at least 1") }
    }

    func run() async throws {
        let graph = try store.open(readOnly: !writable)
        let reporter = DiagnosticReporter(quiet: true)
        let pipeline = (try? gazetteerOptions.load(reporter: reporter)).map { Pipeline(gazetteer: $0) }
        if pipeline == nil { StandardError.write("shejire: warning: gazetteers not found; POST /extract is disabled\n") }
        let server = ShejireServer(
            store: graph, pipeline: pipeline,
            configuration: ServerConfiguration(host: host, port: port, writable: writable, maxBodyBytes: maxBody, maxResults: maxResults))
        let mode = writable ? "read-write" : "read-only"
        try await server.run { host, port in
            StandardError.write("shejire: serving \(graph.path) (\(mode)) on http://\(host):\(port)/\n")
            if host != "127.0.0.1" && host != "localhost" && host != "::1" {
                StandardError.write("shejire: warning: listening on \(host), not only on this machine\n")
            }
        }
    }
}
