import Centrality
import QuoteGraphModel

/// Centrality of every entity on the directed graph of all relations (spec: metrics),
/// weighted by evidence count unless asked otherwise. Path metrics read a weight as a
/// strength (length 1/w); spectral ones use it directly. An iterative method that does not
/// converge (eigenvector centrality on a graph without cycles, say) leaves its column
/// empty (NaN, written as null) and says so in `warnings`, never a silently wrong value.
public enum GraphMetrics {
    public static func compute(_ analysis: Analysis, weighted: Bool) -> (metrics: [EntityMetrics], warnings: [String]) {
        var index: [String: Int] = [:]
        for (i, e) in analysis.entities.enumerated() { index[e.id] = i }
        let edges = analysis.relations.compactMap { r -> (source: Int, target: Int, weight: Double)? in
            guard let s = index[r.source], let t = index[r.target] else { return nil }
            return (s, t, weighted ? Double(r.weight) : 1)
        }
        let graph = Digraph(nodeCount: analysis.entities.count, edges: edges)
        let weighting: EdgeWeighting = weighted ? .strength : .unweighted
        var warnings: [String] = []
        func iterative(_ compute: () throws(CentralityError) -> [Double]) -> [Double] {
            do { return try compute() } catch {
                warnings.append("\(error); its column is left empty")
                return Array(repeating: .nan, count: graph.nodeCount)
            }
        }
        let degree = degreeCentrality(graph)
        let betweenness = betweennessCentrality(graph, weighting: weighting)
        let closeness = closenessCentrality(graph, weighting: weighting)
        let harmonic = harmonicCentrality(graph, weighting: weighting)
        let pagerank = iterative { () throws(CentralityError) in try pageRank(graph, weighting: weighting) }
        let eigenvector = iterative { () throws(CentralityError) in try eigenvectorCentrality(graph, weighting: weighting) }
        var hubs = Array(repeating: Double.nan, count: graph.nodeCount), authorities = hubs
        do {
            (hubs, authorities) = try hits(graph, weighting: weighting)
        } catch {
            warnings.append("\(error); hub and authority columns are left empty")
        }
        let metrics = analysis.entities.indices.map { i in
            EntityMetrics(entity: analysis.entities[i].id, inDegree: degree.inDegree[i], outDegree: degree.outDegree[i],
                          inStrength: degree.inStrength[i], outStrength: degree.outStrength[i],
                          betweenness: betweenness[i], closeness: closeness[i], harmonic: harmonic[i],
                          pagerank: pagerank[i], eigenvector: eigenvector[i], hub: hubs[i], authority: authorities[i])
        }
        return (metrics, warnings)
    }
}
