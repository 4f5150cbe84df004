import ShejireCore

/// How a predicate, between ends of given types, is said in RiC-O 1.1: the class of the
/// reified relation, the property linking it to a position, and the direct properties whose
/// `rdfs:domain` and `rdfs:range` fit both ends.
///
/// | predicate | ends | relation class | direct property |
/// |---|---|---|---|
/// | holds_position | person -> organisation, leading title | `rico:LeadershipRelation` | `rico:isOrWasLeaderOf` |
/// | holds_position | person -> organisation, other title | `rico:MembershipRelation` | `rico:isOrWasMemberOf` |
/// | member_of | person -> organisation | `rico:MembershipRelation` | `rico:isOrWasMemberOf` |
/// | member_of, holds_position | organisation -> organisation | `rico:AgentToAgentRelation` | none |
/// | part_of | organisation -> organisation | `rico:GroupSubdivisionRelation` | `rico:isOrWasSubdivisionOf` |
/// | part_of | place -> place | `rico:PlaceRelation` | `rico:isOrWasContainedBy` |
/// | part_of | other | `rico:WholePartRelation` | `rico:isOrWasPartOf` |
/// | located_in | organisation -> place | `rico:PlaceRelation` | `rico:agentHasOrHadLocation` |
/// | located_in | place -> place | `rico:PlaceRelation` | `rico:isOrWasContainedBy` |
/// | located_in, held_in | other -> place | `rico:PlaceRelation` | `rico:hasOrHadLocation` |
/// | participated_in | any -> event | `rico:EventRelation` | `rico:isOrWasParticipantIn` |
/// | organised_by | event -> any | `rico:EventRelation` | `rico:isEventAssociatedWith` |
/// | co_occurs_with, anything else | | `rico:Relation` | none |
struct RiCOMapping {
    var relationClass: StaticString = "rico:Relation"
    /// `rico:leadershipWithPosition` or `rico:membershipWithPosition`, for holds_position.
    var positionProperty: StaticString? = nil
    var directProperties: [StaticString] = []

    init(edge: GraphEdge, sourceType: EntityType?, targetType: EntityType?) {
        let sourceIsGroup = Self.isGroup(sourceType)
        let targetIsGroup = Self.isGroup(targetType)
        switch edge.predicate {
        case .holdsPosition, .memberOf:
            if sourceType == .person && targetIsGroup {
                let leads = edge.predicate == .holdsPosition && Self.isLeadingTitle(edge.qualifiers["title"] ?? "")
                relationClass = leads ? "rico:LeadershipRelation" : "rico:MembershipRelation"
                positionProperty = leads ? "rico:leadershipWithPosition" : "rico:membershipWithPosition"
                directProperties = [leads ? "rico:isOrWasLeaderOf" : "rico:isOrWasMemberOf"]
            } else if Self.isAgent(sourceType) && Self.isAgent(targetType) {
                relationClass = "rico:AgentToAgentRelation"
            }
        case .partOf:
            if sourceIsGroup && targetIsGroup {
                relationClass = "rico:GroupSubdivisionRelation"
                directProperties = ["rico:isOrWasSubdivisionOf"]
            } else if sourceType == .place && targetType == .place {
                relationClass = "rico:PlaceRelation"
                directProperties = ["rico:isOrWasContainedBy"]
            } else if sourceType != nil && targetType != nil {
                relationClass = "rico:WholePartRelation"
                directProperties = ["rico:isOrWasPartOf"]
            }
        case .locatedIn, .heldIn:
            guard targetType == .place, sourceType != nil else { break }
            relationClass = "rico:PlaceRelation"
            if sourceType == .place {
                directProperties = ["rico:isOrWasContainedBy"]
            } else if Self.isAgent(sourceType) {
                directProperties = ["rico:agentHasOrHadLocation"]
            } else {
                directProperties = ["rico:hasOrHadLocation"]
            }
        case .participatedIn:
            guard targetType == .event, sourceType != nil else { break }
            relationClass = "rico:EventRelation"
            directProperties = ["rico:isOrWasParticipantIn"]
        case .organisedBy:
            guard sourceType == .event, targetType != nil else { break }
            relationClass = "rico:EventRelation"
            directProperties = ["rico:isEventAssociatedWith"]
        case .coOccursWith:
            break
        }
    }

    /// The RiC-O class of an entity type.
    static func className(for type: EntityType) -> StaticString {
        switch type {
        case .person: "rico:Person"
        case .organisation: "rico:CorporateBody"
        case .place: "rico:Place"
        case .date: "rico:Date"
        case .event: "rico:Event"
        case .position: "rico:Position"
        }
    }

    /// The entity type named by an id's prefix (`person:`, `org:`, ...), or `nil`.
    static func entityType(ofID id: String) -> EntityType? {
        guard let colon = id.firstIndex(of: ":") else { return nil }
        let prefix = id[..<colon]
        return EntityType.allCases.first { $0.idPrefix == prefix }
    }

    /// A `rico:Group` (organisations are `rico:CorporateBody`).
    static func isGroup(_ type: EntityType?) -> Bool { type == .organisation }

    /// A `rico:Agent`: person, organisation or position.
    static func isAgent(_ type: EntityType?) -> Bool {
        type == .person || type == .organisation || type == .position
    }

    /// Whether a job title names the one who leads the organisation (director, chair, head,
    /// rector, minister, akim, ... in Kazakh, Russian and English), not a deputy.
    static func isLeadingTitle(_ title: String) -> Bool {
        let folded = title.lowercased()
        for deputy in ["орынбасар", "заместител", "deputy", "vice", "вице"] where folded.contains(deputy) {
            return false
        }
        let words = folded.split { !$0.isLetter }
        return words.contains { word in
            leadingStems.contains { word.hasPrefix($0) }
        }
    }

    private static let leadingStems = [
        "директор", "director", "басшы", "төраға", "төрағ", "председател", "chair", "head", "глава", "руководител",
        "начальник", "бастық", "президент", "president", "ректор", "rector", "министр", "minister", "әкім",
        "аким", "mayor", "губернатор", "governor", "chief", "ceo",
    ]
}
