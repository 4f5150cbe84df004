import Foundation
import Hummingbird
import ShejireCore
import ShejireExtraction
import ShejireStore

extension ShejireServer {
    /// `/health`, `/entities`, `/entities/{id}`, `/entities/{id}/neighbors`, `/relations`,
    /// `/path`, `POST /extract`.
    func addAPIRoutes(to router: Router<BasicRequestContext>) {
        router.get("health") { _, _ in try health() }
        router.get("entities") { request, _ in try searchEntities(QueryParameters(request.uri.query)) }
        router.get("entities/{id}") { request, context in
            try entityDetail(try Self.parameter("id", context), QueryParameters(request.uri.query))
        }
        router.get("entities/{id}/neighbors") { request, context in
            try neighbors(try Self.parameter("id", context), QueryParameters(request.uri.query))
        }
        router.get("relations") { request, _ in try relations(QueryParameters(request.uri.query)) }
        router.get("path") { request, _ in try path(QueryParameters(request.uri.query)) }
        router.post("extract") { request, context in
            var request = request
            let body = try await request.collectBody(upTo: configuration.maxBodyBytes)
            return try extract(Data(buffer: body), contentType: request.headers[.contentType])
        }
    }

    func health() throws -> Response {
        JSONResponse.make(
            HealthJSON(
                status: "ok", version: Self.version, database: (store.path as NSString).lastPathComponent, readOnly: !configuration.writable,
                entities: try store.entityCount(), extraction: pipeline != nil))
    }

    /// `GET /entities?q=NAME[&type=T][&limit=N]`: alias-, base-form- and transliteration-aware search.
    func searchEntities(_ query: QueryParameters) throws -> Response {
        guard let text = query["q"]?.trimmingCharacters(in: .whitespacesAndNewlines), !text.isEmpty else {
            throw APIError.badRequest("give a name to search for: /entities?q=NAME", code: "missing-parameter")
        }
        let types = try Self.types(query.list("type"))
        let limit = try query.int("limit", default: 20, in: 1...configuration.maxResults)
        // findEntities takes one type; with several, search all and filter.
        var found = try store.findEntities(text, keys: Self.keys(text), type: types?.count == 1 ? types!.first : nil, limit: limit + 1)
        if let types { found = found.filter { EntityType(rawValue: $0.type).map(types.contains) ?? false } }
        // findEntities stops at exact matches; add full-text candidates so partial names find something.
        if found.count <= limit {
            let seen = Set(found.map(\.id))
            for candidate in try store.candidates(for: text, keys: [], types: types, prefix: true, limit: limit + 1) where !seen.contains(candidate.id) {
                if let record = try store.entity(candidate.id) { found.append(record) }
                if found.count > limit { break }
            }
        }
        return JSONResponse.make(EntityListJSON(query: text, results: found.prefix(limit).map(EntityJSON.init), truncated: found.count > limit))
    }

    /// `GET /entities/{id}`: the entity with aliases, external ids, its relations and their evidence.
    func entityDetail(_ id: String, _ query: QueryParameters) throws -> Response {
        guard let record = try store.entity(id) else { throw APIError.notFound("no entity with id \"\(id.prefix(80))\"", code: "unknown-entity") }
        let limit = try query.int("limit", default: 200, in: 1...configuration.maxResults)
        let evidence = try query.int("evidence", default: 5, in: 0...50)
        var filter = try Self.relationFilter(query)
        if query["include_cooccurrence"] == nil && query.list("predicate").isEmpty { filter.includeCooccurrence = false }
        let relations = try store.relations(filter: filter, either: [id], limit: limit + 1, evidenceLimit: evidence)
        let shown = Array(relations.prefix(limit))
        return JSONResponse.make(
            EntityDetailJSON(entity: EntityJSON(record), relations: try withMentions(shown), truncated: relations.count > limit))
    }

    /// Relations as JSON, their evidence sentences marked with the mentions of both ends.
    func withMentions(_ relations: [RelationRecord]) throws -> [RelationOutJSON] {
        let documents = Set(relations.flatMap { $0.evidence?.map(\.document) ?? [] })
        guard !documents.isEmpty else { return relations.map { RelationOutJSON($0) } }
        let entities = Set(relations.flatMap { [$0.subject, $0.object] })
        let mentions = try store.mentions(of: entities.sorted(), in: documents.sorted(), limit: 20_000)
        return relations.map { RelationOutJSON($0, mentions: mentions) }
    }

