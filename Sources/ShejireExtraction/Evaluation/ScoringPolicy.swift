import ShejireCore

/// Which gold entities count and how much each token weighs in the partial score.
///
/// `conll` counts every gold chunk with every token. `factRuEval` follows the official
/// factRuEval-2016 track 1 scorer (`dialent/task1/eval.py` and `config.py`):
/// - a token weighs 1 in an entity if one of the entity's spans covering it has a name-like
///   label: `name`, `surname`, `patronymic`, `nickname` for persons; `org_name`, `loc_name` for
///   organisations and places. Descriptors (`org_descr`, `loc_descr`, `job`, `geo_adj`) weigh
///   0: missing "мэрии" in "мэрии Москвы" costs nothing in the partial score;
/// - an entity with no such token ("unnamed", e.g. just "компания") is ignored;
/// - an entity whose tokens are a proper subset of a possible parent's is ignored (a person
///   or place inside a place or organisation, an organisation inside an organisation);
/// - of two entities with the same tokens, only one counts (the organisation, or the matched one).
/// An ignored entity is neither found nor missed, and a prediction matched to it is not counted.
public struct ScoringPolicy: Sendable, Hashable {
    /// Part labels that weigh 1, per type; a type not listed weighs every token 1.
    public var namedPartLabels: [EntityType: Set<String>]
    /// Ignore gold entities without a token of weight above 0.
    public var ignoreUnnamed: Bool
    /// Ignore gold entities nested in, or duplicating, another one of a parent type.
    public var ignoreNested: Bool
    /// The types an entity of a type may be nested in.
    public var parentTypes: [EntityType: Set<EntityType>]

    public init(
        namedPartLabels: [EntityType: Set<String>] = [:], ignoreUnnamed: Bool = false, ignoreNested: Bool = false,
        parentTypes: [EntityType: Set<EntityType>] = [:]
    ) {
        self.namedPartLabels = namedPartLabels
        self.ignoreUnnamed = ignoreUnnamed
        self.ignoreNested = ignoreNested
        self.parentTypes = parentTypes
    }

    /// Every gold chunk counts, every token weighs 1.
    public static let conll = ScoringPolicy()

    /// The official factRuEval-2016 rules, in the `-l` mode (LocOrg counted as a location).
    public static let factRuEval = ScoringPolicy(
        namedPartLabels: [
            .person: ["name", "surname", "patronymic", "nickname"],
            .organisation: ["org_name", "loc_name"],
            .place: ["org_name", "loc_name"],
        ],
        ignoreUnnamed: true,
        ignoreNested: true,
        parentTypes: [
            .person: [.place, .organisation],
            .place: [.place, .organisation],
            .organisation: [.organisation],
        ])

    public static func `default`(for format: CorpusFormat) -> ScoringPolicy {
        switch format {
        case .conll: .conll
        case .factRuEval: .factRuEval
        }
    }

    /// The weight of a token covered by parts with these labels, in an entity of this type.
    func weight(type: EntityType, partLabels: [String]) -> Double {
        guard let named = namedPartLabels[type] else { return 1 }
        return partLabels.contains(where: named.contains) ? 1 : 0
    }
}
