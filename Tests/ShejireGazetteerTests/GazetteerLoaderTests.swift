import Foundation
import ShejireCore
import Testing
@testable import ShejireGazetteer

@Suite("Gazetteer loader")
struct GazetteerLoaderTests {
    func parse(_ text: String, file: String = "test.tsv") -> Gazetteer {
        GazetteerLoader.parse(data: Data(text.utf8), file: file)
    }

    @Test("Rows, aliases with languages, ids, relations, attributes and options are read")
    func fields() throws {
        let g = parse("""
            # comment
            id\ttype\tname\tlang\taliases\tids\trelations\tattributes\toptions
            place:astana\tplace\tАстана\tkk\tAstana@en|Нур-Султан@ru\twikidata:Q1520\tlocated_in=place:kazakhstan\tlat=51.18|lon=71.45\t
            org:ica\torg\tХалықаралық архивтер кеңесі\tkk\tICA\t\t\t\tcase_sensitive
            """)
        #expect(g.diagnostics.isEmpty)
        let astana = try #require(g["place:astana"])
        #expect(astana.entityType == .place)
        #expect(astana.names.map(\.text) == ["Астана", "Astana", "Нур-Султан"])
        #expect(astana.names.map(\.language) == ["kk", "en", "ru"])
        #expect(astana.externalIDs == ["wikidata:Q1520"])
        #expect(astana.relations == [GazetteerRelation(predicate: "located_in", object: "place:kazakhstan")])
        #expect(astana.attributes["lat"] == "51.18")
        #expect(astana.source == "gazetteer:test")
        let ica = try #require(g["org:ica"])
        #expect(ica.kind == "organisation")
        #expect(ica.names.allSatisfy { $0.options.contains(.caseSensitive) })
    }

    @Test("Malformed rows are reported with file and line, and the rest is loaded")
    func malformedRows() {
        let g = parse("""
            id\ttype\tname\tattributes
            place:a\tplace\tA-place\t
            \tplace\tNo id\t
            place:b\tplanet\tB\t
            place:c\tplace\tC-place\tnot-a-pair
            place:d\tplace\t\t
            place:e\tplace\tE-place\t
            """, file: "my.tsv")
        #expect(g.entries.map(\.id) == ["place:a", "place:e"])
        #expect(g.diagnostics.map(\.line) == [3, 4, 5, 6])
        #expect(g.diagnostics.allSatisfy { $0.file == "my.tsv" && $0.code == "gazetteer-row" })
        #expect(g.diagnostics[1].description.contains("my.tsv:4"))
    }

    @Test("A file without the required header columns is reported and skipped")
    func badHeader() {
        let g = parse("name\tkind\nАстана\tplace\n")
        #expect(g.entries.isEmpty)
        #expect(g.diagnostics.contains { $0.code == "gazetteer-header" })
    }

    @Test("Rows with the same id merge; a conflicting type is reported")
    func merging() throws {
        let g = parse("""
            id\ttype\tname\taliases
            org:x\torganisation\tX Org\tXO
            org:x\torganisation\tX Org\tИкс
            org:x\tplace\tX Org\t
            """)
        let x = try #require(g["org:x"])
        #expect(x.names.map(\.text) == ["X Org", "XO", "Икс"])
        #expect(g.diagnostics.count == 1)
        #expect(g.diagnostics[0].code == "gazetteer-type-conflict")
    }

    @Test("A missing path is a thrown error naming it")
    func missingPath() {
        #expect(throws: ShejireError.self) { try GazetteerLoader.load(paths: ["/no/such/gazetteer"]) }
    }

    @Test("A UTF-8 BOM and CRLF line ends are accepted")
    func bomAndCRLF() {
        let g = parse("\u{FEFF}id\ttype\tname\r\nplace:a\tplace\tАлматы\r\n")
        #expect(g.diagnostics.isEmpty)
        #expect(g["place:a"]?.name == "Алматы")
    }
}
