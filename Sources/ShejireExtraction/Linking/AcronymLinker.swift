import ShejireCore
import ShejireText

/// Links acronyms defined in parentheses to their expansions, for the rest of the document.
///
/// `Халықаралық архивтер кеңесінің (ICA)` and `ICA (International Council on Archives)` make
/// the acronym and the full name one entity: the acronym in parentheses becomes a mention of
/// the full name's entity (or the full name takes the acronym's, when only the acronym is a
/// known gazetteer entity), and every later stand-alone occurrence of the acronym in the
/// document (`ICA-ның`, `ICA`) is a mention of that entity too.
///
/// An acronym is one token of 2 to 8 letters (digits and `&` allowed), at least two of them
/// upper case, and none lower case except a case suffix after a hyphen (`ЮНЕСКО-ның`).
public enum AcronymLinker {
    /// Rewrites and adds candidates; the result stays in text order and non-overlapping.
    ///
    /// - Complexity: O(t + m log m) for t tokens and m candidates.
    public static func link(_ candidates: inout [Candidate], tokens: [Token], document: AnalyzedDocument) {
        guard candidates.contains(where: { $0.type == .organisation }) else { return }
        var byStart: [Int: Int] = [:]
        var covered = [Bool](repeating: false, count: tokens.count)
        for (index, candidate) in candidates.enumerated() {
            byStart[candidate.tokens.lowerBound] = index
            for t in candidate.tokens { covered[t] = true }
        }
        var definitions: [String: (entity: String, name: String)] = [:]
        func isGazetteer(_ c: Candidate) -> Bool { c.source.hasPrefix("gazetteer") }

        for index in candidates.indices where candidates[index].type == .organisation {
            let full = candidates[index]
            // `FULL ( ACR )`
            if full.tokens.count >= 2, let acronym = parenthesised(after: full.tokens.upperBound, tokens) {
                define(acronym, fullIndex: index)
            }
            // `ACR ( FULL )`: the acronym is this single-token candidate, the full name follows.
            if full.tokens.count == 1, isAcronym(tokens[full.tokens.lowerBound]), full.tokens.upperBound + 1 < tokens.count,
                tokens[full.tokens.upperBound].text == "(", let inner = byStart[full.tokens.upperBound + 1],
                candidates[inner].type == .organisation, candidates[inner].tokens.count >= 2,
                candidates[inner].tokens.upperBound < tokens.count, tokens[candidates[inner].tokens.upperBound].text == ")"
            {
                unify(acronymIndex: index, fullIndex: inner)
                definitions[key(tokens[full.tokens.lowerBound])] = (candidates[index].entity, candidates[index].name)
            }
        }

        func define(_ acronym: Int, fullIndex: Int) {
            if let existing = byStart[acronym], candidates[existing].tokens == acronym..<(acronym + 1) {
                guard candidates[existing].type == .organisation else { return }
                unify(acronymIndex: existing, fullIndex: fullIndex)
            } else if !covered[acronym] {
                let full = candidates[fullIndex]
                candidates.append(
                    Candidate(
                        tokens: acronym..<(acronym + 1), type: .organisation, entity: full.entity, name: full.name,
                        base: tokens[acronym].text, source: "rule:acronym-definition", confidence: full.confidence,
                        attributes: ["acronym_of": full.name], specificity: 2))
                covered[acronym] = true
            } else {
                return
            }
            definitions[key(tokens[acronym])] = (candidates[fullIndex].entity, candidates[fullIndex].name)
        }

        /// Gives both the same entity: a gazetteer entity wins, else the full name's.
        func unify(acronymIndex: Int, fullIndex: Int) {
            let acronym = candidates[acronymIndex]
            let full = candidates[fullIndex]
            guard acronym.entity != full.entity else { return }
            if isGazetteer(acronym) && !isGazetteer(full) {
                candidates[fullIndex].entity = acronym.entity
                candidates[fullIndex].name = acronym.name
            } else if !isGazetteer(acronym) {
                candidates[acronymIndex].entity = full.entity
                candidates[acronymIndex].name = full.name
                candidates[acronymIndex].attributes["acronym_of"] = full.name
            }
        }

        guard !definitions.isEmpty else { return }
        // Later stand-alone uses of a defined acronym.
        for (t, token) in tokens.enumerated() where isAcronym(token) {
            guard let definition = definitions[key(token)] else { continue }
            if let existing = byStart[t], candidates[existing].tokens == t..<(t + 1) {
                if candidates[existing].type == .organisation, !isGazetteer(candidates[existing]) {
                    candidates[existing].entity = definition.entity
                    candidates[existing].name = definition.name
                }
            } else if !covered[t] {
                candidates.append(
                    Candidate(
                        tokens: t..<(t + 1), type: .organisation, entity: definition.entity, name: definition.name,
                        base: token.text, source: "rule:acronym-definition", confidence: 0.8,
                        attributes: ["acronym_of": definition.name], specificity: 2))
                covered[t] = true
            }
        }
        candidates.sort { ($0.tokens.lowerBound, $0.tokens.upperBound) < ($1.tokens.lowerBound, $1.tokens.upperBound) }
    }

    /// The token index of `ACR` in `( ACR )` starting at `start`, if it is an acronym.
    static func parenthesised(after start: Int, _ tokens: [Token]) -> Int? {
        guard start + 2 < tokens.count, tokens[start].text == "(", tokens[start + 2].text == ")", isAcronym(tokens[start + 1]) else { return nil }
        return start + 1
    }

    /// The acronym without a hyphenated case suffix, folded: `ЮНЕСКО-ның` -> `юнеско`.
    static func key(_ token: Token) -> String {
        let stem = token.text.split(separator: "-", maxSplits: 1).first.map(String.init) ?? token.text
        return TextFolding.fold(stem)
    }

    static func isAcronym(_ token: Token) -> Bool {
        guard token.kind == .word else { return false }
        let stem = token.text.split(separator: "-", maxSplits: 1).first ?? Substring(token.text)
        let letters = stem.filter(\.isLetter)
        guard (2...8).contains(stem.count), letters.count >= 2 else { return false }
        let upper = letters.filter(\.isUppercase).count
        return upper >= 2 && upper == letters.count && stem.allSatisfy { $0.isLetter || $0.isNumber || $0 == "&" }
    }
}
