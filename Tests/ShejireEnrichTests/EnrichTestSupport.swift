import Foundation
import ShejireCore
import ShejireEnrich
import ShejireExtraction
import ShejireGazetteer
import ShejireTestSupport
import Testing

/// Paths, the shared pipeline and golden files for the enrich tests.
enum EnrichTestSupport {
    static let packageRoot: URL = TestSupport.packageRoot
    static let fixtures = packageRoot.appendingPathComponent("Tests/ShejireEnrichTests/Fixtures")
    static let snapshots = packageRoot.appendingPathComponent("Tests/ShejireEnrichTests/Snapshots")

    /// The pipeline over the shipped gazetteers, built once.
    static let pipeline: Pipeline = {
        let gazetteer = try! GazetteerLoader.load(paths: [packageRoot.appendingPathComponent("Gazetteers").path])
        return Pipeline(gazetteer: gazetteer)
    }()

    static func fixture(_ name: String) -> String {
        fixtures.appendingPathComponent(name).path
    }

    static func temporaryDirectory() throws -> URL { try TestSupport.temporaryDirectory("enrich-test") }

    /// Enriches `input` into a temporary file and returns its bytes and the summary.
    static func enrich(
        _ input: String, options: EnrichOptions = EnrichOptions(), format: RecordFormat? = nil, delimiter: UInt8? = nil,
        jobs: Int = 2, maxRecordBytes: Int = 16 << 20
    ) throws -> (output: Data, summary: EnrichSummary) {
        let reader = try RecordReaders.open(path: input, format: format, delimiter: delimiter, maxRecordBytes: maxRecordBytes)
        let directory = try temporaryDirectory()
        let path = directory.appendingPathComponent("out").path
        let output = try OutputFile(path: path)
        let writer: any RecordWriter
        switch reader.format {
        case .jsonl: writer = JSONLRecordWriter(output: output, columns: options.columns)
        case .delimited(let d): writer = DelimitedRecordWriter(output: output, delimiter: d, columns: options.columns)
        }
        var options = options
        options.sourceName = URL(fileURLWithPath: input).lastPathComponent
        let summary = try Enricher(pipeline: pipeline, options: options, jobs: jobs).run(reader: reader, writer: writer)
        try output.commit()
        return (try Data(contentsOf: URL(fileURLWithPath: path)), summary)
    }

    /// Reads every record of a file.
    static func records(_ path: String, format: RecordFormat? = nil, maxRecordBytes: Int = 16 << 20) throws -> (reader: any RecordReader, records: [InputRecord]) {
        let reader = try RecordReaders.open(path: path, format: format, maxRecordBytes: maxRecordBytes)
        var records: [InputRecord] = []
        while let record = try reader.next() { records.append(record) }
        return (reader, records)
    }

    /// Writes bytes to a temporary file with the given name and returns its path.
    static func file(_ name: String, _ bytes: [UInt8]) throws -> String {
        let url = try temporaryDirectory().appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    static func file(_ name: String, _ text: String) throws -> String {
        try file(name, Array(text.utf8))
    }

    /// Compares `actual` with the golden file `Snapshots/name`. Records it when missing or when
    /// `RECORD_SNAPSHOTS=1`; a recording run fails, so it cannot pass unseen.
    static func assertSnapshot(_ actual: Data, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        try TestSupport.assertSnapshot(actual, in: snapshots, named: name, sourceLocation: sourceLocation)
    }

    /// Runs a program from PATH; nil when it cannot be started.
    static func run(_ program: String, _ arguments: [String]) -> (status: Int32, output: String)? {
        TestSupport.runIfPresent(program, arguments).map { ($0.status, $0.combinedText) }
    }

    static let hasPython: Bool = run("python3", ["--version"])?.status == 0
}

extension InputRecord {
    /// The fields of a delimited row, or nil.
    var fields: [String]? {
        if case .fields(let fields) = content { return fields }
        return nil
    }

    /// The reason of an unreadable row, or nil.
    var problem: String? {
        if case .unreadable(_, _, let reason) = content { return reason }
        return nil
    }
}
