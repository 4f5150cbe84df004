import Foundation
import ShejireCore
import ShejireExtraction
import ShejireStore

/// Reconciliation logic over the graph store, independent of HTTP.
///
/// Scores (0-100) come from how the name matched (`CandidateMatch`): the id or an exact name
/// or alias (ignoring case) 100, an alias linking key (base forms, transliteration, word
/// order) 90, full-text words 50 x the share of the query's words found, +20 when all were.
/// With properties, the name counts 75% and the share of matched properties 25%. A candidate
/// is a `match` when it scores at least 85, matched by id, name or key, and the next candidate
/// scores at least 10 less: two people who share a name are never matched automatically.
struct Reconciler: Sendable {
    let store: GraphStore
    let maxCandidates: Int

    static let matchThreshold = 85.0

    /// The types offered to OpenRefine, in this order.
    static let types: [TypeJSON] = [
        TypeJSON(id: "person", name: "Person"), TypeJSON(id: "organisation", name: "Organisation"),
        TypeJSON(id: "place", name: "Place"), TypeJSON(id: "event", name: "Event"),
        TypeJSON(id: "position", name: "Position"), TypeJSON(id: "date", name: "Date"),
    ]

    static func typeJSON(_ id: String) -> TypeJSON {
        types.first { $0.id == id } ?? TypeJSON(id: id, name: id)
    }

    /// Candidates for one query, best first.
    ///
    /// - Parameter cache: entity ids a property value names, shared across one batch.
    func reconcile(_ query: ReconciliationQuery, cache: inout [String: Set<String>]) throws -> [CandidateJSON] {
        let limit = max(1, min(maxCandidates, Int(query.limit ?? 5)))
        guard let text = query.query?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty else { return [] }
        let requested = (query.type?.values ?? []).compactMap { EntityType(lenient: $0) }
        let types = requested.isEmpty ? nil : Set(requested)
        let found = try store.candidates(for: text, keys: ShejireServer.keys(text), types: types, limit: limit + 5)
        let properties = query.properties ?? []
        var scored: [(candidate: EntityCandidate, score: Double, features: [FeatureJSON])] = []
        for candidate in found {
            let nameScore = Self.nameScore(candidate)
            var features = [FeatureJSON(id: "name", value: .number(nameScore / 100))]
            var score = nameScore
            if !properties.isEmpty {
                var matched = 0
                for property in properties {
                    let ok = try matches(candidate, property, cache: &cache)
                    if ok { matched += 1 }
                    features.append(FeatureJSON(id: property.pid, value: .bool(ok)))
                }
                score = 0.75 * nameScore + 25 * Double(matched) / Double(properties.count)
            }
            scored.append((candidate, (score * 10).rounded() / 10, features))
        }
        scored.sort { ($0.score, $1.candidate.id) > ($1.score, $0.candidate.id) }
        return scored.prefix(limit).enumerated().map { index, item in
            let next = index + 1 < scored.count ? scored[index + 1].score : -Double.infinity
            let isMatch =
                index == 0 && item.score >= Self.matchThreshold && item.candidate.match != .text && next <= item.score - 10
            var description = Self.typeJSON(item.candidate.type).name
            if let alias = item.candidate.matchedName, alias != item.candidate.name { description += " · also “\(alias)”" }
            return CandidateJSON(
                id: item.candidate.id, name: item.candidate.name, description: description, type: [Self.typeJSON(item.candidate.type)],
                score: item.score, match: isMatch, features: item.features)
        }
    }

    static func nameScore(_ candidate: EntityCandidate) -> Double {
        switch candidate.match {
        case .id, .name: 100
        case .key: 90
        case .text: 50 * candidate.coverage + (candidate.coverage >= 1 ? 20 : 0)
        }
    }

