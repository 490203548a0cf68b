/// SplitMix64, a small seeded generator (Steele, Lea & Flood, "Fast splittable
/// pseudorandom number generators", OOPSLA 2014, doi:10.1145/2714064.2660195).
/// Used where results must be reproducible from a seed.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniform value in `0..<upperBound` (Lemire's multiply-shift with rejection).
    public mutating func next(upperBound: UInt64) -> UInt64 {
        precondition(upperBound > 0)
        var product = next().multipliedFullWidth(by: upperBound)
        if product.low < upperBound {
            let threshold = (0 &- upperBound) % upperBound
            while product.low < threshold {
                product = next().multipliedFullWidth(by: upperBound)
            }
        }
        return product.high
    }
}
