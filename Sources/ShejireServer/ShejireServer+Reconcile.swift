import Foundation
import Hummingbird
import ShejireCore
import ShejireStore

extension ShejireServer {
    /// The W3C Reconciliation API 0.2 under `/reconcile`: manifest, queries, data extension
    /// (`GET` or `POST`, form-encoded as OpenRefine sends them), suggest, flyout, preview and
    /// property proposals. JSONP with `callback=`.
    func addReconciliationRoutes(to router: Router<BasicRequestContext>) {
        let handler: @Sendable (Request, BasicRequestContext) async throws -> Response = { request, _ in
            var request = request
            var parameters = QueryParameters(request.uri.query)
            if request.method == .post {
                let body = try await request.collectBody(upTo: configuration.maxBodyBytes)
                let text = String(buffer: body)
                if text.hasPrefix("{") {
                    parameters = QueryParameters("queries=" + (text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""))
                } else {
                    parameters.pairs += QueryParameters(text).pairs
                }
            }
            return try reconcile(parameters, base: Self.baseURL(request))
        }
        router.get("reconcile", use: handler)
        router.post("reconcile", use: handler)
        router.get("reconcile/suggest/entity") { request, _ in try suggestEntities(QueryParameters(request.uri.query)) }
        router.get("reconcile/suggest/type") { request, _ in suggestTypes(QueryParameters(request.uri.query)) }
        router.get("reconcile/suggest/property") { request, _ in suggestProperties(QueryParameters(request.uri.query)) }
        router.get("reconcile/properties") { request, _ in proposeProperties(QueryParameters(request.uri.query)) }
        router.get("reconcile/preview") { request, _ in try preview(QueryParameters(request.uri.query)) }
        router.get("reconcile/flyout/entity") { request, _ in try flyout(QueryParameters(request.uri.query)) }
    }

    /// `http://HOST` as the client addressed the server (for the manifest's URLs).
    static func baseURL(_ request: Request) -> String {
        let host = request.head.authority ?? "127.0.0.1"
        return "http://\(host)"
    }

