/// How a metric reads edge weights.
///
/// Path metrics (betweenness, closeness, harmonic) need a *length* per edge; spectral
/// metrics (PageRank, eigenvector, Katz, HITS) need a *strength*. Each case fixes both:
///
/// | case          | length (paths) | strength (spectral) |
/// |---------------|----------------|---------------------|
/// | `.unweighted` | 1              | 1                   |
/// | `.strength`   | 1 / w          | w                   |
/// | `.distance`   | w              | 1 / w               |
///
/// In QuoteGraph a weight is an evidence count, so `.strength` is the natural reading:
/// a relation backed by more quotes is a shorter, stronger tie. The reciprocal is the
/// usual conversion (Newman 2001, "Scientific collaboration networks. II",
/// doi:10.1103/PhysRevE.64.016132; Opsahl, Agneessens & Skvoretz 2010,
/// doi:10.1016/j.socnet.2010.03.006 with α = 1).
public enum EdgeWeighting: Sendable, Hashable, CaseIterable {
    /// Every edge has length 1 and strength 1; weights are ignored.
    case unweighted
    /// The weight is a strength (larger = stronger); its length is 1 / weight.
    case strength
    /// The weight is a length (larger = farther); its strength is 1 / weight.
    case distance

    /// Whether shortest paths need Dijkstra rather than breadth-first search.
    var isWeighted: Bool { self != .unweighted }

    /// Per-edge lengths aligned with `weights`, or nil for hop counts.
    func lengths(_ weights: [Double]) -> [Double]? {
        switch self {
        case .unweighted: return nil
        case .strength: return weights.map { 1 / $0 }
        case .distance: return weights
        }
    }

    /// Per-edge strengths aligned with `weights`.
    func strengths(_ weights: [Double]) -> [Double] {
        switch self {
        case .unweighted: return [Double](repeating: 1, count: weights.count)
        case .strength: return weights
        case .distance: return weights.map { 1 / $0 }
        }
    }
}
