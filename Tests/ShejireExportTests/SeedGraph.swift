import ShejireCore

/// The graph of the seed article (`kazinform-2025-10-30-ica-barcelona`), built in code from its
/// gold annotation so the tests need nothing outside the package.
enum SeedGraph {
    static let document = "kazinform-2025-10-30-ica-barcelona"

    static let headline = """
        АСТАНА. KAZINFORM – Барселонада ICA Barcelona 2025 «Knowing Pasts, Creating Futures» \
        тақырыбында Халықаралық архивтер конгресі жұмысын бастады.
        """
    static let delegation = """
        Әлем архившілерінің ең ірі кәсіби басқосуына ҚР Президенті архивінің директоры Әлия \
        Мұстафина бастаған делегация қатысуда.
        """
    static let expertGroup = """
        Форумның алғашқы күні Қазақстан Республикасы Президенті Архивінің делегациясы Халықаралық \
        архивтер кеңесінің сандық және физикалық жазбаларды басқару жөніндегі сарапшылар тобы – \
        Expert Group on Managing Digital and Physical Records ашық отырысына қатысты.
        """
    static let membership = """
        Айта кетейік, ҚР Президентінің Архиві 2023 жылдан бастап Халықаралық архивтер кеңесінің \
        (ICA) мүшесі.
        """

    static let nodes: [GraphNode] = [
        GraphNode(
            id: "person:aliya-mustafina", type: .person, name: "Әлия Мұстафина",
            aliases: ["Aliya Mustafina", "Алия Мустафина", "Мұстафина"], mentionCount: 1, documentCount: 1),
        GraphNode(
            id: "org:president-archive", type: .organisation, name: "Қазақстан Республикасы Президентінің Архиві",
            aliases: [
                "Archive of the President of the Republic of Kazakhstan", "Архив Президента Республики Казахстан",
                "Президент архиві", "ҚР Президенті архиві", "ҚР Президентінің Архиві",
            ],
            mentionCount: 4, documentCount: 1),
        GraphNode(
            id: "org:ica", type: .organisation, name: "Халықаралық архивтер кеңесі",
            aliases: ["ICA", "International Council on Archives", "Международный совет архивов"],
            mentionCount: 3, documentCount: 1),
        GraphNode(
            id: "org:ica-egmdpr", type: .organisation, name: "Expert Group on Managing Digital and Physical Records",
            aliases: ["Сандық және физикалық жазбаларды басқару жөніндегі сарапшылар тобы"], mentionCount: 2,
            documentCount: 1),
        GraphNode(
            id: "org:kazinform", type: .organisation, name: "Kazinform", aliases: ["KAZINFORM", "Казинформ", "Қазинформ"],
            mentionCount: 1, documentCount: 1),
        GraphNode(
            id: "event:ica-barcelona-2025", type: .event, name: "ICA Barcelona 2025",
            aliases: ["International Congress on Archives 2025", "Халықаралық архивтер конгресі"], mentionCount: 3,
            documentCount: 1, attributes: ["theme": "Knowing Pasts, Creating Futures"]),
        GraphNode(
            id: "place:barcelona", type: .place, name: "Барселона", aliases: ["Barcelona"],
            externalIDs: ["wikidata": "Q1492"], latitude: 41.38879, longitude: 2.15899, mentionCount: 1,
            documentCount: 1),
        GraphNode(
            id: "place:astana", type: .place, name: "Астана", aliases: ["Astana", "АСТАНА"],
            externalIDs: ["geonames": "1526273", "wikidata": "Q1520"], latitude: 51.1801, longitude: 71.44598,
            mentionCount: 1, documentCount: 1),
        GraphNode(
            id: "place:kazakhstan", type: .place, name: "Қазақстан", aliases: ["Kazakhstan", "Қазақстан Республикасы", "ҚР"],
            externalIDs: ["wikidata": "Q232"], latitude: 48.0, longitude: 68.0, mentionCount: 0, documentCount: 0),
    ]

    static func evidence(_ sentence: String, _ start: Int, rule: String, confidence: Double) -> GraphEvidence {
        GraphEvidence(
            document: document, sentence: sentence, start: start, end: start + sentence.unicodeScalars.count, rule: rule,
            confidence: confidence)
    }

    static let edges: [GraphEdge] = [
        GraphEdge(
            key: "r1", source: "person:aliya-mustafina", target: "org:president-archive", predicate: .holdsPosition,
            weight: 1, confidence: 0.9, qualifiers: ["title": "директор"], evidenceCount: 1, firstDocument: document,
            lastDocument: document,
            evidence: [evidence(delegation, 247, rule: "relation:holds-position-genitive", confidence: 0.9)]),
        GraphEdge(
            key: "r2", source: "org:president-archive", target: "org:ica", predicate: .memberOf, weight: 1,
            confidence: 0.85, qualifiers: ["since": "2023"], evidenceCount: 1, firstDocument: document,
            lastDocument: document,
            evidence: [evidence(membership, 1758, rule: "relation:member-of-kk", confidence: 0.85)]),
        GraphEdge(
            key: "r3", source: "event:ica-barcelona-2025", target: "place:barcelona", predicate: .heldIn, weight: 1,
            confidence: 0.8, qualifiers: ["date": "2025-10-27/2025-10-30"], evidenceCount: 1, firstDocument: document,
            lastDocument: document,
            evidence: [evidence(headline, 103, rule: "relation:held-in-locative", confidence: 0.8)]),
        GraphEdge(
            key: "r4", source: "org:president-archive", target: "event:ica-barcelona-2025", predicate: .participatedIn,
            weight: 1, confidence: 0.75, evidenceCount: 1, firstDocument: document, lastDocument: document,
            evidence: [evidence(delegation, 247, rule: "relation:participated-in-delegation", confidence: 0.75)]),
        GraphEdge(
            key: "r5", source: "org:ica-egmdpr", target: "org:ica", predicate: .partOf, weight: 1, confidence: 0.8,
            evidenceCount: 1, firstDocument: document, lastDocument: document,
            evidence: [evidence(expertGroup, 763, rule: "relation:part-of-genitive", confidence: 0.8)]),
        GraphEdge(
            key: "r6", source: "org:kazinform", target: "place:astana", predicate: .coOccursWith, weight: 1,
            confidence: 0.5, evidenceCount: 1, firstDocument: document, lastDocument: document,
            evidence: [evidence(headline, 103, rule: "relation:co-occurrence", confidence: 0.5)]),
    ]

    static let graph = GraphSnapshot(nodes: nodes, edges: edges)
}
