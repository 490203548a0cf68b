/// Betweenness centrality estimated from `samples` pivot sources chosen uniformly
/// without replacement: Brandes' accumulation runs from the pivots only and the sums
/// are rescaled exactly as networkx's `betweenness_centrality(G, k=samples,
/// normalized=…)` does for a `DiGraph` with endpoints excluded. A pivot p cannot be
/// its own source, so it is scaled by 1 / ((k − 1)(n − 2)) (normalized) or
/// (n − 1) / (k − 1) (not normalized); every other node by 1 / (k (n − 2)) or
/// (n − 1) / k. With `samples == nodeCount` the result equals `betweennessCentrality`.
///
/// Error bound (normalized values): for a non-pivot v the estimate is the mean of k
/// values δ_s(v) / (n − 2) ∈ [0, 1] drawn without replacement from the n − 1 sources
/// s ≠ v, whose mean is the exact normalized betweenness b(v). Hoeffding's inequality
/// (which also holds without replacement, Hoeffding 1963 §6) gives
///
///     P(|b̂(v) − b(v)| ≥ ε) ≤ 2 exp(−2 k ε²)
///
/// (k − 1 in place of k for pivots), so k ≥ ln(2n / δ) / (2ε²) bounds the error of
/// every node by ε with probability at least 1 − δ; e.g. ε = 0.01, δ = 0.1 and
/// n = 100 000 need k ≈ 76 000, while ranking the top nodes usually needs far fewer.
///
/// - Parameters:
///   - samples: number of pivots k, clamped to `0...nodeCount`.
///   - seed: seeds the SplitMix64 generator; equal seeds give equal pivots and results.
/// - Complexity: O(k·m) unweighted, O(k·m log n) weighted; parallel as betweenness.
/// - Reference: Ulrik Brandes and Christian Pich, "Centrality estimation in large
///   networks", International Journal of Bifurcation and Chaos 17(7):2303–2318, 2007,
///   doi:10.1142/S0218127407018403.
public func approximateBetweennessCentrality(
    _ graph: Digraph,
    samples: Int,
    seed: UInt64,
    weighting: EdgeWeighting = .unweighted,
    normalized: Bool = true
) -> [Double] {
    let n = graph.nodeCount
    let k = min(max(samples, 0), n)
    // Partial Fisher–Yates shuffle: the first k entries are a uniform k-subset.
    var generator = SplitMix64(seed: seed)
    var nodes = Array(0..<n)
    for i in 0..<k {
        let j = i + Int(generator.next(upperBound: UInt64(n - i)))
        nodes.swapAt(i, j)
    }
    let pivots = Array(nodes[0..<k])
    var result = brandesDependencies(graph, weighting: weighting, sources: pivots)
    // networkx `_rescale` with endpoints=False, N = n − 1.
    let N = Double(n - 1)
    guard n - 1 >= 2, k > 0 else { return result }
    let pivotScale: Double
    let otherScale: Double
    if normalized {
        pivotScale = k > 1 ? 1 / (Double(k - 1) * (N - 1)) : .nan
        otherScale = 1 / (Double(k) * (N - 1))
    } else {
        pivotScale = k > 1 ? N / Double(k - 1) : .nan
        otherScale = N / Double(k)
    }
    var isPivot = [Bool](repeating: false, count: n)
    for p in pivots { isPivot[p] = true }
    for v in 0..<n { result[v] *= isPivot[v] ? pivotScale : otherScale }
    return result
}
