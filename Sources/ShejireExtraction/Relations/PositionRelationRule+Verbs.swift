import ShejireCore

/// Russian `holds_position` stated by a verb of heading instead of a title: `Синдзи Харада,
/// ранее возглавлявший отдел России`, `Иван Петров возглавляет Омский театр драмы`,
/// `Ольга Ким руководит компанией «Вектор»`. The title qualifier is that of `position:head`
/// (`басшы`); the relation has no title range, since no title word is written.
extension PositionRelationRule {
    /// Finite forms and participles of `возглавлять`/`возглавить`/`руководить`.
    static let headVerbs: Set<String> = [
        "возглавляет", "возглавлял", "возглавляла", "возглавил", "возглавила", "возглавит", "возглавлявший",
        "возглавлявшая", "возглавлявшего", "возглавлявшей", "возглавляющий", "возглавляющая", "возглавляющего",
        "возглавляющей", "возглавивший", "возглавившая", "возглавившего", "руководит", "руководил", "руководила",
        "руководящий", "руководящая", "руководивший", "руководившая", "руководившего", "руководящего",
    ]
    /// Words that may stand between the person and the verb: `, ранее возглавлявший`, `, который возглавляет`.
    static let headVerbGapWords: Set<String> = [
        ",", "ранее", "ныне", "сейчас", "теперь", "также", "давно", "который", "которая", "долгое", "время", "много",
        "лет", "до", "этого", "тогда", "прежде", "уже",
    ]
    /// The canonical name of `position:head`, the title these relations carry.
    static let headTitle = "басшы"

    /// `PERSON (, ранее) возглавлявший ORG`: the person right before a verb of heading and the
    /// organisation or place right after it.
    func headVerbRelations(in context: RelationContext) -> [Relation] {
        guard context.analyzed.document.language != "kk" else { return [] }
        let m = context.mentions
        var found: [Relation] = []
        for sentence in context.sentences {
            guard let range = context.sentenceTokens[sentence] else { continue }
            let indices = context.mentions(inSentence: sentence)
            for t in range where Self.headVerbs.contains(context.folded(t)) {
                guard let holder = indices.last(where: { m[$0].tokens.upperBound <= t }), m[holder].type == .person,
                    t - m[holder].tokens.upperBound <= 4,
                    (m[holder].tokens.upperBound..<t).allSatisfy({ Self.headVerbGapWords.contains(context.folded($0)) }),
                    let owner = indices.first(where: { m[$0].tokens.lowerBound > t }), isOwner(context, owner),
                    m[owner].tokens.lowerBound - t <= 3,
                    ((t + 1)..<m[owner].tokens.lowerBound).allSatisfy({ u in
                        let token = context.analyzed.tokens[u]
                        return token.kind == .quote || (token.isWord && !token.isCapitalized && PositionPhraseRule.isAdjective(token.folded))
                    })
                else { continue }
                var qualifiers = ["title": Self.headTitle]
                qualifiers.merge(context.period(inSentence: sentence)) { a, _ in a }
                guard m[owner].entity != m[holder].entity else { continue }
                found.append(
                    context.relation(
                        holder, .holdsPosition, owner, qualifiers: qualifiers, confidence: 0.7,
                        rule: "relation:holds-position-verb"))
            }
        }
        return found
    }
}
