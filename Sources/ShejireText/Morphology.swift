/// The morphology the matcher and the rules use: Kazakh and Russian candidate forms together.
public enum Morphology {
    /// Every form a folded word may stand for when matching names: the word itself first,
    /// then the forms left by stripping Kazakh and Russian suffixes, without duplicates.
    ///
    /// - Complexity: O(k·m) for a word of m letters and k suffix analyses.
    public static func matchForms(_ folded: String) -> [String] {
        var result = KazakhMorphology.matchForms(folded)
        if result.isEmpty || result[0] != folded { result.insert(folded, at: 0) }
        if mayBeRussian(folded) {
            for form in RussianMorphology.matchForms(folded) where !result.contains(form) {
                result.append(form)
            }
        } else if let owner = englishPossessor(folded) {
            result.append(owner)
        }
        return result
    }

    /// The owner in an English possessive (`tokayev"s` is `tokayev`, `o"brien"s` is `o"brien`:
    /// folding writes apostrophes as `"`), or nil.
    public static func englishPossessor(_ folded: String) -> String? {
        let bytes = folded.utf8
        guard bytes.last == UInt8(ascii: "s"), bytes.count > 3 else { return nil }
        let owner = bytes.dropLast(2)
        guard bytes[owner.endIndex] == UInt8(ascii: "\""),
            owner.allSatisfy({ (UInt8(ascii: "a")...UInt8(ascii: "z")).contains($0) || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "\"") })
        else { return nil }
        return String(decoding: owner, as: UTF8.self)
    }

    /// Candidate base forms (lemmas) of a folded word, Kazakh analyses first.
    public static func candidateBases(_ folded: String) -> [String] {
        var result = KazakhMorphology.candidateBases(folded)
        if mayBeRussian(folded) {
            for form in RussianMorphology.candidateBases(folded) where !result.contains(form) {
                result.append(form)
            }
        }
        if result.isEmpty { result = [folded] }
        if let owner = englishPossessor(folded) { result.insert(owner, at: 0) }
        return result
    }

    /// A word with a Kazakh-only letter (ә ғ қ ң ө ұ ү һ і) is not Russian.
    static func mayBeRussian(_ folded: String) -> Bool {
        var sawCyrillic = false
        for s in folded.unicodeScalars {
            switch s.value {
            case 0x04D9, 0x0493, 0x049B, 0x04A3, 0x04E9, 0x04B1, 0x04AF, 0x04BB, 0x0456: return false
            case 0x0430...0x044F: sawCyrillic = true
            default: break
            }
        }
        return sawCyrillic
    }
}
