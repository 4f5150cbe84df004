import ShejireCore
import Testing

/// Marked-text tests for the Kazakh patterns of session 11: more date forms (a day after
/// `айының`, a month in the dative before `дейін`, parts of a week and a month, `келесі` before
/// a counted duration, `жылдан жылға`, `ширек ғасыр`), bodies named after a person, and a
/// person's name before `атындағы`. The sentences are written for these tests; the surnames are
/// invented.
@Suite("Kazakh round 4")
struct KazakhRound4Tests {
    @Test("A day after a month and айының is one date with them")
    func dayAfterMonthWord() {
        DateRuleTests.check("Мереке ⟦желтоқсан айының 16-сында⟧ өтеді .", ["2025-12-16"])
        DateRuleTests.check("Сайлау ⟦Қазан айының жиырма бесінде⟧ өтеді .", ["2025-10-25"])
        // Without a day the month alone is the span, and a part stays in it.
        DateRuleTests.check("⟦Наурыз⟧ айында егіс басталады .", ["2025-03"])
        DateRuleTests.check("Су тасқыны ⟦сәуір айының ортасында⟧ күшейеді .", ["2025-04"])
    }

    @Test("The day's digits hyphenated to the month, as the press writes them")
    func gluedDayMonth() {
        DateRuleTests.check("Жиын ⟦5-наурызда⟧ өтті .", ["2025-03-05"])
        DateRuleTests.check("Жиын ⟦2023 жылдың 5-наурызында⟧ өтті .", ["2023-03-05"])
        DateRuleTests.check("Сабақ ⟦1-қыркүйектен бастап⟧ басталады .", ["2025-09-01/.."])
        // No such day; a class, not a month.
        DateRuleTests.check("Ол 31-ақпанда келді .", [])
        DateRuleTests.check("Ол 5-сыныпта оқиды .", [])
    }

    @Test("A month in the dative is a date before дейін only")
    func monthDativeUntil() {
        DateRuleTests.check("Жұмыс ⟦ақпанға дейін⟧ жалғасады .", ["../2025-02"])
        DateRuleTests.check("Ол сәуірге көшті .", [])
    }

    @Test("бергі, the attributive of бері, is in the span of an open interval")
    func sinceAttributive() {
        DateRuleTests.check("⟦2020 жылдан бергі⟧ табыс өсті .", ["2020/.."])
        DateRuleTests.check("⟦Жыл басынан бергі⟧ табыс өсті .", ["2025/.."])
    }

    @Test("A part of a week or a month stays in the span")
    func partsOfWeekAndMonth() {
        DateRuleTests.check("Ол ⟦өткен аптаның соңында⟧ келді .", ["2025-W43"])
        DateRuleTests.check("Жалақы ⟦ай соңында⟧ беріледі .", ["2025-10"])
        DateRuleTests.check("⟦Өткен аптада⟧ жиналыс болды .", ["2025-W43"])
    }

    @Test("Counted durations after келесі, a quarter century, and жылдан жылға in two words")
    func durations() {
        DateRuleTests.check("Зауыт ⟦келесі үш жылда⟧ салынады .", ["P3Y"])
        // As `жарты ғасыр`, the amount is not counted: no value back from the document date.
        DateRuleTests.check("⟦Ширек ғасыр бұрын⟧ тәуелсіздік алдық .", [nil])
        DateRuleTests.check("Табыс ⟦жылдан жылға⟧ өсіп келеді .", ["R/P1Y"])
        DateRuleTests.check("Баға ⟦күннен күнге⟧ қымбаттады .", ["R/P1D"])
    }

    @Test("A body named after a person with атындағы and a lower-case head is one organisation")
    func namedAfterInstitutions() {
        MarkedText.check(.organisation, "⟦Абай атындағы № 25 мектеп-гимназияда⟧ жаңа зал ашылды .")
        MarkedText.check(.organisation, "Оқушылар ⟦Қорған Вандерлиндов атындағы мектеп-интернатта⟧ оқиды .")
        MarkedText.check(.organisation, "Студенттер ⟦Құрманғазы атындағы консерваторияда⟧ концерт берді .")
        MarkedText.check(.organisation, "⟦Біржан сал атындағы Көкшетау университеті⟧ конференция өткізді .")
        // The place in the locative before the name is not in it.
        MarkedText.check(.organisation, "Көкшетаудағы ⟦Шоқан Уәлиханов атындағы университеттің⟧ оқытушылары келді .")
        MarkedText.check(.person, "Көкшетаудағы Шоқан Уәлиханов атындағы университеттің оқытушылары келді .")
    }