    /// Whether a candidate has a property value: a relation to a named entity, an alias, its
    /// type or an external id.
    func matches(_ candidate: EntityCandidate, _ property: PropertyQuery, cache: inout [String: Set<String>]) throws -> Bool {
        let values = property.v.values
        switch property.pid {
        case "type":
            return values.contains { EntityType(lenient: $0.text)?.rawValue == candidate.type }
        case "name", "aliases", "alias":
            guard let record = try store.entity(candidate.id) else { return false }
            let names = Set(([record.name] + record.aliases).map { $0.lowercased() })
            let type = EntityType(rawValue: candidate.type) ?? .person
            let keys = Set(([record.name] + record.aliases).map { EntityKey.make(name: $0, type: type) })
            return values.contains { names.contains($0.text.lowercased()) || keys.contains(EntityKey.make(name: $0.text, type: type)) }
        default:
            break
        }
        let (predicate, inverse) = Self.parsePredicate(property.pid)
        guard let predicate else {
            // An external id scheme (`wikidata`, `geonames`, ...).
            guard let record = try store.entity(candidate.id), let value = record.externalIDs[property.pid] else { return false }
            return values.contains { $0.text == value }
        }
        let filter = RelationFilter(predicates: [predicate])
        let relations = try store.relations(
            filter: filter, subjects: inverse ? nil : [candidate.id], objects: inverse ? [candidate.id] : nil, limit: 500)
        let others = Set(relations.map { inverse ? $0.subject : $0.object })
        guard !others.isEmpty else { return false }
        for value in values {
            if case .entity(let id, _) = value, others.contains(id) { return true }
            let text = value.text
            if cache[text] == nil {
                let named = try store.candidates(for: text, keys: ShejireServer.keys(text), limit: 50)
                cache[text] = Set(named.filter { $0.match != .text || $0.coverage >= 1 }.map(\.id))
            }
            if !others.isDisjoint(with: cache[text]!) { return true }
        }
        return false
    }

    /// `member_of` -> (memberOf, false); `member_of_inverse` -> (memberOf, true).
    static func parsePredicate(_ pid: String) -> (ShejireCore.Predicate?, Bool) {
        if pid.hasSuffix("_inverse") { return (ShejireCore.Predicate(rawValue: String(pid.dropLast("_inverse".count))), true) }
        return (ShejireCore.Predicate(rawValue: pid), false)
    }

    // MARK: Data extension

    /// The type of the entities at the far end of a predicate, when it is always one type.
    static func objectType(_ predicate: ShejireCore.Predicate, inverse: Bool) -> String? {
        if inverse {
            switch predicate {
            case .holdsPosition, .participatedIn: return "person"
            case .heldIn, .organisedBy: return "event"
            default: return nil
            }
        }
        switch predicate {
        case .holdsPosition, .memberOf, .partOf, .organisedBy: return "organisation"
        case .locatedIn, .heldIn: return "place"
        case .participatedIn: return "event"
        case .coOccursWith: return nil
        }
    }

    /// Every property a column can be extended with.
    static let extensionProperties: [PropertyJSON] = {
        var list: [PropertyJSON] = []
        for predicate in ShejireCore.Predicate.allCases where predicate != .coOccursWith {
            list.append(PropertyJSON(id: predicate.rawValue, name: predicate.label, description: "entities this one \(predicate.label) (relation subject -> object)"))
        }
        list.append(PropertyJSON(id: "holds_position_title", name: "position title", description: "the titles of holds_position relations (qualifier `title`)"))
        for predicate in ShejireCore.Predicate.allCases where predicate != .coOccursWith {
            list.append(PropertyJSON(id: predicate.rawValue + "_inverse", name: predicate.label + " (inverse)", description: "entities that \(predicate.label) this one (object -> subject)"))
        }
        list.append(PropertyJSON(id: "co_occurs_with", name: "co-occurs with", description: "entities named in the same sentence"))
        list += [
            PropertyJSON(id: "type", name: "type", description: nil),
            PropertyJSON(id: "aliases", name: "aliases", description: "other names and spellings"),
            PropertyJSON(id: "external_ids", name: "external ids", description: "scheme:value, e.g. wikidata:Q1520"),
            PropertyJSON(id: "mention_count", name: "mentions", description: "how often the entity is mentioned"),
            PropertyJSON(id: "document_count", name: "documents", description: "in how many documents"),
            PropertyJSON(id: "latitude", name: "latitude", description: "WGS 84, places"),
            PropertyJSON(id: "longitude", name: "longitude", description: "WGS 84, places"),
        ]
        return list
    }()

