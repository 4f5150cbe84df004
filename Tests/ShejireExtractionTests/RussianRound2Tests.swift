import Foundation
import ShejireCore
import Testing

@testable import ShejireExtraction

/// Russian rules and gazetteer entries of 2026-11-27, round 2: world cities, organisations of
/// other countries known by name (state bodies, companies, media, clubs), and names at a
/// sentence start; on sentences written for these tests.
@Suite("Russian round 2")
struct RussianRound2Tests {
    @Test("Places: major world cities from the curated list, in any case form")
    func worldCities() {
        MarkedText.check(.place, "Поезд из ⟦Воронежа⟧ прибыл в ⟦Ярославль⟧ с опозданием.", language: "ru")
        MarkedText.check(.place, "Конференция пройдёт в ⟦Штутгарте⟧, а финал — в ⟦Дрездене⟧.", language: "ru")
    }

    @Test("Organisations: well-known bodies, companies, media and clubs without a head noun")
    func knownOrganisations() {
        MarkedText.check(.organisation, "Об этом сообщил ⟦МИД России⟧.", language: "ru")
        MarkedText.check(.organisation, "Акции ⟦Газпрома⟧ выросли, сообщает ⟦Интерфакс⟧.", language: "ru")
        MarkedText.check(.organisation, "Полузащитник ⟦Челси⟧ забил гол в ворота ⟦Ювентуса⟧.", language: "ru")
        MarkedText.check(.organisation, "В интервью «⟦Голосу Америки⟧» министр рассказал о планах.", language: "ru")
    }

    @Test("Organisations: a descriptor before a known or foreign name joins it, and so does a country's adjective (session 13)")
    func descriptors() {
        MarkedText.check(.organisation, "⟦Команда Феррари⟧ не подавала апелляцию.", language: "ru")
        MarkedText.check(
            .organisation, "Диоксин найден в продукции ⟦немецкой компании Harles und Jentzsch⟧.", language: "ru")
    }

    @Test("Places: a river or a state keeps its noun even when the name is known")
    func riversAndStates() {
        MarkedText.check(.place, "Пожар вспыхнул у берега ⟦реки Нарвы⟧.", language: "ru")
        MarkedText.check(.place, "Губернатор ⟦штата Аризона⟧ подписал закон.", language: "ru")
        MarkedText.check(.place, "Мэр ⟦Москвы⟧ посетил выставку.", language: "ru")
    }

    @Test("People: an -ин surname opening a sentence before a verb in the singular")
    func surnameAtSentenceStart() {
        MarkedText.check(.person, "⟦Путин⟧ также подпишет договоры о строительстве АЭС.", language: "ru")
        MarkedText.check(.person, "Карантин продлили до весны.", language: "ru")
    }

    @Test("People: no name in a compound ending in a head noun, nor in a plural case form")
    func notNames() {
        MarkedText.check(.person, "Пресс-служба ⟦Кадырова⟧ заявила, что в столице спокойно.", language: "ru")
        MarkedText.check(.person, "Референдум состоится на Апеннинах в июне.", language: "ru")
    }

    @Test("Organisations: `и` before a second organisation ends the first one's genitive chain")
    func coordination() {
        MarkedText.check(
            .organisation, "Письма поддержки пришли от ⟦Конгресса профсоюзов⟧ и профсоюза водителей.", language: "ru")
        MarkedText.check(
            .organisation, "⟦Нью-йоркская фондовая биржа⟧ и государственные учреждения почтили память погибших.",
            language: "ru")
        MarkedText.check(.organisation, "⟦Министерство образования и науки⟧ объявило конкурс.", language: "ru")
    }
}
