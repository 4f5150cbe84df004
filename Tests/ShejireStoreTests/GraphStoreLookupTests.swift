import Foundation
import ShejireCore
import Testing

@testable import ShejireStore

@Suite("Looking up existing entities (enrich --link-only) and stored mention links")
struct GraphStoreLookupTests {
    func seeded() throws -> GraphStore {
        let store = try GraphStore(path: try StoreFixture.temporaryPath())
        try store.write([
            StoreFixture.director("d1", person: "Әлия Мұстафина", personKey: "alia mustafina").document,
            StoreFixture.director("d2", person: "Мұстафина", personKey: "mustafina").document,
        ])
        return store
    }

    @Test("Proposed ids that exist, alias keys, and nothing for the unknown; nothing is written")
    func lookups() throws {
        let store = try seeded()
        let before = try store.stats()
        let found = try store.existingEntityIDs(keys: [
            EntityLookupKey(type: .organisation, key: "arhiv", proposedID: "org:archive"),
            EntityLookupKey(type: .organisation, key: "arhiv", proposedID: "org:other-name"),
            EntityLookupKey(type: .person, key: "alia mustafina", proposedID: "person:new-id"),
            EntityLookupKey(type: .place, key: "arhiv", proposedID: "place:nowhere"),
            EntityLookupKey(type: .person, key: "nobody", proposedID: nil),
        ])
        #expect(found == ["org:archive", "org:archive", "person:alia-mustafina", nil, nil])
        #expect(try store.stats() == before)
    }

    @Test("Curated merges are followed")
    func merges() throws {
        let store = try seeded()
        try store.merge("person:mustafina", into: "person:alia-mustafina")
        let found = try store.existingEntityIDs(keys: [
            EntityLookupKey(type: .person, key: "mustafina", proposedID: "person:mustafina"),
            EntityLookupKey(type: .person, key: "nobody", proposedID: "person:mustafina"),
        ])
        #expect(found == ["person:alia-mustafina", "person:alia-mustafina"])
    }

    @Test("Stored mention links by document, with byte ranges")
    func mentionLinks() throws {
        let store = try seeded()
        let links = try store.mentionLinks(ofDocuments: ["d1", "missing"])
        let d1 = try #require(links["d1"])
        #expect(d1.map(\.entityID) == ["org:archive", "person:alia-mustafina"])
        #expect(d1.first?.byteRange == 0..<10)
        #expect(links["missing"] == [])
    }
}
