import ShejireCore

/// Writes RDF Turtle in ICA's Records in Contexts ontology (RiC-O 1.1).
///
/// - Entities: persons are `rico:Person`, organisations `rico:CorporateBody`, places
///   `rico:Place` (with `geo:lat`/`geo:long`), events `rico:Event`, dates `rico:Date`
///   (`rico:expressedDate`, `rico:normalizedDateValue`), positions `rico:Position`. The
///   canonical name is `rdfs:label` and `rico:name`, aliases `skos:altLabel`; Wikidata ids are
///   `owl:sameAs wd:Q...`, GeoNames ids `owl:sameAs` the sws.geonames.org IRI, every external id
///   also a `rico:identifier` literal (`wikidata:Q...`).
/// - Every edge is a reified relation `rel:KEY` (`rico:relationHasSource`,
///   `rico:relationHasTarget`, dates from the qualifiers, `rico:relationCertainty`), typed by
///   `RiCOMapping`, plus a direct property where RiC-O has one whose domain and range fit both
///   ends (`rico:isOrWasLeaderOf`, `rico:isOrWasMemberOf` only from a person,
///   `rico:isOrWasSubdivisionOf`, `rico:hasOrHadLocation`, ...), so RDFS inference never turns an
///   organisation into a person. Organisation-to-organisation membership is a plain
///   `rico:AgentToAgentRelation`. `holds_position` makes a `rico:Position` for the title in that
///   organisation (`pos:ORG--TITLE`, `rico:existsOrExistedIn` the organisation, occupied by the
///   person) and is a `rico:LeadershipRelation` (`rico:leadershipWithPosition`) for leading titles
///   (director, chair, head, ...) and a `rico:MembershipRelation` (`rico:membershipWithPosition`)
///   otherwise.
/// - Evidence: each document is a `rico:Record` (`doc:ID`); each evidence sentence a
///   `rico:RecordPart` `<.../document/ID#char=START,END>` (RFC 5147 fragment, code point offsets)
///   with `rico:textualValue`, `rico:isOrWasConstituentOf` its record, and the relation
///   `rico:isEvidencedBy` it.
/// - Shejire's own fields (predicate, weight, counts, extraction rules, other attributes) use the `shj:`
///   vocabulary under `ExportOptions.baseIRI`.
///
/// Entity IRIs are `BASE + type prefix + "/" + slug`, written as the entity id itself
/// (`person:aliya-mustafina`) with one `@prefix` per entity type. The writer reads an end's type
/// from its id prefix (`person:`, `org:`, ...); ids without one get only the reified relation.
///
/// - Complexity: One pass over nodes, one over edges. Memory grows only with the number of
///   distinct documents and positions (each is described once).
public struct TurtleWriter: GraphStreamWriter {
    public var options: ExportOptions

    public init(options: ExportOptions = ExportOptions()) {
        self.options = options
    }

    public func write(_ source: some GraphSource, to sink: ByteSink) throws {
        let iri = TurtleIRI(base: options.baseIRI)
        iri.writePrefixes(to: sink)
        try source.forEachNode { node in
            writeNode(node, iri: iri, to: sink)
            try sink.checkError()
        }
        var described = Set<String>()
        try source.forEachEdge { edge in
            writeEdge(edge, iri: iri, described: &described, to: sink)
            try sink.checkError()
        }
        try sink.flush()
    }

    // MARK: Nodes

    private func writeNode(_ node: GraphNode, iri: TurtleIRI, to sink: ByteSink) {
        sink.write("\n")
        iri.writeEntity(node.id, to: sink)
        sink.write(" a ")
        sink.write(RiCOMapping.className(for: node.type))
        sink.write(" ;\n    rdfs:label ")
        sink.writeTurtleString(node.name)
        if node.type == .date {
            sink.write(" ;\n    rico:expressedDate ")
            sink.writeTurtleString(node.name)
            if let value = node.attributes["value"] {
                sink.write(" ;\n    rico:normalizedDateValue ")
                sink.writeTurtleString(value)
            }
        } else {
            sink.write(" ;\n    rico:name ")
            sink.writeTurtleString(node.name)
        }
        if !node.aliases.isEmpty {
            sink.write(" ;\n    skos:altLabel ")
            for (index, alias) in node.aliases.enumerated() {
                if index > 0 { sink.write(", ") }
                sink.writeTurtleString(alias)
            }
        }
        for (scheme, value) in node.sortedExternalIDs {
            if let sameAs = iri.sameAs(scheme: scheme, value: value) {
                sink.write(" ;\n    owl:sameAs ")
                sink.write(sameAs)
            }
            sink.write(" ;\n    rico:identifier ")
            sink.writeTurtleString("\(scheme):\(value)")
        }
        if let coordinates = node.coordinates {
            sink.write(" ;\n    geo:lat ")
            writeDouble(coordinates.latitude, sink)
            sink.write(" ;\n    geo:long ")
            writeDouble(coordinates.longitude, sink)
        }
        for (key, value) in node.sortedAttributes where !(node.type == .date && key == "value") {
            sink.write(" ;\n    shj:attribute ")
            sink.writeTurtleString("\(key)=\(value)")
        }
        sink.write(" ;\n    shj:mentionCount ")
        sink.write(node.mentionCount)
        sink.write(" ;\n    shj:documentCount ")
        sink.write(node.documentCount)
        sink.write(" .\n")
    }

    // MARK: Edges

