/// One document ready for the graph store: its mentions with linking keys and alias names,
/// its relations, and what gazetteers know about the entities it names.
///
/// Built by `IngestPreparation` (ShejireExtraction) from an extraction result, so the store
/// itself needs no text processing.
public struct IngestDocument: Sendable {
    public var document: Document
    /// A title (first line, or the JSONL `title`).
    public var title: String?
    /// FNV-1a 64-bit hash of the text, hex (change detection, not security).
    public var contentHash: String
    public var mentions: [IngestMention]
    public var relations: [Relation]
    /// Facts from gazetteers, by entity id, for entities named in the document.
    public var facts: [String: EntityFacts]
    /// For one segment of a long document written in parts: where `document.text` (the
    /// segment) starts in the whole document, in UTF-8 bytes and in code points. Mention and
    /// relation offsets are relative to the segment. Zero for a whole document.
    public var byteOffset = 0
    public var codePointOffset = 0

    public init(
        document: Document, title: String?, contentHash: String, mentions: [IngestMention], relations: [Relation],
        facts: [String: EntityFacts]
    ) {
        self.document = document
        self.title = title
        self.contentHash = contentHash
        self.mentions = mentions
        self.relations = relations
        self.facts = facts
    }
}

/// A mention with the normalised key the store links by, and the names it adds as aliases.
public struct IngestMention: Sendable {
    public var mention: Mention
    /// Type-specific normalised key (base forms, case-folded, one script).
    public var key: String
    /// Whether `mention.entity` is a stable gazetteer id (kept as is) rather than a proposal.
    public var fromGazetteer: Bool
    /// Names this mention contributes as aliases of its entity.
    public var aliases: [AliasName]

    public init(mention: Mention, key: String, fromGazetteer: Bool, aliases: [AliasName]) {
        self.mention = mention
        self.key = key
        self.fromGazetteer = fromGazetteer
        self.aliases = aliases
    }
}

/// A name of an entity with its normalised key.
public struct AliasName: Sendable, Hashable {
    public var name: String
    public var key: String
    /// ISO 639-1 code when known.
    public var language: String?
    /// `Cyrl`, `Latn`, `Mixed` or `Zyyy` (no letters).
    public var script: String

    public init(name: String, key: String, language: String?, script: String) {
        self.name = name
        self.key = key
        self.language = language
        self.script = script
    }
}

/// What a gazetteer says about an entity.
public struct EntityFacts: Sendable {
    public var name: String
    public var aliases: [AliasName]
    /// `scheme` -> value (`wikidata` -> `Q1520`).
    public var externalIDs: [String: String]
    /// Attributes such as `lat`, `lon`, `placetype`.
    public var attributes: [String: String]

    public init(name: String, aliases: [AliasName], externalIDs: [String: String], attributes: [String: String]) {
        self.name = name
        self.aliases = aliases
        self.externalIDs = externalIDs
        self.attributes = attributes
    }
}

/// FNV-1a, 64 bits, over UTF-8 bytes.
public enum ContentHash {
    public static func fnv1a64(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
