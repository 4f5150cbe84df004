import Foundation
import ShejireCore
import ShejireExport
import ShejireExtraction
import ShejireGazetteer
import ShejireText

/// libFuzzer entry point. `SHEJIRE_FUZZ_TARGET` picks what the input bytes go through:
/// `pipeline` (decode, normalise, tokenize, morphology, every rule, relations; the default),
/// `tokenizer`, `dates`, `gazetteer` (the TSV loader and matcher compiler), `jsonl` (the
/// document reader), `graphml` (the GraphML and node-link JSON writers on names and
/// qualifiers from the input).
@_cdecl("LLVMFuzzerTestOneInput")
public func shejireFuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    switch FuzzState.target {
    case "tokenizer":
        let text = String(decoding: bytes, as: UTF8.self)
        var tokens = Tokenizer.tokenize(TextNormalizer.normalize(text))
        SentenceSplitter.assignSentences(&tokens)
        for token in tokens { _ = Morphology.candidateBases(token.folded) }
    case "dates":
        let text = String(decoding: bytes, as: UTF8.self)
        let document = Document(id: "f", text: text, date: SimpleDate(year: 2025, month: 10, day: 30))
        _ = FuzzState.datePipeline.extract(document, scratch: FuzzState.scratch)
    case "gazetteer":
        let gazetteer = GazetteerLoader.parse(data: Data(bytes), file: "fuzz.tsv")
        _ = GazetteerMatcher(gazetteer)
    case "jsonl":
        let url = FuzzState.scratchFile
        try? Data(bytes).write(to: url)
        let reader = DocumentReader(paths: [url.path], format: .jsonl)
        while reader.next() != nil {}
    case "graphml":
        let text = String(decoding: bytes, as: UTF8.self)
        let parts = text.split(separator: "\u{1}", omittingEmptySubsequences: false).map(String.init)
        let name = parts.first ?? ""
        let node = GraphNode(id: "person:" + (parts.count > 1 ? parts[1] : "x"), type: .person, name: name, aliases: parts)
        let other = GraphNode(id: "org:y", type: .organisation, name: parts.last ?? "")
        let edge = GraphEdge(key: "e1", source: node.id, target: other.id, predicate: .holdsPosition, qualifiers: ["title": name])
        let graph = GraphSnapshot(nodes: [node, other], edges: [edge])
        for format in [ExportFormat.graphml, .json, .gexf, .turtle] {
            let sink = ByteSink.memory()
            try? GraphExporter.write(graph, format: format, to: sink)
        }
    default:
        guard case .text(let text, _) = TextDecoding.decode(bytes, file: "fuzz", checkBinary: false) else { return 0 }
        let document = Document(id: "f", text: text, date: SimpleDate(year: 2025, month: 10, day: 30))
        let result = FuzzState.pipeline.extract(document, scratch: FuzzState.scratch)
        let length = text.utf8.count
        for mention in result.mentions where mention.range.upperBound > length { fatalError("mention past the end") }
        _ = result.json
    }
    return 0
}

enum FuzzState {
    static let target = ProcessInfo.processInfo.environment["SHEJIRE_FUZZ_TARGET"] ?? "pipeline"
    nonisolated(unsafe) static let scratch = ExtractionScratch()
    static let scratchFile = FileManager.default.temporaryDirectory.appendingPathComponent("shejire-fuzz-\(getpid()).jsonl")
    static let pipeline: Pipeline = {
        let path = ProcessInfo.processInfo.environment["SHEJIRE_GAZETTEERS"] ?? "Gazetteers"
        return Pipeline(gazetteer: (try? GazetteerLoader.load(paths: [path])) ?? Gazetteer())
    }()
    static let datePipeline = Pipeline(gazetteer: Gazetteer(), extractors: [DateRule()])
}

/// libFuzzer's driver (from `-sanitize=fuzzer`).
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt

/// SwiftPM links executables through `<target>_main`; hand control to libFuzzer from there.
@_cdecl("shejire_fuzz_main")
public func shejireFuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var arguments = argv
    return LLVMFuzzerRunDriver(&count, &arguments) { data, size in shejireFuzz(data, size) }
}
