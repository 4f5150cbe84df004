import ShejireCore

/// Writes JSON Graph Format v2 (`{"graph": {...}}`), valid against the jsongraphformat.info
/// v2 JSON Schema.
///
/// `nodes` is an object keyed by node id, each `{"label": name, "metadata": {...}}`; `edges` is
/// an array, always present (the schema's `oneOf` rejects a graph without it), each with `id`
/// (the edge key), `source`, `target`, `relation` (the predicate), `label`, `directed` and
/// `metadata` (weight, confidence, qualifiers, evidence, ...). The graph's members come in a
/// fixed order (nodes before edges, so it can stream); every other object has sorted keys.
///
/// - Complexity: One pass over nodes, one over edges; memory does not grow with the graph.
public struct JGFWriter: GraphStreamWriter {
    public var options: ExportOptions

    public init(options: ExportOptions = ExportOptions()) {
        self.options = options
    }

    public func write(_ source: some GraphSource, to sink: ByteSink) throws {
        sink.write("{\"graph\":{\"id\":")
        sink.writeJSONString(options.graphID)
        sink.write(",\"label\":")
        sink.writeJSONString(options.graphLabel)
        sink.write(",\"directed\":true,\"type\":\"shejire\",\"metadata\":{\"multigraph\":true},\"nodes\":{")
        try GraphJSON.writeElements(to: sink, from: source.forEachNode, closing: "},\"edges\":[") { node in
            sink.writeJSONString(node.id)
            sink.write(byte: UInt8(ascii: ":"))
            var object = JSONObjectWriter(sink)
            object.string("label", node.name)
            object.key("metadata")
            var metadata = JSONObjectWriter(sink)
            GraphJSON.writeNodeFields(node, into: &metadata, includeID: false)
            metadata.close()
            object.close()
        }
        try GraphJSON.writeElements(to: sink, from: source.forEachEdge, closing: "]}}\n") { writeEdge($0, to: sink) }
        try sink.flush()
    }

    private func writeEdge(_ edge: GraphEdge, to sink: ByteSink) {
        var object = JSONObjectWriter(sink)
        object.bool("directed", true)
        object.string("id", edge.key)
        object.string("label", edge.predicate.displayLabel)
        object.key("metadata")
        var metadata = JSONObjectWriter(sink)
        metadata.double("confidence", edge.confidence)
        GraphJSON.writeEvidenceList(edge, into: &metadata)
        metadata.int("evidence_count", edge.evidenceCount)
        metadata.string("first_document", edge.firstDocument)
        metadata.string("last_document", edge.lastDocument)
        metadata.stringMap("qualifiers", edge.sortedQualifiers)
        metadata.double("weight", edge.weight)
        metadata.close()
        object.string("relation", edge.predicate.rawValue)
        object.string("source", edge.source)
        object.string("target", edge.target)
        object.close()
    }
}
