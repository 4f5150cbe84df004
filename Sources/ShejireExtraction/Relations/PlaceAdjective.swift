import ShejireGazetteer

/// Russian geographic adjectives that name the owner of an office: `российский президент`,
/// `американский госсекретарь`, `британский премьер`, `московский мэр`.
///
/// A hand-written list of adjective stems (folded, lower case), each mapped to the id of the
/// place in the shipped gazetteer (`российск` → `place:russia`). The stem is matched as a word
/// prefix followed by an adjective ending (`российского`, `российскому`), so `россия` itself is
/// no match. Only used right before a position title (`PositionPhraseRule`), where the adjective
/// says whose office it is; elsewhere (`российский рынок`) it names no place mention.
enum PlaceAdjective {
    /// Adjective stem → gazetteer place id.
    static let stems: [String: String] = [
        "российск": "place:russia", "американск": "place:usa", "британск": "place:united-kingdom",
        "английск": "place:united-kingdom", "японск": "place:japan", "китайск": "place:china",
        "украинск": "place:ukraine", "французск": "place:france", "германск": "place:germany",
        "немецк": "place:germany", "итальянск": "place:italy", "испанск": "place:spain", "польск": "place:poland",
        "грузинск": "place:georgia", "белорусск": "place:belarus", "казахстанск": "place:kazakhstan",
        "турецк": "place:turkey", "израильск": "place:israel", "иранск": "place:iran", "египетск": "place:egypt",
        "индийск": "place:india", "канадск": "place:canada", "бразильск": "place:brazil",
        "португальск": "place:portugal", "эстонск": "place:estonia", "латвийск": "place:latvia",
        "литовск": "place:lithuania", "молдавск": "place:moldova", "армянск": "place:armenia",
        "азербайджанск": "place:azerbaijan", "киргизск": "place:kyrgyzstan", "кыргызск": "place:kyrgyzstan",
        "узбекск": "place:uzbekistan", "таджикск": "place:tajikistan", "туркменск": "place:turkmenistan",
        "северокорейск": "place:north-korea", "южнокорейск": "place:south-korea", "афганск": "place:afghanistan",
        "пакистанск": "place:pakistan", "сирийск": "place:syria", "иракск": "place:iraq", "ливийск": "place:libya",
        "ливанск": "place:lebanon", "иорданск": "place:jordan", "саудовск": "place:saudi-arabia",
        "австралийск": "place:australia", "австрийск": "place:austria", "швейцарск": "place:switzerland",
        "шведск": "place:sweden", "норвежск": "place:norway", "финск": "place:finland", "финляндск": "place:finland",
        "датск": "place:denmark", "голландск": "place:netherlands", "нидерландск": "place:netherlands",
        "бельгийск": "place:belgium", "греческ": "place:greece", "венгерск": "place:hungary", "чешск": "place:czechia",
        "словацк": "place:slovakia", "сербск": "place:serbia", "хорватск": "place:croatia",
        "болгарск": "place:bulgaria", "румынск": "place:romania", "мексиканск": "place:mexico",
        "аргентинск": "place:argentina", "венесуэльск": "place:venezuela", "кубинск": "place:cuba",
        "чилийск": "place:chile", "колумбийск": "place:colombia", "монгольск": "place:mongolia",
        "вьетнамск": "place:vietnam", "московск": "place:moscow", "петербургск": "place:saint-petersburg",
        "киевск": "place:kyiv", "алматинск": "place:almaty", "астанинск": "place:astana",
        "ирландск": "place:ireland", "шотландск": "place:scotland", "исландск": "place:iceland",
        "люксембургск": "place:luxembourg", "словенск": "place:slovenia", "черногорск": "place:montenegro",
        "албанск": "place:albania", "кипрск": "place:cyprus", "мальтийск": "place:malta",
        "индонезийск": "place:indonesia", "таиландск": "place:thailand", "филиппинск": "place:philippines",
        "малайзийск": "place:malaysia", "сингапурск": "place:singapore", "тайваньск": "place:taiwan",
        "непальск": "place:nepal", "бангладешск": "place:bangladesh", "шри-ланкийск": "place:sri-lanka",
        "палестинск": "place:palestine", "катарск": "place:qatar", "кувейтск": "place:kuwait",
        "йеменск": "place:yemen", "марокканск": "place:morocco", "алжирск": "place:algeria",
        "тунисск": "place:tunisia", "суданск": "place:sudan", "эфиопск": "place:ethiopia",
        "сомалийск": "place:somalia", "нигерийск": "place:nigeria", "кенийск": "place:kenya",
        "южноафриканск": "place:south-africa", "перуанск": "place:peru", "боливийск": "place:bolivia",
        "эквадорск": "place:ecuador", "уругвайск": "place:uruguay", "новозеландск": "place:new-zealand",
        "абхазск": "place:abkhazia", "южноосетинск": "place:south-ossetia", "крымск": "place:crimea",
        // Regions of Russia whose adjective names the region (`подмосковный губернатор`).
        "подмосковн": "place:moscow-oblast", "чеченск": "place:chechnya", "татарстанск": "place:tatarstan",
        "башкирск": "place:bashkortostan", "дагестанск": "place:dagestan", "ингушск": "place:ingushetia",
        "кабардино-балкарск": "place:kabardino-balkaria", "якутск": "place:yakutia",
        "бурятск": "place:buryatia", "приморск": "place:primorsky-krai", "хабаровск": "place:khabarovsk-krai",
        "краснодарск": "place:krasnodar-krai", "ставропольск": "place:stavropol-krai",
        "калининградск": "place:kaliningrad-oblast", "свердловск": "place:sverdlovsk-oblast",
        "ленинградск": "place:leningrad-oblast", "екатеринбургск": "place:yekaterinburg",
    ]

    /// Adjective endings after the stem (`-ий`, `-ого`, `-ому`, `-им`, `-ом`, `-ая`, `-ой`, `-ую`, ...).
    static let endings: Set<String> = [
        "ий", "ого", "ому", "им", "ом", "ая", "ой", "ую", "ое", "ие", "их", "ими",
        // After a stem in `-н` (`подмосковн-ый`).
        "ый", "ым", "ые", "ых", "ыми",
    ]

    /// The gazetteer place id a folded word names as an adjective, if any.
    static func placeID(_ folded: String) -> String? {
        // Stems are 4 to 18 characters; try the longest prefix first (`северокорейск` before none shorter).
        let characters = Array(folded)
        guard characters.count > 5 else { return nil }
        for length in stride(from: min(characters.count - 2, 18), through: 4, by: -1) {
            let stem = String(characters[..<length])
            guard let id = stems[stem] else { continue }
            return endings.contains(String(characters[length...])) ? id : nil
        }
        return nil
    }
}
