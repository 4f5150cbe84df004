import Foundation
import ShejireCore

/// Writes one document's JSONL line segment by segment, so that a document of any length is
/// written without holding all of its mentions: the bytes are exactly those of
/// `OutputJSON.encode(result.json, pretty: false)` for the whole result.
///
/// Keys are sorted, so the line is `{"date":…,"id":…,"language":…,"mentions":[…],"relations":[…]}`:
/// mentions are written as they come; relations, which follow them, are kept in a temporary
/// file until the last segment and then copied out.
public final class DocumentJSONStream {
    private let write: (String) -> Void
    private var mentionCount = 0
    private var relationCount = 0
    private var spill: FileHandle?
    private var spillURL: URL?

    /// Starts the line with the document's fields; `write` receives the output in pieces.
    public init(document: Document, write: @escaping (String) -> Void) {
        self.write = write
        let header = OutputJSON.encode(
            DocumentJSON(id: document.id, date: document.date?.description, language: document.language, mentions: []),
            pretty: false)
        // `{"date":…,"id":…,"language":…,"mentions":[]}` (sorted keys, mentions last): drop `]}`.
        write(String(header.dropLast(2)))
    }

    deinit {
        removeSpill()
    }

    /// Adds one segment's result (offsets relative to the segment, as `Pipeline.extractSegments` gives them).
    ///
    /// - Throws: if the temporary file for relations cannot be written.
    public func add(_ result: ExtractionResult, offset: SegmentOffset) throws {
        let json = result.json
        for var mention in json.mentions {
            mention.start += offset.codePoints
            mention.end += offset.codePoints
            write((mentionCount == 0 ? "" : ",") + OutputJSON.encode(mention, pretty: false))
            mentionCount += 1
        }
        for var relation in json.relations ?? [] {
            relation.start += offset.codePoints
            relation.end += offset.codePoints
            let item = (relationCount == 0 ? "" : ",") + OutputJSON.encode(relation, pretty: false)
            try spillHandle().write(contentsOf: Data(item.utf8))
            relationCount += 1
        }
    }

    /// Ends the line (with its newline): copies the relations out and removes the temporary file.
    public func finish() throws {
        write("]")
        if relationCount > 0, let spill, let spillURL {
            try spill.close()
            self.spill = nil
            write(",\"relations\":[")
            let input = try FileHandle(forReadingFrom: spillURL)
            defer { try? input.close() }
            var pending = Data()
            while let chunk = try input.read(upToCount: 1 << 20), !chunk.isEmpty {
                pending.append(chunk)
                // Write whole UTF-8 sequences only: keep an unfinished one for the next chunk.
                var cut = pending.count
                while cut > 0, pending[pending.startIndex + cut - 1] & 0xC0 == 0x80 { cut -= 1 }
                if cut > 0, pending[pending.startIndex + cut - 1] >= 0xC0 { cut -= 1 }
                write(String(decoding: pending.prefix(cut), as: UTF8.self))
                pending = Data(pending.dropFirst(cut))
            }
            if !pending.isEmpty { write(String(decoding: pending, as: UTF8.self)) }
            write("]")
        }
        write("}\n")
        removeSpill()
    }

    private func spillHandle() throws -> FileHandle {
        if let spill { return spill }
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("shejire-relations-\(UUID().uuidString).jsonl")
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw ShejireError(code: "cannot-create", "cannot create a temporary file for relations", file: url.path)
        }
        let handle = try FileHandle(forWritingTo: url)
        spill = handle
        spillURL = url
        return handle
    }

    private func removeSpill() {
        try? spill?.close()
        spill = nil
        if let spillURL { try? FileManager.default.removeItem(at: spillURL) }
        spillURL = nil
    }
}
