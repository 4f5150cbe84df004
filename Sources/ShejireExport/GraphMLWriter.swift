import ShejireCore

/// Writes GraphML 1.0: a directed multigraph with edge ids and typed `<key>`s, valid against
/// the graphdrawing.org schema and read back by NetworkX `read_graphml` with every attribute.
///
/// Key ids are readable NMTOKENs (`label`, `type`, `edge_label`, ...), never yEd's `d3`/`d7`,
/// which Gephi takes for labels. Lists and maps are one string each (`" | "`-separated; maps
/// as `key=value` or `scheme:value` items), because GraphML allows one `<data>` per key.
/// Absent values (no coordinates, no aliases) have no `<data>` element. Node and edge ids that
/// are not NMTOKENs are encoded with `XMLName.nmtoken`.
///
/// - Complexity: One pass over nodes, one over edges; memory does not grow with the graph.
public struct GraphMLWriter: GraphStreamWriter {
    public var options: ExportOptions

    public init(options: ExportOptions = ExportOptions()) {
        self.options = options
    }

    /// One `<key>`: its id, what it is for, its `attr.name` and `attr.type`.
    struct Key {
        var id: StaticString
        var domain: StaticString
        var name: StaticString
        var type: StaticString
    }

    /// Every key, in the order they are declared.
    static let keys: [Key] = [
        Key(id: "label", domain: "node", name: "label", type: "string"),
        Key(id: "type", domain: "node", name: "type", type: "string"),
        Key(id: "name", domain: "node", name: "name", type: "string"),
        Key(id: "aliases", domain: "node", name: "aliases", type: "string"),
        Key(id: "external_ids", domain: "node", name: "external_ids", type: "string"),
        Key(id: "latitude", domain: "node", name: "latitude", type: "double"),
        Key(id: "longitude", domain: "node", name: "longitude", type: "double"),
        Key(id: "mention_count", domain: "node", name: "mention_count", type: "long"),
        Key(id: "document_count", domain: "node", name: "document_count", type: "long"),
        Key(id: "attributes", domain: "node", name: "attributes", type: "string"),
        Key(id: "edge_label", domain: "edge", name: "label", type: "string"),
        Key(id: "predicate", domain: "edge", name: "predicate", type: "string"),
        Key(id: "weight", domain: "edge", name: "weight", type: "double"),
        Key(id: "confidence", domain: "edge", name: "confidence", type: "double"),
        Key(id: "qualifiers", domain: "edge", name: "qualifiers", type: "string"),
        Key(id: "q_date", domain: "edge", name: "date", type: "string"),
        Key(id: "q_role", domain: "edge", name: "role", type: "string"),
        Key(id: "q_since", domain: "edge", name: "since", type: "string"),
        Key(id: "q_title", domain: "edge", name: "title", type: "string"),
        Key(id: "q_until", domain: "edge", name: "until", type: "string"),
        Key(id: "evidence_count", domain: "edge", name: "evidence_count", type: "long"),
        Key(id: "first_document", domain: "edge", name: "first_document", type: "string"),
        Key(id: "last_document", domain: "edge", name: "last_document", type: "string"),
    ]

    public func write(_ source: some GraphSource, to sink: ByteSink) throws {
        sink.write(
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">

            """)
        for key in Self.keys {
            sink.write("  <key id=\"")
            sink.write(key.id)
            sink.write("\" for=\"")
            sink.write(key.domain)
            sink.write("\" attr.name=\"")
            sink.write(key.name)
            sink.write("\" attr.type=\"")
            sink.write(key.type)
            sink.write("\"/>\n")
        }
        sink.write("  <graph id=\"")
        sink.writeXML(XMLName.nmtoken(options.graphID), attribute: true)
        sink.write("\" edgedefault=\"directed\">\n")
        try source.forEachNode { node in
            writeNode(node, to: sink)
            try sink.checkError()
        }
        try source.forEachEdge { edge in
            writeEdge(edge, to: sink)
            try sink.checkError()
        }
        sink.write("  </graph>\n</graphml>\n")
        try sink.flush()
    }

    private func writeNode(_ node: GraphNode, to sink: ByteSink) {
        sink.write("    <node id=\"")
        sink.writeXML(XMLName.nmtoken(node.id), attribute: true)
        sink.write("\">\n")
        data("label", node.name, sink)
        data("type", node.type.rawValue, sink)
        data("name", node.name, sink)
        if let aliases = node.joinedAliases { data("aliases", aliases, sink) }
        if let ids = node.joinedExternalIDs { data("external_ids", ids, sink) }
        if let coordinates = node.coordinates {
            data("latitude", ExportNumber.format(coordinates.latitude), sink)
            data("longitude", ExportNumber.format(coordinates.longitude), sink)
        }
        data("mention_count", node.mentionCount, sink)
        data("document_count", node.documentCount, sink)
        if let attributes = node.joinedAttributes { data("attributes", attributes, sink) }
        sink.write("    </node>\n")
    }

    private func writeEdge(_ edge: GraphEdge, to sink: ByteSink) {
        sink.write("    <edge id=\"")
        sink.writeXML(XMLName.nmtoken(edge.key), attribute: true)
        sink.write("\" source=\"")
        sink.writeXML(XMLName.nmtoken(edge.source), attribute: true)
        sink.write("\" target=\"")
        sink.writeXML(XMLName.nmtoken(edge.target), attribute: true)
        sink.write("\">\n")
        data("edge_label", edge.predicate.displayLabel, sink)
        data("predicate", edge.predicate.rawValue, sink)
        if edge.weight.isFinite { data("weight", ExportNumber.format(edge.weight), sink) }
        if edge.confidence.isFinite { data("confidence", ExportNumber.format(edge.confidence), sink) }
        if let qualifiers = edge.joinedQualifiers {
            data("qualifiers", qualifiers, sink)
            if let value = edge.qualifiers["date"] { data("q_date", value, sink) }
            if let value = edge.qualifiers["role"] { data("q_role", value, sink) }
            if let value = edge.qualifiers["since"] { data("q_since", value, sink) }
            if let value = edge.qualifiers["title"] { data("q_title", value, sink) }
            if let value = edge.qualifiers["until"] { data("q_until", value, sink) }
        }
        data("evidence_count", edge.evidenceCount, sink)
        if let first = edge.firstDocument { data("first_document", first, sink) }
        if let last = edge.lastDocument { data("last_document", last, sink) }
        sink.write("    </edge>\n")
    }

    @inline(__always)
    private func data(_ key: StaticString, _ value: String, _ sink: ByteSink) {
        sink.write("      <data key=\"")
        sink.write(key)
        sink.write("\">")
        sink.writeXML(value)
        sink.write("</data>\n")
    }

    @inline(__always)
    private func data(_ key: StaticString, _ value: Int, _ sink: ByteSink) {
        sink.write("      <data key=\"")
        sink.write(key)
        sink.write("\">")
        sink.write(value)
        sink.write("</data>\n")
    }
}
