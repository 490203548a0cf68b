/// Closeness centrality with the Wasserman–Faust correction, on *incoming* distances:
///
///     C(u) = (r(u) − 1) / Σ_v d(v, u) · (r(u) − 1) / (n − 1)
///
/// where r(u) counts the nodes that can reach u (u included) and the sum runs over
/// them. This is networkx's `closeness_centrality(G, distance=…, wf_improved=True)`
/// for a `DiGraph`, which measures distance *to* u (it searches the reversed graph).
/// A node nobody reaches, and every node of a one-node graph, scores 0.
///
/// - Parameter weighting: `.unweighted` counts hops; `.strength` uses length 1 / w;
///   `.distance` uses w (see `EdgeWeighting`).
/// - Complexity: O(n·m) unweighted, done as ⌈n / 64⌉ bit-parallel breadth-first
///   passes of O(L·(n + m)) word operations each, L the largest eccentricity (see
///   `MultiSourceBreadthFirst`); O(n·m log n) weighted, one Dijkstra search per node.
///   Parallel over the machine's cores.
/// - Reference: Alex Bavelas, "Communication patterns in task-oriented groups",
///   J. Acoustical Society of America 22(6):725–730, 1950, doi:10.1121/1.1906679;
///   Stanley Wasserman and Katherine Faust, *Social Network Analysis: Methods and
///   Applications*, Cambridge University Press, 1994, doi:10.1017/CBO9780511815478.
public func closenessCentrality(_ graph: Digraph, weighting: EdgeWeighting = .unweighted) -> [Double] {
    let n = graph.nodeCount
    let totals = reverseDistanceTotals(graph, weighting: weighting)
    var result = [Double](repeating: 0, count: n)
    for u in 0..<n where totals.distanceSum[u] > 0 && n > 1 {
        let others = Double(totals.reached[u] - 1)
        result[u] = others / totals.distanceSum[u] * (others / Double(n - 1))
    }
    return result
}
