/// Numbers sentences in a token stream.
///
/// A sentence ends after `.`, `!`, `?`, `…` (and closing quotes or brackets after them) when
/// the next token starts a sentence (a capital letter, a digit, a quote or a dash), and at a
/// line break before such a token or after terminal punctuation. It does not end at initials
/// (`Ә.Қ. Мұстафина`), abbreviations (`ж.`, `т.б.`, `г.`), dotted dates (`30.10.2025`, one
/// token) or a dateline (`АСТАНА. KAZINFORM –`).
public enum SentenceSplitter {
    /// Assigns `sentence` on every token.
    ///
    /// - Complexity: O(n) in the number of tokens.
    public static func assignSentences(_ tokens: inout [Token]) {
        var sentence = 0
        var lineStart = 0  // index of the first token of the current line
        // Tokens are read in place through the buffer: no copy of a token (and its strings).
        tokens.withUnsafeMutableBufferPointer { buffer in
            for i in buffer.indices {
                if i > 0 {
                    if buffer[i].newlineBefore {
                        lineStart = i
                    } else if buffer[i - 1].kind != .punctuation && buffer[i - 1].kind != .quote
                        && !isASCII(UnsafeBufferPointer(buffer), i - 1, 0x29) && !isASCII(UnsafeBufferPointer(buffer), i - 1, 0x5D)
                    {
                        // Nearly every token: on the same line after a token that is neither
                        // punctuation nor a quote nor `)`/`]`, which is what `startsNewSentence`
                        // finds out first (no terminal punctuation before it), without the call.
                        buffer[i].sentence = sentence
                        continue
                    }
                    if startsNewSentence(UnsafeBufferPointer(buffer), at: i, lineStart: lineStart) { sentence += 1 }
                }
                buffer[i].sentence = sentence
            }
        }
    }

    /// `token.text` is the one ASCII character `byte` (no other string is canonically
    /// equivalent to it), compared without the Unicode-aware `==`.
    @inline(__always)
    static func isASCII(_ token: Token, _ byte: UInt8) -> Bool {
        let utf8 = token.text.utf8
        return utf8.count == 1 && utf8.first == byte
    }

    /// `.`, `!`, `?`, `…`, `?!`, `!?`, dots only, or text starting with `...`.
    ///
    /// ASCII text is tested on its UTF-8 bytes (for ASCII, byte equality is `==`), without
    /// the Unicode-aware comparison and the grapheme breaking of `allSatisfy` on characters.
    static func isTerminal(_ token: Token) -> Bool {
        guard token.kind == .punctuation else { return false }
        return isTerminal(text: token.text)
    }

    /// `isTerminal` of a punctuation token's text.
    static func isTerminal(text: String) -> Bool {
        let ascii: Bool? = text.utf8.withContiguousStorageIfAvailable { bytes in
            var dots = true
            for b in bytes {
                if b >= 0x80 { return nil }
                if b != 0x2E { dots = false }
            }
            if dots { return true }
            if bytes.count >= 3 && bytes[0] == 0x2E && bytes[1] == 0x2E && bytes[2] == 0x2E { return true }
            switch bytes.count {
            case 1: return bytes[0] == 0x21 || bytes[0] == 0x3F  // ! ?
            case 2: return (bytes[0] == 0x3F && bytes[1] == 0x21) || (bytes[0] == 0x21 && bytes[1] == 0x3F)  // ?! !?
            default: return false
            }
        } ?? nil
        if let ascii { return ascii }
        switch text {
        case ".", "!", "?", "…", "?!", "!?": return true
        default: return text.hasPrefix("...") || text.allSatisfy { $0 == "." }
        }
    }

    static func opensSentence(_ token: Token) -> Bool {
        switch token.kind {
        case .quote, .dash, .number, .url, .email: return true
        case .word, .initial, .abbreviation: return token.isCapitalized
        case .punctuation: return isASCII(token, 0x28) || isASCII(token, 0x5B)
        case .symbol: return true
        }
    }

    /// `opensSentence` on a token in place (no copy of the token and its strings).
    static func opensSentence(_ tokens: UnsafeBufferPointer<Token>, _ i: Int) -> Bool {
        switch tokens[i].kind {
        case .quote, .dash, .number, .url, .email: return true
        case .word, .initial, .abbreviation: return TextFolding.isCapitalized(tokens[i].text)
        case .punctuation: return isASCII(tokens, i, 0x28) || isASCII(tokens, i, 0x5B)
        case .symbol: return true
        }
    }

    /// `isASCII` on a token in place (no copy of the token and its strings).
    @inline(__always)
    static func isASCII(_ tokens: UnsafeBufferPointer<Token>, _ j: Int, _ byte: UInt8) -> Bool {
        let pointer = tokens.baseAddress! + j
        return pointer.pointee.text.utf8.count == 1 && pointer.pointee.text.utf8.first == byte
    }

    static func startsNewSentence(_ tokens: UnsafeBufferPointer<Token>, at i: Int, lineStart: Int) -> Bool {
        // The last non-closing token before this one.
        var j = i - 1
        while j > 0, tokens[j].kind == .quote || isASCII(tokens, j, 0x29) || isASCII(tokens, j, 0x5D) {
            if tokens[j].newlineBefore { break }
            j -= 1
        }
        // (`isTerminal` is false for any other kind: no copy of the token to find that out.)
        let previousIsTerminal = tokens[j].kind == .punctuation && isTerminal(text: tokens[j].text)
        if tokens[i].newlineBefore {
            // A line break ends a sentence after terminal punctuation or before a capital.
            return previousIsTerminal || opensSentence(tokens, i)
        }
        guard previousIsTerminal, opensSentence(tokens, i) else { return false }
        // Dateline: `АСТАНА. KAZINFORM –` at the start of a line.
        if isASCII(tokens, j, 0x2E), j >= 1, j - 1 == lineStart, TextFolding.isAllUpper(tokens[j - 1].text),
            TextFolding.isAllUpper(tokens[i].text), i + 1 < tokens.count, tokens[i + 1].kind == .dash
        {
            return false
        }
        return true
    }
}
