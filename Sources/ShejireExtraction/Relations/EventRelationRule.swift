import ShejireCore

/// Relations of events: `held_in` (event -> place, with the event's `date`),
/// `participated_in` (person or organisation -> event) and `organised_by` (event -> organisation).
///
/// - `held_in`: an event and a place in the locative in one sentence (`Барселонада ICA
///   Barcelona 2025 ... конгресі жұмысын бастады`, `конгресс в Барселоне`, `congress in
///   Barcelona`). The `date` qualifier is a date in a sentence that names the event, or that
///   refers to it by a generic event noun (`Конгресс 27-30 қазан аралығында өтеді`) when the
///   document has one event.
/// - `participated_in`: a participation verb (қатысты, қатысуда, участвовал, принял участие,
///   took part, attended) with the event named or referred to in the sentence (`басқосуына`,
///   `форумға`); the participants are the organisation or person whose delegation it is (`X
///   делегациясы`, `Y бастаған делегация`, role `head of delegation`), or the sentence's
///   subject (first agent, not in the genitive).
/// - `organised_by`: an explicit verb (ұйымдастырған, организовал, organised by), or an
///   organisation's acronym inside the event's name (`ICA Barcelona 2025`), with lower confidence.
public struct EventRelationRule: RelationRule {
    public init() {}

    static let eventNouns = [
        "конгресс", "форум", "конференц", "съезд", "съез", "саммит", "фестивал", "басқосу", "жиын", "симпозиум",
        "congress", "forum", "conference", "summit", "festival", "symposium", "кеңес", "отырыс",
    ]
    static let participationWords = ["қатыс", "участв", "участи", "attend", "participat", "took part", "took"]
    static let delegationWords = ["делегаци", "delegation"]
    static let organiserWords = ["ұйымдастыр", "организова", "организатор", "organised", "organized", "hosted"]

    public func relations(in context: RelationContext) -> [Relation] {
        let m = context.mentions
        let eventEntities = Set(m.filter { $0.type == .event }.map(\.entity))
        let soleEvent: String? = eventEntities.count == 1 ? eventEntities.first : nil
        var found: [Relation] = []
        let eventDates = dates(context, soleEvent: soleEvent)
        for sentence in context.sentences {
            guard let tokens = context.sentenceTokens[sentence] else { continue }
            let events = context.mentions(inSentence: sentence, types: [.event])
            // held_in
            for event in events {
                for place in context.mentions(inSentence: sentence, types: [.place]) where context.isLocative(place) {
                    var qualifiers: [String: String] = [:]
                    if let date = eventDates[m[event].entity] { qualifiers["date"] = date }
                    found.append(context.relation(event, .heldIn, place, qualifiers: qualifiers, confidence: 0.75, rule: "relation:held-in", anchor: event))
                }
            }
            // participated_in
            if let verb = context.firstToken(in: tokens, startingWith: Self.participationWords) {
                found += participation(context, sentence, tokens: tokens, verb: verb, events: events, soleEvent: soleEvent)
            }
            // organised_by, explicit
            if context.firstToken(in: tokens, startingWith: Self.organiserWords) != nil {
                for event in events {
                    for org in context.mentions(inSentence: sentence, types: [.organisation]) {
                        found.append(context.relation(event, .organisedBy, org, confidence: 0.7, rule: "relation:organised-by", anchor: event))
                    }
                }
            }
        }
        found += organiserAcronyms(context)
        return found
    }

    /// Whether the sentence refers to an event by a generic noun (`конгресс`, `форумға`) that is
    /// no part of another mention: `Халықаралық архивтер кеңесінің` is an organisation, not a
    /// meeting (`кеңес`; session 13).
    func namesEventByNoun(_ context: RelationContext, _ sentence: Int, _ tokens: Range<Int>) -> Bool {
        let named = context.mentions(inSentence: sentence, types: [.organisation, .place, .person, .position])
        return tokens.contains { t in
            let word = context.folded(t)
            return Self.eventNouns.contains(where: word.hasPrefix) && !named.contains { context.mentions[$0].tokens.contains(t) }
        }
    }

