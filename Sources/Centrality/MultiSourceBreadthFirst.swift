/// Breadth-first search from up to 64 sources at once, one bit per source: node v
/// keeps a word `seen[v]` whose bit b says source b has reached v, and a word
/// `frontier[v]` of the sources that reached v at the current level. One level is
///
///     next[w] |= frontier[v]   for every edge v → w
///     fresh[w] = next[w] & ~seen[w];  seen[w] |= fresh[w];  frontier = fresh
///
/// so a batch of 64 searches costs one pass over the edges per level instead of 64,
/// and the words of all nodes (8n bytes) stay in cache. Hop counts are integers, so the
/// result is exactly the one a single-source search per node gives. Used where only
/// per-source totals are needed (closeness, harmonic), not path counts.
///
/// - Complexity: O(L·(n + m)) word operations per batch of 64 sources, L the largest
///   eccentricity in the batch, plus O(pairs reached) bit counting; 3 words per node.
/// - Reference: Manuel Then, Moritz Kaufmann, Fernando Chirigati, Tuan-Anh Hoang-Vu,
///   Kien Pham, Alfons Kemper, Thomas Neumann and Huy T. Vo, "The more the merrier:
///   efficient multi-source graph traversal", PVLDB 8(4):449–460, 2014,
///   doi:10.14778/2735496.2735507.
final class MultiSourceBreadthFirst {
    /// Sources per batch: one bit of a word each.
    static let batchSize = 64

    let nodeCount: Int
    private let seen: UnsafeMutablePointer<UInt64>
    private let frontier: UnsafeMutablePointer<UInt64>
    private let next: UnsafeMutablePointer<UInt64>

    /// Per source of the last batch: nodes reached (the source included), Σ hops and
    /// Σ 1 / hops over the nodes other than the source.
    private(set) var reached = [Int](repeating: 0, count: batchSize)
    private(set) var hopTotal = [Int](repeating: 0, count: batchSize)
    private(set) var reciprocalTotal = [Double](repeating: 0, count: batchSize)

    init(nodeCount: Int) {
        self.nodeCount = nodeCount
        let n = max(nodeCount, 1)
        seen = .allocate(capacity: n)
        frontier = .allocate(capacity: n)
        next = .allocate(capacity: n)
        seen.initialize(repeating: 0, count: n)
        frontier.initialize(repeating: 0, count: n)
        next.initialize(repeating: 0, count: n)
    }

    deinit {
        seen.deallocate(); frontier.deallocate(); next.deallocate()
    }

    /// Searches from `sources` (at most 64, distinct) along `graph`; source i's totals
    /// land in slot i of `reached`, `hopTotal` and `reciprocalTotal`.
    func search(from sources: Range<Int>, along graph: AdjacencyView) {
        precondition(sources.count <= Self.batchSize)
        let n = nodeCount
        seen.update(repeating: 0, count: n)
        frontier.update(repeating: 0, count: n)
        next.update(repeating: 0, count: n)
        var levelCount = [Int](repeating: 0, count: Self.batchSize)
        var reached = [Int](repeating: 0, count: Self.batchSize)
        var hopTotal = [Int](repeating: 0, count: Self.batchSize)
        var reciprocalTotal = [Double](repeating: 0, count: Self.batchSize)
        for slot in 0..<sources.count { reached[slot] = 1 }
        for (slot, s) in sources.enumerated() {
            seen[s] |= 1 << UInt64(slot)
            frontier[s] |= 1 << UInt64(slot)
        }
        let offsets = graph.offsets, neighbors = graph.neighbors
        var level = 0
        var active = !sources.isEmpty
        while active {
            level += 1
            for v in 0..<n {
                let bits = frontier[v]
                if bits == 0 { continue }
                for e in offsets[v]..<offsets[v + 1] {
                    next[Int(neighbors[e])] |= bits
                }
            }
            active = false
            for w in 0..<n {
                let fresh = next[w] & ~seen[w]
                next[w] = 0
                frontier[w] = fresh
                if fresh == 0 { continue }
                seen[w] |= fresh
                active = true
                var remaining = fresh
                while remaining != 0 {
                    levelCount[remaining.trailingZeroBitCount] += 1
                    remaining &= remaining - 1
                }
            }
            if active {
                let reciprocal = 1 / Double(level)
                for slot in 0..<sources.count where levelCount[slot] > 0 {
                    let count = levelCount[slot]
                    reached[slot] += count
                    hopTotal[slot] += count * level
                    reciprocalTotal[slot] += Double(count) * reciprocal
                    levelCount[slot] = 0
                }
            }
        }
        self.reached = reached
        self.hopTotal = hopTotal
        self.reciprocalTotal = reciprocalTotal
    }
}
