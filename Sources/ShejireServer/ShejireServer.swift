import Foundation
import Hummingbird
import Logging
import ShejireCore
import ShejireExtraction
import ShejireStore

/// The HTTP service behind `shejire serve`: a JSON API over the graph store, the W3C
/// Reconciliation API 0.2 (OpenRefine), streamed exports and a graph browser page.
///
/// The only module that imports Hummingbird. Every handler answers JSON errors with a status
/// (`APIError`); request bodies and list answers are bounded by `ServerConfiguration`.
///
/// ```swift
/// let store = try GraphStore(path: "shejire.sqlite", readOnly: true)
/// let server = ShejireServer(store: store, pipeline: pipeline, configuration: ServerConfiguration(port: 8080))
/// try await server.run { address in print("listening on \(address)") }
/// ```
public struct ShejireServer: Sendable {
    public static let version = "0.1.0"

    public let store: GraphStore
    /// Extraction for `POST /extract`; without it that endpoint answers 503.
    public let pipeline: Pipeline?
    public let configuration: ServerConfiguration
    let reconciler: Reconciler

    /// - Parameters:
    ///   - store: The graph; open it read-only unless `configuration.writable`.
    ///   - pipeline: The extraction pipeline for `POST /extract` (nil: no extraction).
    public init(store: GraphStore, pipeline: Pipeline?, configuration: ServerConfiguration = ServerConfiguration()) {
        self.store = store
        self.pipeline = pipeline
        self.configuration = configuration
        self.reconciler = Reconciler(store: store, maxCandidates: 100)
    }

    /// Every route, with CORS and JSON errors.
    public func makeRouter() -> Router<BasicRequestContext> {
        let router = Router(context: BasicRequestContext.self)
        router.add(middleware: CORSMiddleware(allowOrigin: .all, allowHeaders: [.accept, .contentType, .origin], allowMethods: [.get, .post, .head, .options]))
        router.add(middleware: JSONErrorMiddleware())
        addAPIRoutes(to: router)
        addExportRoutes(to: router)
        addReconciliationRoutes(to: router)
        addPageRoutes(to: router)
        return router
    }

    /// Runs until the task is cancelled or the process gets SIGINT/SIGTERM.
    ///
    /// - Parameter onStart: called once listening, with `host:port` (the real port when
    ///   `configuration.port` is 0).
    public func run(onStart: @escaping @Sendable (String, Int) async -> Void = { _, _ in }) async throws {
        signal(SIGPIPE, SIG_IGN)  // export streams write into pipes whose reader may be gone
        var logger = Logger(label: "shejire.serve")
        logger.logLevel = Logger.Level(rawValue: ProcessInfo.processInfo.environment["LOG_LEVEL"] ?? configuration.logLevel) ?? .warning
        let host = configuration.host
        let app = Application(
            router: makeRouter(),
            configuration: ApplicationConfiguration(address: .hostname(host, port: configuration.port), serverName: "shejire"),
            onServerRunning: { channel in await onStart(host, channel.localAddress?.port ?? 0) },
            logger: logger)
        try await app.runService()
    }

    // MARK: Shared helpers

    /// The entity with this id, or the single best match for a name.
    /// - Throws: `404` when nothing matches.
    func resolve(_ reference: String) throws -> EntityRecord {
        if let record = try store.entity(reference) { return record }
        let found = try store.findEntities(reference, keys: Self.keys(reference), limit: 2)
        guard let first = found.first else { throw APIError.notFound("no entity \"\(reference.prefix(80))\"", code: "unknown-entity") }
        return first
    }

    /// The linking keys of a name, one per entity type.
    static func keys(_ name: String) -> [(EntityType, String)] {
        EntityType.allCases.map { ($0, EntityKey.make(name: name, type: $0)) }
    }

    /// Entity types from `type` parameters; `400` for an unknown one.
    static func types(_ names: [String]) throws -> Set<EntityType>? {
        guard !names.isEmpty else { return nil }
        return Set(try names.map { name in
            guard let type = EntityType(lenient: name) else {
                throw APIError.badRequest("unknown type \"\(name.prefix(40))\" (person, organisation, place, date, event, position)", code: "unknown-type")
            }
            return type
        })
    }

    /// A relation filter from `predicate`, `min_confidence`, `since`, `until`, `include_cooccurrence`.
    static func relationFilter(_ query: QueryParameters) throws -> RelationFilter {
        var predicates: Set<ShejireCore.Predicate>? = nil
        let names = query.list("predicate")
        if !names.isEmpty {
            predicates = Set(try names.map { name in
                guard let predicate = ShejireCore.Predicate(rawValue: name) else {
                    throw APIError.badRequest(
                        "unknown predicate \"\(name.prefix(40))\" (\(ShejireCore.Predicate.allCases.map(\.rawValue).joined(separator: ", ")))", code: "unknown-predicate")
                }
                return predicate
            })
        }
        return RelationFilter(
            predicates: predicates, includeCooccurrence: query.bool("include_cooccurrence"),
            minConfidence: try query.double("min_confidence", default: 0, in: 0...1), since: query["since"], until: query["until"])
    }

    /// A path parameter, percent-decoded (ids hold `:`, which clients may encode).
    static func parameter(_ name: String, _ context: BasicRequestContext) throws -> String {
        guard let raw = context.parameters.get(name) else { throw APIError.badRequest("missing \(name)") }
        return raw.removingPercentEncoding ?? raw
    }
}