    @Test("A person's name before the possessive of a school, a university or a foundation names the body")
    func personBeforeBodyHead() {
        MarkedText.check(.organisation, "Семейдегі ⟦Шәкәрім университетінің⟧ студенттері келді .")
        MarkedText.check(.organisation, "Шетелде ⟦Абай орталықтары⟧ ашылды .")
        // In the genitive the person owns the noun.
        MarkedText.check(.person, "⟦Абайдың⟧ мектебі туралы кітап шықты .")
        // Without the possessive the noun is no name's head.
        MarkedText.check(.person, "⟦Мұрат Бертолиниев⟧ университетке түсті .")
    }

    @Test("A legal form with a case ending, and two legal forms in a row, follow a quoted name")
    func legalForms() {
        MarkedText.check(.organisation, "Тұрғындар ⟦« Шұғылалы » ЖШС-нің⟧ жұмысына наразы .")
        MarkedText.check(.organisation, "Біз ⟦« Торвальдсен Групп » ЖШС-мен⟧ келісім жасадық .")
        MarkedText.check(.organisation, "⟦« Вандерлинд Энерджи » ҰК АҚ⟧ жаңа пойыз сатып алды .")
        MarkedText.check(.organisation, "⟦« Фалькетти Уран » ҰАК АҚ⟧ өндірісті арттырды .")
    }

    @Test("A neighbourhood's name before ықшамаудан, шағынаудан or тұрғын алабы is a place")
    func neighbourhoods() {
        MarkedText.check(.place, "⟦Алматы⟧ қаласындағы « ⟦Жетіқайың⟧ » ықшамауданында мектеп ашылды .")
        MarkedText.check(.place, "Полиция ⟦Бозторғайлы⟧ шағынауданында рейд өткізді .")
        MarkedText.check(.place, "« ⟦Ақжайлау⟧ » тұрғын алабында су жоқ .")
        // Plural, or no name before it.
        MarkedText.check(.place, "Балалар көршілес ықшамаудандарға қатынайды .")
        MarkedText.check(.place, "Шағынаудан тұрғындары жиналды .")
    }

    @Test("A name before a natural feature's noun in the possessive is a place, the name alone")
    func naturalFeatures() {
        MarkedText.check(.place, "Олар тек ⟦Бозжыра⟧ орманында өседі .")
        MarkedText.check(.place, "Туристер ⟦Ақсуат⟧ қорығына келеді .")
        MarkedText.check(.place, "Балалар ⟦Көксу⟧ өзеніне барды .")
        // A common noun opening the sentence names nothing.
        MarkedText.check(.place, "Тау шыңына шықты .")
    }

    @Test("A person's name before атындағы names the thing, not the person")
    func namedAfterIsNoPerson() {
        MarkedText.check(.person, "Әлия Молдағұлова атындағы көшеде жөндеу жүрді .")
        MarkedText.check(.person, "Ол Торвальдсенов атындағы сыйлықты алды .")
        MarkedText.check(.person, "⟦Әлия Молдағұлова⟧ батыл болды .")
    }

    @Test("Lead: a first name or an unknown word before `мырза`/`ханым` is a person, also opening a sentence; an adjective of address is not")
    func honorificsAfterName() {
        MarkedText.check(.person, "⟦Серік⟧ мырза жиналысты ашты.", language: "kk")
        MarkedText.check(.person, "⟦Айгүл⟧ ханым сөз сөйледі.", language: "kk")
        MarkedText.check(.person, "⟦Бертолини⟧ мырза Астанаға келді.", language: "kk")
        MarkedText.check(.person, "Құрметті мырза, сізге хат жазып отырмын.", language: "kk")
        MarkedText.check(.person, "Қадірлі ханым келді.", language: "kk")
        MarkedText.check(.person, "Жас ханым келді.", language: "kk")
    }

    @Test("Review of session 11: an ordinal before `ханым` is no person (`Бірінші ханым`)")
    func firstLady() {
        MarkedText.check(.person, "Кеше Бірінші ханым Алматыға келді.", language: "kk")
        MarkedText.check(.person, "Кеше Тұңғыш ханым келді.", language: "kk")
    }

    @Test("Review of session 11: `атындағы` reaches its noun only over describing words; a glued day with a possessive and no year is no date")
    func namedAfterAndGluedDays() {
        MarkedText.check(.organisation, "Құрманғазы атындағы оркестр университет сахнасында өнер көрсетті .")
        MarkedText.check(.organisation, "Абай атындағы мектепке дейінгі ұйым ашылды .")
        MarkedText.check(.organisation, "Абай атындағы институттар көп .")
        MarkedText.check(.organisation, "Ол ⟦Абай атындағы № 25 жалпы білім беретін мектепте⟧ оқиды .")
        MarkedText.check(.date, "Сериалдың 3-маусымы шығады .")
        MarkedText.check(.date, "Команда ⟦2023 жылғы 5-наурызда⟧ жеңді .")
    }
}