    /// Property values for a data extension request.
    func extend(_ query: ExtensionQuery) throws -> ExtensionResponseJSON {
        var meta: [ExtensionMetaJSON] = []
        for property in query.properties {
            let known = Self.extensionProperties.first { $0.id == property.id }
            let (predicate, inverse) = Self.parsePredicate(property.id)
            meta.append(
                ExtensionMetaJSON(
                    id: property.id, name: known?.name ?? property.id,
                    type: predicate.flatMap { Self.objectType($0, inverse: inverse) }.map(Self.typeJSON)))
        }
        var rows: [String: [String: [ExtensionValueJSON]]] = [:]
        for id in query.ids {
            var row: [String: [ExtensionValueJSON]] = [:]
            let record = try store.entity(id)
            for property in query.properties {
                guard let record else {
                    row[property.id] = []
                    continue
                }
                let limit = max(1, min(100, Int(property.settings?.limit ?? 10)))
                row[property.id] = try values(of: record, property.id, limit: limit)
            }
            rows[id] = row
        }
        return ExtensionResponseJSON(meta: meta, rows: rows)
    }

    func values(of record: EntityRecord, _ property: String, limit: Int) throws -> [ExtensionValueJSON] {
        switch property {
        case "type": return [.string(record.type)]
        case "aliases": return record.aliases.prefix(limit).map { .string($0) }
        case "external_ids": return record.externalIDs.sorted { $0.key < $1.key }.prefix(limit).map { .string("\($0.key):\($0.value)") }
        case "mention_count": return [.int(record.mentionCount)]
        case "document_count": return [.int(record.documentCount)]
        case "latitude", "longitude":
            let keys = property == "latitude" ? ["lat", "latitude"] : ["lon", "lng", "longitude"]
            return keys.compactMap { record.attributes[$0].flatMap(Double.init) }.prefix(1).map { .float($0) }
        case "holds_position_title":
            let relations = try store.relations(filter: RelationFilter(predicates: [.holdsPosition]), subjects: [record.id], limit: 500)
            var titles: [String] = []
            for title in relations.compactMap({ $0.qualifiers["title"] }) where !titles.contains(title) { titles.append(title) }
            return titles.prefix(limit).map { .string($0) }
        default:
            break
        }
        let (predicate, inverse) = Self.parsePredicate(property)
        guard let predicate else {
            // An external id scheme asked for directly (`wikidata`).
            return record.externalIDs[property].map { [.string($0)] } ?? []
        }
        let symmetric = predicate.isSymmetric
        let relations = try store.relations(
            filter: RelationFilter(predicates: [predicate]), subjects: inverse || symmetric ? nil : [record.id],
            objects: inverse && !symmetric ? [record.id] : nil, either: symmetric ? [record.id] : nil, limit: 500)
        var seen: Set<String> = []
        var values: [ExtensionValueJSON] = []
        // Most confident first, then by name.
        for relation in relations.sorted(by: { ($1.confidence, $0.objectName) < ($0.confidence, $1.objectName) }) {
            let reversed = inverse || (symmetric && relation.object == record.id)
            let (id, name) = reversed ? (relation.subject, relation.subjectName) : (relation.object, relation.objectName)
            guard seen.insert(id).inserted else { continue }
            values.append(.entity(id: id, name: name))
            if values.count == limit { break }
        }
        return values
    }
}
