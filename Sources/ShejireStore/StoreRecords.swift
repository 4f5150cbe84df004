import ShejireCore

/// An entity as queries return it.
public struct EntityRecord: Sendable, Codable, Hashable {
    public var id: String
    public var type: String
    public var name: String
    public var aliases: [String]
    public var externalIDs: [String: String]
    public var attributes: [String: String]
    public var mentionCount: Int
    public var documentCount: Int
}

/// One sentence of one document supporting a relation; `start`/`end` are code point offsets.
public struct EvidenceRecord: Sendable, Codable, Hashable {
    public var document: String
    public var date: String?
    public var start: Int
    public var end: Int
    public var sentence: String
    public var rule: String
    public var confidence: Double
}

/// A relation as queries return it.
public struct RelationRecord: Sendable, Codable, Hashable {
    public var key: String
    public var subject: String
    public var subjectName: String
    public var predicate: String
    public var object: String
    public var objectName: String
    public var qualifiers: [String: String]
    public var confidence: Double
    public var evidenceCount: Int
    public var evidence: [EvidenceRecord]?
}

/// Counts for `shejire query stats` and the ingest summary.
public struct StoreStats: Sendable, Codable, Hashable {
    public var documents: Int
    public var mentions: Int
    public var entities: Int
    public var entitiesByType: [String: Int]
    public var relations: Int
    public var relationsByPredicate: [String: Int]
    public var evidence: Int
    public var aliases: Int
    public var curationDecisions: Int
}

/// A chain of relations between two entities; each step may run against the relation's direction.
public struct GraphPath: Sendable, Codable, Hashable {
    public struct Step: Sendable, Codable, Hashable {
        public var from: String
        public var predicate: String
        public var to: String
        /// False when the relation points from `to` to `from`.
        public var forward: Bool
        public var relation: String
    }
    public var entities: [String]
    public var steps: [Step]
}

/// Which relations a query or an export includes.
public struct RelationFilter: Sendable, Hashable {
    public var predicates: Set<Predicate>?
    /// Include `co_occurs_with` when `predicates` is nil.
    public var includeCooccurrence: Bool
    public var minConfidence: Double
    /// Only relations with evidence in a document dated in this range (ISO dates, inclusive prefixes).
    public var since: String?
    public var until: String?

    public init(predicates: Set<Predicate>? = nil, includeCooccurrence: Bool = false, minConfidence: Double = 0, since: String? = nil, until: String? = nil) {
        self.predicates = predicates
        self.includeCooccurrence = includeCooccurrence
        self.minConfidence = minConfidence
        self.since = since
        self.until = until
    }

    /// An SQL condition over relation alias `r`, with its arguments.
    func sql() -> (String, [String]) {
        var conditions: [String] = []
        var arguments: [String] = []
        if let predicates {
            let list = predicates.map(\.rawValue).sorted()
            conditions.append("r.predicate IN (\(list.map { _ in "?" }.joined(separator: ",")))")
            arguments += list
        } else if !includeCooccurrence {
            conditions.append("r.predicate != 'co_occurs_with'")
        }
        if minConfidence > 0 { conditions.append("r.confidence >= \(minConfidence)") }
        if since != nil || until != nil {
            var dateConditions: [String] = []
            if let since { dateConditions.append("d.date >= ?"); arguments.append(since) }
            if let until { dateConditions.append("substr(d.date, 1, \(until.count)) <= ?"); arguments.append(until) }
            conditions.append("EXISTS (SELECT 1 FROM evidence e JOIN document d ON d.id = e.document_id WHERE e.relation_id = r.id AND \(dateConditions.joined(separator: " AND ")))")
        }
        return (conditions.isEmpty ? "1" : conditions.joined(separator: " AND "), arguments)
    }
}
