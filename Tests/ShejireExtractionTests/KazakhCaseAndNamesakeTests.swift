import ShejireCore
import Testing

/// Marked-text tests for the Kazakh patterns of session 10: a quoted name declined inside its
/// quotes, more descriptors after quoted names, a number opening a foreign name, and a person's
/// name that only names a street or a facility. The sentences are written for these tests.
@Suite("Kazakh case endings and namesakes")
struct KazakhCaseAndNamesakeTests {
    @Test("A quoted name in the genitive inside its quotes is a body")
    func quotedGenitive() {
        MarkedText.check(.organisation, "Кеше « ⟦Самұрықтың⟧ » жанкүйерлері алаңға жиналды .")
        MarkedText.check(.organisation, "Жиынға « ⟦Жаңа Өрістің⟧ » атынан екі адам қатысты .")
        // A work's title: its author, not a body.
        MarkedText.check(.organisation, "Мен « Көк Бөрінің » авторымен кездестім .")
        // Not declined and with no descriptor: nothing says what it is.
        MarkedText.check(.organisation, "Бәрі « Көк Бөрі » деп атады .")
    }

    @Test("Societies, factions, farms, schools and kindergartens describe a quoted name")
    func moreDescriptors() {
        MarkedText.check(.organisation, "« ⟦Береке⟧ » шаруа қожалығы биыл мол өнім жинады .")
        MarkedText.check(.organisation, "« ⟦Ана тілі⟧ » қоғамы жиын өткізді .")
        MarkedText.check(.organisation, "« ⟦Шұғыла⟧ » лицейінің оқушылары жүлделі орын алды .")
        MarkedText.check(.organisation, "« ⟦Таңшолпан⟧ » балабақшасы жөндеуден өтті .")
        MarkedText.check(.organisation, "« ⟦Ақ желкен⟧ » фракциясының мүшелері дауыс берді .")
    }

    @Test("A number opening a foreign name before a Kazakh head is in the name; a count is not")
    func leadingNumber() {
        MarkedText.check(.organisation, "⟦500 Startups⟧ компаниясының кеңсесі осы қалада .")
        MarkedText.check(.organisation, "Онда 2 ⟦Nordex⟧ зауыты жұмыс істейді .")
    }

    @Test("A person's name before a street's or a facility's head names the facility")
    func facilityNamesakes() {
        MarkedText.check(.person, "Жиналыс Жамбыл көшесінде өтті .")
        MarkedText.check(.person, "Дүкен Төле би даңғылында орналасқан .")
        MarkedText.check(.person, "Олар Байтұрсынов пен Сейфуллин көшелерінің қиылысында кездесті .")
        // A monument is the person's own.
        MarkedText.check(.person, "Қалада ⟦Абай⟧ ескерткіші жаңартылды .")
        MarkedText.check(.person, "⟦Тоқаев⟧ әуежайда қонақтарды қарсы алды .")
    }

    @Test("Names listed before a plural place head with the possessive are places")
    func listedPlaces() {
        MarkedText.check(.place, "Жаңа жол ⟦Махамбет⟧ , ⟦Индер⟧ және ⟦Исатай⟧ аудандарын байланыстырады .")
        MarkedText.check(.person, "Жаңа жол Махамбет , Индер және Исатай аудандарын байланыстырады .")
        // Without the possessive the plural noun heads no name.
        MarkedText.check(.person, "⟦Тоқаев⟧ пен ⟦Путин⟧ қалаларды аралады .")
    }

    @Test("бұрынғы 'former' before a title is in the title")
    func formerTitles() {
        MarkedText.check(.position, "Облыстық білім басқармасының ⟦бұрынғы жетекшісі⟧ Ержан Қасымов сотталды .")
        MarkedText.check(.position, "Бұл мәселені ⟦бұрынғы министр⟧ де көтерген .")
    }

    @Test("A comma in a list of fields closed by және stays inside the name")
    func listInsideName() {
        MarkedText.check(.organisation, "⟦Қазақстан менеджмент , экономика және болжау институты⟧ студенттерімен жүздесті .")
        MarkedText.check(.organisation, "Ол ⟦Алматы энергетика , байланыс және көлік колледжінде⟧ оқиды .")
        MarkedText.check(.organisation, "Біз тарих , әдебиет және өнер туралы сөйлестік .")
    }
}
