/// Makes stable, readable id fragments from names: `Әлия Мұстафина` -> `aliya-mustafina`.
///
/// The transliteration here is a small, fixed Cyrillic-to-ASCII table so that ids do not
/// change when the richer transliteration in ShejireText is tuned.
public enum Slug {
    private static let table: [Character: String] = [
        "а": "a", "ә": "a", "б": "b", "в": "v", "г": "g", "ғ": "gh", "д": "d", "е": "e", "ё": "yo",
        "ж": "zh", "з": "z", "и": "i", "й": "y", "к": "k", "қ": "q", "л": "l", "м": "m", "н": "n",
        "ң": "ng", "о": "o", "ө": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ұ": "u",
        "ү": "u", "ф": "f", "х": "kh", "һ": "h", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
        "ъ": "", "ы": "y", "і": "i", "ь": "", "э": "e", "ю": "yu", "я": "ya",
    ]

    /// Lower-case ASCII letters and digits joined by single hyphens.
    public static func make(_ text: String) -> String {
        var out = ""
        var pendingHyphen = false
        for ch in text.lowercased() {
            let piece: String
            if let mapped = table[ch] {
                piece = mapped
            } else if ch.isASCII, ch.isLetter || ch.isNumber {
                piece = String(ch)
            } else if ch.isLetter || ch.isNumber {
                // Other scripts: keep the letter's scalar value readable and stable.
                piece = ch.unicodeScalars.map { String($0.value, radix: 16) }.joined()
            } else {
                if !out.isEmpty { pendingHyphen = true }
                continue
            }
            if piece.isEmpty { continue }
            if pendingHyphen { out += "-"; pendingHyphen = false }
            out += piece
        }
        return out.isEmpty ? "x" : out
    }
}
