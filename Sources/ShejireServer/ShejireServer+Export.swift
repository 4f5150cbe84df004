import Foundation
import Hummingbird
import ShejireCore
import ShejireExport
import ShejireStore

extension ShejireServer {
    /// `GET /export/{format}`: the graph (or a filtered part) streamed in one of the one-file formats.
    func addExportRoutes(to router: Router<BasicRequestContext>) {
        router.get("export/{format}") { request, context in
            try export(try Self.parameter("format", context), QueryParameters(request.uri.query))
        }
    }

    /// Streams an export. Parameters: `type` (node types, repeatable), `predicate`,
    /// `min_confidence`, `since`, `until`, `include_cooccurrence`, `entity` + `depth` (an ego
    /// network), `evidence` (sentences per edge).
    func export(_ formatName: String, _ query: QueryParameters) throws -> Response {
        guard let format = ExportFormat(rawValue: formatName) else {
            throw APIError.notFound(
                "unknown export format \"\(formatName.prefix(40))\" (\(ExportFormat.allCases.filter { !GraphExporter.writesDirectory($0) }.map(\.rawValue).joined(separator: ", ")))",
                code: "unknown-format")
        }
        guard !GraphExporter.writesDirectory(format) else {
            throw APIError.badRequest("the \(format.rawValue) format writes a directory; use `shejire export --format \(format.rawValue)`", code: "unsupported-format")
        }
        var filter = GraphFilter(
            types: try Self.types(query.list("type")) ?? GraphFilter.defaultTypes, relations: try Self.relationFilter(query),
            evidencePerEdge: try query.int("evidence", default: 20, in: 0...100))
        if let reference = query["entity"] {
            let center = try resolve(reference)
            let depth = try query.int("depth", default: 1, in: 1...configuration.maxDepth)
            let (entities, _) = try store.neighborhood(of: center.id, depth: depth, filter: filter.relations, types: filter.types)
            filter.entities = Set(entities.map(\.id))
        }
        let stream = try ExportStream(store: store, filter: filter, format: format)
        return Response(
            status: .ok,
            headers: [
                .contentType: Self.contentType(format),
                .contentDisposition: "attachment; filename=\"\(GraphExporter.defaultFileName(for: format))\"",
            ],
            body: stream.body())
    }

    static func contentType(_ format: ExportFormat) -> String {
        switch format {
        case .graphml, .gexf: "application/xml; charset=utf-8"
        case .turtle: "text/turtle; charset=utf-8"
        default: "application/json; charset=utf-8"
        }
    }
}
