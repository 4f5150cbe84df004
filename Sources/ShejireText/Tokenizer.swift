/// Splits normalised text into tokens with offsets, then numbers the sentences.
///
/// Handles Cyrillic (every Kazakh letter) and Latin words, hyphenated names (`Қасым-Жомарт`,
/// `Нұр-Сұлтан`), numbers with suffixes (`30-дан`, `2020-сыншы`), acronyms with suffixes
/// (`АҚШ-пен`, `ЮНЕСКО-ның`), abbreviations with dots (`ж.`, `жж.`, `т.б.`, `г.`, `им.`),
/// initials (`Ә.Қ.`, `Б.Жапаров` -> `Б.` `Жапаров`), every quote and dash style, URLs and
/// e-mail addresses.
public enum Tokenizer {
    /// Tokenizes a normalised document and assigns sentence numbers.
    ///
    /// - Complexity: O(n) in the length of the text.
    public static func tokenize(_ document: NormalizedText) -> [Token] {
        var tokens = scan(document, cache: nil)
        SentenceSplitter.assignSentences(&tokens)
        return tokens
    }

    /// Tokenizes a normalised document with a per-thread cache of token strings (faster on
    /// long or many documents; the same tokens as without).
    ///
    /// - Complexity: O(n) in the length of the text.
    public static func tokenize(_ document: NormalizedText, cache: TokenCache) -> [Token] {
        var tokens = scan(document, cache: cache)
        SentenceSplitter.assignSentences(&tokens)
        return tokens
    }

    /// Tokenizes plain text (normalising it first).
    public static func tokenize(_ text: String) -> [Token] {
        tokenize(TextNormalizer.normalize(text))
    }

    /// Tokenizes plain text (normalising it first) with a per-thread cache of token strings.
    public static func tokenize(_ text: String, cache: TokenCache) -> [Token] {
        normalizeAndTokenize(text, cache: cache).tokens
    }

    /// Normalises and tokenizes plain text with a per-thread cache of token strings, in one
    /// scan of the text when it needs no normalising (the common case).
    ///
    /// The same result as `TextNormalizer.normalize` followed by `tokenize(_:cache:)`: the
    /// text is tokenized as it is while the tokenizer checks what `TextNormalizer` would
    /// check (each distinct token's answer is kept in the cache, and the text between tokens
    /// is white space, which ends a word for the normaliser too); on the first token that
    /// would change, it stops, normalises, and tokenizes the normalised text.
    ///
    /// - Complexity: O(n) in the length of the text.
    public static func normalizeAndTokenize(_ text: String, cache: TokenCache) -> (normalized: NormalizedText, tokens: [Token]) {
        let asIs = NormalizedText(original: text, text: text, toOriginal: [])
        var contiguous = text
        contiguous.makeContiguousUTF8()
        let done = contiguous.utf8.withContiguousStorageIfAvailable { bytes -> (NormalizedText, [Token])? in
            var scanner = Scanner(bytes: bytes, document: asIs, cache: cache)
            scanner.checkNormal = true
            _ = scanner.run()
            if !scanner.needsNormalizing {
                if scanner.unsureWordJoin, TextNormalizer.needsWork(bytes: bytes) { return nil }
                var tokens: [Token] = []
                swap(&tokens, &scanner.tokens)
                SentenceSplitter.assignSentences(&tokens)
                return (asIs, tokens)
            }
            if scanner.unsureWordJoin { return nil }
            return resume(bytes, asIs: asIs, state: &scanner, cache: cache)
        }
        if let done, let (normalized, tokens) = done { return (normalized, tokens) }
        let normalized = TextNormalizer.normalize(text)
        return (normalized, tokenize(normalized, cache: cache))
    }

