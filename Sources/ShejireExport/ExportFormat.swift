/// The graph export formats `shejire export` writes.
public enum ExportFormat: String, Sendable, CaseIterable, Codable {
    case graphml
    case json
    case jgf
    case cytoscape
    case gexf
    case neo4j
    case turtle
    case eacCPF = "eac-cpf"

    /// The default file extension (`neo4j` and `eac-cpf` write a directory).
    public var fileExtension: String {
        switch self {
        case .graphml: "graphml"
        case .json: "json"
        case .jgf: "jgf.json"
        case .cytoscape: "cyjs"
        case .gexf: "gexf"
        case .neo4j: "neo4j"
        case .turtle: "ttl"
        case .eacCPF: "eac-cpf"
        }
    }
}
