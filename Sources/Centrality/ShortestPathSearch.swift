/// Scratch space for one single-source shortest-path search, allocated once per worker
/// chunk and reset in O(nodes reached) after each source, so the per-source loop does
/// not allocate. Breadth-first search for hop counts; Dijkstra for lengths, with one of
/// two queues, both with lazy deletion (no decrease-key: an improved node is queued
/// again and its stale entries are skipped):
///
/// * Buckets of width Δ slightly below the shortest edge length (Dinitz 1978; Dial
///   1969 with Δ ≤ min length). Relaxing from a node in bucket i lands in bucket
///   i + 1 or later, so every node of the lowest non-empty bucket already has its final
///   distance and can be settled in any order — the same distances, computed by the
///   same floating-point additions, as a heap, with O(1) queue operations. Used when
///   the longest/shortest length ratio is at most 4096 and (n − 1) × ratio ≤ 2^40 (the
///   Δ margin of 10^-3 then absorbs the rounding of `distance × 1/Δ`); the buckets form
///   a ring of ⌈ratio⌉ + 2 slots. Nothing is rounded to integers, so this is exact for
///   1/w lengths too.
/// * Otherwise a 4-ary heap of packed (distance, node) entries.
///
/// Reference for the buckets: E. A. Dinitz, "Economical algorithms for finding
/// shortest paths in a network", Transportation Modeling Systems, 36–44, 1978; Robert
/// B. Dial, "Algorithm 360", Communications of the ACM 12(11):632–633, 1969,
/// doi:10.1145/363269.363610.
final class ShortestPathSearch {
    let nodeCount: Int
    /// Hop distance, -1 = unreached (BFS).
    let hops: UnsafeMutablePointer<Int32>
    /// Length distance (Dijkstra); meaningful where `state != 0`.
    let distance: UnsafeMutablePointer<Double>
    /// 0 = unreached, 1 = in heap, 2 = settled (Dijkstra).
    let state: UnsafeMutablePointer<UInt8>
    /// Number of shortest paths from the source.
    let sigma: UnsafeMutablePointer<Double>
    /// Brandes dependency.
    let delta: UnsafeMutablePointer<Double>
    /// Nodes in the order they were reached (BFS) or settled (Dijkstra); one spare
    /// slot for the branch-free BFS, which writes a candidate before deciding to keep it.
    let order: UnsafeMutablePointer<Int32>
    /// Number of valid entries in `order` after a search.
    private(set) var reached = 0
    private let queueCapacity: Int
    private var heapStorage: UnsafeMutablePointer<HeapEntry>?
    private var heap: UnsafeMutablePointer<HeapEntry> { heapStorage! }
    /// Bucket ring: `bucketHeads[slot]` starts a linked list through `entryNode` /
    /// `entryNext` (-1 ends it).
    private var bucketHeads: UnsafeMutablePointer<Int32>?
    private var entryNode: UnsafeMutablePointer<Int32>?
    private var entryNext: UnsafeMutablePointer<Int32>?
    /// Which lengths the bucket plan was computed for, and the plan (nil: use the heap).
    private var plannedLengths: UnsafePointer<Double>?
    private var plan: (inverseWidth: Double, mask: Int)?

    private struct HeapEntry {
        var key: Double
        var node: Int32
    }

    init(nodeCount: Int, edgeCount: Int) {
        self.nodeCount = nodeCount
        let n = max(nodeCount, 1)
        hops = .allocate(capacity: n)
        hops.initialize(repeating: -1, count: n)
        distance = .allocate(capacity: n)
        distance.initialize(repeating: 0, count: n)
        state = .allocate(capacity: n)
        state.initialize(repeating: 0, count: n)
        sigma = .allocate(capacity: n)
        sigma.initialize(repeating: 0, count: n)
        delta = .allocate(capacity: n)
        delta.initialize(repeating: 0, count: n)
        order = .allocate(capacity: n + 1)
        order.initialize(repeating: 0, count: n + 1)
        // Lazy deletion queues at most once per improving relaxation, plus the source.
        queueCapacity = edgeCount + 1
    }

