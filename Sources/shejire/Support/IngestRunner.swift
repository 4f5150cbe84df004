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
        while let event = reader.next() {
            switch event {
            case .diagnostic(let diagnostic): reporter.report(diagnostic)
            case .document(let document):
                batch.append(document)
                if batch.count >= batchSize {
                    try submit(batch)
                    batch.removeAll(keepingCapacity: true)
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
        for start in stride(from: 0, to: documents.count, by: batchSize) {
            try submit(Array(documents[start..<min(start + batchSize, documents.count)]), force: true)
        }
        try drain()
    }

    /// Extracts one batch here and hands it to the writer queue.
    private func submit(_ documents: [Document], force: Bool = false) throws {
        try checkWriter()
        guard !documents.isEmpty else { return }
        var todo = documents
        var skipped = 0
        if !reextract && !force {
            let stored = try store.contentHashes(of: documents.map(\.id))
            todo = documents.filter { stored[$0.id] != ContentHash.fnv1a64($0.text) }
            skipped = documents.count - todo.count
        }
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

    private func drain() throws {
        writer.sync {}
        try checkWriter()
    }

    private func checkWriter() throws {
        if let error = lock.withLock({ writeError }) { throw error }
    }
}
