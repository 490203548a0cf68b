import QuoteGraphModel

/// The metric fields of ``EntityMetrics`` by their spec names, for writers that list them all.
enum MetricColumns {
    struct Column: Sendable {
        let name: String
        let isCount: Bool
        let value: @Sendable (EntityMetrics) -> Double
    }

    static let all: [Column] = [
        Column(name: "in_degree", isCount: true) { Double($0.inDegree) },
        Column(name: "out_degree", isCount: true) { Double($0.outDegree) },
        Column(name: "degree", isCount: true) { Double($0.degree) },
        Column(name: "in_strength", isCount: false) { $0.inStrength },
        Column(name: "out_strength", isCount: false) { $0.outStrength },
        Column(name: "betweenness", isCount: false) { $0.betweenness },
        Column(name: "closeness", isCount: false) { $0.closeness },
        Column(name: "harmonic", isCount: false) { $0.harmonic },
        Column(name: "pagerank", isCount: false) { $0.pagerank },
        Column(name: "eigenvector", isCount: false) { $0.eigenvector },
        Column(name: "hub", isCount: false) { $0.hub },
        Column(name: "authority", isCount: false) { $0.authority },
    ]
}

/// Evidence spans as one cell: `doc:start-end;doc:start-end`.
enum EvidenceSpans {
    static func cell(_ evidence: [Evidence]) -> String {
        evidence.map { "\($0.document):\($0.span.start)-\($0.span.end)" }.joined(separator: ";")
    }
}
