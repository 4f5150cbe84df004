import Foundation
import ShejireCore
import Testing
@testable import ShejireStore

@Suite("Graph store")
struct GraphStoreTests {
    @Test("Re-ingesting a document replaces its mentions and evidence and never duplicates anything")
    func reingestIsIdempotent() throws {
        let store = try GraphStore(path: try StoreFixture.temporaryPath())
        let doc = StoreFixture.director("a", person: "Әлия Мұстафина", personKey: "alia mustafina").document
        try store.write([doc])
        let first = try store.stats()
        try store.write([doc])
        try store.write([doc, doc])
        let again = try store.stats()
        #expect(first == again)
        #expect(first.documents == 1 && first.mentions == 2 && first.relations == 1 && first.evidence == 1)
        #expect(try store.integrityProblems().isEmpty)
    }

    @Test("The same fact in two documents is one relation with two pieces of evidence")
    func evidenceAccumulates() throws {
        let store = try GraphStore(path: try StoreFixture.temporaryPath())
        try store.write([StoreFixture.director("a", person: "Әлия Мұстафина", personKey: "alia mustafina").document])
        try store.write([StoreFixture.director("b", person: "Алия Мустафина", personKey: "alia mustafina").document])
        let relations = try store.relations(filter: RelationFilter(), evidenceLimit: 10)
        #expect(relations.count == 1)
        #expect(relations.first?.evidenceCount == 2)
        #expect(relations.first?.evidence?.map(\.document) == ["a", "b"])
        // Linked across documents by key: one person with both spellings as aliases.
        let people = try store.findEntities("x", keys: [(.person, "alia mustafina")])
        #expect(people.count == 1)
        #expect(Set([people[0].name] + people[0].aliases) == ["Әлия Мұстафина", "Алия Мустафина"])
    }

    @Test("Two people who share only a surname are not merged; an ambiguous surname stays apart")
    func sharedSurnameNotMerged() throws {
        let store = try GraphStore(path: try StoreFixture.temporaryPath())
        try store.write([StoreFixture.director("a", person: "Әлия Мұстафина", personKey: "alia mustafina").document])
        try store.write([StoreFixture.director("b", person: "Дина Мұстафина", personKey: "dina mustafina").document])
        #expect(try store.stats().entitiesByType["person"] == 2)
    }

    @Test("Deleting or replacing a document removes relations and entities only it supported")
    func garbageCollection() throws {
        let store = try GraphStore(path: try StoreFixture.temporaryPath())
        try store.write([StoreFixture.director("a", person: "Әлия Мұстафина", personKey: "alia mustafina").document])
        var changed = DocumentBuilder("a", "Архив жұмыс істейді.")
        changed.mention("Архив", .organisation, "org:archive", key: "arhiv", gazetteer: true)
        try store.write([changed.document])
        let stats = try store.stats()
        #expect(stats.entities == 1 && stats.relations == 0 && stats.evidence == 0)
        try store.deleteDocuments(["a"])
        #expect(try store.stats().entities == 0)
        #expect(try store.integrityProblems().isEmpty)
    }

