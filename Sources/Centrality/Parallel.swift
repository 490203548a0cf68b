import Dispatch

/// The all-sources searches (betweenness, closeness, harmonic) split their sources into
/// this many chunks, source `i` going to chunk `i % chunkCount`. Chunks run in parallel
/// over the machine's cores; each owns its scratch buffers and, for betweenness, its
/// own accumulation row, and rows are summed in chunk order. The count is fixed rather
/// than taken from the core count so results are bit-identical on every machine.
let searchChunkCount = 16

/// Runs `body(chunk)` for every chunk in `0..<count`, in parallel when `count > 1`.
func forEachChunk(_ count: Int, _ body: (Int) -> Void) {
    if count <= 1 {
        for chunk in 0..<count { body(chunk) }
    } else {
        withoutActuallyEscaping(body) { escapable in
            // Each chunk writes only its own rows and scratch; see the callers.
            let box = UncheckedSendable(value: escapable)
            DispatchQueue.concurrentPerform(iterations: count) { box.value($0) }
        }
    }
}

private struct UncheckedSendable<T>: @unchecked Sendable {
    let value: T
}

/// Number of chunks for `work` items: one chunk when the work is small.
func chunkCount(items: Int, minimumPerChunk: Int = 1) -> Int {
    max(1, min(searchChunkCount, items / max(1, minimumPerChunk)))
}

/// Raw read-only pointers to one direction of a `Digraph`'s adjacency, valid inside
/// `Digraph.withAdjacency`. Lets the hot loops skip bounds and uniqueness checks.
struct AdjacencyView {
    let offsets: UnsafePointer<Int>
    let neighbors: UnsafePointer<Int32>
    /// Edge lengths aligned with `neighbors`, or nil for hop counts.
    let lengths: UnsafePointer<Double>?
}

extension Digraph {
    /// Calls `body(out, in)` with raw views of both adjacencies and per-edge lengths
    /// taken from `weighting` (nil lengths for `.unweighted`).
    func withAdjacency<R>(
        lengthsFrom weighting: EdgeWeighting,
        _ body: (AdjacencyView, AdjacencyView) -> R
    ) -> R {
        let outLengths = weighting.lengths(outWeights)
        let inLengths = weighting.lengths(inWeights)
        return outOffsets.withUnsafeBufferPointer { oo in
            outTargets.withUnsafeBufferPointer { ot in
                inOffsets.withUnsafeBufferPointer { io in
                    inSources.withUnsafeBufferPointer { isrc in
                        withOptionalPointer(outLengths) { ol in
                            withOptionalPointer(inLengths) { il in
                                body(
                                    AdjacencyView(offsets: oo.baseAddress!, neighbors: ot.baseAddress ?? dummyNeighbor, lengths: ol),
                                    AdjacencyView(offsets: io.baseAddress!, neighbors: isrc.baseAddress ?? dummyNeighbor, lengths: il)
                                )
                            }
                        }
                    }
                }
            }
        }
    }
}

nonisolated(unsafe) private let dummyNeighborStorage = UnsafeMutablePointer<Int32>.allocate(capacity: 1)
private nonisolated(unsafe) let dummyNeighbor = UnsafePointer(dummyNeighborStorage)

private func withOptionalPointer<R>(_ array: [Double]?, _ body: (UnsafePointer<Double>?) -> R) -> R {
    guard let array else { return body(nil) }
    return array.withUnsafeBufferPointer { body($0.baseAddress ?? UnsafePointer(dummyDouble)) }
}

private nonisolated(unsafe) let dummyDouble = UnsafeMutablePointer<Double>.allocate(capacity: 1)
