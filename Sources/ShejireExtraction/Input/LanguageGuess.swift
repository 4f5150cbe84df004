/// Guesses a text's language from its letters: Kazakh, Russian or English.
public enum LanguageGuess {
    /// `kk` if Kazakh-only letters (ә ғ қ ң ө ұ ү һ і) are common among Cyrillic letters,
    /// `ru` for other Cyrillic text, `en` for Latin text, nil when there are no letters.
    ///
    /// - Complexity: O(n) over at most the first 20,000 scalars.
    public static func guess(_ text: String) -> String? {
        var cyrillic = 0
        var kazakh = 0
        var latin = 0
        for scalar in text.unicodeScalars.prefix(20_000) {
            switch scalar.value {
            case 0x0041...0x005A, 0x0061...0x007A: latin += 1
            case 0x04D8, 0x04D9, 0x0492, 0x0493, 0x049A, 0x049B, 0x04A2, 0x04A3, 0x04E8, 0x04E9, 0x04B0, 0x04B1,
                0x04AE, 0x04AF, 0x04BA, 0x04BB, 0x0406, 0x0456:
                kazakh += 1
                cyrillic += 1
            case 0x0400...0x04FF: cyrillic += 1
            default: break
            }
        }
        if cyrillic == 0 && latin == 0 { return nil }
        if cyrillic >= latin {
            return kazakh * 100 >= cyrillic ? "kk" : "ru"
        }
        return "en"
    }
}