    /// The date of each event: a non-relative date in a sentence that names or refers to it.
    func dates(_ context: RelationContext, soleEvent: String?) -> [String: String] {
        let m = context.mentions
        var result: [String: String] = [:]
        for sentence in context.sentences {
            guard let tokens = context.sentenceTokens[sentence] else { continue }
            let dates = context.mentions(inSentence: sentence, types: [.date]).filter { m[$0].value != nil }
            guard let date = dates.first, let value = m[date].value else { continue }
            var events = Set(context.mentions(inSentence: sentence, types: [.event]).map { m[$0].entity })
            if events.isEmpty, let soleEvent, namesEventByNoun(context, sentence, tokens) {
                events = [soleEvent]
            }
            for event in events where result[event] == nil || (result[event]!.contains("/") == false && value.contains("/")) {
                result[event] = value
            }
        }
        return result
    }

    func participation(
        _ context: RelationContext, _ sentence: Int, tokens: Range<Int>, verb: Int, events: [Int], soleEvent: String?
    ) -> [Relation] {
        let m = context.mentions
        // The event: named in the sentence, or referred to by a generic noun in a one-event document.
        let eventIndex: Int? = events.first ?? {
            guard let soleEvent, namesEventByNoun(context, sentence, tokens) else { return nil }
            return m.firstIndex { $0.entity == soleEvent }
        }()
        guard let eventIndex else { return [] }
        let agents = context.mentions(inSentence: sentence, types: [.organisation, .person]).filter { m[$0].tokens.upperBound <= verb }
        var found: [Relation] = []
        var participants: [(Int, [String: String])] = []
        // Delegations: `X делегациясы`, `X ... Y бастаған делегация`.
        for delegation in tokens where Self.delegationWords.contains(where: { context.folded(delegation).hasPrefix($0) }) {
            guard let nearest = agents.last(where: { m[$0].tokens.upperBound <= delegation }) else { continue }
            let between = (m[nearest].tokens.upperBound..<delegation).map { context.folded($0) }
            if between.isEmpty {
                participants.append((nearest, [:]))
            } else if between.count <= 2, between.contains(where: { $0.hasPrefix("бастаған") || $0.hasPrefix("возглав") || $0 == "led" }) {
                participants.append((nearest, m[nearest].type == .person ? ["role": "head of delegation"] : [:]))
                // The organisation the leader belongs to: an organisation right before a position before the person.
                if let k = agents.firstIndex(of: nearest), k > 0, m[agents[k - 1]].type == .organisation,
                    m[nearest].tokens.lowerBound - m[agents[k - 1]].tokens.upperBound <= 2
                {
                    participants.append((agents[k - 1], [:]))
                }
            }
        }
        if participants.isEmpty, let subject = agents.first(where: { !context.isKazakhGenitive($0) }),
            m[subject].tokens.lowerBound - tokens.lowerBound <= 3
        {
            participants.append((subject, [:]))
        }
        for (agent, qualifiers) in participants where m[agent].entity != m[eventIndex].entity {
            var relation = context.relation(agent, .participatedIn, eventIndex, qualifiers: qualifiers, confidence: 0.7, rule: "relation:participated-in")
            relation.sentence = context.sentenceBytes(sentence)
            found.append(relation)
        }
        return found
    }

    /// `organised_by` from an organisation acronym inside an event's name (`ICA Barcelona 2025`).
    func organiserAcronyms(_ context: RelationContext) -> [Relation] {
        let m = context.mentions
        var acronyms: [String: Int] = [:]
        for (index, mention) in m.enumerated() where mention.type == .organisation && mention.tokens.count == 1 {
            let token = context.analyzed.tokens[mention.tokens.lowerBound]
            if token.isAllUpper, token.text.count >= 2, acronyms[token.folded] == nil { acronyms[token.folded] = index }
        }
        var found: [Relation] = []
        var seen: Set<String> = []
        for (index, mention) in m.enumerated() where mention.type == .event && !seen.contains(mention.entity) {
            for token in mention.tokens {
                if let org = acronyms[context.folded(token)] {
                    seen.insert(mention.entity)
                    found.append(context.relation(index, .organisedBy, org, confidence: 0.6, rule: "relation:organised-by-acronym", anchor: index))
                    break
                }
            }
        }
        return found
    }
}
