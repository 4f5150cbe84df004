import Dispatch
import Foundation
import ShejireCore
import ShejireExtraction

/// Gives the entity ids to write for extracted mentions: the graph's after storing the records
/// (`--ingest`), or those of entities already in the graph (`--link-only`).
public protocol EntityLinker: AnyObject {
    /// For each result, the entity id of each of its mentions (in order); nil when the mention
    /// links to no entity.
    /// - Throws: when the graph cannot be read or written; the run stops.
    func entityIDs(for results: [ExtractionResult]) throws -> [[String?]]
}

/// Enriches records: reads a batch, extracts its documents on all cores, and hands the results
/// to one writer queue that links, formats and writes them in input order while the next batch
/// is read and extracted. At most about three batches are in memory at once.
public final class Enricher: @unchecked Sendable {
    public let pipeline: Pipeline
    public let options: EnrichOptions
    private let scratches: [ExtractionScratch]

    private let writerQueue = DispatchQueue(label: "shejire.enrich.writer")
    private let slot = DispatchSemaphore(value: 1)
    private let lock = NSLock()
    private var writeError: (any Error)?
    private var summary = EnrichSummary()

    public init(pipeline: Pipeline, options: EnrichOptions, jobs: Int) {
        self.pipeline = pipeline
        self.options = options
        self.scratches = (0..<max(1, jobs)).map { _ in ExtractionScratch() }
    }

    /// Enriches every record of `reader` into `writer`.
    ///
    /// - Parameters:
    ///   - linker: the graph's entity ids instead of the extractor's, when given.
    ///   - progress: called on the calling thread after each batch.
    /// - Returns: counts of rows, failures and what was found.
    /// - Throws: `ShejireError` when a named field is missing (naming the fields that exist) or
    ///   an added column already exists; the linker's and the writer's errors.
    /// - Complexity: O(total text) spread over the threads; memory O(batch size x record size).
    public func run(
        reader: any RecordReader, writer: any RecordWriter, linker: (any EntityLinker)? = nil,
        progress: ((EnrichProgress) -> Void)? = nil
    ) throws -> EnrichSummary {
        lock.withLock {
            summary = EnrichSummary()
            writeError = nil
        }
        var headerIndex: [String: Int] = [:]
        if let header = reader.header {
            try Self.checkHeader(header, options: options)
            for (index, name) in header.enumerated().reversed() { headerIndex[name] = index }
        }
        try writer.begin(reader: reader)
        var batch: [InputRecord] = []
        var rows = 0
        var checkedFirstObject = reader.format != .jsonl
        while let record = try reader.next() {
            if !checkedFirstObject, case .object(_, let values) = record.content {
                try Self.checkFirstObject(values, options: options)
                checkedFirstObject = true
            }
            batch.append(record)
            rows += 1
            if batch.count >= options.batchSize {
                try submit(batch, headerIndex: headerIndex, headerCount: reader.header?.count, linker: linker, writer: writer)
                batch.removeAll(keepingCapacity: true)
                progress?(EnrichProgress(rows: rows, bytes: reader.bytesConsumed))
            }
        }
        try submit(batch, headerIndex: headerIndex, headerCount: reader.header?.count, linker: linker, writer: writer)
        writerQueue.sync {}
        try checkWriter()
        progress?(EnrichProgress(rows: rows, bytes: reader.bytesConsumed))
        return lock.withLock { summary }
    }

    static func checkHeader(_ header: [String], options: EnrichOptions) throws {
        let present = Set(header)
        let missing = options.namedFields.filter { !present.contains($0) }
        if !missing.isEmpty {
            let list = missing.map { "'\($0)'" }.joined(separator: ", ")
            throw ShejireError(
                code: "missing-field",
                "no column \(list) in the header; the columns are: \(header.map { "'\($0)'" }.joined(separator: ", ")) (choose with --text-field, --id-field, --date-field)")
        }
        let added = Set(options.columns.map(\.rawValue) + [EnrichColumn.errorColumn])
        let clashing = header.filter { added.contains($0) }
        if !clashing.isEmpty {
            throw ShejireError(
                code: "column-exists",
                "the input already has column(s) \(clashing.map { "'\($0)'" }.joined(separator: ", ")) that enrich adds (was it enriched already?); choose other --columns or remove them")
        }
    }

