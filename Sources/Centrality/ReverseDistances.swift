/// For every node u, a shortest-path search from u along the *reversed* edges, i.e.
/// over the distances d(v, u) from every v that can reach u. Shared by closeness and
/// harmonic centrality. Each node's search writes only that node's slots, so chunks
/// need no reduction.
struct ReverseDistanceTotals {
    /// Nodes that reach u, u included.
    var reached: [Int]
    /// Σ d(v, u) over those nodes.
    var distanceSum: [Double]
    /// Σ 1 / d(v, u) over those nodes other than u.
    var reciprocalSum: [Double]
}

func reverseDistanceTotals(_ graph: Digraph, weighting: EdgeWeighting) -> ReverseDistanceTotals {
    let n = graph.nodeCount
    var reached = [Int](repeating: 0, count: n)
    var distanceSum = [Double](repeating: 0, count: n)
    var reciprocalSum = [Double](repeating: 0, count: n)
    guard n > 0 else { return ReverseDistanceTotals(reached: [], distanceSum: [], reciprocalSum: []) }
    let chunks = chunkCount(items: n, minimumPerChunk: 4)
    let weighted = weighting.isWeighted
    let edgeCount = graph.edgeCount
    reached.withUnsafeMutableBufferPointer { reachedOut in
        distanceSum.withUnsafeMutableBufferPointer { distanceOut in
            reciprocalSum.withUnsafeMutableBufferPointer { reciprocalOut in
                let reachedOut = reachedOut.baseAddress!, distanceOut = distanceOut.baseAddress!
                let reciprocalOut = reciprocalOut.baseAddress!
                graph.withAdjacency(lengthsFrom: weighting) { _, into in
                    forEachChunk(chunks) { chunk in
                        let search = ShortestPathSearch(nodeCount: n, edgeCount: weighted ? edgeCount : 0)
                        var u = chunk
                        while u < n {
                            var total = 0.0
                            var reciprocal = 0.0
                            if weighted {
                                search.dijkstra(from: u, along: into, countPaths: false)
                                for i in 1..<max(1, search.reached) {
                                    let d = search.distance[Int(search.order[i])]
                                    total += d
                                    if d != 0 { reciprocal += 1 / d }
                                }
                            } else {
                                search.breadthFirst(from: u, along: into, countPaths: false)
                                var hopTotal = 0
                                for i in 1..<max(1, search.reached) {
                                    let d = Int(search.hops[Int(search.order[i])])
                                    hopTotal += d
                                    reciprocal += 1 / Double(d)
                                }
                                total = Double(hopTotal)
                            }
                            reachedOut[u] = search.reached
                            distanceOut[u] = total
                            reciprocalOut[u] = reciprocal
                            search.reset()
                            u += chunks
                        }
                    }
                }
            }
        }
    }
    return ReverseDistanceTotals(reached: reached, distanceSum: distanceSum, reciprocalSum: reciprocalSum)
}