    private func writeEdge(_ edge: GraphEdge, iri: TurtleIRI, described: inout Set<String>, to sink: ByteSink) {
        let sourceType = RiCOMapping.entityType(ofID: edge.source)
        let targetType = RiCOMapping.entityType(ofID: edge.target)
        let mapping = RiCOMapping(edge: edge, sourceType: sourceType, targetType: targetType)

        // The position a holds_position edge is about, described once.
        var position: String? = nil
        if edge.predicate == .holdsPosition, let title = edge.qualifiers["title"], !title.isEmpty {
            let local = Slug.make(edge.target) + "--" + Slug.make(title)
            position = "pos:" + local
            if described.insert(position!).inserted {
                sink.write("\n")
                sink.write(position!)
                sink.write(" a rico:Position ;\n    rdfs:label ")
                sink.writeTurtleString(title)
                sink.write(" ;\n    rico:name ")
                sink.writeTurtleString(title)
                if RiCOMapping.isGroup(targetType) {
                    sink.write(" ;\n    rico:existsOrExistedIn ")
                    iri.writeEntity(edge.target, to: sink)
                }
                sink.write(" .\n")
            }
        }

        sink.write("\n")
        iri.writeLocal(prefix: "rel", path: "relation/", edge.key, to: sink)
        sink.write(" a ")
        sink.write(mapping.relationClass)
        sink.write(" ;\n    rdfs:label ")
        sink.writeTurtleString(edge.predicate.displayLabel)
        sink.write(" ;\n    shj:predicate ")
        sink.writeTurtleString(edge.predicate.rawValue)
        sink.write(" ;\n    rico:relationHasSource ")
        iri.writeEntity(edge.source, to: sink)
        sink.write(" ;\n    rico:relationHasTarget ")
        iri.writeEntity(edge.target, to: sink)
        if let position, let property = mapping.positionProperty {
            sink.write(" ;\n    ")
            sink.write(property)
            sink.write(" ")
            sink.write(position)
        }
        writeDates(edge, sink)
        for (key, value) in edge.sortedQualifiers {
            sink.write(" ;\n    shj:qualifier ")
            sink.writeTurtleString("\(key)=\(value)")
        }
        if edge.confidence.isFinite {
            sink.write(" ;\n    rico:relationCertainty ")
            sink.writeTurtleString(ExportNumber.format(edge.confidence))
        }
        if edge.weight.isFinite {
            sink.write(" ;\n    shj:weight ")
            writeDouble(edge.weight, sink)
        }
        sink.write(" ;\n    shj:evidenceCount ")
        sink.write(edge.evidenceCount)
        for evidence in edge.evidence {
            sink.write(" ;\n    rico:isEvidencedBy ")
            iri.writeEvidence(evidence, to: sink)
        }
        for rule in edge.evidence.map(\.rule).uniqued() {
            sink.write(" ;\n    shj:rule ")
            sink.writeTurtleString(rule)
        }
        sink.write(" .\n")

        // Direct properties whose domain and range fit both ends.
        for property in mapping.directProperties {
            iri.writeEntity(edge.source, to: sink)
            sink.write(" ")
            sink.write(property)
            sink.write(" ")
            iri.writeEntity(edge.target, to: sink)
            sink.write(" .\n")
        }
        if let position, sourceType == .person {
            iri.writeEntity(edge.source, to: sink)
            sink.write(" rico:occupiesOrOccupied ")
            sink.write(position)
            sink.write(" .\n")
        }

        // The evidence: sentences as record parts of their documents.
        for evidence in edge.evidence {
            if described.insert("doc\u{0}" + evidence.document).inserted {
                iri.writeLocal(prefix: "doc", path: "document/", evidence.document, to: sink)
                sink.write(" a rico:Record ;\n    rico:identifier ")
                sink.writeTurtleString(evidence.document)
                sink.write(" .\n")
            }
            iri.writeEvidence(evidence, to: sink)
            sink.write(" a rico:RecordPart ;\n    rico:isOrWasConstituentOf ")
            iri.writeLocal(prefix: "doc", path: "document/", evidence.document, to: sink)
            sink.write(" ;\n    rico:textualValue ")
            sink.writeTurtleString(evidence.sentence)
            sink.write(" .\n")
        }
    }

    /// `since` -> `rico:beginningDate`, `until` -> `rico:endDate`, `date` -> `rico:date` (and,
    /// for an ISO interval `A/B`, its ends as beginning and end dates).
    private func writeDates(_ edge: GraphEdge, _ sink: ByteSink) {
        var beginning = edge.qualifiers["since"]
        var end = edge.qualifiers["until"]
        if let date = edge.qualifiers["date"] {
            sink.write(" ;\n    rico:date ")
            TurtleDate.write(date, to: sink)
            let parts = date.split(separator: "/", omittingEmptySubsequences: false)
            if parts.count == 2 {
                if beginning == nil, !parts[0].isEmpty, parts[0] != ".." { beginning = String(parts[0]) }
                if end == nil, !parts[1].isEmpty, parts[1] != ".." { end = String(parts[1]) }
            }
        }
        if let beginning {
            sink.write(" ;\n    rico:beginningDate ")
            TurtleDate.write(beginning, to: sink)
        }
        if let end {
            sink.write(" ;\n    rico:endDate ")
            TurtleDate.write(end, to: sink)
        }
    }

    private func writeDouble(_ value: Double, _ sink: ByteSink) {
        sink.write("\"")
        sink.write(value)
        sink.write("\"^^xsd:double")
    }
}
