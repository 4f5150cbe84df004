/// One token of a document, with offsets into both the original and the normalised text.
public struct Token: Sendable, Hashable {
    /// What kind of token this is.
    public enum Kind: String, Sendable, Hashable, Codable {
        /// Letters, possibly hyphenated (`Қасым-Жомарт`, `АҚШ-пен`) or with an apostrophe.
        case word
        /// Digits, possibly with inner `.`/`,` (`30.10.2025`, `1,5`), an ISO date
        /// (`2025-10-30`) or a hyphenated suffix (`30-дан`, `1990-жылдардағы`).
        case number
        /// One capital letter and a dot: `Ә.` in `Ә.Қ. Мұстафина`.
        case initial
        /// A known abbreviation with its dot(s): `ж.`, `т.б.`, `г.`, `им.`.
        case abbreviation
        /// A quotation mark of any style.
        case quote
        /// A dash or a free-standing hyphen of any style.
        case dash
        /// Other punctuation: `.`, `,`, `(`, `;`, ...
        case punctuation
        case url
        case email
        /// Anything else (symbols, emoji, other scripts' signs).
        case symbol
    }

    public var kind: Kind
    /// Half-open UTF-8 byte range in the original text.
    public var range: Range<Int>
    /// Half-open UTF-8 byte range in the normalised text.
    public var normalizedRange: Range<Int>
    /// The normalised text of the token (NFC, look-alikes repaired), letter case kept.
    public var text: String
    /// The case-folded text with quotes and dashes unified, for matching.
    public var folded: String
    /// 0-based sentence number within the document.
    public var sentence: Int
    /// Whether white space separates this token from the previous one.
    public var spaceBefore: Bool
    /// Whether a line break separates this token from the previous one.
    public var newlineBefore: Bool
    /// The id of the token's bytes in the `TokenCache` that made it, or -1 (no cache, or
    /// a token too long to be kept). The matcher indexes its per-thread cache of token
    /// analyses by it, checking that `folded` is still the cached string before it trusts
    /// the id. Not part of the token's value: `==` and `hash` ignore it.
    package var cacheID: Int32 = -1

    public init(
        kind: Kind, range: Range<Int>, normalizedRange: Range<Int>, text: String, folded: String,
        sentence: Int = 0, spaceBefore: Bool = false, newlineBefore: Bool = false
    ) {
        self.kind = kind
        self.range = range
        self.normalizedRange = normalizedRange
        self.text = text
        self.folded = folded
        self.sentence = sentence
        self.spaceBefore = spaceBefore
        self.newlineBefore = newlineBefore
    }

    /// A token made by the tokenizer, with its token-cache id.
    @inline(__always)
    package init(
        kind: Kind, range: Range<Int>, normalizedRange: Range<Int>, text: String, folded: String,
        spaceBefore: Bool, newlineBefore: Bool, cacheID: Int32
    ) {
        self.kind = kind
        self.range = range
        self.normalizedRange = normalizedRange
        self.text = text
        self.folded = folded
        self.sentence = 0
        self.spaceBefore = spaceBefore
        self.newlineBefore = newlineBefore
        self.cacheID = cacheID
    }

    /// The first letter is upper case.
    public var isCapitalized: Bool { TextFolding.isCapitalized(text) }
    /// Two or more letters, all upper case (`ҚР`, `ICA`, `АСТАНА`).
    public var isAllUpper: Bool { TextFolding.isAllUpper(text) }
    /// True for `word` tokens.
    public var isWord: Bool { kind == .word }

    public static func == (a: Token, b: Token) -> Bool {
        a.kind == b.kind && a.range == b.range && a.normalizedRange == b.normalizedRange && a.text == b.text
            && a.folded == b.folded && a.sentence == b.sentence && a.spaceBefore == b.spaceBefore
            && a.newlineBefore == b.newlineBefore
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(kind)
        hasher.combine(range)
        hasher.combine(normalizedRange)
        hasher.combine(text)
        hasher.combine(folded)
        hasher.combine(sentence)
        hasher.combine(spaceBefore)
        hasher.combine(newlineBefore)
    }
}
