import Foundation
import Testing
@testable import ShejireText

@Suite("Kazakh morphology")
struct KazakhMorphologyTests {
    /// Word forms (as written) and a base form that must be among their candidates.
    static let required: [(String, String)] = [
        ("Барселонада", "барселона"),
        ("Астанадан", "астана"),
        ("Қазақстанның", "қазақстан"),
        ("Президентінің", "президент"),
        ("архивінің", "архив"),
        ("Мұстафинаға", "мұстафина"),
        ("Назарбаевтың", "назарбаев"),
        ("министрлігі", "министрлік"),
        ("Тоқаевқа", "тоқаев"),
        ("Болатұлына", "болатұлы"),
        ("конгресі", "конгресс"),
        ("кеңесінің", "кеңес"),
    ]

    /// More forms over the suffix slots and stem alternations.
    static let more: [(String, String)] = [
        // Plural, possessive, case, attributive.
        ("облыстарда", "облыс"), ("балаларының", "бала"), ("елімізде", "ел"),
        ("Астанадағы", "астана"), ("облыстағыларға", "облыс"), ("жылғы", "жыл"),
        ("Арабиясының", "арабия"), ("ортасында", "орта"), ("күйеуін", "күйеу"),
        ("Назарбаевпен", "назарбаев"), ("Әуезовтің", "әуезов"), ("Жетісудың", "жетісу"),
        ("таспиқтай", "таспиқ"), ("мұғаліммін", "мұғалім"), ("журналистерге", "журналист"),
        ("Беларусьтің", "беларусь"), ("Ирандағы", "иран"), ("ата-анасы", "ата-ана"),
        // Final devoicing, dropped vowels, double consonants, soft signs.
        ("кітабы", "кітап"), ("себебі", "себеп"), ("аяғы", "аяқ"), ("орталығында", "орталық"),
        ("клубының", "клуб"), ("мұрны", "мұрын"), ("ерні", "ерін"), ("құлқы", "құлық"),
        ("аузымен", "ауыз"), ("орнына", "орын"), ("кәсіпорны", "кәсіпорын"),
        ("класы", "класс"), ("процесінде", "процесс"), ("Бағдарламасы", "бағдарлама"),
        ("королі", "король"), ("фестивалінде", "фестиваль"),
        // Hyphenated endings after digits, acronyms and Latin names.
        ("30-дан", "30"), ("АҚШ-пен", "ақш"), ("ЮНЕСКО-ның", "юнеско"), ("2020-шы", "2020"),
        ("NATO-ның", "nato"), ("Брютон-стриттегі", "брютон-стрит"),
        // Patronymics.
        ("Құнанбайұлының", "құнанбайұлы"), ("Сейітқызына", "сейітқызы"),
    ]

    @Test("Required examples give their base", arguments: required)
    func requiredBases(form: String, base: String) {
        let candidates = KazakhMorphology.candidateBases(form.lowercased())
        #expect(candidates.contains(base), "\(form): \(candidates)")
    }

    @Test("Suffix slots and stem alternations give their base", arguments: more)
    func moreBases(form: String, base: String) {
        let candidates = KazakhMorphology.candidateBases(form.lowercased())
        #expect(candidates.contains(base), "\(form): \(candidates)")
    }

    @Test("Uninflected words and lemmas that only look inflected come first",
          arguments: ["бала", "қазақстан", "түркістан", "алтын", "қытай", "жанұя", "болатұлы", "жалын"])
    func wordFirst(word: String) {
        #expect(KazakhMorphology.candidateBases(word).first == word)
    }

    @Test("Clearly inflected words rank their stem first")
    func ranking() {
        #expect(KazakhMorphology.candidateBases("барселонада").first == "барселона")
        #expect(KazakhMorphology.candidateBases("президентінің").first == "президент")
        #expect(KazakhMorphology.candidateBases("болатұлына").first == "болатұлы")
        #expect(KazakhMorphology.candidateBases("министрлігі").first != "министрліг")
        // A genitive word is no lemma itself.
        #expect(!KazakhMorphology.candidateBases("қазақстанның").contains("қазақстанның"))
    }

    @Test("matchForms lists the word and every stage")
    func matchForms() {
        #expect(KazakhMorphology.matchForms("архивінің") == ["архивінің", "архиві", "архив"])
        #expect(KazakhMorphology.matchForms("президентінің") == ["президентінің", "президенті", "президент"])
        let council = KazakhMorphology.matchForms("кеңесінің")
        #expect(council.first == "кеңесінің")
        #expect(council.contains("кеңесі"))
        #expect(council.contains("кеңес"))
        #expect(KazakhMorphology.matchForms("болатұлына").contains("болатұлы"))
        #expect(KazakhMorphology.matchForms("ақш-пен") == ["ақш-пен", "ақш"])
        for base in KazakhMorphology.candidateBases("министрлігінің") {
            #expect(KazakhMorphology.matchForms("министрлігінің").contains(base))
        }
    }

    @Test("Short words, punctuation and Latin words are returned as they are",
          arguments: ["", "а", "үй", ",", "google", "2024", "-"])
    func passThrough(word: String) {
        #expect(KazakhMorphology.candidateBases(word) == [word])
        #expect(KazakhMorphology.matchForms(word) == [word])
    }

    /// Recall of gold lemmas of NOUN and PROPN tokens in the UD Kazakh treebank.
    @Test("UD Kazakh treebank: lemma recall of nouns and proper nouns")
    func treebankRecall() throws {
        let root = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let path = root.deletingLastPathComponent()
            .appendingPathComponent("shared/sources/ud-kazakh-ktb/kk_ktb-ud-train.conllu").path
        guard FileManager.default.fileExists(atPath: path) else {
            print("SKIP: UD Kazakh treebank not found at \(path)")
            return
        }
        let text = try String(contentsOfFile: path, encoding: .utf8)
        var tokens = 0
        var found = 0
        var first = 0
        var candidateCount = 0
        var misses: [String] = []
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard columns.count >= 4, !columns[0].contains("-"), !columns[0].contains(".") else { continue }
            guard columns[3] == "NOUN" || columns[3] == "PROPN" else { continue }
            let form = columns[1].lowercased()
            let lemma = columns[2].lowercased()
            let candidates = KazakhMorphology.candidateBases(form)
            tokens += 1
            candidateCount += candidates.count
            if candidates.contains(lemma) {
                found += 1
                if candidates.first == lemma { first += 1 }
            } else if misses.count < 20 {
                misses.append("\(form) -> \(lemma) not in \(candidates)")
            }
        }
        try #require(tokens > 0)
        let recall = Double(found) / Double(tokens)
        let average = Double(candidateCount) / Double(tokens)
        print("UD Kazakh treebank: \(tokens) NOUN/PROPN tokens, recall \(recall), first \(Double(first) / Double(tokens)), average candidates \(average)")
        for miss in misses { print("  miss: \(miss)") }
        #expect(recall >= 0.97)
        #expect(average <= 4.0)
    }
}
