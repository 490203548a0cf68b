/// A directed graph on the nodes `0..<nodeCount`, stored as compressed sparse rows
/// twice over: out-adjacency (for forward searches and pushing) and in-adjacency (for
/// reverse searches and pulling). Every metric in this module reads this one structure,
/// built once, so no metric allocates per edge.
///
/// Parallel edges are merged into one edge whose weight is the sum of their weights
/// (weights are evidence counts: two quotes count twice). networkx's `DiGraph` would
/// instead keep the last weight; the fixture script merges the same way before it
/// builds the networkx graph. Self-loops are kept, as networkx keeps them: they count
/// once towards both in- and out-degree, they carry PageRank, eigenvector, Katz and
/// HITS mass, and they never lie on a shortest path between two other nodes.
///
/// - Complexity: building is O(n + m log d) for m input edges and largest out-degree
///   d; memory is two arrays of n + 1 offsets and two arrays of merged edges.
public struct Digraph: Sendable {
    /// Number of nodes; they are numbered `0..<nodeCount`.
    public let nodeCount: Int
    /// Number of edges after merging parallel edges (self-loops included).
    public var edgeCount: Int { outTargets.count }

    /// Out-edges of `u` are `outTargets[outOffsets[u]..<outOffsets[u + 1]]`, sorted by target.
    let outOffsets: [Int]
    let outTargets: [Int32]
    let outWeights: [Double]
    /// In-edges of `v` are `inSources[inOffsets[v]..<inOffsets[v + 1]]`, sorted by source.
    let inOffsets: [Int]
    let inSources: [Int32]
    let inWeights: [Double]

    /// Builds the graph.
    ///
    /// - Parameters:
    ///   - nodeCount: number of nodes, at most `Int32.max`.
    ///   - edges: edges between nodes in `0..<nodeCount` with finite positive weights.
    ///     Repeated `(source, target)` pairs are merged by summing their weights.
    /// - Precondition: indices in range; weights finite and greater than zero.
    public init(nodeCount: Int, edges: [(source: Int, target: Int, weight: Double)]) {
        precondition(nodeCount >= 0 && nodeCount <= Int(Int32.max), "nodeCount out of range")
        self.nodeCount = nodeCount
        // Bucket by source (counting sort), then sort and merge each bucket by target.
        var offsets = [Int](repeating: 0, count: nodeCount + 1)
        for edge in edges {
            precondition(edge.source >= 0 && edge.source < nodeCount, "edge source \(edge.source) out of range")
            precondition(edge.target >= 0 && edge.target < nodeCount, "edge target \(edge.target) out of range")
            precondition(edge.weight > 0 && edge.weight.isFinite, "edge weight must be finite and positive")
            offsets[edge.source + 1] += 1
        }
        for u in 0..<nodeCount { offsets[u + 1] += offsets[u] }
        var fill = offsets
        var bucket = [(target: Int32, weight: Double)](repeating: (0, 0), count: edges.count)
        for edge in edges {
            bucket[fill[edge.source]] = (Int32(edge.target), edge.weight)
            fill[edge.source] += 1
        }
        var outOffsets = [Int](repeating: 0, count: nodeCount + 1)
        var outTargets = [Int32]()
        var outWeights = [Double]()
        outTargets.reserveCapacity(edges.count)
        outWeights.reserveCapacity(edges.count)
        var inDegree = [Int](repeating: 0, count: nodeCount + 1)
        for u in 0..<nodeCount {
            let start = offsets[u], end = offsets[u + 1]
            if end - start > 1 {
                // Stable, so merged weights are summed in input order.
                bucket[start..<end].sort { $0.target < $1.target }
            }
            var i = start
            while i < end {
                let target = bucket[i].target
                var weight = bucket[i].weight
                i += 1
                while i < end && bucket[i].target == target {
                    weight += bucket[i].weight
                    i += 1
                }
                outTargets.append(target)
                outWeights.append(weight)
                inDegree[Int(target) + 1] += 1
            }
            outOffsets[u + 1] = outTargets.count
        }
        for v in 0..<nodeCount { inDegree[v + 1] += inDegree[v] }
        var inFill = inDegree
        var inSources = [Int32](repeating: 0, count: outTargets.count)
        var inWeights = [Double](repeating: 0, count: outTargets.count)
        for u in 0..<nodeCount {
            for e in outOffsets[u]..<outOffsets[u + 1] {
                let v = Int(outTargets[e])
                inSources[inFill[v]] = Int32(u)
                inWeights[inFill[v]] = outWeights[e]
                inFill[v] += 1
            }
        }
        self.outOffsets = outOffsets
        self.outTargets = outTargets
        self.outWeights = outWeights
        self.inOffsets = inDegree
        self.inSources = inSources
        self.inWeights = inWeights
    }

    /// The merged edges in order of source, then target.
    public var edges: [(source: Int, target: Int, weight: Double)] {
        var result = [(source: Int, target: Int, weight: Double)]()
        result.reserveCapacity(edgeCount)
        for u in 0..<nodeCount {
            for e in outOffsets[u]..<outOffsets[u + 1] {
                result.append((u, Int(outTargets[e]), outWeights[e]))
            }
        }
        return result
    }
}