    static func checkFirstObject(_ values: [String: String], options: EnrichOptions) throws {
        if options.textFields.allSatisfy({ values[$0] == nil }) {
            let keys = values.keys.sorted().map { "'\($0)'" }.joined(separator: ", ")
            throw ShejireError(
                code: "missing-field",
                "the first record has no field \(options.textFields.map { "'\($0)'" }.joined(separator: ", ")); its fields are: \(keys) (choose with --text-field)")
        }
    }

    /// A record's text fields joined into one document, with each field's byte range.
    struct RecordDocument {
        var document: Document
        var spans: [(field: String, bytes: Range<Int>)]
    }

    private enum Job {
        case document(Int)
        case done(RowOutcome?)
    }

    /// Extracts one batch here and hands it to the writer queue.
    private func submit(
        _ records: [InputRecord], headerIndex: [String: Int], headerCount: Int?, linker: (any EntityLinker)?, writer: any RecordWriter
    ) throws {
        try checkWriter()
        guard !records.isEmpty else { return }
        var jobs: [Job] = []
        var documents: [RecordDocument] = []
        var unreadDates = 0
        jobs.reserveCapacity(records.count)
        for record in records {
            switch prepare(record, headerIndex: headerIndex, headerCount: headerCount, unreadDates: &unreadDates) {
            case .success(let document):
                jobs.append(.document(documents.count))
                documents.append(document)
            case .failure(let outcome):
                jobs.append(.done(outcome.outcome))
            }
        }
        let results = pipeline.extract(batch: documents.map(\.document), scratches: scratches)
        let finished = jobs
        let dates = unreadDates
        let box = Unchecked((writer: writer, linker: linker, documents: documents))
        slot.wait()
        writerQueue.async { [self] in
            let (writer, linker, documents) = box.value
            defer { slot.signal() }
            do {
                let ids = try linker?.entityIDs(for: results)
                var counts = EnrichSummary()
                counts.unreadDates = dates
                for (record, job) in zip(records, finished) {
                    let outcome: RowOutcome?
                    switch job {
                    case .document(let index):
                        let enrichment = enrich(documents[index], results[index], ids: ids?[index], linked: linker != nil)
                        outcome = .enriched(enrichment)
                    case .done(let done):
                        outcome = done
                    }
                    count(record, outcome, into: &counts)
                    try writer.write(record, outcome)
                }
                lock.withLock { merge(counts) }
            } catch {
                lock.withLock { if writeError == nil { writeError = error } }
            }
        }
    }

    private struct Skip: Error {
        var outcome: RowOutcome?
    }

    /// The document of a record, or the outcome of a record that is not extracted.
    private func prepare(_ record: InputRecord, headerIndex: [String: Int], headerCount: Int?, unreadDates: inout Int) -> Result<RecordDocument, Skip> {
        let value: (String) -> String?
        var otherFields: [(String, String)] = []
        switch record.content {
        case .blank: return .failure(Skip(outcome: nil))
        case .unreadable(_, _, let reason): return .failure(Skip(outcome: .failed(reason)))
        case .fields(let fields):
            if let headerCount, fields.count > headerCount {
                return .failure(Skip(outcome: .failed(
                    "the row has \(fields.count) fields but the header \(headerCount); check the quoting of the row (not enriched, so that no column is shifted)")))
            }
            value = { name in headerIndex[name].flatMap { $0 < fields.count ? fields[$0] : nil } }
            if options.keepMetadata {
                for (name, index) in headerIndex.sorted(by: { $0.value < $1.value }) where index < fields.count && !options.textFields.contains(name) {
                    if !fields[index].isEmpty { otherFields.append((name, fields[index])) }
                }
            }
        case .object(_, let values):
            value = { values[$0] }
            if options.keepMetadata {
                otherFields = values.filter { !options.textFields.contains($0.key) && !$0.value.isEmpty }.sorted { $0.key < $1.key }
            }
        }
        var text = ""
        var spans: [(field: String, bytes: Range<Int>)] = []
        for field in options.textFields {
            guard let part = value(field), !part.isEmpty else { continue }
            if !text.isEmpty { text += "\n\n" }
            let start = text.utf8.count
            text += part
            spans.append((field, start..<text.utf8.count))
        }
        if text.utf8.count > options.maxTextBytes {
            return .failure(Skip(outcome: .failed(
                "text too long: \(text.utf8.count) bytes in \(spans.map(\.field).joined(separator: ", ")), over the limit of \(options.maxTextBytes) (--max-text-bytes)")))
        }
        var id = options.idField.flatMap(value) ?? ""
        if id.isEmpty { id = "\(options.sourceName)#\(record.number)" }
        var date: SimpleDate?
        if let field = options.dateField, let raw = value(field), !raw.trimmingCharacters(in: .whitespaces).isEmpty {
            date = RecordDate.parse(raw)
            if date == nil { unreadDates += 1 }
        }
        let language = options.language ?? LanguageGuess.guess(text)
        let document = Document(
            id: id, text: text, date: date, language: language, sourcePath: options.sourceName,
            metadata: Dictionary(otherFields, uniquingKeysWith: { a, _ in a }))
        return .success(RecordDocument(document: document, spans: spans))
    }

