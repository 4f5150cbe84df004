import ShejireCore

/// The node and edge objects that the node-link and JGF writers share.
enum GraphJSON {
    /// Streams the items of `forEach` one per line, separated by commas, then writes `closing`
    /// (after a line break when any item was written), checking the sink after every item.
    static func writeElements<Item>(
        to sink: ByteSink, from forEach: ((Item) throws -> Void) throws -> Void, closing: String,
        _ writeItem: (Item) -> Void
    ) throws {
        var first = true
        try withoutActuallyEscaping(writeItem) { write in
            try forEach { item in
                sink.write(first ? "\n" : ",\n")
                first = false
                write(item)
                try sink.checkError()
            }
        }
        sink.write(first ? closing : "\n" + closing)
    }

    /// The node's fields, sorted: `aliases`, `attributes`, `document_count`, `external_ids`,
    /// (`id`), `label`, `latitude`, `longitude`, `mention_count`, `name`, `type`. Lists and maps
    /// are always present (possibly empty); coordinates only when known.
    static func writeNodeFields(_ node: GraphNode, into object: inout JSONObjectWriter, includeID: Bool) {
        object.strings("aliases", node.aliases)
        object.stringMap("attributes", node.sortedAttributes)
        object.int("document_count", node.documentCount)
        object.stringMap("external_ids", node.sortedExternalIDs.map { (key: $0.scheme, value: $0.value) })
        if includeID { object.string("id", node.id) }
        object.string("label", node.name)
        if let coordinates = node.coordinates {
            object.double("latitude", coordinates.latitude)
            object.double("longitude", coordinates.longitude)
        }
        object.int("mention_count", node.mentionCount)
        object.string("name", node.name)
        object.string("type", node.type.rawValue)
    }

    /// One evidence object: `confidence`, `document`, `end`, `rule`, `sentence`, `start`
    /// (offsets in Unicode code points, half-open).
    static func writeEvidence(_ evidence: GraphEvidence, to sink: ByteSink) {
        var object = JSONObjectWriter(sink)
        object.double("confidence", evidence.confidence)
        object.string("document", evidence.document)
        object.int("end", evidence.end)
        object.string("rule", evidence.rule)
        object.string("sentence", evidence.sentence)
        object.int("start", evidence.start)
        object.close()
    }

    /// The evidence list as a member `evidence`.
    static func writeEvidenceList(_ edge: GraphEdge, into object: inout JSONObjectWriter) {
        object.key("evidence")
        object.sink.write(byte: UInt8(ascii: "["))
        for (index, evidence) in edge.evidence.enumerated() {
            if index > 0 { object.sink.write(byte: UInt8(ascii: ",")) }
            writeEvidence(evidence, to: object.sink)
        }
        object.sink.write(byte: UInt8(ascii: "]"))
    }
}
