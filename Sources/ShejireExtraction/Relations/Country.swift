import ShejireGazetteer

/// The relation rules' one answer to whether a place mention is a country.
enum Country {
    /// A place mention is a country when it comes from the list of countries
    /// (`gazetteer:countries`) or its gazetteer entry says `placetype=country`: Kazakhstan, which
    /// is listed with the places of Kazakhstan, and historical states (`КСРО`, `Османская
    /// империя`).
    static func isCountry(_ mention: Candidate, in gazetteer: Gazetteer?) -> Bool {
        guard mention.type == .place else { return false }
        if mention.source.hasPrefix("gazetteer:countries") { return true }
        return gazetteer?[mention.entity]?.attributes["placetype"] == "country"
    }
}