    /// `GET /entities/{id}/neighbors?depth=1&predicate=...&type=...&limit=N`
    func neighbors(_ id: String, _ query: QueryParameters) throws -> Response {
        guard try store.entity(id) != nil else { throw APIError.notFound("no entity with id \"\(id.prefix(80))\"", code: "unknown-entity") }
        let depth = try query.int("depth", default: 1, in: 1...configuration.maxDepth)
        let limit = try query.int("limit", default: configuration.maxNeighborhood, in: 1...configuration.maxNeighborhood)
        let types = try Self.types(query.list("type"))
        let filter = try Self.relationFilter(query)
        let evidence = try query.int("evidence", default: 0, in: 0...20)
        let (entities, relations) = try store.neighborhood(of: id, depth: depth, filter: filter, types: types, maxNodes: limit + 1)
        let kept = Array(entities.prefix(limit))
        let keptIDs = Set(kept.map(\.id))
        var edges = relations.filter { keptIDs.contains($0.subject) && keptIDs.contains($0.object) }
        let edgeLimit = configuration.maxResults * 4
        let truncated = entities.count > limit || edges.count > edgeLimit
        edges = Array(edges.prefix(edgeLimit))
        if evidence > 0 {
            let withEvidence = try store.relations(filter: filter, either: kept.map(\.id), limit: 100_000, evidenceLimit: evidence)
            let byKey = Dictionary(withEvidence.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
            edges = edges.map { byKey[$0.key] ?? $0 }
        }
        return JSONResponse.make(
            NeighborhoodJSON(center: id, depth: depth, entities: kept.map(EntityJSON.init), relations: try withMentions(edges), truncated: truncated))
    }

    /// `GET /relations?predicate=&subject=&object=&entity=&min_confidence=&since=&until=&evidence=&limit=`
    func relations(_ query: QueryParameters) throws -> Response {
        let filter = try Self.relationFilter(query)
        let limit = try query.int("limit", default: 100, in: 1...configuration.maxResults)
        let evidence = try query.int("evidence", default: 0, in: 0...20)
        func ids(_ name: String) throws -> [String]? {
            let values = query.list(name)
            return values.isEmpty ? nil : try values.map { try resolve($0).id }
        }
        let found = try store.relations(
            filter: filter, subjects: try ids("subject"), objects: try ids("object"), either: try ids("entity"), limit: limit + 1,
            evidenceLimit: evidence)
        return JSONResponse.make(RelationListJSON(relations: try withMentions(Array(found.prefix(limit))), truncated: found.count > limit))
    }

    /// `GET /path?from=A&to=B[&max_depth=4][&predicate=...]`: the shortest chains between two entities.
    func path(_ query: QueryParameters) throws -> Response {
        guard let from = query["from"], let to = query["to"] else {
            throw APIError.badRequest("give both ends: /path?from=A&to=B (ids or names)", code: "missing-parameter")
        }
        let start = try resolve(from)
        let end = try resolve(to)
        let depth = try query.int("max_depth", default: 4, in: 1...configuration.maxDepth)
        let limit = try query.int("limit", default: 10, in: 1...100)
        let paths = try store.paths(from: start.id, to: end.id, maxDepth: depth, filter: try Self.relationFilter(query), limit: limit)
        let names = try store.names(of: paths.flatMap(\.entities)).mapValues(\.name)
        return JSONResponse.make(
            PathListJSON(
                from: EntityJSON(start), to: EntityJSON(end),
                paths: paths.map { path in
                    PathJSON(
                        entities: path.entities,
                        steps: path.steps.map { PathStepJSON(from: $0.from, predicate: $0.predicate, to: $0.to, forward: $0.forward, relation: $0.relation) })
                }, names: names))
    }

    /// `POST /extract`: JSON `{"text": ...}` or plain text in, the same JSON as `shejire extract` out.
    func extract(_ body: Data, contentType: String?) throws -> Response {
        guard let pipeline else {
            throw APIError(.serviceUnavailable, code: "no-extraction", "this server was started without gazetteers; extraction is unavailable")
        }
        let input: ExtractRequest
        if (contentType ?? "").lowercased().hasPrefix("text/plain") {
            input = ExtractRequest(text: String(decoding: body, as: UTF8.self))
        } else {
            do {
                input = try JSONDecoder().decode(ExtractRequest.self, from: body)
            } catch {
                throw APIError.badRequest("the body must be JSON {\"text\": \"...\"} (or text/plain): \(Self.describe(error))", code: "malformed-json")
            }
        }
        var date: SimpleDate? = nil
        if let text = input.date {
            guard let parsed = SimpleDate(iso: text) else { throw APIError.badRequest("date must be YYYY-MM-DD, not \"\(text.prefix(40))\"") }
            date = parsed
        }
        // As `shejire extract` reads a document: a leading `date YYYY-MM-DD` line, a guessed language.
        let document = Document(
            id: input.id ?? "request", text: input.text, date: date ?? DocumentReader.leadingDate(input.text),
            language: input.language ?? LanguageGuess.guess(input.text))
        let result = pipeline.extract(document, scratch: ExtractionScratch())
        if input.store == true {
            guard configuration.writable else {
                throw APIError(.forbidden, code: "read-only", "the server opened the database read-only; start it with --writable to store documents")
            }
            guard input.id != nil else { throw APIError.badRequest("give the document an \"id\" to store it") }
            let summary = try store.write([IngestPreparation(gazetteer: pipeline.gazetteer).prepare(result)])
            struct Stored: Encodable {
                var document: DocumentJSON
                var stored: StoredJSON
            }
            return JSONResponse.make(
                Stored(
                    document: result.json,
                    stored: StoredJSON(documents: summary.documentsWritten, mentions: summary.mentions, relations: summary.relations, evidence: summary.evidence)))
        }
        return JSONResponse.make(result.json)
    }

    /// A decoding error in one line, without the body's text.
    static func describe(_ error: any Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, _): "missing \"\(key.stringValue)\""
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            "wrong type at \"\(context.codingPath.map(\.stringValue).joined(separator: "."))\""
        case DecodingError.dataCorrupted: "not valid JSON"
        default: "not valid JSON"
        }
    }
}
