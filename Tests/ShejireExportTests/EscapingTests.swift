import Foundation
import ShejireCore
import Testing

@testable import ShejireExport

#if canImport(FoundationXML)
import FoundationXML
#endif

/// Names and values that break naive writers: markup, quotes, `]]>`, characters XML 1.0
/// forbids, line breaks, spreadsheet formulas, separators, ids that are not XML names.
@Suite struct EscapingTests {
    static let controls = "a\u{0}b\u{1}c\u{8}d\u{B}e\u{C}f\u{1F}g\u{FFFE}h\u{FFFF}i"
    static let markup = "<script>alert(\"x\")</script> & 'AT&T' ]]> end"

    static let hostileGraph = GraphSnapshot(
        nodes: [
            GraphNode(
                id: "org:a&b", type: .organisation, name: markup, aliases: ["=HYPERLINK(\"http://x\")", "+7 701", "semi;colon, comma"],
                externalIDs: ["wikidata": "Q1;Q2"], mentionCount: 2, documentCount: 1, attributes: ["note": "line1\nline2\ttab\r"]),
            GraphNode(id: "person:жоқ адам", type: .person, name: controls, aliases: ["@handle", "-minus"], mentionCount: 1),
            GraphNode(id: "place:_x", type: .place, name: "  spaced  ", latitude: -0.0, longitude: .nan),
        ],
        edges: [
            GraphEdge(
                key: "r 1/x", source: "person:жоқ адам", target: "org:a&b", predicate: .holdsPosition, weight: 2, confidence: 0.5,
                qualifiers: ["title": "<b>бас</b> директор", "since": "2020\"", "note": "=1+1"], evidenceCount: 1,
                firstDocument: "doc \"1\"", lastDocument: "doc \"1\"",
                evidence: [
                    GraphEvidence(document: "doc \"1\"", sentence: "Line \"one\"\nline\u{7} two </p>", start: 0, end: 20, rule: "r<1>", confidence: 0.5)
                ]),
            GraphEdge(key: "r2", source: "org:a&b", target: "place:_x", predicate: .locatedIn, weight: .infinity, confidence: .nan),
        ])

    /// What XML keeps of a string: the forbidden characters dropped.
    static func xmlKept(_ string: String) -> String {
        String(string.unicodeScalars.filter { s in
            !(s.value < 0x20 && s != "\t" && s != "\n" && s != "\r") && s.value != 0xFFFE && s.value != 0xFFFF
        }.map(Character.init))
    }

    // MARK: The escaping primitives

    @Test func xmlText() {
        let sink = ByteSink.memory()
        sink.writeXML("a<b&c\"d]]>e\u{0}\u{B}f\tg\nh\ri\u{FFFE}j")
        #expect(sink.string == "a&lt;b&amp;c\"d]]&gt;ef\tg\nh&#13;ij")
    }

    @Test func xmlAttribute() {
        let sink = ByteSink.memory()
        sink.writeXML("a<b&c\"d\te\nf\rg\u{1F}", attribute: true)
        #expect(sink.string == "a&lt;b&amp;c&quot;d&#9;e&#10;f&#13;g")
    }

    @Test func jsonString() {
        let sink = ByteSink.memory()
        sink.writeJSONString("q\"b\\n\n\t\u{0}<script>&\u{2028}é")
        #expect(sink.string == #""q\"b\\n\n\t\u0000\u003cscript\u003e\u0026\u2028é""#)
    }

    @Test func turtleString() {
        let sink = ByteSink.memory()
        sink.writeTurtleString("q\"b\\\n\r\t\u{1}\u{7F}ә")
        #expect(sink.string == #""q\"b\\\n\r\t\u0001\u007fә""#)
    }

