import ShejireCore

/// Writes NetworkX node-link JSON for a directed multigraph, which
/// `networkx.node_link_graph(data, edges="edges")` (NetworkX 3.4+) loads as a `MultiDiGraph`.
///
/// ```
/// {"directed":true,"multigraph":true,"graph":{...},"nodes":[
/// {"aliases":[...],...,"id":"person:aliya-mustafina",...},
/// ...
/// ],"edges":[
/// {"confidence":0.9,"evidence":[...],...,"key":"r1",...,"source":"...","target":"..."}
/// ]}
/// ```
///
/// The top-level members come in that fixed order (nodes before edges, so it can stream); every
/// other object has sorted keys. One node or edge per line, so exports diff well. Each edge
/// keeps its evidence (document, sentence, code point offsets, rule, confidence). NetworkX 3.3
/// and older read the edge list under `"links"` instead; rename the member for them.
///
/// - Complexity: One pass over nodes, one over edges; memory does not grow with the graph.
public struct NodeLinkJSONWriter: GraphStreamWriter {
    public var options: ExportOptions

    public init(options: ExportOptions = ExportOptions()) {
        self.options = options
    }

    public func write(_ source: some GraphSource, to sink: ByteSink) throws {
        sink.write("{\"directed\":true,\"multigraph\":true,\"graph\":")
        var graph = JSONObjectWriter(sink)
        graph.string("label", options.graphLabel)
        graph.string("name", options.graphID)
        graph.close()
        sink.write(",\"nodes\":[")
        try GraphJSON.writeElements(to: sink, from: source.forEachNode, closing: "],\"edges\":[") { node in
            var object = JSONObjectWriter(sink)
            GraphJSON.writeNodeFields(node, into: &object, includeID: true)
            object.close()
        }
        try GraphJSON.writeElements(to: sink, from: source.forEachEdge, closing: "]}\n") { writeEdge($0, to: sink) }
        try sink.flush()
    }

    private func writeEdge(_ edge: GraphEdge, to sink: ByteSink) {
        var object = JSONObjectWriter(sink)
        object.double("confidence", edge.confidence)
        GraphJSON.writeEvidenceList(edge, into: &object)
        object.int("evidence_count", edge.evidenceCount)
        object.string("first_document", edge.firstDocument)
        object.string("key", edge.key)
        object.string("label", edge.predicate.displayLabel)
        object.string("last_document", edge.lastDocument)
        object.string("predicate", edge.predicate.rawValue)
        object.stringMap("qualifiers", edge.sortedQualifiers)
        object.string("source", edge.source)
        object.string("target", edge.target)
        object.double("weight", edge.weight)
        object.close()
    }
}
