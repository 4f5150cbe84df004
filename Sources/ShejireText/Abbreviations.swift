/// Abbreviations that end in a dot and do not end a sentence (folded, dots kept, no spaces).
enum Abbreviations {
    static let known: Set<String> = [
        // Kazakh
        "ж.", "жж.", "т.б.", "т.с.с.", "б.з.б.", "б.з.", "ғ.", "ғғ.", "млн.", "млрд.", "обл.", "ауд.",
        "көш.", "қ.", "проф.", "акад.", "т.ғ.д.", "ф.ғ.д.", "т.ғ.к.", "ф.ғ.к.", "э.ғ.д.", "з.ғ.д.",
        "п.ғ.д.", "мыс.", "см.", "кв.", "шақ.", "сағ.", "мин.", "тг.", "теңг.", "бет.", "жыл.", "ауыл.",
        // Russian
        "г.", "гг.", "им.", "т.е.", "т.д.", "т.п.", "т.к.", "ул.", "д.", "р-н.", "с.", "пос.", "тыс.",
        "руб.", "долл.", "доц.", "ст.", "св.", "стр.", "напр.", "др.", "пр.", "корп.", "рис.", "табл.",
        "тел.", "англ.", "рус.", "каз.", "в.", "вв.", "н.э.", "до.н.э.", "пгт.", "просп.", "пер.",
        "и.о.", "зам.", "ген.", "гл.", "ред.", "изд.", "м.", "мм.", "км.", "кг.", "чел.", "коп.",
        // English
        "mr.", "mrs.", "ms.", "dr.", "prof.", "st.", "jr.", "sr.", "inc.", "ltd.", "co.", "corp.",
        "vs.", "etc.", "e.g.", "i.e.", "u.s.", "u.k.", "no.", "jan.", "feb.", "mar.", "apr.", "aug.",
        "sep.", "sept.", "oct.", "nov.", "dec.", "gen.", "gov.", "sen.", "rep.", "dept.", "est.",
    ]

    /// The known keys by their UTF-8 bytes (every key is ASCII, Cyrillic, `.` and `-`).
    static let table: ByteKeyTable = {
        var table = ByteKeyTable(capacity: known.count, seed: 0x5EED_AB)
        for key in known { _ = table.insert(key) }
        return table
    }()

    /// The length in UTF-8 bytes of the longest known key.
    static let longestKey = known.map(\.utf8.count).max() ?? 0
}
