import ShejireCore
import ShejireText

/// Links mentions within one document after overlaps are resolved.
///
/// - A person mentioned by surname only (`Мұстафина`, `Мустафиной`), or by initials and
///   surname (`Ә.Қ. Мұстафина`, when the initial agrees), takes the entity of a full name
///   with the same surname in the same document (`Әлия Мұстафина`), if exactly one such
///   full name exists. A gazetteer's person of two words or more counts as a full name, its
///   first word the first name and its last the surname (`Джордж Буш` ... `Дж. Буш`).
/// - A person mentioned by first name and patronymic (`Мария Ивановна`) takes the entity of
///   the one full name with that first name and patronymic and a surname in the same document
///   (`Мария Ивановна Фалькетти`).
/// - A person mentioned by first name and surname (`Иван Петров`) takes the entity of the one
///   full name with that first name, that surname and a patronymic (`Петров Иван Сергеевич`;
///   session 13).
/// - Two different full names are never merged because they share a surname.
public enum DocumentLinker {
    /// Rewrites `entity` and `name` of linked candidates.
    ///
    /// - Complexity: O(m²) in the number of person mentions of the document (small).
    public static func link(_ candidates: inout [Candidate]) {
        var fullNames: [String: [(entity: String, name: String, given: String)]] = [:]
        var byGivenPatronymic: [String: [(entity: String, name: String)]] = [:]
        // Full names with a patronymic, by first name and surname.
        var byGivenSurname: [String: [(entity: String, name: String)]] = [:]
        for candidate in candidates where candidate.type == .person {
            // A gazetteer's person of two words or more has a first name and a surname too
            // (`Джордж Буш`, so that `Дж. Буш` later is he).
            let words = candidate.name.split(separator: " ")
            let listed = candidate.source.hasPrefix("gazetteer") && words.count >= 2
            guard let surname = candidate.attributes["surname"] ?? (listed ? words.last.map(String.init) : nil),
                let given = candidate.attributes["given_name"] ?? (listed ? words.first.map(String.init) : nil)
            else { continue }
            let key = Transliteration.matchKey(TextFolding.fold(surname))
            if !(fullNames[key] ?? []).contains(where: { $0.entity == candidate.entity }) {
                fullNames[key, default: []].append((candidate.entity, candidate.name, given))
            }
            if let patronymic = candidate.attributes["patronymic"] {
                let byPatronymic = givenPatronymicKey(given, patronymic)
                if !(byGivenPatronymic[byPatronymic] ?? []).contains(where: { $0.entity == candidate.entity }) {
                    byGivenPatronymic[byPatronymic, default: []].append((candidate.entity, candidate.name))
                }
                let named = givenSurnameKey(given, surnameKey: key)
                if !(byGivenSurname[named] ?? []).contains(where: { $0.entity == candidate.entity }) {
                    byGivenSurname[named, default: []].append((candidate.entity, candidate.name))
                }
            }
        }
        guard !fullNames.isEmpty else { return }
        // A full name without a patronymic that is linked below to one with it is that person,
        // so that a surname alone later is linked to them (`Иван Петров ... Петров Иван
        // Сергеевич ... Петров`).
        for (key, options) in fullNames {
            var merged: [(entity: String, name: String, given: String)] = []
            for var option in options {
                if let full = byGivenSurname[givenSurnameKey(option.given, surnameKey: key)], full.count == 1 {
                    option.entity = full[0].entity
                    option.name = full[0].name
                }
                if !merged.contains(where: { $0.entity == option.entity }) { merged.append(option) }
            }
            fullNames[key] = merged
        }
        for index in candidates.indices where candidates[index].type == .person {
            let candidate = candidates[index]
            if candidate.attributes["surname"] == nil, let given = candidate.attributes["given_name"],
                let patronymic = candidate.attributes["patronymic"],
                let options = byGivenPatronymic[givenPatronymicKey(given, patronymic)], options.count == 1
            {
                candidates[index].entity = options[0].entity
                candidates[index].name = options[0].name
                candidates[index].attributes["linked"] = "given_name+patronymic"
                continue
            }
            // `Иван Петров` is the one `Петров Иван Сергеевич` of the document.
            if candidate.attributes["patronymic"] == nil, candidate.attributes["initials"] == nil,
                let given = candidate.attributes["given_name"], let surname = candidate.attributes["surname"],
                let options = byGivenSurname[givenSurnameKey(given, surnameKey: Transliteration.matchKey(TextFolding.fold(surname)))],
                options.count == 1,
                options[0].entity != candidate.entity
            {
                candidates[index].entity = options[0].entity
                candidates[index].name = options[0].name
                candidates[index].attributes["linked"] = "given_name+surname"
                continue
            }
            guard candidate.attributes["given_name"] == nil, let surname = candidate.attributes["surname"] else { continue }
            let key = Transliteration.matchKey(TextFolding.fold(surname))
            guard var options = fullNames[key] else { continue }
            if let initials = candidate.attributes["initials"], let first = initials.first {
                let initialKey = Transliteration.matchKey(TextFolding.fold(String(first)))
                options = options.filter { Transliteration.matchKey(TextFolding.fold(String($0.given.prefix(1)))) == initialKey }
            }
            guard options.count == 1 else { continue }
            candidates[index].entity = options[0].entity
            candidates[index].name = options[0].name
            candidates[index].attributes["linked"] = "surname"
        }
    }

    static func givenSurnameKey(_ given: String, surnameKey: String) -> String {
        Transliteration.matchKey(TextFolding.fold(given)) + " " + surnameKey
    }

    static func givenPatronymicKey(_ given: String, _ patronymic: String) -> String {
        Transliteration.matchKey(TextFolding.fold(given)) + " " + Transliteration.matchKey(TextFolding.fold(patronymic))
    }
}
