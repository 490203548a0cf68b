/// y_j = Σ_{e = (i → j)} x_i · c_e over one compressed adjacency ("pull" form: each
/// row of y is written by exactly one worker, so the product is deterministic and
/// runs in parallel without atomics). Used by the power iterations.
struct SparseProduct {
    let offsets: [Int]
    let neighbors: [Int32]
    let coefficients: [Double]

    /// Rows are split into contiguous blocks only when there is enough work to pay for
    /// the dispatch; block boundaries do not change any sum.
    func apply(_ x: [Double], into y: inout [Double]) {
        let n = offsets.count - 1
        let blocks = neighbors.count >= 100_000 ? searchChunkCount : 1
        offsets.withUnsafeBufferPointer { offsets in
            neighbors.withUnsafeBufferPointer { neighbors in
                coefficients.withUnsafeBufferPointer { coefficients in
                    x.withUnsafeBufferPointer { x in
                        y.withUnsafeMutableBufferPointer { y in
                            let offsets = offsets.baseAddress!, x = x.baseAddress
                            let neighbors = neighbors.baseAddress, coefficients = coefficients.baseAddress
                            let y = y.baseAddress
                            forEachChunk(blocks) { block in
                                let start = n * block / blocks, end = n * (block + 1) / blocks
                                for j in start..<end {
                                    var sum = 0.0
                                    for e in offsets[j]..<offsets[j + 1] {
                                        sum += x![Int(neighbors![e])] * coefficients![e]
                                    }
                                    y![j] = sum
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

extension Digraph {
    /// y_j = Σ_{i → j} x_i · strength(i, j): the product xᵀA, the left multiplication
    /// networkx's power iterations perform.
    func leftProduct(strengthsFrom weighting: EdgeWeighting) -> SparseProduct {
        SparseProduct(offsets: inOffsets, neighbors: inSources, coefficients: weighting.strengths(inWeights))
    }

    /// y_i = Σ_{i → j} x_j · strength(i, j): the product A x.
    func rightProduct(strengthsFrom weighting: EdgeWeighting) -> SparseProduct {
        SparseProduct(offsets: outOffsets, neighbors: outTargets, coefficients: weighting.strengths(outWeights))
    }
}

/// Σ |a_i − b_i|, the L1 convergence measure networkx uses.
func l1Distance(_ a: [Double], _ b: [Double]) -> Double {
    var sum = 0.0
    for i in a.indices { sum += abs(a[i] - b[i]) }
    return sum
}

/// √(Σ x_i²), or 1 when that is 0 (networkx: `math.hypot(*x) or 1`).
func euclideanNormOrOne(_ x: [Double]) -> Double {
    var sum = 0.0
    for value in x { sum += value * value }
    return sum > 0 ? sum.squareRoot() : 1
}
