import ShejireCore
import Testing

@testable import ShejireExtraction

/// Russian places of session 12 (2026-11-28): seas, lakes and reservoirs in their oblique
/// cases, and the curated additions (rivers, regions of Russia, Canada, Germany, China and
/// historical Europe, districts of New York); on news-style sentences written for these tests.
@Suite("Russian places, session 12")
struct RussianPlacesSession12Tests {
    @Test("Places: an adjective and a neuter noun (`море`, `озеро`) in every case")
    func neuterWaterNames() {
        MarkedText.check(.place, "Учения прошли в акватории ⟦Черного моря⟧.", language: "ru")
        MarkedText.check(.place, "Берега ⟦Каспийского моря⟧ размывает, флот вышел к ⟦Каспийскому морю⟧.", language: "ru")
        MarkedText.check(.place, "Рыбаки вернулись с ⟦Ладожского озера⟧, учения прошли на ⟦Ладожском озере⟧.", language: "ru")
        MarkedText.check(.place, "Катер шёл по ⟦Ладожскому озеру⟧ над ⟦Ладожским озером⟧ кружил вертолёт.", language: "ru")
        MarkedText.check(.place, "Побережье ⟦Средиземного моря⟧ и воды ⟦Охотского моря⟧ холодные.", language: "ru")
        MarkedText.check(.place, "Уровень ⟦Рыбинского водохранилища⟧ упал.", language: "ru")
    }

    @Test("Places: the new names are no common words")
    func commonWordsStayWords() {
        MarkedText.check(.place, "Он сел в машину, она села рядом.", language: "ru")
        MarkedText.check(.place, "Море было спокойным, озеро замёрзло.", language: "ru")
        MarkedText.check(.place, "В магазинах нет сахара, сахар подорожал.", language: "ru")
        // Capitalised only, so in the nominative or after a preposition of place.
        MarkedText.check(.place, "⟦Сахара⟧ наступает на юг, жара в ⟦Сахаре⟧ усилилась.", language: "ru")
    }

    @Test("Places: regions of other countries and of Russia from the curated gazetteer")
    func curatedRegions() {
        MarkedText.check(.place, "Лесные пожары бушуют в ⟦Британской Колумбии⟧ и ⟦Манитобе⟧.", language: "ru")
        MarkedText.check(.place, "Выборы в ⟦Нижней Саксонии⟧ и ⟦Тюрингии⟧ выиграли консерваторы.", language: "ru")
        MarkedText.check(.place, "Протесты прошли во ⟦Внутренней Монголии⟧, завод закрыт в ⟦Шаньдуне⟧.", language: "ru")
        MarkedText.check(.place, "Пожар вспыхнул на ⟦Манхэттене⟧, стрельба произошла в ⟦Бронксе⟧.", language: "ru")
        MarkedText.check(.place, "Паводок затопил ⟦Закарпатье⟧, фермеры ⟦Прикамья⟧ ждут помощи.", language: "ru")
        MarkedText.check(.place, "⟦Фландрия⟧ и ⟦Валлония⟧ не договорились.", language: "ru")
    }

    @Test("Places: rivers from the curated gazetteer")
    func curatedRivers() {
        MarkedText.check(.place, "Новый мост открыли, а на ⟦Каме⟧ начался ледоход.", language: "ru")
        // `Ангара` is left out: the rocket (`«Ангара-А5»`) is in the news as often as the river.
        MarkedText.check(.place, "Ракета-носитель «Ангара-А5» вывела спутник.", language: "ru")
        MarkedText.check(.place, "Граница проходит по ⟦Одеру⟧.", language: "ru")
    }

    @Test("Places: a settlement named by an adjective after its noun, with the noun")
    func adjectivalSettlements() {
        MarkedText.check(.place, "Взрыв прогремел в ⟦поселке Заречный⟧, пострадавших нет.", language: "ru")
        MarkedText.check(.place, "В ⟦станице Ленинградской⟧ открыли школу.", language: "ru")
        MarkedText.check(.place, "В ⟦станице Кущевской⟧ произошло убийство.", language: "ru")
        MarkedText.check(.place, "Жители ⟦села Ивановка⟧ остались без света.", language: "ru")
        MarkedText.check(.place, "Жители ⟦села Покровское⟧ и соседних деревень вышли на сход.", language: "ru")
        // An adjective before a noun qualifies that noun: no settlement's name.
        MarkedText.check(.place, "Глава поселка ⟦Заречного района⟧ уволился.", language: "ru")
        MarkedText.check(.place, "Жители села ⟦Центральной России⟧ жалуются.", language: "ru")
        MarkedText.check(.place, "Жители поселка Заречного школы не имеют.", language: "ru")
        // `села` as a verb.
        MarkedText.check(.place, "Она села рядом.", language: "ru")
    }

    @Test("Places: a place before a plural title in Russian stays a place (no Kazakh compound)")
    func russianPlaceBeforePluralTitle() {
        MarkedText.check(.place, "В ⟦Германии⟧ журналисты протестуют, а в ⟦Казахстане⟧ депутаты приняли закон.", language: "ru")
        MarkedText.check(.position, "В Германии ⟦журналисты⟧ протестуют.", language: "ru")
        // The Kazakh compound is a place and a title (since session 12 no title is widened).
        MarkedText.check(.position, "Қазақстан ⟦Президенті⟧ сөз сөйледі.", language: "kk")
        MarkedText.check(.place, "⟦Қазақстан⟧ Президенті сөз сөйледі.", language: "kk")
    }

    @Test("Places: a capitalised adjective in -ом before a place noun in the prepositional")
    func prepositionalAdjectives() {
        MarkedText.check(.place, "Молебен прошёл в ⟦Старом городе⟧, а не у стены.", language: "ru")
    }

    @Test("Places: names that are also words or first names make no places")
    func collisions() {
        MarkedText.check(.place, "Мир и Вандерлинд встретились в ⟦Орле⟧.", language: "ru")
        MarkedText.check(.place, "Ирина Бертолини рассказала о победе.", language: "ru")
        MarkedText.check(.place, "Лодка села на мель у берега.", language: "ru")
    }

    @Test("Places: a lower-case compass adjective before a known place of several words")
    func compassBeforeMultiwordPlace() {
        MarkedText.check(.place, "Министр посетил ⟦южные Курильские острова⟧ в пятницу.", language: "ru")
        MarkedText.check(.place, "В ⟦западной Европе⟧ похолодало.", language: "ru")
    }

    @Test("Places: the genitive plural with no ending, capitalised only")
    func bareGenitivePlural() {
        MarkedText.check(.place, "⟦Япония⟧ добивается возвращения ⟦Курил⟧, туристы погибли в горах ⟦Альп⟧.", language: "ru")
        MarkedText.check(.place, "Он курил на балконе.", language: "ru")
    }

    @Test("Places: names in -ья and plural names in -йи in their oblique cases")
    func softSignAndYotStems() {
        MarkedText.check(.place, "Наводнение на ⟦Амударье⟧, вода ⟦Амударьи⟧ ушла.", language: "ru")
        MarkedText.check(.place, "Отдых на ⟦Гавайях⟧ подорожал.", language: "ru")
        MarkedText.check(.place, "В ⟦Подмосковье⟧ тепло.", language: "ru")
    }
}
