import ShejireCore
import ShejireText

/// The normalised key that links mentions to entities across documents.
///
/// A key is built from a name by case folding (`TextFolding.fold`), splitting into words,
/// reducing each word to its shortest candidate base form (organisations, places and events:
/// `Президентінің`, `Президенті`, `Президента` -> `президент`), mapping to the script-neutral
/// `Transliteration.matchKey` (`Әлия`, `Алия`, `Aliya` -> `alia`), and sorting the words (Kazakh
/// and Russian put the head noun at opposite ends: `Президент архиві`, `Архив Президента`).
/// Organisation keys drop a country qualifier (`ҚР`, `Қазақстан Республикасы`, `РК`,
/// `Республики Казахстан`, `Republic of Kazakhstan`), so `ҚР Президенті архиві` and
/// `Президент архиві` share a key. People keep their words unstemmed (names are already in
/// base form) but sorted, so `Мустафина Алия` and `Алия Мустафина` share a key. Dates use their
/// ISO value.
public enum EntityKey {
    /// - Complexity: O(n) in the length of the name, times the morphology's suffix analyses.
    public static func make(name: String, type: EntityType, value: String? = nil) -> String {
        if type == .date { return value ?? TextFolding.fold(name) }
        var words = words(of: TextFolding.fold(name))
        if type == .organisation { words = droppingCountry(words) }
        let keyed: [String] = words.map { word in
            let base = type == .person ? word : shortestBase(word)
            return Transliteration.matchKey(base)
        }
        let sorted = keyed.filter { !$0.isEmpty }.sorted()
        return sorted.isEmpty ? Transliteration.matchKey(TextFolding.fold(name)) : sorted.joined(separator: " ")
    }

    /// Letters and digits runs; hyphens inside words kept.
    static func words(of folded: String) -> [String] {
        var result: [String] = []
        var current = ""
        for character in folded {
            if character.isLetter || character.isNumber || (character == "-" && !current.isEmpty) {
                current.append(character)
            } else if !current.isEmpty {
                result.append(current)
                current = ""
            }
        }
        if !current.isEmpty { result.append(current) }
        return result.map { $0.hasSuffix("-") ? String($0.dropLast()) : $0 }
    }

    static func shortestBase(_ word: String) -> String {
        guard word.count > 3, word.first?.isLetter == true else { return word }
        let bases = Morphology.candidateBases(word).filter { $0.count >= 3 }
        return bases.min { ($0.count, $0) < ($1.count, $1) } ?? word
    }

    /// Country qualifiers, as folded word sequences.
    static let countryQualifiers: [[String]] = [
        ["қазақстан", "республикасы"], ["қазақстан", "республикасының"], ["республики", "казахстан"],
        ["республика", "казахстан"], ["republic", "of", "kazakhstan"], ["қр"], ["рк"], ["kazakhstan"],
    ]

    static func droppingCountry(_ words: [String]) -> [String] {
        var words = words
        for qualifier in countryQualifiers where words.count > qualifier.count {
            if Array(words.prefix(qualifier.count)) == qualifier {
                words.removeFirst(qualifier.count)
            } else if Array(words.suffix(qualifier.count)) == qualifier {
                words.removeLast(qualifier.count)
            }
        }
        if words.count > 2, words[words.count - 2] == "of", words.last == "kazakhstan" { words.removeLast(2) }
        return words
    }

    /// `Cyrl`, `Latn`, `Mixed`, or `Zyyy` when the name has no letters.
    public static func script(of name: String) -> String {
        var cyrillic = false
        var latin = false
        for scalar in name.unicodeScalars where scalar.properties.isAlphabetic {
            switch scalar.value {
            case 0x0400...0x052F: cyrillic = true
            case 0x0041...0x024F: latin = true
            default: break
            }
        }
        switch (cyrillic, latin) {
        case (true, true): return "Mixed"
        case (true, false): return "Cyrl"
        case (false, true): return "Latn"
        default: return "Zyyy"
        }
    }
}
