/// For every node u, a shortest-path search from u along the *reversed* edges, i.e.
/// over the distances d(v, u) from every v that can reach u. Shared by closeness and
/// harmonic centrality. Each node's search writes only that node's slots, so chunks
/// need no reduction. Hop counts use the bit-parallel `MultiSourceBreadthFirst`
/// (64 nodes per pass); lengths use one Dijkstra search per node.
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
                    if !weighted {
                        // Hop counts: 64 searches at a time, batch b = sources 64b..<64b+64.
                        let size = MultiSourceBreadthFirst.batchSize
                        let batches = (n + size - 1) / size
                        forEachChunk(chunkCount(items: batches)) { chunk in
                            let search = MultiSourceBreadthFirst(nodeCount: n)
                            let chunks = chunkCount(items: batches)
                            var batch = chunk
                            while batch < batches {
                                let first = batch * size
                                let sources = first..<min(n, first + size)
                                search.search(from: sources, along: into)
                                for (slot, u) in sources.enumerated() {
                                    reachedOut[u] = search.reached[slot]
                                    distanceOut[u] = Double(search.hopTotal[slot])
                                    reciprocalOut[u] = search.reciprocalTotal[slot]
                                }
                                batch += chunks
                            }
                        }
                        return
                    }
                    forEachChunk(chunks) { chunk in
                        let search = ShortestPathSearch(nodeCount: n, edgeCount: edgeCount)
                        var u = chunk
                        while u < n {
                            var total = 0.0
                            var reciprocal = 0.0
                            search.dijkstra(from: u, along: into, countPaths: false)
                            for i in 1..<max(1, search.reached) {
                                let d = search.distance[Int(search.order[i])]
                                total += d
                                if d != 0 { reciprocal += 1 / d }
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
