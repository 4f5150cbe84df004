import ShejireCore

/// Writes GEXF 1.3, Gephi's native format, valid against the gexf.net 1.3 schema.
///
/// Each edge has the predicate as its `kind`, so Gephi keeps parallel relations between two
/// entities apart instead of merging them, the predicate's label as `label`, and `weight`.
/// Node and edge attributes are declared up front (`<attributes class="node|edge">`) with
/// fixed ids; lists and maps are one string (`" | "`-separated). No `viz:` elements (the
/// published schema rejects them) and no `lastmodifieddate` (output must not depend on the clock).
///
/// - Complexity: One pass over nodes, one over edges; memory does not grow with the graph.
public struct GEXFWriter: GraphStreamWriter {
    public var options: ExportOptions

    public init(options: ExportOptions = ExportOptions()) {
        self.options = options
    }

    static let nodeAttributes: [(id: StaticString, type: StaticString)] = [
        ("type", "string"), ("name", "string"), ("aliases", "string"), ("external_ids", "string"),
        ("latitude", "double"), ("longitude", "double"), ("mention_count", "long"), ("document_count", "long"),
        ("attributes", "string"),
    ]

    static let edgeAttributes: [(id: StaticString, type: StaticString)] = [
        ("predicate", "string"), ("confidence", "double"), ("qualifiers", "string"), ("date", "string"),
        ("role", "string"), ("since", "string"), ("title", "string"), ("until", "string"),
        ("evidence_count", "long"), ("first_document", "string"), ("last_document", "string"),
    ]

    public func write(_ source: some GraphSource, to sink: ByteSink) throws {
        sink.write(
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <gexf xmlns="http://gexf.net/1.3" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" \
            xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">
              <meta>
                <creator>Shejire</creator>
                <description>
            """)
        sink.writeXML(options.graphLabel)
        sink.write("</description>\n  </meta>\n  <graph mode=\"static\" defaultedgetype=\"directed\" idtype=\"string\">\n")
        declare("node", Self.nodeAttributes, sink)
        declare("edge", Self.edgeAttributes, sink)
        sink.write("    <nodes>\n")
        try source.forEachNode { node in
            writeNode(node, to: sink)
            try sink.checkError()
        }
        sink.write("    </nodes>\n    <edges>\n")
        try source.forEachEdge { edge in
            writeEdge(edge, to: sink)
            try sink.checkError()
        }
        sink.write("    </edges>\n  </graph>\n</gexf>\n")
        try sink.flush()
    }

    private func declare(_ domain: StaticString, _ attributes: [(id: StaticString, type: StaticString)], _ sink: ByteSink) {
        sink.write("    <attributes class=\"")
        sink.write(domain)
        sink.write("\" mode=\"static\">\n")
        for attribute in attributes {
            sink.write("      <attribute id=\"")
            sink.write(attribute.id)
            sink.write("\" title=\"")
            sink.write(attribute.id)
            sink.write("\" type=\"")
            sink.write(attribute.type)
            sink.write("\"/>\n")
        }
        sink.write("    </attributes>\n")
    }

    private func writeNode(_ node: GraphNode, to sink: ByteSink) {
        sink.write("      <node id=\"")
        sink.writeXML(node.id, attribute: true)
        sink.write("\" label=\"")
        sink.writeXML(node.name, attribute: true)
        sink.write("\">\n        <attvalues>\n")
        value("type", node.type.rawValue, sink)
        value("name", node.name, sink)
        if let aliases = node.joinedAliases { value("aliases", aliases, sink) }
        if let ids = node.joinedExternalIDs { value("external_ids", ids, sink) }
        if let coordinates = node.coordinates {
            value("latitude", ExportNumber.format(coordinates.latitude), sink)
            value("longitude", ExportNumber.format(coordinates.longitude), sink)
        }
        value("mention_count", String(node.mentionCount), sink)
        value("document_count", String(node.documentCount), sink)
        if let attributes = node.joinedAttributes { value("attributes", attributes, sink) }
        sink.write("        </attvalues>\n      </node>\n")
    }

    private func writeEdge(_ edge: GraphEdge, to sink: ByteSink) {
        sink.write("      <edge id=\"")
        sink.writeXML(edge.key, attribute: true)
        sink.write("\" source=\"")
        sink.writeXML(edge.source, attribute: true)
        sink.write("\" target=\"")
        sink.writeXML(edge.target, attribute: true)
        sink.write("\" kind=\"")
        sink.write(edge.predicate.rawValue)
        sink.write("\" label=\"")
        sink.write(edge.predicate.displayLabel)
        sink.write("\"")
        if edge.weight.isFinite {
            sink.write(" weight=\"")
            sink.write(edge.weight)
            sink.write("\"")
        }
        sink.write(">\n        <attvalues>\n")
        value("predicate", edge.predicate.rawValue, sink)
        if edge.confidence.isFinite { value("confidence", ExportNumber.format(edge.confidence), sink) }
        if let qualifiers = edge.joinedQualifiers {
            value("qualifiers", qualifiers, sink)
            if let v = edge.qualifiers["date"] { value("date", v, sink) }
            if let v = edge.qualifiers["role"] { value("role", v, sink) }
            if let v = edge.qualifiers["since"] { value("since", v, sink) }
            if let v = edge.qualifiers["title"] { value("title", v, sink) }
            if let v = edge.qualifiers["until"] { value("until", v, sink) }
        }
        value("evidence_count", String(edge.evidenceCount), sink)
        if let first = edge.firstDocument { value("first_document", first, sink) }
        if let last = edge.lastDocument { value("last_document", last, sink) }
        sink.write("        </attvalues>\n      </edge>\n")
    }

    @inline(__always)
    private func value(_ id: StaticString, _ value: String, _ sink: ByteSink) {
        sink.write("          <attvalue for=\"")
        sink.write(id)
        sink.write("\" value=\"")
        sink.writeXML(value, attribute: true)
        sink.write("\"/>\n")
    }
}
