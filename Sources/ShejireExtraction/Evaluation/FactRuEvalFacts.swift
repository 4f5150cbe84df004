import ShejireCore

/// A gold fact to be found as a relation: the predicate and where its subject, object and
/// anchor are written in the text.
///
/// Every range is a half-open UTF-8 byte range into the document text.
public struct GoldRelation: Sendable, Hashable {
    /// The fact id in the corpus (`100-0`).
    public var id: String
    public var predicate: Predicate
    /// The mentions of the subject (the objects of the `Who` chain), each the byte ranges of its spans.
    public var subject: [[Range<Int>]]
    /// The mentions of the object (the `Where` chain); nil when the fact has none.
    public var object: [[Range<Int>]]?
    /// The anchor's alternatives (the `Position` spans); nil when the fact has none.
    public var anchor: [Range<Int>]?
    /// The field texts as the corpus writes them, for reports: `Лужков Юрий`, `мэра`, `Москва`.
    public var subjectText: String
    public var objectText: String?
    public var anchorText: String?

    public init(
        id: String, predicate: Predicate, subject: [[Range<Int>]], object: [[Range<Int>]]?, anchor: [Range<Int>]?,
        subjectText: String, objectText: String? = nil, anchorText: String? = nil
    ) {
        self.id = id
        self.predicate = predicate
        self.subject = subject
        self.object = object
        self.anchor = anchor
        self.subjectText = subjectText
        self.objectText = objectText
        self.anchorText = anchorText
    }

    /// `Лужков Юрий | мэра | Москва` (`-` for a missing field).
    public var summary: String {
        "\(subjectText) | \(anchorText ?? "-") | \(objectText ?? "-")"
    }
}

/// One document with the gold relations to find in it.
public struct RelationDocument: Sendable, Hashable {
    /// The text, tokens and sentences (the gold entities are not used by the relation score).
    public var document: AnnotatedDocument
    public var relations: [GoldRelation]

    public init(document: AnnotatedDocument, relations: [GoldRelation]) {
        self.document = document
        self.relations = relations
    }
}

/// A corpus of documents with gold relations.
public struct RelationCorpus: Sendable {
    public var documents: [RelationDocument]
    public var diagnostics: [Diagnostic]

    public init(documents: [RelationDocument], diagnostics: [Diagnostic] = []) {
        self.documents = documents
        self.diagnostics = diagnostics
    }

    /// The number of gold relations over all documents.
    public var relationCount: Int { documents.reduce(0) { $0 + $1.relations.count } }
}

/// Which factRuEval fact type is scored as which predicate, and which fields are its subject,
/// object and anchor.
public struct FactMapping: Sendable, Hashable {
    public var factType: String
    public var predicate: Predicate
    public var subjectField: String
    public var objectField: String
    public var anchorField: String?

    public init(factType: String, predicate: Predicate, subjectField: String, objectField: String, anchorField: String?) {
        self.factType = factType
        self.predicate = predicate
        self.subjectField = subjectField
        self.objectField = objectField
        self.anchorField = anchorField
    }

    /// factRuEval `Occupation` (Who, Position, Where) as `holds_position` (subject, title, object).
    public static let occupation = FactMapping(
        factType: "Occupation", predicate: .holdsPosition, subjectField: "Who", objectField: "Where",
        anchorField: "Position")

    /// The mappings `shejire evaluate --relations` knows, by predicate.
    public static let known: [Predicate: FactMapping] = [.holdsPosition: .occupation]
}

extension FactRuEvalCorpus {
    /// Reads a factRuEval-2016 directory with its `.coref` and `.facts` layers and resolves the
    /// facts of the mapped types to text ranges.
    ///
    /// - Parameters:
    ///   - directory: the directory (`devset/`).
    ///   - mappings: the fact types to read (default: Occupation as `holds_position`).
    /// - Returns: every document (also those without facts, which can only produce false
    ///   positives), with the problems met.
    /// - Throws: `ShejireError` (`corpus-unreadable`) as `read(directory:)`.
    /// - Complexity: O(n) in the size of the files, plus O(k log k) per document for k tokens.
    public static func readRelations(directory: String, mappings: [FactMapping] = [.occupation]) throws -> RelationCorpus {
        let (documents, readProblems) = try readDocuments(directory: directory)
        var diagnostics = readProblems
        var converted: [RelationDocument] = []
        converted.reserveCapacity(documents.count)
        for document in documents {
            let (annotated, problems) = convert(document)
            let (relations, factProblems) = goldRelations(document, mappings: mappings)
            converted.append(RelationDocument(document: annotated, relations: relations))
            diagnostics += problems + factProblems
        }
        return RelationCorpus(documents: converted, diagnostics: diagnostics)
    }

