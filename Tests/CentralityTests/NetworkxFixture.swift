import Centrality
import Foundation

/// One graph written by `scripts/networkx_fixtures.py`, with networkx 3.6.1's values.
struct NetworkxFixture: Decodable, CustomTestStringConvertible {
    struct Iteration: Decodable {
        var pagerankTolerance: Double
        var pagerankMaxIterations: Int
        var eigenvectorTolerance: Double
        var eigenvectorMaxIterations: Int
        var katzTolerance: Double
        var katzMaxIterations: Int
        var hitsTolerance: Double
        var hitsMaxIterations: Int
    }

    struct Degree: Decodable {
        var inDegree: [Int]
        var outDegree: [Int]
        var degree: [Int]
        var inStrength: [Double]
        var outStrength: [Double]
        var inDegreeCentrality: [Double]
        var outDegreeCentrality: [Double]
        var degreeCentrality: [Double]
    }

    /// Values for one weighting; nil where networkx raised PowerIterationFailedConvergence.
    struct Metrics: Decodable {
        var betweenness: [Double]
        var betweennessUnnormalized: [Double]
        var closeness: [Double]
        var harmonic: [Double]
        var pagerank: [Double]?
        var eigenvector: [Double]?
        var katz: [Double]?
        var hubs: [Double]?
        var authorities: [Double]?
        var hitsSource: String
    }

    var name: String
    var nodeCount: Int
    var edges: [[Double]]
    var mergedEdgeCount: Int
    var iteration: Iteration
    var degree: Degree
    var weightings: [String: Metrics]

    var testDescription: String { name }

    var graph: Digraph {
        Digraph(nodeCount: nodeCount, edges: edges.map { (Int($0[0]), Int($0[1]), $0[2]) })
    }

    /// The weightings the fixture holds, with the Swift case each one corresponds to.
    var variants: [(weighting: EdgeWeighting, metrics: Metrics)] {
        let cases: [(String, EdgeWeighting)] = [("unweighted", .unweighted), ("strength", .strength), ("distance", .distance)]
        return cases.compactMap { key, weighting in weightings[key].map { (weighting, $0) } }
    }

    static let names = [
        "complete_k5", "path_p3", "star_s4", "directed_cycle_c5", "krackhardt_kite",
        "florentine_families", "unreachable_and_dangling", "self_loop_and_parallel_edges",
        "small_weighted_digraph", "random_weighted_30",
    ]

    static func load(_ name: String) throws -> NetworkxFixture {
        guard let url = Bundle.module.url(forResource: name, withExtension: "json", subdirectory: "Fixtures") else {
            throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: "Fixtures/\(name).json"])
        }
        return try JSONDecoder().decode(NetworkxFixture.self, from: Data(contentsOf: url))
    }

    static var all: [NetworkxFixture] {
        get throws { try names.map(load) }
    }
}

import Testing

/// Records an issue for every index where `actual` and `expected` differ by more than `tolerance`.
func expectClose(
    _ actual: [Double], _ expected: [Double], tolerance: Double = 1e-9,
    _ label: @autoclosure () -> String,
    sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(actual.count == expected.count, "\(label()): \(actual.count) values, expected \(expected.count)", sourceLocation: sourceLocation)
    for (i, (a, e)) in zip(actual, expected).enumerated() where !(abs(a - e) <= tolerance) {
        Issue.record("\(label()) node \(i): \(a), networkx \(e) (diff \(abs(a - e)))", sourceLocation: sourceLocation)
    }
}
