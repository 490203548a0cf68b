/// Katz centrality, the fixed point of
///
///     x_j = α Σ_{i → j} s_ij x_i + β
///
/// (in-edge convention, like eigenvector centrality), computed exactly as networkx's
/// `katz_centrality`: iteration from x = 0 until Σ |x − x_last| < n · tolerance, then,
/// when `normalized`, scaled to unit Euclidean norm. The series converges only when
/// α < 1 / λ_max (λ_max the largest eigenvalue of the strength matrix); otherwise the
/// iteration diverges and this throws.
///
/// - Parameters:
///   - weighting: edge strength: 1 (`.unweighted`), w (`.strength`) or 1 / w (`.distance`).
///   - alpha: attenuation factor (networkx default 0.1).
///   - beta: the score every node gets for free (networkx default 1).
///   - maxIterations: networkx's `max_iter` (default 1000).
///   - tolerance: networkx's `tol` (default 1e-6).
///   - normalized: divide by the Euclidean norm (networkx default true).
/// - Throws: `CentralityError` naming "Katz centrality".
/// - Complexity: O(n + m) per iteration.
/// - Reference: Leo Katz, "A new status index derived from sociometric analysis",
///   Psychometrika 18(1):39–43, 1953, doi:10.1007/BF02289026.
public func katzCentrality(
    _ graph: Digraph,
    weighting: EdgeWeighting = .unweighted,
    alpha: Double = 0.1,
    beta: Double = 1,
    maxIterations: Int = 1000,
    tolerance: Double = 1e-6,
    normalized: Bool = true
) throws(CentralityError) -> [Double] {
    let n = graph.nodeCount
    if n == 0 { return [] }
    let product = graph.leftProduct(strengthsFrom: weighting)
    var x = [Double](repeating: 0, count: n)
    var y = [Double](repeating: 0, count: n)
    for _ in 0..<maxIterations {
        product.apply(x, into: &y)
        var error = 0.0
        for j in 0..<n {
            y[j] = alpha * y[j] + beta
            error += abs(y[j] - x[j])
        }
        swap(&x, &y)
        if error < Double(n) * tolerance {
            if normalized {
                let norm = euclideanNormOrOne(x)
                for j in 0..<n { x[j] /= norm }
            }
            return x
        }
    }
    throw CentralityError(method: "Katz centrality", iterations: maxIterations, tolerance: tolerance)
}
