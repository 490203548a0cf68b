/// A power iteration that did not meet its tolerance within its iteration budget.
///
/// networkx raises `PowerIterationFailedConvergence(max_iter)` in the same places.
public struct CentralityError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The metric that failed, e.g. "PageRank".
    public let method: String
    /// Iterations run before giving up (the `maxIterations` that was passed).
    public let iterations: Int
    /// The tolerance that was not met.
    public let tolerance: Double

    public init(method: String, iterations: Int, tolerance: Double) {
        self.method = method
        self.iterations = iterations
        self.tolerance = tolerance
    }

    public var description: String {
        "\(method) did not converge within \(iterations) iterations (tolerance \(tolerance)); "
            + "raise maxIterations or tolerance, or check that the graph suits the method "
            + "(e.g. Katz needs alpha < 1 / largest eigenvalue)"
    }
}