    @Test(arguments: [
        ("plain", "plain", "plain"),
        ("a,b", "\"a,b\"", "\"a,b\""),
        ("say \"hi\"", "\"say \"\"hi\"\"\"", "\"say \"\"hi\"\"\""),
        ("two\nlines", "\"two\nlines\"", "\"two\nlines\""),
        ("=SUM(A1)", "\"=SUM(A1)\"", "\"'=SUM(A1)\""),
        ("+7 701", "\"+7 701\"", "\"'+7 701\""),
        ("-1", "\"-1\"", "\"'-1\""),
        ("@cmd", "\"@cmd\"", "\"'@cmd\""),
        (" lead", "\" lead\"", "\" lead\""),
        ("bell\u{7}", "bell", "bell"),
        ("", "", ""),
    ])
    func csvField(_ input: String, _ expected: String, _ spreadsheetSafe: String) {
        let sink = ByteSink.memory()
        sink.writeCSVField(input)
        #expect(sink.string == expected)
        let safe = ByteSink.memory()
        safe.writeCSVField(input, spreadsheetSafe: true)
        #expect(safe.string == spreadsheetSafe)
    }

    @Test func nmtokens() {
        #expect(XMLName.nmtoken("person:aliya-mustafina") == "person:aliya-mustafina")
        #expect(XMLName.nmtoken("r 1/x") == "r_x20_1_x2F_x")
        #expect(XMLName.nmtoken("place:_x") == "place:_x5F_x")
        #expect(XMLName.nmtoken("") == "_x_")
        #expect(XMLName.nmtoken("жоқ") == "_x436__x43E__x49B_")
    }

    @Test func fileNames() {
        #expect(EACCPFWriter.fileName(for: "person:aliya-mustafina") == "person_aliya-mustafina.xml")
        #expect(EACCPFWriter.fileName(for: "org:a_b") == "org_a%5Fb.xml")
        #expect(EACCPFWriter.fileName(for: "../x") == "%2E.%2Fx.xml")
        #expect(EACCPFWriter.fileName(for: String(repeating: "a", count: 300)).utf8.count < 255)
    }

    // MARK: Whole exports

    #if canImport(FoundationXML)
    /// Collects the text of every element and the value of every attribute of an XML file.
    final class Collector: NSObject, XMLParserDelegate {
        var texts: [String] = []
        var attributes: [String] = []
        var current = ""
        func parser(_ parser: XMLParser, didStartElement _: String, namespaceURI _: String?, qualifiedName _: String?, attributes a: [String: String]) {
            attributes += a.values
            current = ""
        }
        func parser(_ parser: XMLParser, foundCharacters string: String) { current += string }
        func parser(_ parser: XMLParser, didEndElement _: String, namespaceURI _: String?, qualifiedName _: String?) {
            texts.append(current)
            current = ""
        }
    }

    static func parseXML(_ data: Data) throws -> Collector {
        let parser = XMLParser(data: data)
        let collector = Collector()
        parser.delegate = collector
        #expect(parser.parse(), "not well-formed: \(String(describing: parser.parserError))")
        return collector
    }

    @Test(arguments: [ExportFormat.graphml, .gexf, .eacCPF])
    func xmlExportsAreWellFormedAndKeepValues(_ format: ExportFormat) throws {
        let (directory, files) = try SnapshotTests.export(format, graph: Self.hostileGraph)
        defer { try? FileManager.default.removeItem(at: directory) }
        var texts: [String] = []
        var attributes: [String] = []
        for file in files {
            let data = try Data(contentsOf: file)
            #expect(!String(decoding: data, as: UTF8.self).contains("<script>"))
            let collector = try Self.parseXML(data)
            texts += collector.texts
            attributes += collector.attributes
        }
        let values = texts + attributes
        #expect(values.contains(Self.markup))
        #expect(values.contains(Self.xmlKept(Self.controls)))
        if format == .graphml {
            #expect(texts.contains("note=line1\nline2\ttab\r"))
            #expect(attributes.contains("r_x20_1_x2F_x"))
        }
    }
    #endif

