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
}
