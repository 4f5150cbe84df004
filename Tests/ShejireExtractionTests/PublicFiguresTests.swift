import ShejireCore
import Testing

@testable import ShejireExtraction

/// Contemporary public figures from `people.tsv` named by surname alone, Russian words that open
/// sentences, and names inside the titles of works (2026-11-27, session 5; the foreign figures
/// and the common-word checks, session 7); sentences written for these tests.
@Suite("Public figures")
struct PublicFiguresTests {
    @Test("A well-known surname alone, in any case form, is the person")
    func surnameAlone() {
        MarkedText.check(.person, "⟦Путин⟧ встретился с ⟦Обамой⟧ и ⟦Меркель⟧ в Берлине.", language: "ru")
        MarkedText.check(.person, "⟦Навальный⟧ и ⟦Ходорковский⟧ критиковали ⟦Собянина⟧.", language: "ru")
        MarkedText.check(.person, "Как сообщил ⟦Песков⟧, ⟦Си Цзиньпин⟧ прибудет в Москву.", language: "ru")
    }

    @Test("Foreign public figures by surname alone, inflected, in Russian and Kazakh")
    func foreignSurnamesAlone() {
        MarkedText.check(.person, "Канцлер ⟦Шольц⟧ прилетел в Париж. Переговоры с ⟦Шольцем⟧ заняли три часа.", language: "ru")
        MarkedText.check(.person, "Премьер ⟦Проди⟧ подал в отставку, а спор между ⟦Орбаном⟧ и ⟦Туском⟧ продолжается.", language: "ru")
        MarkedText.check(.person, "Вчера ⟦Месси⟧ забил дважды, а ⟦Роналду⟧ не забил ни разу.", language: "ru")
        MarkedText.check(.person, "⟦Қасым-Жомарт Тоқаев⟧ Берлинде ⟦Шольцпен⟧ кездесті.", language: "kk")
        let mentions = MarkedText.mentions("Глава МИД встретился с Блинкеном и Стармером.", language: "ru")
        let people = mentions.filter { $0.type == .person }.map(\.entity)
        #expect(people == ["person:blinken", "person:starmer"])
    }

    @Test("A common word that some form of a listed surname resembles is no person")
    func commonWordsAreNoPeople() {
        // Таяни (таяние), Месси (мессия), Капелло (капелла), Мурашко (мурашки) stay words.
        MarkedText.check(.person, "Таяние ледников ускорилось, и таяние снегов тоже.", language: "ru")
        MarkedText.check(.person, "Болельщики ждали мессию, а капелла пела в соборе.", language: "ru")
        MarkedText.check(.person, "У зрителей побежали мурашки.", language: "ru")
        // Коми is a republic, not James Comey (only his full name is listed).
        MarkedText.check(.person, "В Республике Коми выпал снег.", language: "ru")
    }

    @Test("A surname that is also a lower-case word is matched only capitalised")
    func caseSensitiveSurnames() {
        MarkedText.check(.person, "Партию основал ⟦Лимонов⟧, а цена лимонов выросла.", language: "ru")
        MarkedText.check(.person, "Древние шумеры изобрели письменность, сказал ⟦Шумер⟧.", language: "ru")
        MarkedText.check(.person, "Президент ⟦Дуда⟧ наложил вето, а в оркестре играла дуда.", language: "ru")
    }

    @Test("A word that opens a Russian sentence is no first name")
    func sentenceOpeners() {
        MarkedText.check(.person, "Он пришёл. Позже ⟦Обаму⟧ встретила ⟦Меркель⟧.", language: "ru")
        MarkedText.check(.person, "Ранее ⟦Смирнова⟧ возглавляла комитет.", language: "ru")
    }

    @Test("A name that opens or closes a short quotation is part of a title")
    func titles() {
        MarkedText.check(.person, "Әлемде « Назарбаев моделі » деген ұғым пайда болды.", language: "kk")
        MarkedText.check(.person, "Вышла книга « Путин и его время » в Москве.", language: "ru")
        MarkedText.check(.person, "Бұл туралы ⟦Нұрсұлтан Назарбаев⟧ айтты.", language: "kk")
    }

    @Test("Two unknown capitalised words coordinated with a person are a person")
    func coordination() {
        MarkedText.check(.person, "Моторы подвели ⟦Кими Райкконена⟧ и ⟦Марка Уэббера⟧ почти одновременно.", language: "ru")
        MarkedText.check(.person, "Вчера приехали ⟦Марк Уэббер⟧, ⟦Кими Райкконен⟧ и другие.", language: "ru")
        // Not a head noun's phrase.
        MarkedText.check(.person, "Вчера выступили Совет Европы и ⟦Марк Уэббер⟧.", language: "ru")
    }

    @Test("Short quotations: the span test")
    func shortQuotation() {
        let quotes = [3..<6]
        #expect(GazetteerExtractor.isPartOfTitle(3..<4, quotes))
        #expect(GazetteerExtractor.isPartOfTitle(4..<6, quotes))
        #expect(!GazetteerExtractor.isPartOfTitle(4..<5, quotes))
        #expect(!GazetteerExtractor.isPartOfTitle(3..<6, quotes))
        #expect(!GazetteerExtractor.isPartOfTitle(7..<8, quotes))
    }
}
