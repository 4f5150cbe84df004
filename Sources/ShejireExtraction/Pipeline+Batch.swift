import Dispatch
import ShejireCore

extension Pipeline {
    /// Extracts a batch of documents on `jobs` threads; results are in input order.
    ///
    /// - Parameters:
    ///   - documents: the batch.
    ///   - scratches: one scratch per thread; `scratches.count` is the number of threads.
    /// - Complexity: O(total text length / threads).
    public func extract(batch documents: [Document], scratches: [ExtractionScratch]) -> [ExtractionResult] {
        let jobs = max(1, min(scratches.count, documents.count))
        if jobs <= 1 {
            return documents.map { extract($0, scratch: scratches[0]) }
        }
        let slots = ResultSlots(count: documents.count)
        DispatchQueue.concurrentPerform(iterations: jobs) { worker in
            let scratch = scratches[worker]
            var index = worker
            while index < documents.count {
                slots.set(index, extract(documents[index], scratch: scratch))
                index += jobs
            }
        }
        return slots.values()
    }
}

/// Write-once result slots filled from several threads, each slot by exactly one thread.
final class ResultSlots: @unchecked Sendable {
    private var storage: [ExtractionResult?]

    init(count: Int) {
        storage = Array(repeating: nil, count: count)
    }

    func set(_ index: Int, _ value: ExtractionResult) {
        storage.withUnsafeMutableBufferPointer { $0[index] = value }
    }

    func values() -> [ExtractionResult] {
        storage.map { $0! }
    }
}