    deinit {
        hops.deallocate(); distance.deallocate(); state.deallocate()
        sigma.deallocate(); delta.deallocate(); order.deallocate()
        heapStorage?.deallocate()
        bucketHeads?.deallocate(); entryNode?.deallocate(); entryNext?.deallocate()
    }

    /// Clears what the last search touched.
    func reset() {
        for i in 0..<reached {
            let v = Int(order[i])
            hops[v] = -1
            state[v] = 0
            sigma[v] = 0
            delta[v] = 0
        }
        reached = 0
    }

    // MARK: Breadth-first search

    /// BFS from `source` along `graph`; fills `hops` and `order`, and `sigma` when
    /// `countPaths`. Call `reset()` before the next search.
    func breadthFirst(from source: Int, along graph: AdjacencyView, countPaths: Bool) {
        hops[source] = 0
        sigma[source] = 1
        order[0] = Int32(source)
        var head = 0
        var tail = 1
        // Branch-free inner loops: whether w is new (or one hop further) is close to a
        // coin flip on small-world graphs, so a conditional move beats a branch.
        while head < tail {
            let v = Int(order[head])
            head += 1
            let next = hops[v] + 1
            let sigmaV = sigma[v]
            let start = graph.offsets[v], end = graph.offsets[v + 1]
            if countPaths {
                for e in start..<end {
                    let w = Int(graph.neighbors[e])
                    let hw = hops[w]
                    let isNew = hw < 0
                    order[tail] = Int32(truncatingIfNeeded: w)
                    tail &+= isNew ? 1 : 0
                    let settledHops = isNew ? next : hw
                    hops[w] = settledHops
                    sigma[w] += settledHops == next ? sigmaV : 0
                }
            } else {
                for e in start..<end {
                    let w = Int(graph.neighbors[e])
                    let hw = hops[w]
                    let isNew = hw < 0
                    order[tail] = Int32(truncatingIfNeeded: w)
                    tail &+= isNew ? 1 : 0
                    hops[w] = isNew ? next : hw
                }
            }
        }
        reached = tail
    }

    // MARK: Dijkstra

    /// Dijkstra from `source` along `graph` (which must have lengths); fills
    /// `distance`, `state`, `order` (settle order) and, when `countPaths`, `sigma`.
    /// Ties are exact floating-point equality of `distance[v] + length`, as in
    /// networkx's `_single_source_dijkstra_path_basic`. Call `reset()` before the next search.
    func dijkstra(from source: Int, along graph: AdjacencyView, countPaths: Bool) {
        let lengths = graph.lengths!
        if plannedLengths != lengths { makePlan(for: graph) }
        if let plan {
            dijkstraByBuckets(from: source, along: graph, countPaths: countPaths, plan: plan)
        } else {
            dijkstraByHeap(from: source, along: graph, countPaths: countPaths)
        }
    }

    /// Chooses buckets or the heap for `graph`'s lengths (see the type's comment).
    private func makePlan(for graph: AdjacencyView) {
        let lengths = graph.lengths!
        plannedLengths = lengths
        plan = nil
        let edgeCount = graph.offsets[nodeCount]
        var shortest = Double.infinity, longest = 0.0
        for e in 0..<edgeCount {
            shortest = min(shortest, lengths[e])
            longest = max(longest, lengths[e])
        }
        if edgeCount > 0 {
            let width = shortest * (1 - 1e-3)
            let ratio = longest / width
            if ratio <= 4096 && Double(max(nodeCount - 1, 1)) * ratio <= 0x1p40 {
                var slots = 1
                while slots < Int(ratio.rounded(.up)) + 2 { slots <<= 1 }
                plan = (1 / width, slots - 1)
                if bucketHeads == nil {
                    bucketHeads = .allocate(capacity: 4096 * 2 + 2)
                    bucketHeads!.initialize(repeating: -1, count: 4096 * 2 + 2)
                    entryNode = .allocate(capacity: queueCapacity)
                    entryNext = .allocate(capacity: queueCapacity)
                }
                return
            }
        }
        if heapStorage == nil { heapStorage = .allocate(capacity: queueCapacity) }
    }

