import Dispatch
import Foundation
import ShejireCore
import ShejireExtraction
import ShejireStore

/// Extracts documents in parallel and writes them to the store in batches, one transaction
/// per batch, while the next batch is being extracted. Used by `ingest`, `build` and the
/// curation commands (which re-extract affected documents).
final class IngestRunner: @unchecked Sendable {
    let store: GraphStore
    let pipeline: Pipeline
    let preparation: IngestPreparation
    let scratches: [ExtractionScratch]
    let reextract: Bool
    let batchSize: Int

    private(set) var summary = IngestSummary()
    private(set) var processed = 0
    private(set) var bytes = 0
    private let writer = DispatchQueue(label: "shejire.writer")
    private let slot = DispatchSemaphore(value: 1)
    private let lock = NSLock()
    private var writeError: (any Error)?

    init(store: GraphStore, pipeline: Pipeline, jobs: Int, reextract: Bool, batchSize: Int = 256) {
        self.store = store
        self.pipeline = pipeline
        self.preparation = IngestPreparation(gazetteer: pipeline.gazetteer)
        self.scratches = (0..<max(1, jobs)).map { _ in ExtractionScratch() }
        self.reextract = reextract
        self.batchSize = batchSize
    }

    /// Reads every document, reporting diagnostics, and stores them.
    ///
    /// - Throws: the first store error; batches committed before it stay committed.
    func run(reader: DocumentReader, reporter: DiagnosticReporter, progress: ProgressLine) throws {
        var batch: [Document] = []
        var batchBytes = 0
        while let event = reader.next() {
            switch event {
            case .diagnostic(let diagnostic): reporter.report(diagnostic)
            case .document(let document):
                let length = document.text.utf8.count
                if length > Pipeline.segmentBytes {
                    try submit(batch)
                    batch.removeAll(keepingCapacity: true)
                    batchBytes = 0
                    try submitLong(document)
                    progress.update(count: processed, bytes: bytes)
                    continue
                }
                batch.append(document)
                batchBytes += length
                if batch.count >= batchSize || batchBytes >= Self.batchByteLimit {
                    try submit(batch)
                    batch.removeAll(keepingCapacity: true)
                    batchBytes = 0
                    progress.update(count: processed, bytes: bytes)
                }
            }
        }
        try submit(batch)
        try drain()
        progress.update(count: processed, bytes: bytes, force: true)
        progress.finish()
    }

    /// Re-extracts stored documents (after curation or with new rules) and rewrites them.
    func rewrite(_ documents: [Document]) throws {
        let long = documents.filter { $0.text.utf8.count > Pipeline.segmentBytes }
        let short = documents.filter { $0.text.utf8.count <= Pipeline.segmentBytes }
        for start in stride(from: 0, to: short.count, by: batchSize) {
            try submit(Array(short[start..<min(start + batchSize, short.count)]), force: true)
        }
        for document in long { try submitLong(document, force: true) }
        try drain()
    }

    /// A batch is written once it holds this many bytes of text (or `batchSize` documents).
    static let batchByteLimit = 16 << 20

    /// Writes one document longer than `Pipeline.segmentBytes` on its own, in one transaction,
    /// extracting and storing it segment by segment so that its mentions are never all held in
    /// memory (`GraphStore.write(document:title:contentHash:parts:)`).
    private func submitLong(_ document: Document, force: Bool = false) throws {
        try drain()
        processed += 1
        bytes += document.text.utf8.count
        let contentHash = ContentHash.fnv1a64(document.text)
        guard try !changed([document], hashes: [contentHash], force: force).isEmpty else {
            lock.withLock { summary.documentsSkipped += 1 }
            return
        }
        let written = try store.write(document: document, title: IngestPreparation.title(of: document), contentHash: contentHash) { emit in
            try pipeline.extractSegments(document, scratch: scratches[0]) { result, offset in
                var part = preparation.prepare(result)
                part.byteOffset = offset.bytes
                part.codePointOffset = offset.codePoints
                try emit(part)
            }
        }
        lock.withLock { summary += written }
    }

    /// Extracts one batch here and hands it to the writer queue.
    private func submit(_ documents: [Document], force: Bool = false) throws {
        try checkWriter()
        guard !documents.isEmpty else { return }
        let todo = try changed(documents, force: force)
        let skipped = documents.count - todo.count
        let prepared = pipeline.extract(batch: todo, scratches: scratches).map(preparation.prepare)
        processed += documents.count
        bytes += documents.reduce(0) { $0 + $1.text.utf8.count }
        let skippedCount = skipped
        slot.wait()
        writer.async { [self] in
            defer { slot.signal() }
            do {
                var written = try store.write(prepared)
                written.documentsSkipped = skippedCount
                lock.withLock { summary += written }
            } catch {
                lock.withLock { if writeError == nil { writeError = error } }
            }
        }
    }

    /// The documents to write: all of them with `--reextract` or when `force`d, otherwise those
    /// whose text differs from what the store holds (by content hash).
    /// - Parameter hashes: the documents' content hashes when the caller has them already (a long
    ///   document is not hashed twice); computed here otherwise.
    private func changed(_ documents: [Document], hashes: [String]? = nil, force: Bool) throws -> [Document] {
        guard !reextract && !force else { return documents }
        let stored = try store.contentHashes(of: documents.map(\.id))
        let hashes = hashes ?? documents.map { ContentHash.fnv1a64($0.text) }
        return zip(documents, hashes).filter { stored[$0.0.id] != $0.1 }.map(\.0)
    }

    private func drain() throws {
        writer.sync {}
        try checkWriter()
    }

    private func checkWriter() throws {
        if let error = lock.withLock({ writeError }) { throw error }
    }
}