    /// The rest of `normalizeAndTokenize` when the scan stopped at the first token that needs
    /// normalising, at byte `start` (`state.stopStart`), and the text before it can stay as it is: only the rest
    /// of the text is normalised, and the scan goes on from `start` in the normalised text
    /// with the tokens already made. Nil when that is not sure to give what normalising and
    /// tokenizing the whole text gives (then the caller does that).
    ///
    /// The text before `start` is white space and tokens that need no normalising, with no
    /// combining mark (a mark would make the normaliser map its bytes to its cluster's
    /// start); `start` follows white space (which ends a word and a grapheme cluster for the
    /// normaliser) and holds a letter of ASCII or U+0400–U+04FF (a starter that composes with
    /// nothing before it), so the normaliser changes nothing before `start` and normalises the
    /// rest as it would on its own. The tokens before `start` are those of the normalised text
    /// too: the scanner reads past a token's end only up to white space, except after `. `
    /// (an abbreviation chain such as `т. б.`), which is excluded.
    static func resume(
        _ bytes: UnsafeBufferPointer<UInt8>, asIs: NormalizedText, state: inout Scanner, cache: TokenCache
    ) -> (NormalizedText, [Token])? {
        let start = state.stopStart
        guard start >= 1, start + 1 < bytes.count else { return nil }
        let before = bytes[start - 1]
        guard before == 0x20 || before == 0x0A || before == 0x09 || before == 0x0D else { return nil }
        if before == 0x20, start >= 2, bytes[start - 2] == 0x2E { return nil }
        let first = bytes[start]
        let asciiLetter = (first | 0x20) >= 0x61 && (first | 0x20) <= 0x7A
        let cyrillicLetter =
            first >= 0xD0 && first <= 0xD3 && !(first == 0xD2 && bytes[start + 1] >= 0x83 && bytes[start + 1] <= 0x89)
        guard asciiLetter || cyrillicLetter else { return nil }
        var i = 0
        while i < start {
            if bytes[i] >= 0xCC {
                let (scalar, width) = TextNormalizer.decode(bytes, at: i)
                if TextNormalizer.isCombining(scalar) { return nil }
                i += width
            } else {
                i += 1
            }
        }
        let rest = TextNormalizer.normalizeSlow(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self))
        let document: NormalizedText
        if rest.isIdentity {
            document = asIs
        } else {
            // Bytes before `start` map to the start of their scalar, as `normalizeSlow` maps them.
            var map: [Int32] = []
            map.reserveCapacity(start + rest.toOriginal.count)
            var scalarStart: Int32 = 0
            for i in 0..<start {
                if bytes[i] & 0xC0 != 0x80 { scalarStart = Int32(i) }
                map.append(scalarStart)
            }
            let offset = Int32(start)
            for origin in rest.toOriginal { map.append(origin + offset) }
            let prefix = String(decoding: UnsafeBufferPointer(rebasing: bytes[..<start]), as: UTF8.self)
            document = NormalizedText(original: asIs.original, text: prefix + rest.text, toOriginal: map)
        }
        var text = document.text
        text.makeContiguousUTF8()
        let tokens = text.utf8.withContiguousStorageIfAvailable { normalized -> [Token] in
            var scanner = Scanner(bytes: normalized, document: document, cache: cache, continuing: &state)
            _ = scanner.run()
            // Taken out of the scanner, so that numbering the sentences copies no token.
            var tokens: [Token] = []
            swap(&tokens, &scanner.tokens)
            SentenceSplitter.assignSentences(&tokens)
            return tokens
        }
        guard let tokens else { return nil }
        return (document, tokens)
    }

    static func scan(_ document: NormalizedText, cache: TokenCache?) -> [Token] {
        scan(document, cache: cache, checkNormal: false) ?? []
    }

    /// The tokens, or nil when `checkNormal` is set and the text needs normalising.
    static func scan(_ document: NormalizedText, cache: TokenCache?, checkNormal: Bool) -> [Token]? {
        var text = document.text
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable { bytes -> [Token]? in
            var scanner = Scanner(bytes: bytes, document: document, cache: cache)
            scanner.checkNormal = checkNormal && cache != nil
            let tokens = scanner.run()
            if scanner.needsNormalizing { return nil }
            if scanner.unsureWordJoin, TextNormalizer.needsWork(bytes: bytes) { return nil }
            return tokens
        } ?? (checkNormal ? nil : [])
    }
}

/// Character classes the scanner distinguishes.
enum CharClass: Equatable {
    case letter, digit, space, newline, quote, dash, hyphen, apostrophe, dot, at, other
}

