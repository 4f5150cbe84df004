import ShejireCore

extension EACCPFWriter {
    /// Writes one `<eac>` record.
    func writeRecord(
        _ node: GraphNode, incidents: [Incident], others: [String: (type: EntityType, name: String)], to sink: ByteSink
    ) {
        // Sources: the documents of every edge at the entity, numbered in sorted order.
        let documents = Array(Set(incidents.flatMap(\.documents))).sorted()
        var sourceIDs: [String: String] = [:]
        for (number, document) in documents.enumerated() { sourceIDs[document] = "s\(number + 1)" }

        sink.write(
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <eac xmlns="https://archivists.org/ns/eac/v2">
              <control maintenanceStatus="derived" detailLevel="minimal">
                <recordId>
            """)
        sink.writeXML(node.id)
        sink.write("</recordId>\n    <maintenanceAgency>\n      <agencyName>")
        sink.writeXML(options.agencyName)
        sink.write("</agencyName>\n    </maintenanceAgency>\n    <maintenanceHistory>\n")
        sink.write("      <maintenanceEvent maintenanceEventType=\"derived\">\n        <agent agentType=\"machine\">")
        sink.writeXML(options.agencyName)
        sink.write("</agent>\n        <eventDateTime")
        if let date = options.recordDate, Self.isISODateTime(date) {
            sink.write(" standardDateTime=\"")
            sink.writeXML(date, attribute: true)
            sink.write("\">")
            sink.writeXML(date)
        } else {
            sink.write(">unknown")
        }
        sink.write("</eventDateTime>\n        <eventDescription>Derived by automatic extraction from ")
        sink.write(documents.count)
        sink.write(documents.count == 1 ? " news document" : " news documents")
        sink.write(", mentioned ")
        sink.write(node.mentionCount)
        sink.write(node.mentionCount == 1 ? " time" : " times")
        sink.write(".</eventDescription>\n      </maintenanceEvent>\n    </maintenanceHistory>\n")
        if !documents.isEmpty {
            sink.write("    <sources>\n")
            for document in documents {
                sink.write("      <source id=\"")
                sink.write(sourceIDs[document]!)
                sink.write("\">\n        <reference>")
                sink.writeXML(document)
                sink.write("</reference>\n      </source>\n")
            }
            sink.write("    </sources>\n")
        }
        sink.write("  </control>\n  <cpfDescription>\n    <identity>\n      <entityType value=\"")
        sink.write(node.type == .person ? "person" : "corporateBody")
        sink.write("\"/>\n")
        nameEntry(node.name, status: "authorized", sink)
        for alias in node.aliases { nameEntry(alias, status: "alternative", sink) }
        for (scheme, value) in node.sortedExternalIDs {
            sink.write("      <identityId localType=\"")
            sink.writeXML(scheme, attribute: true)
            sink.write("\">")
            sink.writeXML(value)
            sink.write("</identityId>\n")
        }
        sink.write("    </identity>\n")

        // Places the entity is located in go to description/places; every other edge is a relation.
        let places = incidents.filter { $0.outgoing && $0.predicate == .locatedIn && others[$0.other]?.type == .place }
        let relations = incidents.filter { !($0.outgoing && $0.predicate == .locatedIn && others[$0.other]?.type == .place) }
        if !places.isEmpty {
            sink.write("    <description>\n      <places>\n")
            for place in places {
                sink.write("        <place")
                writeSourceReference(place, sourceIDs, sink)
                sink.write(">\n          <placeName>")
                sink.writeXML(others[place.other]?.name ?? place.other)
                sink.write("</placeName>\n          <placeRole>")
                sink.write(place.predicate.displayLabel)
                sink.write("</placeRole>\n")
                writeDates(place, indent: "          ", sink)
                sink.write("        </place>\n")
            }
            sink.write("      </places>\n    </description>\n")
        }
        if !relations.isEmpty {
            sink.write("    <relations>\n")
            for relation in relations { writeRelation(relation, others: others, sourceIDs: sourceIDs, to: sink) }
            sink.write("    </relations>\n")
        }
        sink.write("  </cpfDescription>\n</eac>\n")
    }

    private func nameEntry(_ name: String, status: StaticString, _ sink: ByteSink) {
        sink.write("      <nameEntry status=\"")
        sink.write(status)
        sink.write("\">\n        <part>")
        sink.writeXML(name)
        sink.write("</part>\n      </nameEntry>\n")
    }

    private func writeRelation(
        _ relation: Incident, others: [String: (type: EntityType, name: String)], sourceIDs: [String: String],
        to sink: ByteSink
    ) {
        let other = others[relation.other]
        sink.write("      <relation")
        writeSourceReference(relation, sourceIDs, sink)
        sink.write(">\n        <targetEntity targetType=\"")
        switch other?.type {
        case .person: sink.write("person")
        case .organisation: sink.write("corporateBody")
        default: sink.write("resource")
        }
        sink.write("\" valueURI=\"")
        sink.writeXML(TurtleIRI(base: options.baseIRI).entityIRI(relation.other), attribute: true)
        sink.write("\">\n          <part>")
        sink.writeXML(other?.name ?? relation.other)
        sink.write("</part>\n        </targetEntity>\n")
        writeDates(relation, indent: "        ", sink)
        sink.write("        <relationType>")
        sink.write(relation.outgoing ? relation.predicate.displayLabel : relation.predicate.inverseLabel)
        sink.write("</relationType>\n")
        // A title or role describes the subject of the edge: the other end when it is incoming.
        var notes: [String] = []
        for (key, value) in relation.qualifiers where !["since", "until", "date"].contains(key) {
            if !relation.outgoing && (key == "title" || key == "role") {
                sink.write("        <targetRole>")
                sink.writeXML(value)
                sink.write("</targetRole>\n")
            } else {
                notes.append("\(key): \(value)")
            }
        }
        if !notes.isEmpty {
            sink.write("        <descriptiveNote>\n          <p>")
            sink.writeXML(notes.joined(separator: "; "))
            sink.write("</p>\n        </descriptiveNote>\n")
        }
        sink.write("      </relation>\n")
    }

    private func writeSourceReference(_ relation: Incident, _ sourceIDs: [String: String], _ sink: ByteSink) {
        let references = relation.documents.compactMap { sourceIDs[$0] }
        guard !references.isEmpty else { return }
        sink.write(" sourceReference=\"")
        sink.write(references.joined(separator: " "))
        sink.write("\"")
    }

    /// `since`/`until` or an ISO interval `A/B` in `date` as a `dateRange`; a single `date` as `date`.
    private func writeDates(_ relation: Incident, indent: String, _ sink: ByteSink) {
        let qualifiers = Dictionary(relation.qualifiers.map { ($0.key, $0.value) }, uniquingKeysWith: { a, _ in a })
        var from = qualifiers["since"]
        var to = qualifiers["until"]
        if let date = qualifiers["date"] {
            let parts = date.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
            if parts.count == 2 {
                from = from ?? parts[0]
                to = to ?? parts[1]
            } else if from == nil && to == nil {
                sink.write(indent)
                dateElement("date", date, sink)
                sink.write("\n")
                return
            }
        }
        if from == ".." || from == "" { from = nil }
        if to == ".." || to == "" { to = nil }
        guard from != nil || to != nil else { return }
        sink.write(indent)
        sink.write("<dateRange>")
        if let from { dateElement("fromDate", from, sink) }
        if let to { dateElement("toDate", to, sink) }
        sink.write("</dateRange>\n")
    }

    private func dateElement(_ name: StaticString, _ value: String, _ sink: ByteSink) {
        sink.write("<")
        sink.write(name)
        sink.write(" standardDate=\"")
        sink.writeXML(value, attribute: true)
        sink.write("\">")
        sink.writeXML(value)
        sink.write("</")
        sink.write(name)
        sink.write(">")
    }

    /// Whether `value` looks like an `xs:gYear`, `xs:gYearMonth`, `xs:date` or `xs:dateTime`.
    static func isISODateTime(_ value: String) -> Bool {
        let shape = String(value.prefix(10).map { $0.isASCII && $0.isNumber ? "d" : $0 })
        switch shape {
        case "dddd", "dddd-dd": return true
        case "dddd-dd-dd": return value.count == 10 || value.dropFirst(10).first == "T"
        default: return false
        }
    }
}
