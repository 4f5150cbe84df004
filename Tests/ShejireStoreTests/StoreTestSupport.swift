import Foundation
import ShejireTestSupport
import ShejireCore
@testable import ShejireStore

/// Builds small hand-made documents for store tests (no extraction involved).
struct DocumentBuilder {
    var id: String
    var text: String
    var date: String? = nil
    var mentions: [IngestMention] = []
    var relations: [Relation] = []
    var facts: [String: EntityFacts] = [:]

    init(_ id: String, _ text: String, date: String? = nil) {
        self.id = id
        self.text = text
        self.date = date
    }

    /// Adds a mention of the first occurrence of `surface` in the text.
    @discardableResult
    mutating func mention(_ surface: String, _ type: EntityType, _ entity: String, key: String, name: String? = nil, gazetteer: Bool = false) -> Range<Int> {
        let range = byteRange(of: surface)
        let mention = Mention(range: range, text: surface, type: type, entity: entity, name: name ?? surface, base: name ?? surface, source: gazetteer ? "gazetteer:test" : "rule:test", confidence: 0.9)
        mentions.append(IngestMention(mention: mention, key: key, fromGazetteer: gazetteer, aliases: [AliasName(name: name ?? surface, key: key, language: "kk", script: "Cyrl")]))
        return range
    }

    mutating func relation(_ subject: Range<Int>, _ predicate: ShejireCore.Predicate, _ object: Range<Int>, _ subjectID: String, _ objectID: String, qualifiers: [String: String] = [:]) {
        let sentence = 0..<text.utf8.count
        relations.append(Relation(subject: subjectID, predicate: predicate, object: objectID, qualifiers: qualifiers, confidence: 0.8, rule: "relation:test", sentence: sentence, subjectRange: subject, objectRange: object))
    }

    func byteRange(of surface: String) -> Range<Int> {
        let bytes = Array(text.utf8)
        let needle = Array(surface.utf8)
        for start in 0...(bytes.count - needle.count) where Array(bytes[start..<start + needle.count]) == needle {
            return start..<start + needle.count
        }
        fatalError("\(surface) not in \(text)")
    }

    var document: IngestDocument {
        IngestDocument(
            document: Document(id: id, text: text, date: date.flatMap { SimpleDate(iso: $0) }, language: "kk"),
            title: nil, contentHash: ContentHash.fnv1a64(text), mentions: mentions, relations: relations, facts: facts)
    }
}

enum StoreFixture {
    static func temporaryPath(_ name: String = "test.sqlite") throws -> String {
        try TestSupport.temporaryDirectory("store").appendingPathComponent(name).path
    }

    /// A document naming a person who directs an organisation.
    static func director(_ id: String, person: String, personKey: String, date: String = "2025-10-30") -> DocumentBuilder {
        var doc = DocumentBuilder(id, "Архив директоры \(person) келді.", date: date)
        let org = doc.mention("Архив", .organisation, "org:archive", key: "arhiv", gazetteer: true)
        let who = doc.mention(person, .person, "person:" + personKey.replacingOccurrences(of: " ", with: "-"), key: personKey)
        doc.relation(who, .holdsPosition, org, "person:" + personKey.replacingOccurrences(of: " ", with: "-"), "org:archive", qualifiers: ["title": "директор"])
        return doc
    }
}
