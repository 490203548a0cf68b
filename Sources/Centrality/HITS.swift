/// Hub and authority scores (HITS): authorities are pointed to by good hubs, hubs
/// point to good authorities,
///
///     a = Aᵀ h,   h = A a,
///
/// i.e. h and a are the leading left and right singular vectors of the strength
/// matrix A. networkx's `hits` obtains them from an ARPACK SVD; this uses the power
/// iteration of networkx's reference `_hits_python` instead (start h = 1/n, scale h
/// and a by their maxima each step, stop when Σ |h − h_last| < tolerance), which
/// gives the same vectors whenever the leading singular value is simple and a
/// deterministic answer (the projection of the uniform start) when it is not.
/// Both vectors are finally normalised to sum to 1, as networkx does. A graph with no
/// edges has all scores 0.
///
/// - Parameters:
///   - weighting: edge strength: 1 (`.unweighted`), w (`.strength`) or 1 / w
///     (`.distance`). Note networkx's `hits` always reads the "weight" attribute.
///   - maxIterations: default 100, networkx's `max_iter`.
///   - tolerance: default 1e-8, networkx's `tol`.
/// - Throws: `CentralityError` naming "HITS".
/// - Complexity: O(n + m) per iteration.
/// - Reference: Jon M. Kleinberg, "Authoritative sources in a hyperlinked
///   environment", Journal of the ACM 46(5):604–632, 1999, doi:10.1145/324133.324140.
public func hits(
    _ graph: Digraph,
    weighting: EdgeWeighting = .unweighted,
    maxIterations: Int = 100,
    tolerance: Double = 1e-8
) throws(CentralityError) -> (hubs: [Double], authorities: [Double]) {
    let n = graph.nodeCount
    if n == 0 { return ([], []) }
    if graph.edgeCount == 0 {
        return ([Double](repeating: 0, count: n), [Double](repeating: 0, count: n))
    }
    let toAuthorities = graph.leftProduct(strengthsFrom: weighting)
    let toHubs = graph.rightProduct(strengthsFrom: weighting)
    var h = [Double](repeating: 1 / Double(n), count: n)
    var a = [Double](repeating: 0, count: n)
    var next = [Double](repeating: 0, count: n)
    for _ in 0..<maxIterations {
        toAuthorities.apply(h, into: &a)
        toHubs.apply(a, into: &next)
        let hubScale = 1 / (next.max() ?? 1)
        let authorityScale = 1 / (a.max() ?? 1)
        var error = 0.0
        for j in 0..<n {
            next[j] *= hubScale
            a[j] *= authorityScale
            error += abs(next[j] - h[j])
        }
        swap(&h, &next)
        if error < tolerance {
            let hubSum = h.reduce(0, +), authoritySum = a.reduce(0, +)
            return (h.map { $0 / hubSum }, a.map { $0 / authoritySum })
        }
    }
    throw CentralityError(method: "HITS", iterations: maxIterations, tolerance: tolerance)
}
