import Centrality
import QuoteGraphModel

/// Centrality of every entity on the directed graph of all relations (spec: metrics),
/// weighted by evidence count unless asked otherwise: the default columns of a
/// ``MetricsTable``. A method that does not converge (eigenvector centrality on a graph
/// without cycles, say) leaves its column empty (written as null) and says so in
/// `warnings`, never a silently wrong value.
public enum GraphMetrics {
    public static func compute(_ analysis: Analysis, weighted: Bool) -> (metrics: [EntityMetrics], warnings: [String]) {
        let graph = NamedGraph(analysis: analysis, weighted: weighted)
        let (table, failures) = MetricsTable.computeAll(graph, weighting: weighted ? .strength : .unweighted)
        let column = Dictionary(uniqueKeysWithValues: table.columns.enumerated().map { ($1, $0) })
        let metrics = table.rows.map { row in
            func value(_ m: Metric) -> Double { row.values[column[m]!] }
            return EntityMetrics(entity: row.id, inDegree: Int(value(.inDegree)), outDegree: Int(value(.outDegree)),
                                 inStrength: value(.inStrength), outStrength: value(.outStrength),
                                 betweenness: value(.betweenness), closeness: value(.closeness), harmonic: value(.harmonic),
                                 pagerank: value(.pagerank), eigenvector: value(.eigenvector),
                                 hub: value(.hub), authority: value(.authority))
        }
        return (metrics, failures.map(\.description))
    }
}
