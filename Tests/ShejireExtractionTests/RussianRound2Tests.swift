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
    }
}
