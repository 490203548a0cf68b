/// PageRank by power iteration, replicating networkx's `pagerank` (its SciPy
/// implementation) step for step:
///
///     x ← α (x P + (Σ_{dangling d} x_d) / n) + (1 − α) / n
///
/// where P is the row-stochastic matrix P_ij = s_ij / Σ_k s_ik from edge strengths s
/// (self-loops included), dangling nodes (no out-edges) spread their score uniformly,
/// and the iteration starts at the uniform vector. It stops when Σ |x − x_last| <
/// n · tolerance and returns the last x as networkx does (it already sums to 1 up to
/// rounding).
///
/// - Parameters:
///   - weighting: edge strength: 1 (`.unweighted`), w (`.strength`) or 1 / w (`.distance`).
///   - alpha: damping factor.
///   - tolerance: networkx's `tol` (default 1e-6, compared against n · tol in L1).
///   - maxIterations: networkx's `max_iter`.
/// - Throws: `CentralityError` naming "PageRank" when the tolerance is not met.
/// - Complexity: O(n + m) per iteration; rows are computed in parallel on large graphs.
/// - Reference: Lawrence Page, Sergey Brin, Rajeev Motwani and Terry Winograd, "The
///   PageRank citation ranking: bringing order to the web", Stanford InfoLab
///   technical report 1999-66, 1999, http://ilpubs.stanford.edu:8090/422/.
public func pageRank(
    _ graph: Digraph,
    weighting: EdgeWeighting = .unweighted,
    alpha: Double = 0.85,
    tolerance: Double = 1e-6,
    maxIterations: Int = 100
) throws(CentralityError) -> [Double] {
    let n = graph.nodeCount
    if n == 0 { return [] }
    let strengths = weighting.strengths(graph.outWeights)
    // Reciprocal out-strength per node (0 for dangling nodes), then per in-edge
    // coefficient s_ij · (1 / S_i), the same rounding as SciPy's Q @ A.
    var inverseOutStrength = [Double](repeating: 0, count: n)
    var dangling = [Int]()
    for u in 0..<n {
        var sum = 0.0
        for e in graph.outOffsets[u]..<graph.outOffsets[u + 1] { sum += strengths[e] }
        if sum != 0 { inverseOutStrength[u] = 1 / sum } else { dangling.append(u) }
    }
    let inStrengths = weighting.strengths(graph.inWeights)
    var coefficients = [Double](repeating: 0, count: graph.edgeCount)
    for e in 0..<graph.edgeCount {
        coefficients[e] = inverseOutStrength[Int(graph.inSources[e])] * inStrengths[e]
    }
    let product = SparseProduct(offsets: graph.inOffsets, neighbors: graph.inSources, coefficients: coefficients)
    let p = 1 / Double(n)
    var x = [Double](repeating: p, count: n)
    var y = [Double](repeating: 0, count: n)
    for _ in 0..<maxIterations {
        product.apply(x, into: &y)
        var danglingSum = 0.0
        for d in dangling { danglingSum += x[d] }
        var error = 0.0
        for j in 0..<n {
            let value = alpha * (y[j] + danglingSum * p) + (1 - alpha) * p
            error += abs(value - x[j])
            y[j] = value
        }
        swap(&x, &y)
        if error < Double(n) * tolerance { return x }
    }
    throw CentralityError(method: "PageRank", iterations: maxIterations, tolerance: tolerance)
}
