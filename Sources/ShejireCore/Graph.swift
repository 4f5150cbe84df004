/// A node of the exported graph: one canonical entity.
///
/// Exporters take `GraphNode` and `GraphEdge` values (see `GraphSource`), never a database
/// handle, so they can be tested without SQLite.
public struct GraphNode: Sendable, Hashable, Codable {
    /// Stable entity id, e.g. `org:president-archive`.
    public var id: String
    public var type: EntityType
    /// The canonical name, also used as the display label.
    public var name: String
    /// Other names, sorted, without the canonical name.
    public var aliases: [String]
    /// External identifiers by scheme (`wikidata` -> `Q...`, `geonames` -> `...`).
    public var externalIDs: [String: String]
    /// WGS 84 coordinates for places, when known.
    public var latitude: Double?
    public var longitude: Double?
    /// How many mentions and documents refer to the entity.
    public var mentionCount: Int
    public var documentCount: Int
    /// Other attributes (e.g. a date's ISO `value`, an event's `theme`), sorted by key on output.
    public var attributes: [String: String]

    public init(
        id: String, type: EntityType, name: String, aliases: [String] = [], externalIDs: [String: String] = [:],
        latitude: Double? = nil, longitude: Double? = nil, mentionCount: Int = 0, documentCount: Int = 0,
        attributes: [String: String] = [:]
    ) {
        self.id = id
        self.type = type
        self.name = name
        self.aliases = aliases
        self.externalIDs = externalIDs
        self.latitude = latitude
        self.longitude = longitude
        self.mentionCount = mentionCount
        self.documentCount = documentCount
        self.attributes = attributes
    }
}

/// One piece of evidence for an edge: the sentence of a document that states it.
public struct GraphEvidence: Sendable, Hashable, Codable {
    /// Document id.
    public var document: String
    /// The sentence text.
    public var sentence: String
    /// Unicode code point offsets of the sentence in the document text, half-open.
    public var start: Int
    public var end: Int
    /// The rule that found it.
    public var rule: String
    public var confidence: Double

    public init(document: String, sentence: String, start: Int, end: Int, rule: String, confidence: Double) {
        self.document = document
        self.sentence = sentence
        self.start = start
        self.end = end
        self.rule = rule
        self.confidence = confidence
    }
}

/// An edge of the exported graph: one relation, directed from subject to object.
///
/// The graph is a directed multigraph: two entities may be joined by several edges with
/// different predicates or qualifiers; `key` tells them apart and is stable across runs.
public struct GraphEdge: Sendable, Hashable, Codable {
    /// Stable edge id, unique in the graph (e.g. `r42` or a hash of subject/predicate/object/qualifiers).
    public var key: String
    public var source: String
    public var target: String
    public var predicate: Predicate
    /// Number of evidence pieces (documents x sentences) supporting the edge; `co_occurs_with` counts here.
    public var weight: Double
    /// Between 0 and 1: the highest confidence among the evidence.
    public var confidence: Double
    /// `title`, `since`, `until`, `date`, `role`, ...
    public var qualifiers: [String: String]
    public var evidenceCount: Int
    /// Ids of the first and last documents (by date, then id) with evidence.
    public var firstDocument: String?
    public var lastDocument: String?
    /// The evidence itself; may be empty when the caller did not ask for it.
    public var evidence: [GraphEvidence]

    public init(
        key: String, source: String, target: String, predicate: Predicate, weight: Double = 1, confidence: Double = 1,
        qualifiers: [String: String] = [:], evidenceCount: Int = 0, firstDocument: String? = nil,
        lastDocument: String? = nil, evidence: [GraphEvidence] = []
    ) {
        self.key = key
        self.source = source
        self.target = target
        self.predicate = predicate
        self.weight = weight
        self.confidence = confidence
        self.qualifiers = qualifiers
        self.evidenceCount = evidenceCount
        self.firstDocument = firstDocument
        self.lastDocument = lastDocument
        self.evidence = evidence
    }
}

/// A stream of nodes, then edges, that exporters read once, in order.
///
/// Every edge's `source` and `target` is the id of a node in the stream. Implementations
/// yield nodes sorted by id and edges sorted by key, so output is deterministic. A store-backed
/// source pages through the database, so a graph of millions of edges never sits in memory.
public protocol GraphSource {
    /// Calls `body` with every node, in id order.
    func forEachNode(_ body: (GraphNode) throws -> Void) throws
    /// Calls `body` with every edge, in key order.
    func forEachEdge(_ body: (GraphEdge) throws -> Void) throws
}

/// A whole graph held in memory: for tests, small graphs and ego networks.
public struct GraphSnapshot: GraphSource, Sendable, Hashable, Codable {
    public var nodes: [GraphNode]
    public var edges: [GraphEdge]

    /// Sorts nodes by id and edges by key.
    public init(nodes: [GraphNode], edges: [GraphEdge]) {
        self.nodes = nodes.sorted { $0.id < $1.id }
        self.edges = edges.sorted { $0.key < $1.key }
    }

    public func forEachNode(_ body: (GraphNode) throws -> Void) throws {
        for node in nodes { try body(node) }
    }

    public func forEachEdge(_ body: (GraphEdge) throws -> Void) throws {
        for edge in edges { try body(edge) }
    }
}
