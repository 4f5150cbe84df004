import ShejireCore

/// Writes Cytoscape.js elements JSON (`.cyjs`), which Cytoscape.js loads with
/// `cy.json(data)` / `cytoscape({elements: data.elements})` and desktop Cytoscape imports with
/// File → Import → Network from File.
///
/// ```
/// {"format_version":"1.0","generated_by":"shejire","target_cytoscapejs_version":"~2.1",
///  "data":{...},"elements":{"nodes":[{"data":{"id":...,"name":...}}, ...],
///  "edges":[{"data":{"id":key,"source":...,"target":...,"interaction":predicate}}, ...]}}
/// ```
///
/// `data` values are strings, numbers or lists of strings only, because desktop Cytoscape
/// makes table columns of them: `name` is the display label, `interaction` the predicate,
/// known qualifiers (`title`, `since`, `until`, `date`, `role`) have their own keys and all of
/// them are in `qualifiers` as `key=value` items; evidence is reduced to `evidence_documents`.
/// `data` keys are sorted.
/// Element ids must be unique across nodes and edges, which holds for entity ids (`type:slug`)
/// and edge keys.
///
/// - Complexity: One pass over nodes, one over edges; memory does not grow with the graph.
public struct CytoscapeWriter: GraphStreamWriter {
    public var options: ExportOptions

    public init(options: ExportOptions = ExportOptions()) {
        self.options = options
    }

    public func write(_ source: some GraphSource, to sink: ByteSink) throws {
        sink.write("{\"format_version\":\"1.0\",\"generated_by\":\"shejire\",\"target_cytoscapejs_version\":\"~2.1\",")
        sink.write("\"data\":")
        var graph = JSONObjectWriter(sink)
        graph.string("directed", "true")
        graph.string("name", options.graphLabel)
        graph.string("shared_name", options.graphID)
        graph.close()
        sink.write(",\"elements\":{\"nodes\":[")
        try GraphJSON.writeElements(to: sink, from: source.forEachNode, closing: "],\"edges\":[") { writeNode($0, to: sink) }
        try GraphJSON.writeElements(to: sink, from: source.forEachEdge, closing: "]}}\n") { writeEdge($0, to: sink) }
        try sink.flush()
    }

    private func writeNode(_ node: GraphNode, to sink: ByteSink) {
        sink.write("{\"data\":")
        var data = JSONObjectWriter(sink)
        data.strings("aliases", node.aliases)
        data.strings("attributes", node.sortedAttributes.map { "\($0.key)=\($0.value)" })
        data.int("document_count", node.documentCount)
        data.strings("external_ids", node.externalIDItems)
        data.string("id", node.id)
        data.string("label", node.name)
        if let coordinates = node.coordinates {
            data.double("latitude", coordinates.latitude)
            data.double("longitude", coordinates.longitude)
        }
        data.int("mention_count", node.mentionCount)
        data.string("name", node.name)
        data.string("type", node.type.rawValue)
        data.close()
        sink.write("}")
    }

    private func writeEdge(_ edge: GraphEdge, to sink: ByteSink) {
        sink.write("{\"data\":")
        var data = JSONObjectWriter(sink)
        data.double("confidence", edge.confidence)
        data.string("date", edge.qualifiers["date"])
        data.int("evidence_count", edge.evidenceCount)
        data.strings("evidence_documents", edge.evidenceDocuments)
        data.string("first_document", edge.firstDocument)
        data.string("id", edge.key)
        data.string("interaction", edge.predicate.rawValue)
        data.string("label", edge.predicate.displayLabel)
        data.string("last_document", edge.lastDocument)
        data.string("predicate", edge.predicate.rawValue)
        data.strings("qualifiers", edge.sortedQualifiers.map { "\($0.key)=\($0.value)" })
        data.string("role", edge.qualifiers["role"])
        data.string("since", edge.qualifiers["since"])
        data.string("source", edge.source)
        data.string("target", edge.target)
        data.string("title", edge.qualifiers["title"])
        data.string("until", edge.qualifiers["until"])
        data.double("weight", edge.weight)
        data.close()
        sink.write("}")
    }
}
