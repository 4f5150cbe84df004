import Foundation
import ShejireCore

/// Reads gazetteer TSV files (format: docs/gazetteer-format.md).
public enum GazetteerLoader {
    /// Types a gazetteer row may have besides the entity types.
    public static let lexiconKinds: Set<String> = ["given_name"]

    /// Loads every `.tsv` file under each path (a file or a directory, recursively, sorted),
    /// in order; later files add to earlier ones.
    ///
    /// - Throws: `ShejireError` when a path does not exist or cannot be read.
    public static func load(paths: [String]) throws -> Gazetteer {
        var gazetteer = Gazetteer()
        for path in paths {
            for file in try tsvFiles(at: path) {
                let data: Data
                do {
                    data = try Data(contentsOf: URL(fileURLWithPath: file))
                } catch {
                    throw ShejireError(code: "gazetteer-unreadable", "cannot read gazetteer: \(error.localizedDescription)", file: file)
                }
                gazetteer.merge(parse(data: data, file: file))
            }
        }
        return gazetteer
    }

    /// The `.tsv` files at a path: the file itself, or those under a directory, sorted.
    static func tsvFiles(at path: String) throws -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw ShejireError(code: "gazetteer-missing", "no such gazetteer file or directory", file: path)
        }
        guard isDirectory.boolValue else { return [path] }
        guard let enumerator = FileManager.default.enumerator(atPath: path) else { return [] }
        var files: [String] = []
        while let relative = enumerator.nextObject() as? String {
            if relative.hasSuffix(".tsv"), !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
                files.append((path as NSString).appendingPathComponent(relative))
            }
        }
        return files.sorted()
    }

    /// Parses one gazetteer file's bytes. Malformed rows become diagnostics.
    ///
    /// - Complexity: O(n) in the size of the file.
    public static func parse(data: Data, file: String) -> Gazetteer {
        var gazetteer = Gazetteer()
        var text = String(decoding: data, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        if text.contains("\u{FFFD}") && !String(decoding: data, as: UTF8.self).isEmpty,
            String(data: data, encoding: .utf8) == nil
        {
            gazetteer.diagnostics.append(
                Diagnostic(.warning, code: "invalid-utf8", "gazetteer is not valid UTF-8; bad bytes replaced", file: file))
        }
        let source = "gazetteer:" + ((file as NSString).lastPathComponent as NSString).deletingPathExtension
        var columns: [String: Int]? = nil
        var lineNumber = 0
        // "\r\n" is one Character in Swift, so split on it as well as on "\n".
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" }) {
            lineNumber += 1
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard let header = columns else {
                var map: [String: Int] = [:]
                for (index, name) in fields.enumerated() {
                    let key = name.trimmingCharacters(in: .whitespaces).lowercased()
                    if map[key] == nil { map[key] = index }
                }
                for required in ["id", "type", "name"] where map[required] == nil {
                    gazetteer.diagnostics.append(
                        Diagnostic(.error, code: "gazetteer-header", "header has no `\(required)` column; file skipped",
                                   file: file, line: lineNumber))
                }
                if ["id", "type", "name"].contains(where: { map[$0] == nil }) { return gazetteer }
                let known: Set<String> = ["id", "type", "name", "lang", "aliases", "ids", "relations", "attributes", "options"]
                for key in map.keys.sorted() where !known.contains(key) {
                    gazetteer.diagnostics.append(
                        Diagnostic(.warning, code: "gazetteer-column", "unknown column `\(key)` ignored", file: file, line: lineNumber))
                }
                columns = map
                continue
            }
            switch parseRow(fields, header: header, source: source) {
            case .success(let entry):
                if !gazetteer.add(entry) {
                    gazetteer.diagnostics.append(
                        Diagnostic(.warning, code: "gazetteer-type-conflict",
                                   "id \(entry.id) was given another type earlier; row skipped", file: file, line: lineNumber))
                }
            case .failure(let problem):
                gazetteer.diagnostics.append(
                    Diagnostic(.warning, code: "gazetteer-row", problem.message + "; row skipped", file: file, line: lineNumber))
            }
        }
        return gazetteer
    }

    struct RowProblem: Error { var message: String }

    static func parseRow(_ fields: [Substring], header: [String: Int], source: String) -> Result<GazetteerEntry, RowProblem> {
        func field(_ name: String) -> Substring {
            guard let index = header[name], index < fields.count else { return "" }
            return Substring(fields[index].trimmingCharacters(in: .whitespaces))
        }
        let id = String(field("id"))
        let kind = field("type").lowercased()
        let name = String(field("name"))
        if id.isEmpty { return .failure(RowProblem(message: "empty id")) }
        if name.isEmpty { return .failure(RowProblem(message: "empty name for \(id)")) }
        let type: String
        if let entityType = EntityType(lenient: kind) {
            type = entityType.rawValue
        } else if lexiconKinds.contains(kind) {
            type = kind
        } else {
            return .failure(RowProblem(message: "unknown type `\(kind)` for \(id)"))
        }
        let (options, unknownOptions) = MatchOptions.parse(field("options"))
        if !unknownOptions.isEmpty {
            return .failure(RowProblem(message: "unknown option `\(unknownOptions[0])` for \(id)"))
        }
        let language = field("lang")
        var names = [GazetteerName(text: name, language: language.isEmpty ? nil : String(language), options: options)]
        for alias in field("aliases").split(separator: "|") {
            let (text, lang) = splitLanguage(alias)
            if text.isEmpty { continue }
            let candidate = GazetteerName(text: text, language: lang, options: options)
            if !names.contains(candidate) { names.append(candidate) }
        }
        var attributes: [String: String] = [:]
        for pair in field("attributes").split(separator: "|") {
            guard let eq = pair.firstIndex(of: "="), eq != pair.startIndex else {
                return .failure(RowProblem(message: "attribute `\(pair)` of \(id) is not key=value"))
            }
            attributes[String(pair[..<eq])] = String(pair[pair.index(after: eq)...])
        }
        var relations: [GazetteerRelation] = []
        for pair in field("relations").split(separator: "|") {
            guard let eq = pair.firstIndex(of: "="), eq != pair.startIndex, pair.index(after: eq) != pair.endIndex else {
                return .failure(RowProblem(message: "relation `\(pair)` of \(id) is not predicate=id"))
            }
            relations.append(GazetteerRelation(predicate: String(pair[..<eq]), object: String(pair[pair.index(after: eq)...])))
        }
        let externalIDs = field("ids").split(separator: "|").map(String.init)
        for external in externalIDs where !external.contains(":") {
            return .failure(RowProblem(message: "external id `\(external)` of \(id) is not scheme:value"))
        }
        return .success(
            GazetteerEntry(
                id: id, kind: type, name: name, names: names, externalIDs: externalIDs, relations: relations,
                attributes: attributes, source: source))
    }

    /// `Astana@en` -> (`Astana`, `en`); a trailing `@xx` is a language only if 2–3 letters.
    static func splitLanguage(_ alias: Substring) -> (String, String?) {
        let trimmed = alias.trimmingCharacters(in: .whitespaces)
        if let at = trimmed.lastIndex(of: "@") {
            let lang = trimmed[trimmed.index(after: at)...]
            if (2...3).contains(lang.count), lang.allSatisfy({ $0.isASCII && $0.isLetter }) {
                return (String(trimmed[..<at]).trimmingCharacters(in: .whitespaces), String(lang))
            }
        }
        return (trimmed, nil)
    }
}