struct Scanner {
    let bytes: UnsafeBufferPointer<UInt8>
    let document: NormalizedText
    let cache: TokenCache?
    var tokens: [Token] = []
    var position = 0
    var sawSpace = false
    var sawNewline = false
    /// Check, token by token, whether the text needs normalising (with a cache only).
    var checkNormal = false
    /// Set (and the scan stopped) on the first token that `TextNormalizer` would change.
    var needsNormalizing = false
    /// Two tokens with no space between them that may join into one word for the
    /// normaliser (rare): then the whole text is checked at the end.
    var unsureWordJoin = false
    /// The end of the last token.
    var lastEnd = 0

    /// Where the scan stopped because the token starting there needs normalising (with
    /// `needsNormalizing`); the tokens and the state are those from before that token.
    var stopStart = -1

    init(bytes: UnsafeBufferPointer<UInt8>, document: NormalizedText, cache: TokenCache?) {
        self.bytes = bytes
        self.document = document
        self.cache = cache
        tokens.reserveCapacity(bytes.count / 6)
    }

    /// A scanner over `bytes` that goes on from where `state` stopped (`stopStart`), with its
    /// tokens, without checking for normalising.
    init(bytes: UnsafeBufferPointer<UInt8>, document: NormalizedText, cache: TokenCache?, continuing state: inout Scanner) {
        self.bytes = bytes
        self.document = document
        self.cache = cache
        swap(&tokens, &state.tokens)
        tokens.reserveCapacity(bytes.count / 6)
        position = state.stopStart
        sawSpace = state.sawSpace
        sawNewline = state.sawNewline
        lastEnd = state.lastEnd
    }

