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
        MarkedText.check(.place, "Пески ⟦Сахары⟧ наступают.", language: "ru")
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
        MarkedText.check(.place, "Новый мост через ⟦Ангару⟧ открыли, а на ⟦Каме⟧ начался ледоход.", language: "ru")
        MarkedText.check(.place, "Граница проходит по ⟦Одеру⟧.", language: "ru")
    }
}
