import ShejireCore
import Testing

@testable import ShejireExtraction

/// A Kazakhstan body's generic name qualified by another country is that country's body
/// (2026-11-27, session 5); sentences written for these tests.
@Suite("Country bodies")
struct CountryBodyLinkingTests {
    func organisations(_ text: String) -> [(text: String, entity: String)] {
        MarkedText.mentions(text, language: "ru").filter { $0.type == .organisation }.map { ($0.text, $0.entity) }
    }

    @Test("Правительство РФ and Правительство России are one body, not the Government of Kazakhstan")
    func otherCountry() {
        let found = organisations("Заседание Правительства РФ прошло в Москве. Правительство России одобрило план.")
        #expect(found.map(\.text) == ["Правительства РФ", "Правительство России"])
        #expect(Set(found.map(\.entity)).count == 1)
        #expect(!found.contains { $0.entity.hasPrefix("org:kz-") })
    }

    @Test("Правительство Казахстана keeps the gazetteer's entity")
    func kazakhstan() {
        let found = organisations("Правительство Казахстана решило вопрос.")
        #expect(found.map(\.entity) == ["org:kz-government"])
    }
}

@Suite("Evaluation: place adjectives")
struct PlaceAdjectiveScoringTests {
    @Test("a place named by an adjective before a title is a mention for relations, not a scored name")
    func adjectiveNotScored() {
        let text = "Затем российский президент уехал в Москву ."
        let mentions = MarkedText.mentions(text, language: "ru")
        #expect(mentions.contains { $0.text == "российский" && $0.type == .place && $0.attributes["adjective"] != nil })
        let conll = text.split(separator: " ").map { $0 == "Москву" ? "\($0) B-GPE" : "\($0) O" }.joined(separator: "\n")
        let sentences = ConllCorpus.parse(conll, file: "a.txt").sentences
        var corpus = AnnotatedCorpus(format: .conll, documents: ConllCorpus.documents(from: sentences, sentencesPerDocument: 1))
        corpus.documents[0].language = "ru"
        let report = Evaluator.score(pipeline: MarkedText.pipeline, corpus: corpus, options: Evaluator.Options.defaults(for: .conll))
        #expect(report.perType[.place] == Score(truePositives: 1, gold: 1, predicted: 1))
    }
}