    /// A JSONP callback name, if one was given and is a plain identifier.
    static func callback(_ parameters: QueryParameters) throws -> String? {
        guard let name = parameters["callback"] else { return nil }
        let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "_$."))
        guard name.count <= 100, name.unicodeScalars.allSatisfy(allowed.contains) else {
            throw APIError.badRequest("callback must be a JavaScript identifier", code: "bad-callback")
        }
        return name
    }

    func reconcile(_ parameters: QueryParameters, base: String) throws -> Response {
        let callback = try Self.callback(parameters)
        if let text = parameters["queries"] {
            let batch: [String: ReconciliationQuery]
            do {
                batch = try JSONDecoder().decode([String: ReconciliationQuery].self, from: Data(text.utf8))
            } catch {
                throw APIError.badRequest("queries must be a JSON object of queries: \(Self.describe(error))", code: "malformed-json")
            }
            guard batch.count <= configuration.maxBatch else {
                throw APIError(.contentTooLarge, code: "batch-too-large", "at most \(configuration.maxBatch) queries per batch, not \(batch.count)")
            }
            var cache: [String: Set<String>] = [:]
            var results: [String: QueryResultJSON] = [:]
            for (key, query) in batch {
                results[key] = QueryResultJSON(result: try reconciler.reconcile(query, cache: &cache))
            }
            return JSONResponse.make(results, callback: callback)
        }
        if let text = parameters["extend"] {
            let query: ExtensionQuery
            do {
                query = try JSONDecoder().decode(ExtensionQuery.self, from: Data(text.utf8))
            } catch {
                throw APIError.badRequest("extend must be JSON {\"ids\": [...], \"properties\": [{\"id\": ...}]}: \(Self.describe(error))", code: "malformed-json")
            }
            guard query.ids.count <= configuration.maxBatch, query.properties.count <= 50 else {
                throw APIError(.contentTooLarge, code: "batch-too-large", "at most \(configuration.maxBatch) ids and 50 properties per request")
            }
            return JSONResponse.make(try reconciler.extend(query), callback: callback)
        }
        if let text = parameters["query"] {
            // Version 0.1 single query: a name, or one query object.
            let query = (try? JSONDecoder().decode(ReconciliationQuery.self, from: Data(text.utf8))) ?? ReconciliationQuery(query: text)
            var cache: [String: Set<String>] = [:]
            return JSONResponse.make(QueryResultJSON(result: try reconciler.reconcile(query, cache: &cache)), callback: callback)
        }
        return JSONResponse.make(manifest(base: base), callback: callback)
    }

    /// The service manifest.
    func manifest(base: String) -> ManifestJSON {
        ManifestJSON(
            versions: ["0.2"], name: "Shejire graph (\((store.path as NSString).lastPathComponent))",
            identifierSpace: "urn:shejire:entity", schemaSpace: "urn:shejire:type",
            documentation: base + "/", serviceVersion: Self.version,
            view: .init(url: base + "/#entity={{id}}"),
            defaultTypes: Array(Reconciler.types.prefix(4)),
            suggest: .init(
                entity: .init(service_url: base, service_path: "/reconcile/suggest/entity", flyout_service_path: "/reconcile/flyout/entity?id=${id}"),
                property: .init(service_url: base, service_path: "/reconcile/suggest/property", flyout_service_path: nil),
                type: .init(service_url: base, service_path: "/reconcile/suggest/type", flyout_service_path: nil)),
            preview: .init(url: base + "/reconcile/preview?id={{id}}", width: 420, height: 180),
            extend: .init(
                propose_properties: .init(service_url: base, service_path: "/reconcile/properties"),
                property_settings: [.init(type: "number", default: 10, label: "Limit", name: "limit", help_text: "How many values at most")]))
    }

    /// `GET /reconcile/suggest/entity?prefix=...[&type=...][&cursor=N]`
    func suggestEntities(_ parameters: QueryParameters) throws -> Response {
        let prefix = parameters["prefix"]?.trimmingCharacters(in: .whitespaces) ?? ""
        let cursor = try parameters.int("cursor", default: 0, in: 0...1000)
        let types = parameters.list("type").compactMap { EntityType(lenient: $0) }
        var result: [SuggestEntityJSON] = []
        if !prefix.isEmpty {
            let found = try store.candidates(
                for: prefix, keys: Self.keys(prefix), types: types.isEmpty ? nil : Set(types), prefix: true, limit: cursor + 10)
            result = found.dropFirst(cursor).map { candidate in
                SuggestEntityJSON(
                    id: candidate.id, name: candidate.name,
                    description: candidate.matchedName.flatMap { $0 == candidate.name ? nil : "also “\($0)”" },
                    notable: [Reconciler.typeJSON(candidate.type)])
            }
        }
        return JSONResponse.make(SuggestResultJSON(result: result), callback: try Self.callback(parameters))
    }

    func suggestTypes(_ parameters: QueryParameters) -> Response {
        let prefix = (parameters["prefix"] ?? "").lowercased()
        let result = Reconciler.types.filter { prefix.isEmpty || $0.id.hasPrefix(prefix) || $0.name.lowercased().hasPrefix(prefix) }
        return JSONResponse.make(SuggestResultJSON(result: result), callback: try? Self.callback(parameters))
    }

    func suggestProperties(_ parameters: QueryParameters) -> Response {
        let prefix = (parameters["prefix"] ?? "").lowercased()
        let result = Reconciler.extensionProperties.filter {
            prefix.isEmpty || $0.id.hasPrefix(prefix) || $0.name.lowercased().contains(prefix)
        }
        return JSONResponse.make(SuggestResultJSON(result: result), callback: try? Self.callback(parameters))
    }

    /// `GET /reconcile/properties?type=person&limit=N`: properties to extend a column with.
    func proposeProperties(_ parameters: QueryParameters) -> Response {
        let limit = (try? parameters.int("limit", default: 50, in: 1...500)) ?? 50
        let properties = Array(Reconciler.extensionProperties.prefix(limit))
        return JSONResponse.make(
            PropertyProposalJSON(type: parameters["type"], limit: parameters["limit"] == nil ? nil : limit, properties: properties),
            callback: try? Self.callback(parameters))
    }

    /// `GET /reconcile/preview?id=...`: a small HTML card for OpenRefine's preview pop-up.
    func preview(_ parameters: QueryParameters) throws -> Response {
        guard let id = parameters["id"] else { throw APIError.badRequest("missing id", code: "missing-parameter") }
        guard let record = try store.entity(id) else { throw APIError.notFound("no entity with id \"\(id.prefix(80))\"", code: "unknown-entity") }
        let html = """
            <!DOCTYPE html><html><head><meta charset="utf-8"><title>\(HTML.escape(record.name))</title></head>
            <body style="font-family: sans-serif; margin: 0; padding: 8px">\(try card(record))</body></html>
            """
        return JSONResponse.text(html, contentType: "text/html; charset=utf-8")
    }

    /// `GET /reconcile/flyout/entity?id=...`: `{"id": ..., "html": ...}` for suggest pop-ups.
    func flyout(_ parameters: QueryParameters) throws -> Response {
        guard let id = parameters["id"] else { throw APIError.badRequest("missing id", code: "missing-parameter") }
        guard let record = try store.entity(id) else { throw APIError.notFound("no entity with id \"\(id.prefix(80))\"", code: "unknown-entity") }
        struct Flyout: Encodable {
            var id: String
            var html: String
        }
        return JSONResponse.make(Flyout(id: id, html: try card(record)), callback: try Self.callback(parameters))
    }

    /// Name, type, aliases and a few relations, as an HTML fragment.
    func card(_ record: EntityRecord) throws -> String {
        let relations = try store.relations(filter: RelationFilter(), either: [record.id], limit: 6)
        var html = "<div><strong>\(HTML.escape(record.name))</strong> <em>\(HTML.escape(record.type))</em> <code>\(HTML.escape(record.id))</code>"
        if !record.aliases.isEmpty {
            html += "<div>also: \(record.aliases.prefix(8).map(HTML.escape).joined(separator: "; "))</div>"
        }
        if !relations.isEmpty {
            html += "<ul style=\"margin: 4px 0; padding-left: 18px\">"
            for relation in relations {
                html += "<li>\(HTML.escape(relation.subjectName)) — \(HTML.escape(relation.predicate.replacingOccurrences(of: "_", with: " "))) — \(HTML.escape(relation.objectName))</li>"
            }
            html += "</ul>"
        }
        return html + "<div>\(record.mentionCount) mention(s) in \(record.documentCount) document(s)</div></div>"
    }
}

/// HTML escaping for the preview card.
enum HTML {
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }
}

/// The reconciliation service manifest (snake_case keys as the specification spells them).
struct ManifestJSON: Encodable, Sendable {
    struct View: Encodable, Sendable { var url: String }
    struct Service: Encodable, Sendable {
        var service_url: String
        var service_path: String
        var flyout_service_path: String?
    }
    struct Suggest: Encodable, Sendable {
        var entity: Service
        var property: Service
        var type: Service
    }
    struct Preview: Encodable, Sendable {
        var url: String
        var width: Int
        var height: Int
    }
    struct ProposeProperties: Encodable, Sendable {
        var service_url: String
        var service_path: String
    }
    struct Setting: Encodable, Sendable {
        var type: String
        var `default`: Int
        var label: String
        var name: String
        var help_text: String
    }
    struct Extend: Encodable, Sendable {
        var propose_properties: ProposeProperties
        var property_settings: [Setting]
    }
    var versions: [String]
    var name: String
    var identifierSpace: String
    var schemaSpace: String
    var documentation: String
    var serviceVersion: String
    var view: View
    var defaultTypes: [TypeJSON]
    var suggest: Suggest
    var preview: Preview
    var extend: Extend
}
