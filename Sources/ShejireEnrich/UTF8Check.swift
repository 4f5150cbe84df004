/// UTF-8 validation that says where the first bad byte is.
enum UTF8Check {
    /// The text, or the 0-based offset of the first byte that is not valid UTF-8.
    ///
    /// - Complexity: O(n).
    static func decode(_ bytes: [UInt8]) -> Result<String, InvalidByte> {
        if let text = String(validating: bytes, as: UTF8.self) { return .success(text) }
        return .failure(InvalidByte(offset: firstInvalidOffset(bytes)))
    }

    struct InvalidByte: Error {
        var offset: Int
    }

    static func firstInvalidOffset(_ bytes: [UInt8]) -> Int {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): offset += encoded.count
            case .emptyInput: return offset
            case .error: return offset
            }
        }
    }
}
