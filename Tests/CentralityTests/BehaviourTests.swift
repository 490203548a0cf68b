import Centrality
import Testing

@Suite struct BehaviourTests {
    @Test func parallelEdgesMergeBySummingWeightsAndSelfLoopsStay() {
        let graph = Digraph(nodeCount: 3, edges: [(0, 1, 1), (0, 1, 2.5), (1, 1, 1), (2, 0, 1), (0, 1, 1)])
        #expect(graph.edgeCount == 3)
        let edges = graph.edges
        #expect(edges.map(\.source) == [0, 1, 2])
        #expect(edges.map(\.target) == [1, 1, 0])
        #expect(edges.map(\.weight) == [4.5, 1, 1])
        let degree = degreeCentrality(graph)
        #expect(degree.inDegree == [1, 2, 0])
        #expect(degree.outDegree == [1, 1, 1])
    }

    @Test func pageRankThatCannotConvergeThrowsNamingMethodAndIterations() throws {
        let cycle = Digraph(nodeCount: 4, edges: [(0, 1, 1), (1, 2, 1), (2, 3, 1), (3, 0, 1), (0, 2, 1)])
        let error = #expect(throws: CentralityError.self) {
            try pageRank(cycle, tolerance: 1e-15, maxIterations: 2)
        }
        #expect(error?.method == "PageRank")
        #expect(error?.iterations == 2)
        #expect(error?.description.contains("PageRank did not converge within 2 iterations") == true)
    }

    @Test func katzWithAlphaAboveInverseLargestEigenvalueThrows() {
        // K5 both ways has largest eigenvalue 4, so alpha = 0.5 diverges.
        let k5 = Digraph(nodeCount: 5, edges: (0..<5).flatMap { u in (0..<5).filter { $0 != u }.map { (u, $0, 1.0) } })
        let error = #expect(throws: CentralityError.self) { try katzCentrality(k5, alpha: 0.5) }
        #expect(error?.method == "Katz centrality")
        #expect(error?.iterations == 1000)
    }

    @Test func eigenvectorOfAcyclicGraphThrowsNamingMethod() {
        let path = Digraph(nodeCount: 3, edges: [(0, 1, 1), (1, 2, 1)])
        let error = #expect(throws: CentralityError.self) { try eigenvectorCentrality(path) }
        #expect(error?.method == "eigenvector centrality")
        #expect(error?.iterations == 100)
    }

    @Test func hitsThatCannotConvergeThrowsNamingMethod() {
        let graph = Digraph(nodeCount: 4, edges: [(0, 1, 1), (1, 2, 1), (2, 3, 1), (0, 3, 1), (3, 1, 1)])
        let error = #expect(throws: CentralityError.self) { try hits(graph, maxIterations: 1, tolerance: 1e-300) }
        #expect(error?.method == "HITS")
    }

    @Test func approximateBetweennessIsDeterministicForASeed() {
        let graph = randomGraph(nodes: 300, edges: 1500, seed: 11)
        let first = approximateBetweennessCentrality(graph, samples: 40, seed: 99)
        let second = approximateBetweennessCentrality(graph, samples: 40, seed: 99)
        let other = approximateBetweennessCentrality(graph, samples: 40, seed: 100)
        #expect(first == second)
        #expect(first != other)
    }

    @Test func approximateBetweennessStaysWithinHoeffdingBound() {
        // With k = 200 of 400 pivots, P(|error| ≥ 0.1) ≤ 2e^(−4) per node; the
        // largest error over all nodes is far below that in practice.
        let graph = randomGraph(nodes: 400, edges: 2000, seed: 5)
        let exact = betweennessCentrality(graph)
        let estimate = approximateBetweennessCentrality(graph, samples: 200, seed: 3)
        let worst = zip(exact, estimate).map { abs($0 - $1) }.max() ?? 0
        #expect(worst < 0.1)
    }

    @Test func parallelSearchesGiveIdenticalResultsOnRepeatedRuns() {
        let graph = randomGraph(nodes: 500, edges: 3000, seed: 1)
        for weighting in EdgeWeighting.allCases {
            #expect(betweennessCentrality(graph, weighting: weighting) == betweennessCentrality(graph, weighting: weighting))
            #expect(closenessCentrality(graph, weighting: weighting) == closenessCentrality(graph, weighting: weighting))
        }
    }

    /// Hop distances come from 64-source bit-parallel searches; with every weight 1,
    /// `.distance` runs one Dijkstra per node on the same lengths, so both must agree
    /// on a graph spanning several batches (with a partial last batch).
    @Test func bitParallelHopSearchesMatchOneDijkstraPerNode() {
        let graph = randomGraph(nodes: 333, edges: 700, seed: 9)
        let unit = Digraph(nodeCount: graph.nodeCount, edges: graph.edges.map { ($0.source, $0.target, 1) })
        let closeness = zip(closenessCentrality(graph), closenessCentrality(unit, weighting: .distance))
        #expect(closeness.allSatisfy { abs($0 - $1) <= 1e-12 })
        let harmonic = zip(harmonicCentrality(graph), harmonicCentrality(unit, weighting: .distance))
        #expect(harmonic.allSatisfy { abs($0 - $1) <= 1e-12 })
        #expect(closenessCentrality(graph).contains { $0 > 0 })
    }

    /// Weighted searches settle a whole bucket of nearly equal distances at a time;
    /// their incoming distances must equal Floyd–Warshall's, for 1/w lengths (bucket
    /// queue) and for lengths with a ratio above 4096 (heap).
    @Test func weightedSearchesMatchFloydWarshall() {
        let base = randomGraph(nodes: 150, edges: 600, seed: 11)
        let wide = Digraph(nodeCount: 150, edges: base.edges + [(0, 1, 10_000)])
        for graph in [base, wide] {
            let n = graph.nodeCount
            var d = [[Double]](repeating: [Double](repeating: .infinity, count: n), count: n)
            for v in 0..<n { d[v][v] = 0 }
            for edge in graph.edges where edge.source != edge.target {
                d[edge.source][edge.target] = min(d[edge.source][edge.target], 1 / edge.weight)
            }
            for k in 0..<n { for i in 0..<n where d[i][k] < .infinity { for j in 0..<n {
                d[i][j] = min(d[i][j], d[i][k] + d[k][j])
            } } }
            var expected = [Double](repeating: 0, count: n)
            for u in 0..<n {
                for v in 0..<n where v != u && d[v][u] < .infinity { expected[u] += 1 / d[v][u] }
            }
            let harmonic = harmonicCentrality(graph, weighting: .strength)
            #expect(zip(harmonic, expected).allSatisfy { abs($0 - $1) <= 1e-9 * max(1, $1) })
        }
    }

    @Test func emptyGraphGivesEmptyResults() throws {
        let empty = Digraph(nodeCount: 0, edges: [])
        #expect(betweennessCentrality(empty).isEmpty)
        #expect(closenessCentrality(empty).isEmpty)
        #expect(harmonicCentrality(empty).isEmpty)
        #expect(try pageRank(empty).isEmpty)
        #expect(try katzCentrality(empty).isEmpty)
        #expect(try hits(empty).hubs.isEmpty)
    }

    private func randomGraph(nodes: Int, edges: Int, seed: UInt64) -> Digraph {
        var generator = SplitMix64(seed: seed)
        var list = [(source: Int, target: Int, weight: Double)]()
        for _ in 0..<edges {
            let u = Int(generator.next(upperBound: UInt64(nodes)))
            let v = Int(generator.next(upperBound: UInt64(nodes)))
            list.append((u, v, Double(1 + generator.next(upperBound: 4))))
        }
        return Digraph(nodeCount: nodes, edges: list)
    }
}
