import Foundation
import ShejireCore
import Testing
@testable import ShejireStore

/// A long document is written in parts (one segment at a time) inside one transaction
/// (`GraphStore.write(document:title:contentHash:parts:)`); the result must equal writing the
/// whole document at once, and a failure part-way must leave nothing of it.
private struct Stopped: Error {}

@Suite("Long documents written in parts")
struct LongDocumentWriteTests {
    static let first = StoreFixture.director("long", person: "Әлия Мұстафина", personKey: "alia mustafina")
    static let second = StoreFixture.director("long", person: "Дина Сейіт", personKey: "dina seit")

    /// The two parts as one document, offsets of the second part moved past the first.
    static var whole: IngestDocument {
        let shift = first.text.utf8.count
        var document = first.document
        document.document.text = first.text + second.text
        document.contentHash = ContentHash.fnv1a64(document.document.text)
        for var item in second.document.mentions {
            item.mention = item.mention.shifted(by: shift)
            document.mentions.append(item)
        }
        document.relations += second.document.relations.map { $0.shifted(by: shift) }
        return document
    }

    static func writeInParts(_ store: GraphStore, failAfterFirst: Bool = false) throws {
        let whole = Self.whole
        try store.write(document: whole.document, title: "long", contentHash: whole.contentHash) { emit in
            try emit(first.document)
            if failAfterFirst { throw Stopped() }
            var part = second.document
            part.byteOffset = first.text.utf8.count
            part.codePointOffset = first.text.unicodeScalars.count
            try emit(part)
        }
    }

    static func rows(_ store: GraphStore) throws -> [[String?]] {
        try store.query(sql: "SELECT start, end, byte_start, byte_end, text, type, entity_id FROM mention ORDER BY byte_start").rows
            + store.query(sql: "SELECT start, end, sentence, rule, confidence FROM evidence ORDER BY start").rows
            + store.query(sql: "SELECT subject_id, predicate, object_id FROM relation ORDER BY subject_id").rows
            + store.query(sql: "SELECT id, text, content_hash FROM document").rows
    }

    @Test("Writing in parts stores the same rows as writing the whole document")
    func partsEqualWhole() throws {
        let wholeStore = try GraphStore(path: try StoreFixture.temporaryPath())
        try wholeStore.write([Self.whole])
        let partsStore = try GraphStore(path: try StoreFixture.temporaryPath())
        try Self.writeInParts(partsStore)
        let expected = try Self.rows(wholeStore)
        #expect(expected.count == 4 + 2 + 2 + 1)
        #expect(try Self.rows(partsStore) == expected)
        #expect(try partsStore.stats() == wholeStore.stats())
        // The second person's mention points into the second part of the whole text.
        let starts = try partsStore.query(sql: "SELECT start FROM mention WHERE text = 'Дина Сейіт'").rows
        #expect(starts == [[String(Self.first.text.unicodeScalars.count + "Архив директоры ".unicodeScalars.count)]])
        // Writing it again in parts replaces, never duplicates.
        try Self.writeInParts(partsStore)
        #expect(try Self.rows(partsStore) == expected)
    }

    @Test("A failure between parts leaves nothing of the document and keeps earlier content")
    func failureRollsBack() throws {
        let store = try GraphStore(path: try StoreFixture.temporaryPath())
        try store.write([StoreFixture.director("other", person: "Асан Бекұлы", personKey: "asan bekuly").document])
        let before = try store.stats()
        #expect(throws: (any Error).self) { try Self.writeInParts(store, failAfterFirst: true) }
        #expect(try store.stats() == before)
        #expect(try store.query(sql: "SELECT count(*) FROM document WHERE id = 'long'").rows == [["0"]])
        #expect(try store.integrityProblems().isEmpty)
    }
}
