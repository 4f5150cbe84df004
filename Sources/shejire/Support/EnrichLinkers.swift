import ShejireCore
import ShejireEnrich
import ShejireExtraction
import ShejireStore

/// `enrich --ingest`: stores each batch of records as documents in the graph (one transaction),
/// then reads back the entity each mention was linked to.
final class StoreIngestLinker: EntityLinker {
    let store: GraphStore
    let preparation: IngestPreparation
    private(set) var summary = IngestSummary()

    init(store: GraphStore, preparation: IngestPreparation) {
        self.store = store
        self.preparation = preparation
    }

    func entityIDs(for results: [ExtractionResult]) throws -> [[String?]] {
        guard !results.isEmpty else { return [] }
        summary += try store.write(results.map(preparation.prepare))
        let links = try store.mentionLinks(ofDocuments: results.map(\.document.id))
        return results.map { result in
            var byRange: [String: String] = [:]
            for link in links[result.document.id] ?? [] {
                byRange["\(link.byteRange.lowerBound):\(link.byteRange.upperBound):\(link.type.rawValue)"] = link.entityID
            }
            return result.mentions.map { byRange["\($0.range.lowerBound):\($0.range.upperBound):\($0.type.rawValue)"] }
        }
    }
}

/// `enrich --link-only`: the ids of entities already in the graph; nothing is written.
final class StoreLookupLinker: EntityLinker {
    let store: GraphStore

    init(store: GraphStore) {
        self.store = store
    }

    func entityIDs(for results: [ExtractionResult]) throws -> [[String?]] {
        var keys: [EntityLookupKey] = []
        for result in results {
            for mention in result.mentions {
                let key = EntityKey.make(name: mention.type == .date ? mention.name : mention.base, type: mention.type, value: mention.value)
                keys.append(EntityLookupKey(type: mention.type, key: key, proposedID: mention.entity))
            }
        }
        let found = try store.existingEntityIDs(keys: keys)
        var index = 0
        return results.map { result in
            defer { index += result.mentions.count }
            return Array(found[index..<index + result.mentions.count])
        }
    }
}
