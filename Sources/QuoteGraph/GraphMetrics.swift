import QuoteGraphModel

/// Centrality of every entity on the directed relation graph.
enum GraphMetrics {
    static func compute(_ analysis: Analysis, weighted: Bool) -> [EntityMetrics] {
        var index: [String: Int] = [:]
        for (i, e) in analysis.entities.enumerated() { index[e.id] = i }
        var metrics = analysis.entities.map { EntityMetrics(entity: $0.id) }
        for r in analysis.relations {
            guard let s = index[r.source], let t = index[r.target] else { continue }
            metrics[s].outDegree += 1
            metrics[t].inDegree += 1
            metrics[s].outStrength += Double(r.weight)
            metrics[t].inStrength += Double(r.weight)
        }
        return metrics
    }
}
