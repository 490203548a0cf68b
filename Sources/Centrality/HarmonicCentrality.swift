/// Harmonic centrality on *incoming* distances:
///
///     H(u) = Σ_{v ≠ u} 1 / d(v, u)
///
/// with 1 / ∞ = 0 for nodes that cannot reach u. Not normalised. This is networkx's
/// `harmonic_centrality(G, distance=…)` for a `DiGraph`: it runs a search from every
/// source v and credits each node u it reaches with 1 / d(v, u), which is the sum
/// above; here the same sum is computed by one search per u on the reversed graph.
///
/// - Parameter weighting: `.unweighted` counts hops; `.strength` uses length 1 / w;
///   `.distance` uses w (see `EdgeWeighting`).
/// - Complexity: O(n·m) unweighted, as 64-source bit-parallel breadth-first passes
///   (see `MultiSourceBreadthFirst`); O(n·m log n) weighted; parallel over the cores.
/// - Reference: Paolo Boldi and Sebastiano Vigna, "Axioms for centrality", Internet
///   Mathematics 10(3–4):222–262, 2014, doi:10.1080/15427951.2013.865686.
public func harmonicCentrality(_ graph: Digraph, weighting: EdgeWeighting = .unweighted) -> [Double] {
    reverseDistanceTotals(graph, weighting: weighting).reciprocalSum
}
