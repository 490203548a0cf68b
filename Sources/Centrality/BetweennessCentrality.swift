/// Betweenness centrality of every node:
///
///     c_B(v) = Σ_{s ≠ v ≠ t} σ(s, t | v) / σ(s, t)
///
/// where σ(s, t) is the number of shortest directed paths from s to t and σ(s, t | v)
/// the number of those passing through v (0/0 counts as 0: unreachable pairs add nothing).
///
/// - Parameters:
///   - graph: the digraph.
///   - weighting: `.unweighted` counts hops (breadth-first search); `.strength` uses
///     length 1 / w, so heavily evidenced ties are short; `.distance` uses w as the
///     length (both by Dijkstra). Equal lengths tie only when the floating-point sums
///     are equal, as in networkx.
///   - normalized: when true (default) divides by (n − 1)(n − 2), the number of ordered
///     pairs (s, t) not involving v — networkx's `betweenness_centrality(G,
///     normalized=True)` for a `DiGraph` (endpoints excluded). With fewer than three
///     nodes nothing is rescaled (all values are 0).
/// - Returns: one value per node.
/// - Complexity: O(n·m) time unweighted, O(n·m log n) weighted; O(n + m) memory per
///   worker chunk plus one row of n accumulators per chunk. Sources run in parallel
///   over the machine's cores (see `searchChunkCount`); the result does not depend on
///   the core count.
/// - Reference: Ulrik Brandes, "A faster algorithm for betweenness centrality",
///   Journal of Mathematical Sociology 25(2):163–177, 2001,
///   doi:10.1080/0022250X.2001.9990249.
public func betweennessCentrality(
    _ graph: Digraph,
    weighting: EdgeWeighting = .unweighted,
    normalized: Bool = true
) -> [Double] {
    let n = graph.nodeCount
    var result = brandesDependencies(graph, weighting: weighting, sources: nil)
    if normalized && n > 2 {
        let scale = 1 / (Double(n - 1) * Double(n - 2))
        for v in 0..<n { result[v] *= scale }
    }
    return result
}

/// Σ_s δ_s(v) over `sources` (all nodes when nil), accumulated per chunk and summed in
/// chunk order.
func brandesDependencies(_ graph: Digraph, weighting: EdgeWeighting, sources: [Int]?) -> [Double] {
    let n = graph.nodeCount
    let sourceCount = sources?.count ?? n
    guard n > 0, sourceCount > 0 else { return [Double](repeating: 0, count: n) }
    let chunks = chunkCount(items: sourceCount, minimumPerChunk: 4)
    let rows = UnsafeMutablePointer<Double>.allocate(capacity: chunks * n)
    rows.initialize(repeating: 0, count: chunks * n)
    defer { rows.deallocate() }
    let weighted = weighting.isWeighted
    let edgeCount = graph.edgeCount
    graph.withAdjacency(lengthsFrom: weighting) { out, into in
        sources.withUnsafeOptionalBuffer { sourceList in
            forEachChunk(chunks) { chunk in
                let search = ShortestPathSearch(nodeCount: n, edgeCount: weighted ? edgeCount : 0)
                let row = rows + chunk * n
                var i = chunk
                while i < sourceCount {
                    let s = sourceList.map { $0[i] } ?? i
                    if weighted {
                        search.dijkstra(from: s, along: out, countPaths: true)
                        accumulateWeighted(search, into: into, row: row)
                    } else {
                        search.breadthFirst(from: s, along: out, countPaths: true)
                        accumulateHops(search, into: into, row: row)
                    }
                    search.reset()
                    i += chunks
                }
            }
        }
    }
    var result = [Double](repeating: 0, count: n)
    for chunk in 0..<chunks {
        let row = rows + chunk * n
        for v in 0..<n { result[v] += row[v] }
    }
    return result
}

/// Brandes' back-propagation after a BFS: predecessors of w are its in-neighbours one
/// hop closer to the source, found by scanning in-edges instead of storing lists.
@inline(__always)
private func accumulateHops(_ search: ShortestPathSearch, into graph: AdjacencyView, row: UnsafeMutablePointer<Double>) {
    let hops = search.hops, sigma = search.sigma, delta = search.delta, order = search.order
    var i = search.reached - 1
    while i > 0 {  // order[0] is the source
        let w = Int(order[i])
        let coefficient = (1 + delta[w]) / sigma[w]
        let previous = hops[w] - 1
        for e in graph.offsets[w]..<graph.offsets[w + 1] {
            let v = Int(graph.neighbors[e])
            // Branch-free: adding 0 leaves delta unchanged.
            delta[v] += hops[v] == previous ? sigma[v] * coefficient : 0
        }
        row[w] += delta[w]
        i -= 1
    }
}

/// Brandes' back-propagation after Dijkstra: v precedes w when
/// `distance[v] + length(v, w) == distance[w]` exactly, the same test the forward pass used.
@inline(__always)
private func accumulateWeighted(_ search: ShortestPathSearch, into graph: AdjacencyView, row: UnsafeMutablePointer<Double>) {
    let distance = search.distance, state = search.state, sigma = search.sigma
    let delta = search.delta, order = search.order
    let lengths = graph.lengths!
    var i = search.reached - 1
    while i > 0 {
        let w = Int(order[i])
        let coefficient = (1 + delta[w]) / sigma[w]
        let dw = distance[w]
        for e in graph.offsets[w]..<graph.offsets[w + 1] {
            let v = Int(graph.neighbors[e])
            if v != w && state[v] == 2 && distance[v] + lengths[e] == dw {
                delta[v] += sigma[v] * coefficient
            }
        }
        row[w] += delta[w]
        i -= 1
    }
}

extension Optional where Wrapped == [Int] {
    func withUnsafeOptionalBuffer<R>(_ body: (UnsafeBufferPointer<Int>?) -> R) -> R {
        switch self {
        case .none: return body(nil)
        case .some(let array): return array.withUnsafeBufferPointer { body($0) }
        }
    }
}
