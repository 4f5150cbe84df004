import ShejireGazetteer

/// The relation rules' one answer to whether a place mention is a country.
enum Country {
    /// A place mention is a country when it comes from the list of countries
    /// (`gazetteer:countries`) and its entry says no other placetype (not `Антарктида`), or its
    /// gazetteer entry says `placetype=country`: Kazakhstan, which
    /// is listed with the places of Kazakhstan, and historical states (`КСРО`, `Османская
    /// империя`).
    static func isCountry(_ mention: Candidate, in gazetteer: Gazetteer?) -> Bool {
        guard mention.type == .place else { return false }
        let placetype = gazetteer?[mention.entity]?.attributes["placetype"]
        // An entry of the list that says it is something else is not (`Антарктида`, a continent).
        if mention.source.hasPrefix("gazetteer:countries") { return placetype == nil || placetype == "country" }
        return placetype == "country"
    }
}
