import Foundation
import ShejireCore
import Testing

@testable import ShejireExtraction

/// Russian rules and gazetteer entries of 2026-11-27, round 3: names with particles, whole
/// foreign names after another name, physical geography, and words after `в` that name no
/// place; on sentences written for these tests.
@Suite("Russian round 3")
struct RussianRound3Tests {
    @Test("Organisations: имени and the person a body is named after join an acronym, a known name or a lower-case institution noun")
    func namedAfterPeople() {
        MarkedText.check(.organisation, "Он окончил ⟦РГПУ имени Герцена⟧ в 1990 году.", language: "ru")
        MarkedText.check(.organisation, "Выпускник ⟦МГУ имени М. В. Ломоносова⟧ стал министром.", language: "ru")
        MarkedText.check(.organisation, "Он играл в ⟦театре имени Маяковского⟧.", language: "ru")
        MarkedText.check(.person, "Концерт прошёл в консерватории имени Чайковского.", language: "ru")
        // Without a name after it, a lower-case institution noun is no name.
        MarkedText.check(.organisation, "Он играл в театре и учился в консерватории.", language: "ru")
    }

    @Test("People: lower-case particles and Arabic articles inside a name")
    func particles() {
        MarkedText.check(.person, "Видеозапись ⟦Усамы бен Ладена⟧ показали по телевидению.", language: "ru")
        MarkedText.check(.person, "Оператор ⟦Сами аль-Хадж⟧ провёл в тюрьме шесть лет.", language: "ru")
        MarkedText.check(.person, "Концерт открыла симфония ⟦Людвига ван Бетховена⟧.", language: "ru")
        MarkedText.check(.person, "Об этом писал ещё ⟦ибн Хальдун⟧.", language: "ru")
    }

    @Test("People: a three-word foreign name after a place or an organisation is whole")
    func nameAfterAnotherName() {
        MarkedText.check(.person, "Премьер-министр Турции ⟦Реджеп Тайип Эрдоган⟧ прибыл в Киев.", language: "ru")
        MarkedText.check(.person, "Глава Еврокомиссии ⟦Жозе Мануэль Баррозу⟧ выступил в парламенте.", language: "ru")
    }

    @Test("People: a plural noun opening a sentence is no first name")
    func pluralAtSentenceStart() {
        MarkedText.check(.person, "Самолеты ⟦Туполева⟧ участвовали в авиасалоне.", language: "ru")
    }

    @Test("People: two unknown words opening a sentence before a verb in the singular")
    func subjectAtSentenceStart() {
        MarkedText.check(.person, "⟦Барак Обама⟧ принимает в Вашингтоне французского коллегу.", language: "ru")
    }

    @Test("People: a plural of a known surname names a family, not the person")
    func pluralSurname() {
        MarkedText.check(.person, "В Москве задержан ⟦Иса Ямадаев⟧, третий из братьев Ямадаевых.", language: "ru")
    }

    @Test("Organisations: lower-case adjectives before a Russian head are in the name")
    func lowerCaseAdjectives() {
        MarkedText.check(.organisation, "Об этом заявили в ⟦российском министерстве финансов⟧.", language: "ru")
        MarkedText.check(.organisation, "Лидер ⟦Социалистической рабочей партии⟧ выступил на митинге.", language: "ru")
        MarkedText.check(.organisation, "Решение ⟦государственной Комиссии⟧ ждут к осени.", language: "ru")
        MarkedText.check(.organisation, "Заседание этого правительства перенесли.", language: "ru")
        MarkedText.check(.organisation, "Жалобы направили китайским антимонопольным службам.", language: "ru")
    }

    @Test("Places: seas, lakes, mountains and regions from the curated geography list")
    func geography() {
        MarkedText.check(.place, "Учения прошли в ⟦Средиземном море⟧ и у берегов ⟦Крита⟧.", language: "ru")
        MarkedText.check(.place, "Экспедиция вернулась с ⟦Памира⟧, а следующая отправится на ⟦Байкал⟧.", language: "ru")
        MarkedText.check(.place, "Выборы в ⟦Баварии⟧ и ⟦Тоскане⟧ прошли спокойно.", language: "ru")
    }

    @Test("Places: the Internet after `в` is no place; a preposition is no river")
    func notPlaces() {
        MarkedText.check(.place, "Запись появилась в Интернете, а затем в Сети.", language: "ru")
        MarkedText.check(.place, "Об этом сообщили оба агентства.", language: "ru")
    }
}
