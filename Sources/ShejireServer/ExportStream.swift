import Dispatch
import Foundation
import Hummingbird
import ShejireExport
import ShejireStore

#if canImport(Glibc)
import Glibc
#endif

/// Streams an export to an HTTP response in bounded memory.
///
/// The writers in ShejireExport are synchronous and write to a `ByteSink` over a file
/// descriptor. A dedicated thread runs the export into a pipe; the response body reads the
/// pipe 64 KiB at a time on a dispatch queue and sends each chunk before reading the next,
/// so a slow client slows the export down (the pipe is full) instead of filling memory. If
/// the client goes away the read end is closed, the writer gets `EPIPE` (SIGPIPE is ignored)
/// and the export thread ends.
final class ExportStream: @unchecked Sendable {
    private let readFD: Int32
    private let lock = NSLock()
    private var failure: String?
    private static let queue = DispatchQueue(label: "shejire.export-stream", attributes: .concurrent)

    /// Starts exporting `filter` of `store` in `format` on its own thread.
    init(store: GraphStore, filter: GraphFilter, format: ExportFormat) throws {
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { throw APIError(.internalServerError, code: "export-failed", "cannot create a pipe") }
        readFD = fds[0]
        let writeFD = fds[1]
        let thread = Thread { [self] in
            let sink = ByteSink(fileDescriptor: writeFD, path: "response")
            do {
                try store.withGraph(filter) { try GraphExporter.write($0, format: format, to: sink) }
                try sink.flush()
            } catch {
                lock.withLock { failure = "\(error)" }
            }
            close(writeFD)
        }
        thread.name = "shejire export"
        thread.start()
    }

    /// Reads up to 64 KiB; nil at the end of the export.
    private func nextChunk() async throws -> ByteBuffer? {
        let fd = readFD
        let data: Data = await withCheckedContinuation { continuation in
            Self.queue.async {
                var buffer = [UInt8](repeating: 0, count: 1 << 16)
                var count: Int
                repeat { count = read(fd, &buffer, buffer.count) } while count < 0 && errno == EINTR
                continuation.resume(returning: Data(buffer.prefix(max(0, count))))
            }
        }
        if data.isEmpty {
            if let failure = lock.withLock({ failure }) {
                throw APIError(.internalServerError, code: "export-failed", failure)
            }
            return nil
        }
        return ByteBuffer(bytes: data)
    }

    /// The response body: the export's bytes as they are written.
    func body() -> ResponseBody {
        ResponseBody { [self] writer in
            defer { close(readFD) }
            while let chunk = try await nextChunk() {
                try await writer.write(chunk)
            }
            try await writer.finish(nil)
        }
    }
}