    @Test("A failed batch leaves the database as it was after the last committed batch")
    func failedBatchRollsBack() throws {
        let store = try GraphStore(path: try StoreFixture.temporaryPath())
        try store.write([StoreFixture.director("a", person: "Әлия Мұстафина", personKey: "alia mustafina").document])
        let before = try store.stats()
        // A NaN confidence cannot be stored (REAL NOT NULL): the second document fails, and the
        // first document of the same batch must not be left behind.
        var bad = StoreFixture.director("c", person: "Дина Сейіт", personKey: "dina seit")
        bad.mentions[0].mention.confidence = .nan
        #expect(throws: StoreError.self) {
            try store.write([StoreFixture.director("b", person: "Дина Мұстафина", personKey: "dina mustafina").document, bad.document])
        }
        #expect(try store.stats() == before)
        // A failure injected by a trigger at the last statement of a batch rolls back too.
        try store.pool.write { db in
            try db.execute(sql: "CREATE TEMP TRIGGER fail BEFORE INSERT ON evidence WHEN NEW.document_id = 'd' BEGIN SELECT RAISE(ABORT, 'injected'); END")
        }
        #expect(throws: StoreError.self) {
            try store.write([StoreFixture.director("b", person: "Дина Мұстафина", personKey: "dina mustafina").document,
                             StoreFixture.director("d", person: "Дина Сейіт", personKey: "dina seit").document])
        }
        #expect(try store.stats() == before)
        #expect(try store.integrityProblems().isEmpty)
    }

    @Test("Curation survives re-ingesting: merge, rename, split and alias rules")
    func curationSurvivesReingest() throws {
        let store = try GraphStore(path: try StoreFixture.temporaryPath())
        let a = StoreFixture.director("a", person: "Әлия Мұстафина", personKey: "alia mustafina").document
        let b = StoreFixture.director("b", person: "А. Мұстафина", personKey: "a mustafina").document
        try store.write([a, b])
        #expect(try store.stats().entitiesByType["person"] == 2)
        try store.merge("person:a-mustafina", into: "person:alia-mustafina")
        #expect(try store.stats().entitiesByType["person"] == 1)
        #expect(try store.relations(filter: RelationFilter()).first?.evidenceCount == 2)
        try store.rename("person:alia-mustafina", to: AliasName(name: "Aliya Mustafina", key: "alia mustafina", language: "en", script: "Latn"))
        // Re-extraction produces the old proposed ids again; the decisions still apply.
        try store.write([a, b])
        let stats = try store.stats()
        #expect(stats.entitiesByType["person"] == 1)
        #expect(try store.entity("person:alia-mustafina")?.name == "Aliya Mustafina")
        #expect(try store.entity("person:a-mustafina") == nil)
        // Split the initial form off again; re-ingesting keeps it apart.
        let affected = try store.split("person:alia-mustafina", alias: AliasName(name: "А. Мұстафина", key: "a mustafina", language: "kk", script: "Cyrl"), newID: "person:a-mustafina-2")
        #expect(affected == ["b"])
        try store.write([a, b])
        #expect(try store.stats().entitiesByType["person"] == 2)
        #expect(try store.entity("person:a-mustafina-2")?.mentionCount == 1)
        #expect(try store.curationLog().map(\.action) == ["merge", "rename", "split"])
        #expect(try store.integrityProblems().isEmpty)
    }

    @Test("An added alias links later mentions; a removed alias stops linking")
    func aliasRules() throws {
        let store = try GraphStore(path: try StoreFixture.temporaryPath())
        try store.write([StoreFixture.director("a", person: "Әлия Мұстафина", personKey: "alia mustafina").document])
        _ = try store.addAlias(AliasName(name: "Директор ханым", key: "direktor hanim", language: "kk", script: "Cyrl"), to: "person:alia-mustafina")
        var doc = DocumentBuilder("c", "Директор ханым сөйледі.")
        doc.mention("Директор ханым", .person, "person:direktor-hanim", key: "direktor hanim")
        try store.write([doc.document])
        #expect(try store.entity("person:alia-mustafina")?.mentionCount == 2)
        let affected = try store.removeAlias(AliasName(name: "Директор ханым", key: "direktor hanim", language: "kk", script: "Cyrl"), from: "person:alia-mustafina")
        #expect(affected == ["c"])
        try store.write([doc.document])
        #expect(try store.entity("person:alia-mustafina")?.mentionCount == 1)
        #expect(try store.entity("person:direktor-hanim")?.mentionCount == 1)
    }

    @Test("Merging entities of different types is refused")
    func mergeAcrossTypesRefused() throws {
        let store = try GraphStore(path: try StoreFixture.temporaryPath())
        try store.write([StoreFixture.director("a", person: "Әлия Мұстафина", personKey: "alia mustafina").document])
        #expect(throws: StoreError.self) { try store.merge("person:alia-mustafina", into: "org:archive") }
        #expect(throws: StoreError.self) { try store.merge("person:nobody", into: "org:archive") }
    }

    @Test("Paths and neighbourhoods follow relations in both directions")
    func pathsAndNeighbours() throws {
        let store = try GraphStore(path: try StoreFixture.temporaryPath())
        var doc = DocumentBuilder("a", "Әлия Архив ICA Барселона")
        let person = doc.mention("Әлия", .person, "person:alia", key: "alia")
        let archive = doc.mention("Архив", .organisation, "org:archive", key: "arhiv")
        let ica = doc.mention("ICA", .organisation, "org:ica", key: "ica")
        let place = doc.mention("Барселона", .place, "place:barcelona", key: "barselona")
        doc.relation(person, .holdsPosition, archive, "person:alia", "org:archive")
        doc.relation(archive, .memberOf, ica, "org:archive", "org:ica")
        doc.relation(ica, .locatedIn, place, "org:ica", "place:barcelona")
        doc.relation(person, .coOccursWith, place, "person:alia", "place:barcelona")
        try store.write([doc.document])
        let paths = try store.paths(from: "place:barcelona", to: "person:alia")
        #expect(paths.count == 1)
        #expect(paths.first?.entities == ["place:barcelona", "org:ica", "org:archive", "person:alia"])
        #expect(paths.first?.steps.map(\.forward) == [false, false, false])
        let withCooccurrence = try store.paths(from: "place:barcelona", to: "person:alia", filter: RelationFilter(includeCooccurrence: true))
        #expect(withCooccurrence.first?.steps.count == 1)
        let (entities, relations) = try store.neighborhood(of: "org:archive", depth: 1, filter: RelationFilter())
        #expect(Set(entities.map(\.id)) == ["org:archive", "person:alia", "org:ica"])
        #expect(relations.count == 2)
    }

    @Test("The graph source yields sorted nodes and edges whose ends are nodes")
    func graphSource() throws {
        let store = try GraphStore(path: try StoreFixture.temporaryPath())
        try store.write([StoreFixture.director("a", person: "Әлия Мұстафина", personKey: "alia mustafina").document])
        try store.write([StoreFixture.director("b", person: "Алия Мустафина", personKey: "alia mustafina", date: "2024-01-01").document])
        try store.withGraph(GraphFilter()) { source in
            var nodes: [GraphNode] = []
            var edges: [GraphEdge] = []
            try source.forEachNode { nodes.append($0) }
            try source.forEachEdge { edges.append($0) }
            #expect(nodes.map(\.id) == nodes.map(\.id).sorted())
            #expect(nodes.count == 2)
            #expect(edges.count == 1)
            let ids = Set(nodes.map(\.id))
            #expect(edges.allSatisfy { ids.contains($0.source) && ids.contains($0.target) })
            #expect(edges.first?.evidenceCount == 2 && edges.first?.firstDocument == "b" && edges.first?.lastDocument == "a")
            #expect(nodes.first { $0.id == "person:alia-mustafina" }?.documentCount == 2)
        }
        // Since/until: only the 2024 document's relation qualifies.
        try store.withGraph(GraphFilter(relations: RelationFilter(until: "2024"))) { source in
            var edges: [GraphEdge] = []
            try source.forEachEdge { edges.append($0) }
            #expect(edges.count == 1)
        }
        try store.withGraph(GraphFilter(relations: RelationFilter(since: "2026"))) { source in
            var count = 0
            try source.forEachEdge { _ in count += 1 }
            #expect(count == 0)
        }
    }
}
