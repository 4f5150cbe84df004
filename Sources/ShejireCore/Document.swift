/// A text to extract from, with where it came from.
public struct Document: Sendable, Hashable {
    /// A stable id: the JSONL `id`, or the file path relative to the input root.
    public var id: String
    /// The original text (after invalid UTF-8 was replaced), exactly as offsets refer to it.
    public var text: String
    /// The document date (`YYYY-MM-DD`), used to resolve relative dates.
    public var date: SimpleDate?
    /// ISO 639-1 language code if known (`kk`, `ru`, `en`).
    public var language: String?
    /// Where the text was read from, if a file.
    public var sourcePath: String?
    /// Extra fields from the input (JSONL `metadata`).
    public var metadata: [String: String]

    public init(
        id: String, text: String, date: SimpleDate? = nil, language: String? = nil,
        sourcePath: String? = nil, metadata: [String: String] = [:]
    ) {
        self.id = id
        self.text = text
        self.date = date
        self.language = language
        self.sourcePath = sourcePath
        self.metadata = metadata
    }
}

extension Document {
    /// Converts sorted or unsorted UTF-8 byte offsets into Unicode code point offsets.
    ///
    /// - Complexity: O(n + k log k) for a text of n bytes and k offsets.
    public func codePointOffsets(_ byteOffsets: [Int]) -> [Int] {
        Self.codePointOffsets(of: text, byteOffsets)
    }

    /// Converts UTF-8 byte offsets into code point offsets in `text`.
    public static func codePointOffsets(of text: String, _ byteOffsets: [Int]) -> [Int] {
        if byteOffsets.isEmpty { return [] }
        let order = byteOffsets.indices.sorted { byteOffsets[$0] < byteOffsets[$1] }
        var result = [Int](repeating: 0, count: byteOffsets.count)
        var utf8 = text.utf8
        return utf8.withContiguousStorageIfAvailable { bytes -> [Int] in
            var position = 0
            var scalars = 0
            for index in order {
                let target = min(byteOffsets[index], bytes.count)
                while position < target {
                    // Count lead bytes only: continuation bytes are 10xxxxxx.
                    if bytes[position] & 0xC0 != 0x80 { scalars += 1 }
                    position += 1
                }
                result[index] = scalars
            }
            return result
        } ?? {
            var copy = text
            copy.makeContiguousUTF8()
            utf8 = copy.utf8
            return codePointOffsets(of: copy, byteOffsets)
        }()
    }
}

extension Document {
    /// The text of a half-open UTF-8 byte range, clamped to the text; lossy at broken boundaries.
    ///
    /// - Complexity: O(length of the range) for native strings (no copy of the whole text).
    public func substring(bytes range: Range<Int>) -> String {
        Self.substring(of: text, bytes: range)
    }

    /// The text of a half-open UTF-8 byte range of `text`, clamped; lossy at broken boundaries.
    public static func substring(of text: String, bytes range: Range<Int>) -> String {
        if let result = text.utf8.withContiguousStorageIfAvailable({ utf8 -> String in
            let lower = max(0, min(range.lowerBound, utf8.count))
            let upper = max(lower, min(range.upperBound, utf8.count))
            return String(decoding: UnsafeBufferPointer(rebasing: utf8[lower..<upper]), as: UTF8.self)
        }) {
            return result
        }
        var copy = text
        copy.makeContiguousUTF8()
        return substring(of: copy, bytes: range)
    }
}