    @Test(arguments: [ExportFormat.json, .jgf, .cytoscape])
    func jsonExportsParseAndKeepValues(_ format: ExportFormat) throws {
        let sink = ByteSink.memory()
        try GraphExporter.write(Self.hostileGraph, format: format, to: sink)
        #expect(!sink.string.contains("<script>"))
        let object = try JSONSerialization.jsonObject(with: Data(sink.bytes))
        var strings: [String] = []
        func walk(_ value: Any) {
            if let s = value as? String { strings.append(s) }
            if let a = value as? [Any] { a.forEach(walk) }
            if let d = value as? [String: Any] { d.keys.forEach { strings.append($0) }; d.values.forEach(walk) }
        }
        walk(object)
        #expect(strings.contains(Self.markup))
        #expect(strings.contains(Self.controls))
        #expect(strings.contains("person:жоқ адам"))
        #expect(strings.contains("=HYPERLINK(\"http://x\")"))
    }

    @Test func turtleHasNoRawControlCharacters() throws {
        let sink = ByteSink.memory()
        try TurtleWriter().write(Self.hostileGraph, to: sink)
        #expect(!sink.bytes.contains { $0 < 0x20 && $0 != 0x0A })
        #expect(sink.string.contains(#"<script>alert(\"x\")</script> & 'AT&T' ]]> end"#))
        #expect(sink.string.contains("<http://example.org/shejire/person/%D0%B6%D0%BE%D2%9B%20%D0%B0%D0%B4%D0%B0%D0%BC>"))
        #expect(sink.string.contains("<http://example.org/shejire/relation/r%201%2Fx>"))
    }

    /// A small RFC 4180 reader for the checks below.
    static func parseCSV(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var iterator = Array(text).makeIterator()
        var pending: Character? = nil
        while let c = pending ?? iterator.next() {
            pending = nil
            if quoted {
                if c == "\"" {
                    if let next = iterator.next() {
                        if next == "\"" { field.append("\"") } else { quoted = false; pending = next }
                    } else { quoted = false }
                } else { field.append(c) }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                row.append(field); field = ""
            } else if c == "\n" {
                row.append(field); field = ""; rows.append(row); row = []
            } else {
                field.append(c)
            }
        }
        return rows
    }

    @Test func neo4jCSVRoundTrips() throws {
        let writer = Neo4jCSVWriter()
        let nodes = ByteSink.memory()
        try writer.writeNodes(Self.hostileGraph, to: nodes)
        let rows = Self.parseCSV(nodes.string)
        #expect(rows.count == 4)
        #expect(rows.allSatisfy { $0.count == 11 })
        let organisation = try #require(rows.first { $0[0] == "org:a&b" })
        #expect(organisation[2] == Self.markup)
        #expect(organisation[4] == "=HYPERLINK(\"http://x\");+7 701;semi\u{FF1B}colon, comma")
        #expect(organisation[5] == "wikidata:Q1\u{FF1B}Q2")
        #expect(organisation[10] == "note=line1\nline2\ttab\r")
        let person = try #require(rows.first { $0[0] == "person:жоқ адам" })
        #expect(person[2] == "abcdefg\u{FFFE}h\u{FFFF}i")  // CSV drops only C0 controls
        #expect(person[4] == "@handle;-minus")
        #expect(nodes.string.contains("\"@handle;-minus\""))

        let relationships = ByteSink.memory()
        try writer.writeRelationships(Self.hostileGraph, to: relationships)
        let edges = Self.parseCSV(relationships.string)
        #expect(edges.count == 3)
        #expect(edges.allSatisfy { $0.count == 18 })
        #expect(edges[1][8] == "note==1+1;since=2020\";title=<b>бас</b> директор")
        #expect(edges[2][6] == "" && edges[2][7] == "")  // infinite weight and NaN confidence are left empty

        let safe = ByteSink.memory()
        try Neo4jCSVWriter(options: ExportOptions(spreadsheetSafeCSV: true)).writeNodes(Self.hostileGraph, to: safe)
        #expect(safe.string.contains("\"'@handle;-minus\""))
        #expect(safe.string.contains("\"'=HYPERLINK(\"\"http://x\"\")"))
    }
}

@Test func predicateLiteralsMatchCore() {
    for predicate in Predicate.allCases {
        #expect(predicate.displayLabel == predicate.label)
        #expect(predicate.neo4jType == predicate.rawValue.uppercased())
    }
}
