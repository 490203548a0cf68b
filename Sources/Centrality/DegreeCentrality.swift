/// Degrees and strengths of every node, after parallel edges are merged.
///
/// A self-loop counts once towards both the in- and the out-degree of its node (twice
/// towards the total), as in networkx's `DiGraph.degree`.
public struct DegreeCentrality: Sendable, Equatable {
    /// Number of distinct in-neighbours (self included if looped): `G.in_degree`.
    public var inDegree: [Int]
    /// Number of distinct out-neighbours: `G.out_degree`.
    public var outDegree: [Int]
    /// Sum of incoming weights (evidence counts): `G.in_degree(weight="weight")`.
    public var inStrength: [Double]
    /// Sum of outgoing weights: `G.out_degree(weight="weight")`.
    public var outStrength: [Double]

    /// `inDegree + outDegree`: `G.degree`.
    public var totalDegree: [Int] { zip(inDegree, outDegree).map { $0 + $1 } }

    /// In-degree divided by n − 1 (by 1 when n ≤ 1): `in_degree_centrality`.
    public var inDegreeCentrality: [Double] { inDegree.map { Double($0) * scale } }
    /// Out-degree divided by n − 1: `out_degree_centrality`.
    public var outDegreeCentrality: [Double] { outDegree.map { Double($0) * scale } }
    /// Total degree divided by n − 1: `degree_centrality`.
    public var totalDegreeCentrality: [Double] { totalDegree.map { Double($0) * scale } }

    private var scale: Double {
        inDegree.count > 1 ? 1 / Double(inDegree.count - 1) : 1
    }
}

/// Degree centrality: the simplest centrality, a node's number of ties.
///
/// Normalisation as networkx (`degree_centrality`, `in_degree_centrality`,
/// `out_degree_centrality`): divide by n − 1, the largest degree possible without
/// self-loops and parallel edges (so values can exceed 1 when self-loops exist).
///
/// - Complexity: O(n) — read off the compressed adjacency.
/// - Reference: Linton C. Freeman, "Centrality in social networks conceptual
///   clarification", Social Networks 1(3):215–239, 1978,
///   doi:10.1016/0378-8733(78)90021-7.
public func degreeCentrality(_ graph: Digraph) -> DegreeCentrality {
    let n = graph.nodeCount
    var result = DegreeCentrality(
        inDegree: [Int](repeating: 0, count: n),
        outDegree: [Int](repeating: 0, count: n),
        inStrength: [Double](repeating: 0, count: n),
        outStrength: [Double](repeating: 0, count: n)
    )
    for u in 0..<n {
        result.outDegree[u] = graph.outOffsets[u + 1] - graph.outOffsets[u]
        result.inDegree[u] = graph.inOffsets[u + 1] - graph.inOffsets[u]
        var outSum = 0.0
        for e in graph.outOffsets[u]..<graph.outOffsets[u + 1] { outSum += graph.outWeights[e] }
        var inSum = 0.0
        for e in graph.inOffsets[u]..<graph.inOffsets[u + 1] { inSum += graph.inWeights[e] }
        result.outStrength[u] = outSum
        result.inStrength[u] = inSum
    }
    return result
}
