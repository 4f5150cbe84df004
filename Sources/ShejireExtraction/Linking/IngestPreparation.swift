import ShejireCore
import ShejireGazetteer
import ShejireText

/// Turns an extraction result into what the graph store writes: linking keys and alias names
/// for every mention, and gazetteer facts (all names, external ids, coordinates) for the
/// gazetteer entities the document names.
public struct IngestPreparation: Sendable {
    public let gazetteer: Gazetteer

    public init(gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
    }

    /// - Complexity: O(m) in the number of mentions, plus the names of each named gazetteer entry.
    public func prepare(_ result: ExtractionResult) -> IngestDocument {
        let document = result.document
        var facts: [String: EntityFacts] = [:]
        var mentions: [IngestMention] = []
        mentions.reserveCapacity(result.mentions.count)
        for mention in result.mentions {
            let entry = gazetteer[mention.entity]
            let fromGazetteer = entry != nil
            if let entry, facts[entry.id] == nil, let type = entry.entityType {
                facts[entry.id] = EntityFacts(
                    name: entry.name,
                    aliases: entry.names.map { alias($0.text, type: type, language: $0.language) },
                    externalIDs: Dictionary(
                        entry.externalIDs.compactMap { id in
                            id.firstIndex(of: ":").map { (String(id[..<$0]), String(id[id.index(after: $0)...])) }
                        }, uniquingKeysWith: { a, _ in a }),
                    attributes: entry.attributes)
            }
            var names = [mention.name]
            if mention.type != .date {
                if mention.base != mention.name { names.append(mention.base) }
            }
            let language = document.language
            let aliases = names.map { alias($0, type: mention.type, language: language, value: mention.value) }
            let key = EntityKey.make(name: mention.type == .date ? mention.name : mention.base, type: mention.type, value: mention.value)
            mentions.append(IngestMention(mention: mention, key: key, fromGazetteer: fromGazetteer, aliases: aliases))
        }
        return IngestDocument(
            document: document, title: Self.title(of: document), contentHash: ContentHash.fnv1a64(document.text),
            mentions: mentions, relations: result.relations, facts: facts)
    }

    func alias(_ name: String, type: EntityType, language: String?, value: String? = nil) -> AliasName {
        AliasName(name: name, key: EntityKey.make(name: name, type: type, value: value), language: language, script: EntityKey.script(of: name))
    }

    /// The JSONL `title` field, or the first non-empty line (without a leading `date ...`), cut to 200 characters.
    public static func title(of document: Document) -> String? {
        if let title = document.metadata["title"], !title.isEmpty { return title }
        for line in document.text.split(whereSeparator: \.isNewline) {
            var text = line.trimmingCharacters(in: .whitespaces)
            if text.hasPrefix("date "), text.count > 15 { text = String(text.dropFirst(15)).trimmingCharacters(in: .whitespaces) }
            if !text.isEmpty { return text.count > 200 ? String(text.prefix(199)) + "…" : text }
        }
        return nil
    }
}