    private func dijkstraByBuckets(
        from source: Int, along graph: AdjacencyView, countPaths: Bool,
        plan: (inverseWidth: Double, mask: Int)
    ) {
        let lengths = graph.lengths!
        let heads = bucketHeads!, entryNode = entryNode!, entryNext = entryNext!
        let inverseWidth = plan.inverseWidth, mask = plan.mask
        var entries = 0
        var pending = 0
        @inline(__always) func enqueue(_ node: Int, _ bucket: Int) {
            let slot = bucket & mask
            entryNode[entries] = Int32(truncatingIfNeeded: node)
            entryNext[entries] = heads[slot]
            heads[slot] = Int32(truncatingIfNeeded: entries)
            entries += 1
            pending += 1
        }
        distance[source] = 0
        sigma[source] = 1
        state[source] = 1
        enqueue(source, 0)
        var current = 0
        var settled = 0
        while pending > 0 {
            let slot = current & mask
            let entry = Int(heads[slot])
            if entry < 0 {
                current += 1
                continue
            }
            heads[slot] = entryNext[entry]
            pending -= 1
            let v = Int(entryNode[entry])
            if state[v] == 2 { continue }
            settle(v, &settled, lengths, graph, countPaths) { w, candidate in
                // Always > current by the choice of width; max() only guards the ring.
                enqueue(w, max(Int(candidate * inverseWidth), current + 1))
            }
        }
        reached = settled
    }

    /// Settles `v` (its distance is final) and relaxes its out-edges: a shorter path to a
    /// neighbour resets its path count and is queued with `queue(w, distance)`, an equally
    /// short one adds to the count. Shared by the bucket-queue and heap searches.
    @inline(__always)
    private func settle(_ v: Int, _ settled: inout Int, _ lengths: UnsafePointer<Double>, _ graph: AdjacencyView, _ countPaths: Bool,
                        queue: (Int, Double) -> Void) {
        state[v] = 2
        order[settled] = Int32(v)
        settled += 1
        let dv = distance[v]
        let sigmaV = sigma[v]
        for e in graph.offsets[v]..<graph.offsets[v + 1] {
            let w = Int(graph.neighbors[e])
            let sw = state[w]
            if sw == 2 { continue }
            let candidate = dv + lengths[e]
            if sw == 0 || candidate < distance[w] {
                distance[w] = candidate
                state[w] = 1
                if countPaths { sigma[w] = sigmaV }
                queue(w, candidate)
            } else if countPaths && candidate == distance[w] {
                sigma[w] += sigmaV
            }
        }
    }

    private func dijkstraByHeap(from source: Int, along graph: AdjacencyView, countPaths: Bool) {
        let lengths = graph.lengths!
        var heapCount = 0
        distance[source] = 0
        sigma[source] = 1
        state[source] = 1
        push(0, Int32(source), &heapCount)
        var settled = 0
        while heapCount > 0 {
            let v = Int(pop(&heapCount))
            if state[v] == 2 { continue }
            settle(v, &settled, lengths, graph, countPaths) { w, candidate in push(candidate, Int32(w), &heapCount) }
        }
        reached = settled
        // Unsettled nodes cannot remain: every pushed node is eventually popped.
    }

    @inline(__always)
    private func push(_ key: Double, _ node: Int32, _ count: inout Int) {
        var i = count
        count += 1
        while i > 0 {
            let parent = (i - 1) >> 2
            if heap[parent].key <= key { break }
            heap[i] = heap[parent]
            i = parent
        }
        heap[i] = HeapEntry(key: key, node: node)
    }

    @inline(__always)
    private func pop(_ count: inout Int) -> Int32 {
        let top = heap[0].node
        count -= 1
        let n = count
        if n == 0 { return top }
        let last = heap[n]
        var i = 0
        while true {
            let first = 4 * i + 1
            if first >= n { break }
            var child = first
            var childKey = heap[first].key
            let end = min(first + 4, n)
            var c = first + 1
            while c < end {
                let k = heap[c].key
                if k < childKey { child = c; childKey = k }
                c += 1
            }
            if last.key <= childKey { break }
            heap[i] = heap[child]
            i = child
        }
        heap[i] = last
        return top
    }
}