    /// Decodes the scalar at `i`; returns it and its width in bytes.
    @inline(__always)
    func scalar(at i: Int) -> (Unicode.Scalar, Int) {
        let b0 = bytes[i]
        if b0 < 0x80 { return (Unicode.Scalar(b0), 1) }
        if b0 & 0xE0 == 0xC0, i + 1 < bytes.count {  // two bytes: Cyrillic, Latin-1, ...
            let value = UInt32(b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
            return (Unicode.Scalar(value) ?? "\u{FFFD}", 2)
        }
        return decodeSlow(at: i)
    }

    @inline(never)
    func decodeSlow(at i: Int) -> (Unicode.Scalar, Int) {
        let b0 = UInt32(bytes[i])
        var width = 1
        var value: UInt32 = 0xFFFD
        if b0 & 0xE0 == 0xC0, i + 1 < bytes.count {
            width = 2
            value = (b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
        } else if b0 & 0xF0 == 0xE0, i + 2 < bytes.count {
            width = 3
            value = (b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
        } else if b0 & 0xF8 == 0xF0, i + 3 < bytes.count {
            width = 4
            value = (b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12
                | UInt32(bytes[i + 2] & 0x3F) << 6 | UInt32(bytes[i + 3] & 0x3F)
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", width)
    }

    @inline(__always)
    func classify(_ s: Unicode.Scalar) -> CharClass {
        let v = s.value
        if v < 0x80 {
            switch v {
            case 0x30...0x39: return .digit
            case 0x41...0x5A, 0x61...0x7A: return .letter
            case 0x0A, 0x0D, 0x0B, 0x0C: return .newline
            case 0x20, 0x09: return .space
            case 0x22: return .quote
            case 0x27: return .apostrophe
            case 0x2D: return .hyphen
            case 0x2E: return .dot
            case 0x40: return .at
            default: return .other
            }
        }
        if v >= 0x0400 && v <= 0x052F { return v >= 0x0483 && v <= 0x0489 ? .other : .letter }
        return classifySlow(s)
    }

    @inline(never)
    func classifySlow(_ s: Unicode.Scalar) -> CharClass {
        switch s.value {
        case 0xAB, 0xBB, 0x201C, 0x201D, 0x201E, 0x201F, 0x2039, 0x203A, 0x201A, 0x2018: return .quote
        case 0x2019, 0x02BC: return .apostrophe
        case 0x2010, 0x2011: return .hyphen
        case 0x2012, 0x2013, 0x2014, 0x2015, 0x2212: return .dash
        case 0x85, 0x2028, 0x2029: return .newline
        default: break
        }
        let flags = ScalarTable.flags(of: s)
        if flags & ScalarTable.whitespace != 0 { return .space }
        if flags & (ScalarTable.alphabetic | ScalarTable.combining) != 0 { return .letter }
        return .other
    }

    @inline(__always)
    func classAt(_ i: Int) -> CharClass? {
        i < bytes.count ? classify(scalar(at: i).0) : nil
    }

    mutating func run() -> [Token] {
        while position < bytes.count {
            let (s, width) = scalar(at: position)
            let cls = classify(s)
            switch cls {
            case .space:
                sawSpace = true
                position += width
            case .newline:
                sawSpace = true
                sawNewline = true
                position += width
            case .letter:
                if let end = urlEnd(at: position) ?? emailEnd(at: position) {
                    emit(position, end, urlOrEmail(position, end))
                } else {
                    scanWord()
                }
            case .digit:
                scanNumber()
            case .quote, .apostrophe:
                emit(position, position + width, .quote)
            case .dash:
                emit(position, position + width, .dash)
            case .hyphen:
                // Several hyphens (`--`) make one dash token.
                var end = position + width
                while end < bytes.count, classify(scalar(at: end).0) == .hyphen { end += scalar(at: end).1 }
                emit(position, end, .dash)
            case .dot:
                // An ellipsis `...` is one token.
                var end = position + 1
                while end < bytes.count, bytes[end] == 0x2E { end += 1 }
                emit(position, end, .punctuation)
            case .at, .other:
                emit(position, position + width, Self.isPunctuationOrLetter(s) ? .punctuation : .symbol)
            }
        }
        return tokens
    }

    /// Punctuation or a letter (`ScalarTable`'s `punctuation` or `alphabetic`). For ASCII
    /// without reading the table (whose lazy global costs a `swift_once` call per read): bit v
    /// of two words says whether scalar v is one of `!"#%&'()*,-./:;?@[\]_{}`, A–Z, a–z.
    @inline(__always)
    static func isPunctuationOrLetter(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x40 { return (0x8C00_F7EE_0000_0000 as UInt64) >> UInt64(v) & 1 != 0 }
        if v < 0x80 { return (0x2FFF_FFFE_BFFF_FFFF as UInt64) >> UInt64(v - 0x40) & 1 != 0 }
        return ScalarTable.flags(of: s) & (ScalarTable.alphabetic | ScalarTable.punctuation) != 0
    }

    func isPunctuation(_ s: Unicode.Scalar) -> Bool {
        switch s.properties.generalCategory {
        case .openPunctuation, .closePunctuation, .otherPunctuation, .connectorPunctuation,
            .initialPunctuation, .finalPunctuation, .dashPunctuation:
            return true
        default:
            return false
        }
    }

    mutating func emit(_ start: Int, _ end: Int, _ kind: Token.Kind) {
        let slice = UnsafeBufferPointer(rebasing: bytes[start..<end])
        let text: String
        let folded: String
        var id: Int32 = -1
        var clean = true
        if let cache {
            (text, folded, id, clean) = cache.strings(slice)
        } else {
            text = String(decoding: slice, as: UTF8.self)
            folded = TextFolding.fold(bytes: slice) ?? text
        }
        tokens.append(
            Token(
                kind: kind,
                range: document.originalRange(start..<end),
                normalizedRange: start..<end,
                text: text,
                folded: folded,
                spaceBefore: sawSpace || tokens.isEmpty,
                newlineBefore: sawNewline || tokens.isEmpty,
                cacheID: id
            ))
        if checkNormal {
            // The token is kept until the end of the scan decides (nil if the text needs normalising).
            if !clean {
                tokens.removeLast()
                stopStart = start
                needsNormalizing = true
                position = bytes.count
                return
            }
            if start == lastEnd, tokens.count > 1, TextNormalizer.continuesWord(bytes, at: start),
                TextNormalizer.continuesWord(bytes, endingAt: start)
            {
                unsureWordJoin = true
            }
        }
        lastEnd = end
        sawSpace = false
        sawNewline = false
        position = end
    }

    /// End of a run of letters starting at `i`.
    func lettersEnd(_ i: Int) -> Int {
        var end = i
        let n = bytes.count
        // Four two-byte letters at a time (most Kazakh and Russian text): 8 bytes whose
        // bytes 0, 2, 4, 6 are D0–D3 are four scalars of U+0400–U+04FF (the text is valid
        // UTF-8, so bytes 1, 3, 5, 7 are their continuation bytes), letters unless one is
        // U+0483–U+0489 (D2 83–D2 89), checked only when a D2 lead is among them.
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while end + 8 <= n {
                let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: end, as: UInt64.self))
                guard word & 0x00FC_00FC_00FC_00FC == 0x00D0_00D0_00D0_00D0 else { break }
                let d2 = (word ^ 0x00D2_00D2_00D2_00D2) & 0x00FF_00FF_00FF_00FF
                if (d2 &- 0x0001_0001_0001_0001) & ~d2 & 0x8000_8000_8000_8000 != 0 {
                    // A D2 lead (or, rarely, a false alarm): test the four letters one by one.
                    var k = 0
                    while k < 8 {
                        if base[end + k] == 0xD2 && base[end + k + 1] >= 0x83 && base[end + k + 1] <= 0x89 { break }
                        k += 2
                    }
                    end += k
                    if k < 8 { return end }
                    continue
                }
                end += 8
            }
        }
        while end < n {
            let b = bytes[end]
            // Fast paths (the same answers as `classify`): ASCII, and U+0400–U+04FF, which
            // are letters except U+0483–U+0489 (bytes D2 83–D2 89).
            if b < 0x80 {
                guard (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A else { break }
                end += 1
                continue
            }
            if b >= 0xD0 && b <= 0xD3 && end + 1 < n {
                if b == 0xD2 && bytes[end + 1] >= 0x83 && bytes[end + 1] <= 0x89 { break }
                end += 2
                continue
            }
            let (s, w) = scalar(at: end)
            guard classify(s) == .letter else { break }
            end += w
        }
        return end
    }

    func digitsEnd(_ i: Int) -> Int {
        var end = i
        while end < bytes.count, bytes[end] >= 0x30, bytes[end] <= 0x39 { end += 1 }
        return end
    }

    mutating func scanWord() {
        let start = position
        var end = lettersEnd(start)
        let firstEnd = end
        // A single capital letter with a dot is an initial: `Ә.` `Б.Жапаров`.
        if end < bytes.count, bytes[end] == 0x2E {
            let (first, firstWidth) = scalar(at: start)
            if start + firstWidth == end, ScalarTable.isUppercase(first) {
                emit(start, end + 1, .initial)
                return
            }
            // `Дж.` is one initial (`Дж. Буш`: Джордж).
            if end - start == 4, bytes[start] == 0xD0, bytes[start + 1] == 0x94, bytes[start + 2] == 0xD0, bytes[start + 3] == 0xB6 {
                emit(start, end + 1, .initial)
                return
            }
            if let abbreviationEnd = abbreviationEnd(start) {
                emit(start, abbreviationEnd, .abbreviation)
                return
            }
            // Domain-like names: `Orda.kz`, `Tengrinews.kz`.
            if isASCIILetters(start, end), let tld = domainSuffixEnd(end) {
                emit(start, tld, .word)
                return
            }
        }
        // Hyphen or apostrophe joining letters or digits: `Нұр-Сұлтан`, `АҚШ-пен`, `COVID-19`, `O'Brien`.
        while end < bytes.count {
            let (s, w) = scalar(at: end)
            let cls = classify(s)
            let next = end + w
            guard cls == .hyphen || (cls == .apostrophe && (isASCIILetters(start, firstEnd)
                || (end == firstEnd && isCyrillicNamePrefix(start, firstEnd, next))))
            else { break }
            guard next < bytes.count else { break }
            let nextClass = classify(scalar(at: next).0)
            if nextClass == .letter {
                end = lettersEnd(next)
            } else if nextClass == .digit && cls == .hyphen {
                end = digitsEnd(next)
            } else {
                break
            }
        }
        emit(start, end, .word)
    }

    /// An Irish `О'` or a French `Д'` in Cyrillic before a capital letter (`О'Нил`, `О'Брайен`,
    /// `Д'Артаньян`): the apostrophe joins one surname, as in Latin `O'Brien` (session 13).
    func isCyrillicNamePrefix(_ start: Int, _ firstEnd: Int, _ next: Int) -> Bool {
        guard firstEnd - start == 2, next < bytes.count else { return false }
        let (first, _) = scalar(at: start)
        guard first.value == 0x41E || first.value == 0x414 else { return false }
        return ScalarTable.isUppercase(scalar(at: next).0)
    }

    func isASCIILetters(_ start: Int, _ end: Int) -> Bool {
        for i in start..<end where bytes[i] >= 0x80 { return false }
        return true
    }

    /// `.kz`, `.com`, `.ru`: a dot and 2–4 lower-case ASCII letters ending the word.
    func domainSuffixEnd(_ dot: Int) -> Int? {
        var end = dot + 1
        while end < bytes.count, bytes[end] >= 0x61, bytes[end] <= 0x7A { end += 1 }
        let length = end - dot - 1
        guard (2...4).contains(length) else { return nil }
        if end < bytes.count, classify(scalar(at: end).0) == .letter { return nil }
        return end
    }

    /// The end of a known abbreviation starting at `start` (including its final dot).
    func abbreviationEnd(_ start: Int) -> Int? {
        // Try the longest chain of `letters.` pieces first: `т.с.с.`, `т.б.`, `жж.`.
        // (Nearly always one piece: its end is kept apart, so that no array is made for it.)
        var firstEnd = -1
        var ends: [Int] = []
        var i = start
        while i < bytes.count {
            let letterEnd = lettersEnd(i)
            guard letterEnd > i, letterEnd - i <= 12, letterEnd < bytes.count, bytes[letterEnd] == 0x2E else { break }
            if firstEnd < 0 { firstEnd = letterEnd + 1 } else { ends.append(letterEnd + 1) }
            i = letterEnd + 1
            if i < bytes.count, bytes[i] == 0x20, ends.count + 1 < 4 {
                // Allow `т. б.` with a space only inside a chain already started.
                let afterSpace = i + 1
                if afterSpace < bytes.count, classify(scalar(at: afterSpace).0) == .letter,
                    lettersEnd(afterSpace) - afterSpace <= 2, lettersEnd(afterSpace) < bytes.count,
                    bytes[lettersEnd(afterSpace)] == 0x2E
                {
                    i = afterSpace
                    continue
                }
                break
            }
            if i >= bytes.count || classify(scalar(at: i).0) != .letter { break }
        }
        guard firstEnd >= 0 else { return nil }
        for end in ends.reversed() where isKnownAbbreviation(start, end) { return end }
        return isKnownAbbreviation(start, firstEnd) ? firstEnd : nil
    }

    /// Whether `bytes[start..<end]`, folded and without spaces, is a known abbreviation.
    ///
    /// Text of ASCII letters, Cyrillic letters (two-byte, lead D0–D3), dots and spaces is
    /// folded byte by byte as `TextFolding.fold` folds it (its length kept) and looked up by
    /// bytes (`Abbreviations.table`: every known key is such text, where `==` on strings is
    /// byte equality); anything else is folded and looked up as a string.
    func isKnownAbbreviation(_ start: Int, _ end: Int) -> Bool {
        var length = 0
        var i = start
        var simple = true
        while i < end {
            let b = bytes[i]
            if b == 0x20 {
                i += 1
                continue
            }
            if b < 0x80 {
                guard b == 0x2E || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) else {
                    simple = false
                    break
                }
                length += 1
                i += 1
            } else if b >= 0xD0 && b <= 0xD3 && i + 1 < end {
                length += 2
                i += 2
            } else {
                simple = false
                break
            }
        }
        if simple {
            if length > Abbreviations.longestKey { return false }
            return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Abbreviations.longestKey) { key in
                var n = 0
                var i = start
                while i < end {
                    let b = bytes[i]
                    if b == 0x20 {
                        i += 1
                    } else if b < 0x80 {
                        key[n] = b >= 0x41 && b <= 0x5A ? b + 0x20 : b
                        n += 1
                        i += 1
                    } else {
                        let v = TextFolding.foldCyrillic(UInt32(b & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F))
                        key[n] = UInt8(0xC0 | (v >> 6))
                        key[n + 1] = UInt8(0x80 | (v & 0x3F))
                        n += 2
                        i += 2
                    }
                }
                return Abbreviations.table.find(UnsafeBufferPointer(rebasing: key[..<n])) != nil
            }
        }
        let raw = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        // Spaces removed (`т. б.` -> `т.б.`); known keys have no spaces or combining marks.
        let key = String(decoding: TextFolding.fold(raw).utf8.filter { $0 != 0x20 }, as: UTF8.self)
        return Abbreviations.known.contains(key)
    }

    mutating func scanNumber() {
        let start = position
        var end = digitsEnd(start)
        // ISO date: 2025-10-30
        if end - start == 4, isISODate(start) {
            end = start + 10
            emit(start, end, .number)
            return
        }
        // Inner `.` or `,` between digits: 30.10.2025, 1,5, 1.000.000
        while end + 1 < bytes.count, bytes[end] == 0x2E || bytes[end] == 0x2C,
            bytes[end + 1] >= 0x30, bytes[end + 1] <= 0x39
        {
            end = digitsEnd(end + 1)
        }
        // A hyphenated suffix: 30-дан, 2020-сыншы, 1990-жылдардағы (also 1990-е, 90-х).
        if end + 1 < bytes.count {
            let (s, w) = scalar(at: end)
            if classify(s) == .hyphen {
                if classify(scalar(at: end + w).0) == .letter {
                    end = lettersEnd(end + w)
                }
            }
        }
        // Digits glued to letters: `5-і` handled above; `2025ж` or `10км` stays one token.
        emit(start, end, .number)
    }

    func isISODate(_ start: Int) -> Bool {
        guard start + 10 <= bytes.count else { return false }
        let pattern: [Bool] = [true, true, true, true, false, true, true, false, true, true]
        for (offset, isDigit) in pattern.enumerated() {
            let b = bytes[start + offset]
            if isDigit {
                guard b >= 0x30 && b <= 0x39 else { return false }
            } else {
                guard b == 0x2D else { return false }
            }
        }
        if start + 10 < bytes.count, bytes[start + 10] >= 0x30, bytes[start + 10] <= 0x39 { return false }
        return true
    }

    func matches(_ i: Int, _ prefix: String) -> Bool {
        var j = i
        for b in prefix.utf8 {
            guard j < bytes.count else { return false }
            var c = bytes[j]
            if c >= 0x41 && c <= 0x5A { c += 0x20 }
            guard c == b else { return false }
            j += 1
        }
        return true
    }

    /// The end of a URL starting at `i` (`http://`, `https://`, `www.`).
    func urlEnd(at i: Int) -> Int? {
        guard bytes[i] == 0x68 || bytes[i] == 0x48 || bytes[i] == 0x77 || bytes[i] == 0x57 else { return nil }
        guard matches(i, "http://") || matches(i, "https://") || matches(i, "www.") else { return nil }
        var end = i
        while end < bytes.count {
            let (s, w) = scalar(at: end)
            let cls = classify(s)
            if cls == .space || cls == .newline || cls == .quote || s == "<" || s == ">" { break }
            end += w
        }
        // Trailing punctuation belongs to the sentence.
        while end > i, let last = Optional(bytes[end - 1]), ".,;:!?)]".utf8.contains(last) { end -= 1 }
        return end > i + 4 ? end : nil
    }

    /// The end of an e-mail address starting at `i`.
    func emailEnd(at i: Int) -> Int? {
        guard bytes[i] < 0x80 else { return nil }
        func isLocal(_ b: UInt8) -> Bool {
            (b >= 0x30 && b <= 0x39) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) || b == 0x2E || b == 0x5F
                || b == 0x2D || b == 0x2B
        }
        var j = i
        while j < bytes.count, isLocal(bytes[j]) { j += 1 }
        guard j < bytes.count, bytes[j] == 0x40, j > i else { return nil }
        var end = j + 1
        var sawDot = false
        while end < bytes.count, isLocal(bytes[end]), bytes[end] != 0x2B {
            if bytes[end] == 0x2E { sawDot = true }
            end += 1
        }
        while end > j + 1, bytes[end - 1] == 0x2E || bytes[end - 1] == 0x2D { end -= 1 }
        return sawDot && end > j + 3 ? end : nil
    }

    func urlOrEmail(_ start: Int, _ end: Int) -> Token.Kind {
        bytes[start..<end].contains(0x40) && !matches(start, "http") && !matches(start, "www.") ? .email : .url
    }
}
