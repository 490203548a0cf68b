import QuoteGraphModel

/// A small hand-built analysis shared by the writer tests.
enum Sample {
    static let analysis = Analysis(
        documents: [
            DocumentSummary(id: "doc-1", chars: 4213, meta: ["source": .string("BBC"), "date": .string("2020-07-16"), "rank": .number(2)]),
        ],
        entities: [
            Entity(id: "person:dominic-raab", name: "Dominic Raab", kind: .person, aliases: ["Raab"],
                   title: "British Foreign Secretary", affiliation: "country:united-kingdom", mentions: 2),
            Entity(id: "group:apt29", name: "APT29", kind: .group, aliases: ["Cozy Bear", "the Dukes"], mentions: 3),
            Entity(id: "country:united-kingdom", name: "United Kingdom", kind: .country, mentions: 1),
        ],
        quotes: [
            Quote(id: "q1", document: "doc-1", span: TextSpan(start: 512, end: 530), text: "completely \"unacceptable\"",
                  speaker: "person:dominic-raab", speakerName: "Dominic Raab",
                  speakerSpan: TextSpan(start: 700, end: 712), cue: "said"),
            Quote(id: "q2", document: "doc-1", span: TextSpan(start: 800, end: 810), text: "no comment",
                  speakerName: "a spokesman", cue: nil),
        ],
        relations: [
            Relation(kind: .accuses, source: "person:dominic-raab", target: "group:apt29", cue: "targeting",
                     quote: "q1", evidence: [Evidence(document: "doc-1", span: TextSpan(start: 480, end: 720)),
                                             Evidence(document: "doc-1", span: TextSpan(start: 900, end: 950))]),
            Relation(kind: .affiliatedWith, source: "person:dominic-raab", target: "country:united-kingdom",
                     evidence: [Evidence(document: "doc-1", span: TextSpan(start: 0, end: 40))]),
        ],
        metrics: [
            EntityMetrics(entity: "group:apt29", inDegree: 1, outDegree: 0, inStrength: 2, outStrength: 0,
                          betweenness: 0, closeness: 0.5, harmonic: 0.5, pagerank: 0.4230769230769231,
                          eigenvector: 0.7071067811865476, hub: 0, authority: 1),
        ]
    )

    /// Every kind, hostile names and ids: keywords, ports, quotes, backslashes, escString
    /// sequences, markup, entities, control characters, line breaks and non-ASCII text.
    static let hostile = Analysis(
        entities: [
            Entity(id: "node", name: "Say \"hi\" C:\\temp\nline2 <script>alert(1)</script> R&D \\N \u{01}bell\u{07}\ttab é 日本 😀",
                   kind: .other, title: "A\r\nB\\"),
            Entity(id: "person:x", name: "x\\", kind: .person),
            Entity(id: "a\"b\\", name: "q", kind: .group),
            Entity(id: "organisation:o", name: "O &amp; P", kind: .organisation),
            Entity(id: "country:c", name: "C", kind: .country),
        ],
        relations: [
            Relation(kind: .accuses, source: "node", target: "person:x", cue: "say \"x\"\\", evidence: []),
            Relation(kind: .targets, source: "a\"b\\", target: "node", cue: "hit",
                     evidence: [Evidence(document: "d", span: TextSpan(start: 0, end: 1))]),
            Relation(kind: .denies, source: "country:c", target: "organisation:o", evidence: []),
            Relation(kind: .memberOf, source: "a\"b\\", target: "organisation:o", evidence: []),
            Relation(kind: .quotes, source: "person:x", target: "country:c", evidence: []),
            Relation(kind: .affiliatedWith, source: "person:x", target: "organisation:o", evidence: []),
        ]
    )
}
