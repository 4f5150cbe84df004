/// Settings shared by the export writers. The defaults give deterministic output: nothing
/// depends on the clock, the machine or the order of dictionary keys.
public struct ExportOptions: Sendable, Hashable {
    /// The graph's id in GraphML, JGF and GEXF (an NMTOKEN: no spaces).
    public var graphID: String
    /// A human title for the graph (JGF `label`, GEXF `description`, node-link `graph.name`).
    public var graphLabel: String
    /// The namespace under which Turtle mints IRIs for entities, relations, positions and
    /// documents (`<base>person/aliya-mustafina`). Ends with `/` or `#`.
    public var baseIRI: String
    /// The ISO 8601 date (or date-time) stamped on EAC-CPF maintenance events. `nil` writes
    /// `unknown`, so that the same graph gives the same bytes; the CLI passes today's date.
    public var recordDate: String?
    /// The maintenance agency named in EAC-CPF records.
    public var agencyName: String
    /// Prefixes CSV cells that start with `=`, `+`, `-`, `@`, tab or carriage return with `'`
    /// so spreadsheets do not run them as formulas. Off by default because it changes the
    /// values Neo4j imports; such cells are always quoted.
    public var spreadsheetSafeCSV: Bool
    /// How many persons and organisations the EAC-CPF writer handles per pass over the edges;
    /// bounds its memory (see `EACCPFWriter`).
    public var eacBatchSize: Int

    public init(
        graphID: String = "shejire", graphLabel: String = "Shejire knowledge graph",
        baseIRI: String = "http://example.org/shejire/", recordDate: String? = nil, agencyName: String = "Shejire",
        spreadsheetSafeCSV: Bool = false, eacBatchSize: Int = 50_000
    ) {
        self.graphID = graphID
        self.graphLabel = graphLabel
        self.baseIRI = baseIRI
        self.recordDate = recordDate
        self.agencyName = agencyName
        self.spreadsheetSafeCSV = spreadsheetSafeCSV
        self.eacBatchSize = eacBatchSize
    }
}
