import Foundation
import ShejireCore

extension FactRuEvalDocument {
    /// A coreference chain of `.coref`: the objects that name one entity.
    ///
    /// Written as a line `chain_id object_id...` followed by attribute lines (`name Москва`,
    /// `firstname Юрий`, `lastname Лужков`), a blank line after each chain. Facts refer to a chain
    /// as `obj` + its id (`obj47`).
    public struct Chain: Sendable, Hashable {
        public var id: String
        public var objectIDs: [String]
        /// The attribute lines, in file order, as (name, value).
        public var attributes: [Attribute]

        public init(id: String, objectIDs: [String], attributes: [Attribute] = []) {
            self.id = id
            self.objectIDs = objectIDs
            self.attributes = attributes
        }
    }

    /// A name and value of a chain attribute or a fact field.
    public struct Attribute: Sendable, Hashable {
        public var name: String
        public var value: String

        public init(name: String, value: String) {
            self.name = name
            self.value = value
        }
    }

    /// A fact of `.facts`: a header `id Type` (`100-0 Occupation`), then one line per field.
    ///
    /// A field line is `Name value`, where the value is one or more alternatives separated by
    /// ` | `, each an optional reference followed by text: `Who obj48 Лужков Юрий`,
    /// `Position span27604 президента | span27605 глава`, `Where obj346 Страна восходящего
    /// солнца | Япония` (the second alternative is another name of the same chain, without a
    /// reference). Fields such as `Фаза`, `Модальность` and `Сложность` carry plain text.
    public struct Fact: Sendable, Hashable {
        /// One alternative of a field value.
        public struct Value: Sendable, Hashable {
            /// `obj48` (a chain) or `span22777` (a span), when the alternative starts with one.
            public var reference: String?
            public var text: String

            public init(reference: String?, text: String) {
                self.reference = reference
                self.text = text
            }

            /// The chain id of an `objN` reference.
            public var chainID: String? {
                guard let reference, reference.hasPrefix("obj") else { return nil }
                return String(reference.dropFirst(3))
            }

            /// The span id of a `spanN` reference.
            public var spanID: String? {
                guard let reference, reference.hasPrefix("span") else { return nil }
                return String(reference.dropFirst(4))
            }
        }

        public struct Field: Sendable, Hashable {
            public var name: String
            public var values: [Value]

            public init(name: String, values: [Value]) {
                self.name = name
                self.values = values
            }
        }

        /// `100-0`.
        public var id: String
        /// `Occupation`, `Deal`, `Meeting`, `Ownership`, ...
        public var type: String
        public var fields: [Field]

        public init(id: String, type: String, fields: [Field]) {
            self.id = id
            self.type = type
            self.fields = fields
        }

        /// The alternatives of every field with this name (empty when the fact has none).
        public func values(_ name: String) -> [Value] {
            fields.filter { $0.name == name }.flatMap(\.values)
        }
    }
}

extension FactRuEvalCorpus {
    /// Parses a `.coref` layer.
    ///
    /// - Parameter file: the file name for diagnostics.
    /// - Returns: the chains, and a `factrueval-line` warning for each malformed chain header.
    /// - Complexity: O(n) in the length of the text.
    public static func parseChains(_ text: String, file: String) -> ([FactRuEvalDocument.Chain], [Diagnostic]) {
        var chains: [FactRuEvalDocument.Chain] = []
        var diagnostics: [Diagnostic] = []
        var current: FactRuEvalDocument.Chain?
        for (index, line) in lines(text) {
            let fields = line.split(separator: " ")
            if fields.isEmpty {
                if let chain = current { chains.append(chain) }
                current = nil
                continue
            }
            if current == nil {
                guard fields.count >= 2, fields.allSatisfy({ $0.allSatisfy(\.isNumber) }) else {
                    diagnostics.append(
                        Diagnostic(.warning, code: "factrueval-line", "expected 'chain_id object_id...'; line skipped",
                                   file: file, line: index))
                    continue
                }
                current = .init(id: String(fields[0]), objectIDs: fields.dropFirst().map(String.init))
            } else {
                current?.attributes.append(
                    .init(name: String(fields[0]), value: fields.dropFirst().joined(separator: " ")))
            }
        }
        if let chain = current { chains.append(chain) }
        return (chains, diagnostics)
    }

    /// Parses a `.facts` layer.
    ///
    /// - Parameter file: the file name for diagnostics.
    /// - Returns: the facts, and a `factrueval-line` warning for each malformed header or field line.
    /// - Complexity: O(n) in the length of the text.
    public static func parseFacts(_ text: String, file: String) -> ([FactRuEvalDocument.Fact], [Diagnostic]) {
        var facts: [FactRuEvalDocument.Fact] = []
        var diagnostics: [Diagnostic] = []
        var current: FactRuEvalDocument.Fact?
        var skipping = false
        for (index, line) in lines(text) {
            let trimmed = line.trimmingSpaces()
            if trimmed.isEmpty {
                if let fact = current { facts.append(fact) }
                current = nil
                skipping = false
                continue
            }
            if skipping { continue }
            let fields = trimmed.split(separator: " ", maxSplits: 1)
            if current == nil {
                guard fields.count == 2, fields[0].contains(where: \.isNumber) else {
                    diagnostics.append(
                        Diagnostic(.warning, code: "factrueval-line", "expected 'fact_id Type'; fact skipped",
                                   file: file, line: index))
                    skipping = true
                    continue
                }
                current = .init(id: String(fields[0]), type: String(fields[1]), fields: [])
                continue
            }
            guard fields.count == 2 else {
                diagnostics.append(
                    Diagnostic(.warning, code: "factrueval-line", "expected 'Field value'; line skipped",
                               file: file, line: index))
                continue
            }
            let values = fields[1].components(separatedBy: " | ").map { alternative in
                let words = alternative.split(separator: " ", maxSplits: 1)
                if let first = words.first, isReference(first) {
                    return FactRuEvalDocument.Fact.Value(
                        reference: String(first), text: words.count > 1 ? String(words[1]) : "")
                }
                return FactRuEvalDocument.Fact.Value(reference: nil, text: alternative.trimmingSpaces())
            }
            current?.fields.append(.init(name: String(fields[0]), values: values))
        }
        if let fact = current { facts.append(fact) }
        return (facts, diagnostics)
    }

    /// `obj48`, `span22777`.
    static func isReference(_ word: Substring) -> Bool {
        for prefix in ["obj", "span"] where word.hasPrefix(prefix) {
            let digits = word.dropFirst(prefix.count)
            return !digits.isEmpty && digits.allSatisfy { $0.isASCII && $0.isNumber }
        }
        return false
    }
}

extension StringProtocol {
    /// Without leading and trailing spaces and tabs.
    fileprivate func trimmingSpaces() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else {
            return ""
        }
        return String(self[first...last])
    }
}
