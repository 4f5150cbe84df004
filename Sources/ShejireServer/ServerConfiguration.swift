/// How `shejire serve` listens and how much it answers at most.
public struct ServerConfiguration: Sendable {
    /// The address to bind; `127.0.0.1` (loopback only) unless told otherwise.
    public var host: String
    /// The TCP port; 0 picks a free one (the bound port is reported when the server starts).
    public var port: Int
    /// Whether `POST /extract` may store documents (`"store": true`); the database is opened
    /// read-only otherwise.
    public var writable: Bool
    /// The largest request body accepted, in bytes; larger bodies get `413`.
    public var maxBodyBytes: Int
    /// The most items a list answer holds (entities, relations, suggestions); more are cut and
    /// the answer says `"truncated": true`.
    public var maxResults: Int
    /// The most entities in a neighbourhood answer.
    public var maxNeighborhood: Int
    /// The most queries in one reconciliation batch, and ids in one data extension request.
    public var maxBatch: Int
    /// The deepest neighbourhood and the longest path searched.
    public var maxDepth: Int
    /// The server's log level (`trace` ... `critical`); `LOG_LEVEL` in the environment wins.
    public var logLevel: String

    public init(
        host: String = "127.0.0.1", port: Int = 8080, writable: Bool = false, maxBodyBytes: Int = 1 << 20,
        maxResults: Int = 500, maxNeighborhood: Int = 300, maxBatch: Int = 200, maxDepth: Int = 4, logLevel: String = "warning"
    ) {
        self.logLevel = logLevel
        self.host = host
        self.port = port
        self.writable = writable
        self.maxBodyBytes = maxBodyBytes
        self.maxResults = maxResults
        self.maxNeighborhood = maxNeighborhood
        self.maxBatch = maxBatch
        self.maxDepth = maxDepth
    }
}
