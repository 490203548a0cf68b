/// Eigenvector centrality: the left Perron eigenvector of the adjacency matrix, so a
/// node is central when central nodes point *to* it (networkx's in-edge convention):
///
///     λ x_j = Σ_{i → j} s_ij x_i
///
/// Computed exactly as networkx's `eigenvector_centrality`: power iteration with
/// A + I (which converges on periodic graphs such as directed cycles) from the
/// uniform vector, Euclidean normalisation after every step, stopping when
/// Σ |x − x_last| < n · tolerance. Results have unit Euclidean norm.
///
/// Graphs whose largest eigenvalue is not simple (e.g. a DAG, or two disjoint cycles)
/// converge slowly or not at all; networkx then raises, and so does this.
///
/// - Parameters:
///   - weighting: edge strength: 1 (`.unweighted`), w (`.strength`) or 1 / w (`.distance`).
///   - maxIterations: networkx's `max_iter` (default 100).
///   - tolerance: networkx's `tol` (default 1e-6).
/// - Throws: `CentralityError` naming "eigenvector centrality".
/// - Complexity: O(n + m) per iteration.
/// - Reference: Phillip Bonacich, "Power and centrality: a family of measures",
///   American Journal of Sociology 92(5):1170–1182, 1987, doi:10.1086/228631.
public func eigenvectorCentrality(
    _ graph: Digraph,
    weighting: EdgeWeighting = .unweighted,
    maxIterations: Int = 100,
    tolerance: Double = 1e-6
) throws(CentralityError) -> [Double] {
    let n = graph.nodeCount
    if n == 0 { return [] }
    let product = graph.leftProduct(strengthsFrom: weighting)
    var x = [Double](repeating: 1 / Double(n), count: n)
    var y = [Double](repeating: 0, count: n)
    for _ in 0..<maxIterations {
        product.apply(x, into: &y)
        for j in 0..<n { y[j] += x[j] }
        let norm = euclideanNormOrOne(y)
        var error = 0.0
        for j in 0..<n {
            y[j] /= norm
            error += abs(y[j] - x[j])
        }
        swap(&x, &y)
        if error < Double(n) * tolerance { return x }
    }
    throw CentralityError(method: "eigenvector centrality", iterations: maxIterations, tolerance: tolerance)
}