    /// The facts of a document as gold relations.
    ///
    /// A chain reference (`obj48`) becomes the mentions of the chain: each of its objects, as the
    /// byte ranges of the object's spans. A span reference (`span22777`) becomes the span's byte
    /// range. A fact whose subject cannot be resolved (no field, unknown chain) is reported
    /// (`factrueval-fact`) and left out; an unresolvable object or anchor is reported and the
    /// fact kept as if the field were absent.
    /// - Complexity: O(f + s + o) for f facts, s spans and o objects.
    public static func goldRelations(
        _ document: FactRuEvalDocument, mappings: [FactMapping] = [.occupation]
    ) -> ([GoldRelation], [Diagnostic]) {
        let index = codePointIndex(for: document)
        var spanRanges: [String: Range<Int>] = [:]
        for span in document.spans {
            if let range = index.byteRange(start: span.start, length: span.length) { spanRanges[span.id] = range }
        }
        var objectRanges: [String: [Range<Int>]] = [:]
        for object in document.objects {
            let ranges = object.spanIDs.compactMap { spanRanges[$0] }.sorted { $0.lowerBound < $1.lowerBound }
            if !ranges.isEmpty { objectRanges[object.id] = ranges }
        }
        var chains: [String: [[Range<Int>]]] = [:]
        for chain in document.chains {
            let mentions = chain.objectIDs.compactMap { objectRanges[$0] }
            if !mentions.isEmpty { chains[chain.id] = mentions }
        }
        var diagnostics: [Diagnostic] = []
        func report(_ fact: FactRuEvalDocument.Fact, _ message: String) {
            diagnostics.append(
                Diagnostic(.warning, code: "factrueval-fact", "fact \(fact.id): \(message)",
                           file: document.name + ".facts", documentID: document.name))
        }
        func chain(_ values: [FactRuEvalDocument.Fact.Value]) -> [[Range<Int>]]? {
            let mentions = values.compactMap(\.chainID).compactMap { chains[$0] }.flatMap { $0 }
            return mentions.isEmpty ? nil : mentions
        }
        func text(_ values: [FactRuEvalDocument.Fact.Value]) -> String? {
            values.first.map(\.text)
        }
        var relations: [GoldRelation] = []
        for fact in document.facts {
            guard let mapping = mappings.first(where: { $0.factType == fact.type }) else { continue }
            let who = fact.values(mapping.subjectField)
            guard let subject = chain(who) else {
                report(fact, "\(mapping.subjectField) refers to no known chain; fact left out")
                continue
            }
            let whereValues = fact.values(mapping.objectField)
            let object = chain(whereValues)
            if object == nil, !whereValues.isEmpty { report(fact, "\(mapping.objectField) refers to no known chain") }
            var anchor: [Range<Int>]? = nil
            var anchorText: String? = nil
            if let field = mapping.anchorField {
                let values = fact.values(field)
                let ranges = values.compactMap(\.spanID).compactMap { spanRanges[$0] }
                if !ranges.isEmpty { anchor = ranges }
                if ranges.isEmpty, !values.isEmpty { report(fact, "\(field) refers to no known span") }
                anchorText = values.isEmpty ? nil : values.map(\.text).joined(separator: " / ")
            }
            relations.append(
                GoldRelation(
                    id: fact.id, predicate: mapping.predicate, subject: subject, object: object, anchor: anchor,
                    subjectText: text(who) ?? "", objectText: object == nil ? nil : text(whereValues),
                    anchorText: anchor == nil ? nil : anchorText))
        }
        return (relations, diagnostics)
    }
}
