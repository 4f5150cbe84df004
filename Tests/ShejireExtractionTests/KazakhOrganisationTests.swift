import ShejireCore
import Testing

/// Marked-text tests for the Kazakh organisation patterns of session 9: product nouns after a
/// name, a body before a unit's head, naming words that open a name, and phrases that are roles
/// or aims rather than bodies. The sentences are written for these tests.
@Suite("Kazakh organisations")
struct KazakhOrganisationTests {
    @Test("A name before a noun of a product, an award or an exam is no organisation")
    func productNouns() {
        MarkedText.check(.organisation, "Көрмеде « ТехАЗ » көлігі көпшілік назарын аударды .")
        MarkedText.check(.organisation, "Жаңалықтарды Nova Stream мобильдік қосымшасы арқылы оқуға болады .")
        MarkedText.check(.organisation, "Ол Skyline Awards сыйлығын алды .")
        MarkedText.check(.organisation, "Оған « Мемлекеттік қызметі үшін » медалі берілді .")
        // The maker before its kind of body stays a name.
        MarkedText.check(.organisation, "Ұшақты ⟦Nordwind Aero⟧ компаниясы жасады .")
    }

    @Test("A body before the head of one of its units is in the unit's name")
    func unitsOfBodies() {
        MarkedText.check(.organisation, "Жұмысты ⟦Денсаулық сақтау министрлігі санитарлық бөлімшесі⟧ жүргізді .")
        MarkedText.check(.organisation, "⟦Алматы облысы әкімдігінің білім басқармасы⟧ конкурс жариялады .")
    }

    @Test("Тұңғыш and жөніндегі open a name at the start of a sentence")
    func namingWords() {
        MarkedText.check(.organisation, "⟦Тұңғыш Президент кітапханасы⟧ ашылды .")
        MarkedText.check(.organisation, "Кеше ⟦Тұңғыш Президент мұражайы⟧ жаңа көрме ашты .")
        MarkedText.check(.organisation, "⟦Жер ресурстары жөніндегі мемлекеттік комиссия⟧ отырыс өткізді .")
        // Another capital before the head starts the name there.
        MarkedText.check(.organisation, "Бір кездері ⟦Мемлекеттік қызмет істері жөніндегі агенттік⟧ бұл мәселені қараған .")
    }

    @Test("A role after ретінде, an aim before айналу and БАҚ 'mass media' name no body")
    func rolesAndAims() {
        MarkedText.check(.organisation, "Мектеп Ұлттық білім орталығы ретінде танылды .")
        MarkedText.check(.organisation, "Шымкент болашақта Оңтүстік логистика орталығына айналады .")
        MarkedText.check(.organisation, "Бұл туралы БАҚ хабарлады .")
    }

    @Test("One quoted word compounded on Қаз- is a national company's name")
    func kazCompounds() {
        MarkedText.check(.organisation, "Жобаны « ⟦Қазсусервис⟧ » қаржыландырды .")
        MarkedText.check(.organisation, "Келісімге « ⟦ҚазЭнергоТранс⟧ » қол қойды .")
        // A vowel after Қаз: a word or a place, not a compound.
        MarkedText.check(.organisation, "Жиында « Қазіргі заман » кітабы талқыланды .")
        MarkedText.check(.organisation, "Биыл « Қазығұрт » шипажайы жөнделді .")
    }

    @Test("The financial centre's official name is written with its quoted part")
    func quotedOfficialName() {
        MarkedText.check(.organisation, "⟦« Астана » халықаралық қаржы орталығы⟧ жаңа ережелер қабылдады .")
    }
}