    /// Mentions with their fields, offsets and ids, and relations, filtered by confidence.
    func enrich(_ record: RecordDocument, _ result: ExtractionResult, ids: [String?]?, linked: Bool) -> RecordEnrichment {
        let text = record.document.text
        let mentions = result.mentions
        var offsets: [Int] = []
        offsets.reserveCapacity(record.spans.count + mentions.count * 2)
        for span in record.spans { offsets.append(span.bytes.lowerBound) }
        for span in record.spans { offsets.append(span.bytes.upperBound) }
        for mention in mentions { offsets += [mention.range.lowerBound, mention.range.upperBound] }
        let points = Document.codePointOffsets(of: text, offsets)
        let spanCount = record.spans.count
        var byRange: [Range<Int>: String] = [:]
        var found: [FoundMention] = []
        for (index, mention) in mentions.enumerated() {
            let entity = linked ? (ids.flatMap { index < $0.count ? $0[index] : nil }) : mention.entity
            if let entity { byRange[mention.range] = entity }
            guard mention.confidence >= options.minConfidence else { continue }
            let span = record.spans.lastIndex { $0.bytes.lowerBound <= mention.range.lowerBound } ?? 0
            let fieldStart = points[span]
            let fieldEnd = points[spanCount + span]
            let start = points[2 * spanCount + index * 2]
            let end = points[2 * spanCount + index * 2 + 1]
            found.append(FoundMention(
                mention: mention, field: record.spans.isEmpty ? "" : record.spans[span].field,
                start: max(0, start - fieldStart), end: max(0, min(end, fieldEnd) - fieldStart), entityID: entity))
        }
        var relations: [FoundRelation] = []
        for relation in result.relations where relation.confidence >= options.minConfidence {
            let subject = linked ? byRange[relation.subjectRange] : relation.subject
            let object = linked ? byRange[relation.objectRange] : relation.object
            guard let subject, let object else { continue }
            let sentence = Document.substring(of: text, bytes: relation.sentence)
            relations.append(FoundRelation(relation: relation, subject: subject, object: object, sentence: sentence))
        }
        return RecordEnrichment(mentions: found, relations: relations)
    }

    private func count(_ record: InputRecord, _ outcome: RowOutcome?, into counts: inout EnrichSummary) {
        switch outcome {
        case nil:
            counts.blankLines += 1
        case .failed(let reason):
            counts.rows += 1
            counts.failed += 1
            if counts.failures.count < EnrichSummary.keptFailures {
                counts.failures.append(.init(line: record.line, reason: reason))
            }
        case .enriched(let enrichment):
            counts.rows += 1
            counts.enriched += 1
            counts.mentions += enrichment.mentions.count
            for found in enrichment.mentions { counts.mentionsByType[found.mention.type, default: 0] += 1 }
            counts.relations += enrichment.relations.count
        }
    }

    private func merge(_ counts: EnrichSummary) {
        summary.rows += counts.rows
        summary.enriched += counts.enriched
        summary.failed += counts.failed
        summary.blankLines += counts.blankLines
        summary.mentions += counts.mentions
        for (type, n) in counts.mentionsByType { summary.mentionsByType[type, default: 0] += n }
        summary.relations += counts.relations
        summary.unreadDates += counts.unreadDates
        for failure in counts.failures where summary.failures.count < EnrichSummary.keptFailures {
            summary.failures.append(failure)
        }
    }

    private func checkWriter() throws {
        if let error = lock.withLock({ writeError }) { throw error }
    }
}

/// Hands a value that is used by one thread at a time to the writer queue.
struct Unchecked<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
