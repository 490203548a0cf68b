import Centrality
import Testing

/// Every metric on every fixture graph agrees with networkx 3.6.1 to 1e-9.
///
/// Iterative metrics run with the tolerance and iteration cap the fixture records (the
/// script ran networkx with the same ones); both sides replicate networkx's iteration.
@Suite struct NetworkxAgreementTests {
    static let fixtures: [NetworkxFixture] = (try? NetworkxFixture.all) ?? []

    @Test func everyFixtureLoads() throws {
        #expect(try NetworkxFixture.all.count == NetworkxFixture.names.count)
    }

    @Test(arguments: fixtures)
    func mergedGraphHasNetworkxEdgeCount(_ fixture: NetworkxFixture) {
        let graph = fixture.graph
        #expect(graph.nodeCount == fixture.nodeCount)
        #expect(graph.edgeCount == fixture.mergedEdgeCount)
    }

    @Test(arguments: fixtures)
    func degreeMatchesNetworkx(_ fixture: NetworkxFixture) {
        let degree = degreeCentrality(fixture.graph)
        #expect(degree.inDegree == fixture.degree.inDegree)
        #expect(degree.outDegree == fixture.degree.outDegree)
        #expect(degree.totalDegree == fixture.degree.degree)
        expectClose(degree.inStrength, fixture.degree.inStrength, "inStrength")
        expectClose(degree.outStrength, fixture.degree.outStrength, "outStrength")
        expectClose(degree.inDegreeCentrality, fixture.degree.inDegreeCentrality, "in_degree_centrality")
        expectClose(degree.outDegreeCentrality, fixture.degree.outDegreeCentrality, "out_degree_centrality")
        expectClose(degree.totalDegreeCentrality, fixture.degree.degreeCentrality, "degree_centrality")
    }

    @Test(arguments: fixtures)
    func betweennessMatchesNetworkx(_ fixture: NetworkxFixture) {
        let graph = fixture.graph
        for (weighting, expected) in fixture.variants {
            expectClose(betweennessCentrality(graph, weighting: weighting), expected.betweenness,
                        "\(fixture.name) \(weighting) betweenness")
            expectClose(betweennessCentrality(graph, weighting: weighting, normalized: false),
                        expected.betweennessUnnormalized, "\(fixture.name) \(weighting) unnormalized betweenness")
        }
    }

    @Test(arguments: fixtures)
    func closenessMatchesNetworkx(_ fixture: NetworkxFixture) {
        let graph = fixture.graph
        for (weighting, expected) in fixture.variants {
            expectClose(closenessCentrality(graph, weighting: weighting), expected.closeness,
                        "\(fixture.name) \(weighting) closeness")
        }
    }

    @Test(arguments: fixtures)
    func harmonicMatchesNetworkx(_ fixture: NetworkxFixture) {
        let graph = fixture.graph
        for (weighting, expected) in fixture.variants {
            expectClose(harmonicCentrality(graph, weighting: weighting), expected.harmonic,
                        "\(fixture.name) \(weighting) harmonic")
        }
    }

    @Test(arguments: fixtures)
    func pageRankMatchesNetworkx(_ fixture: NetworkxFixture) throws {
        let graph = fixture.graph, it = fixture.iteration
        for (weighting, expected) in fixture.variants {
            let run = {
                try pageRank(graph, weighting: weighting, tolerance: it.pagerankTolerance,
                             maxIterations: it.pagerankMaxIterations)
            }
            if let values = expected.pagerank {
                expectClose(try run(), values, "\(fixture.name) \(weighting) pagerank")
            } else {
                #expect(throws: CentralityError.self) { try run() }
            }
        }
    }

    @Test(arguments: fixtures)
    func eigenvectorMatchesNetworkx(_ fixture: NetworkxFixture) throws {
        let graph = fixture.graph, it = fixture.iteration
        for (weighting, expected) in fixture.variants {
            let run = {
                try eigenvectorCentrality(graph, weighting: weighting, maxIterations: it.eigenvectorMaxIterations,
                                          tolerance: it.eigenvectorTolerance)
            }
            if let values = expected.eigenvector {
                expectClose(try run(), values, "\(fixture.name) \(weighting) eigenvector")
            } else {
                // networkx gave up on this graph (largest eigenvalue not simple); so must we.
                let error = #expect(throws: CentralityError.self) { try run() }
                #expect(error?.method == "eigenvector centrality")
            }
        }
    }

    @Test(arguments: fixtures)
    func katzMatchesNetworkx(_ fixture: NetworkxFixture) throws {
        let graph = fixture.graph, it = fixture.iteration
        for (weighting, expected) in fixture.variants {
            let run = {
                try katzCentrality(graph, weighting: weighting, maxIterations: it.katzMaxIterations,
                                   tolerance: it.katzTolerance)
            }
            if let values = expected.katz {
                expectClose(try run(), values, "\(fixture.name) \(weighting) katz")
            } else {
                #expect(throws: CentralityError.self) { try run() }
            }
        }
    }

    @Test(arguments: fixtures)
    func hitsMatchesNetworkx(_ fixture: NetworkxFixture) throws {
        let graph = fixture.graph, it = fixture.iteration
        for (weighting, expected) in fixture.variants {
            guard let hubs = expected.hubs, let authorities = expected.authorities else {
                Issue.record("\(fixture.name): fixture lacks HITS values")
                continue
            }
            let result = try hits(graph, weighting: weighting, maxIterations: it.hitsMaxIterations,
                                  tolerance: it.hitsTolerance)
            expectClose(result.hubs, hubs, "\(fixture.name) \(weighting) hubs (\(expected.hitsSource))")
            expectClose(result.authorities, authorities,
                        "\(fixture.name) \(weighting) authorities (\(expected.hitsSource))")
        }
    }

    @Test(arguments: fixtures)
    func approximateBetweennessWithEveryNodeAsPivotEqualsExact(_ fixture: NetworkxFixture) {
        let graph = fixture.graph
        for (weighting, _) in fixture.variants {
            for normalized in [true, false] {
                let exact = betweennessCentrality(graph, weighting: weighting, normalized: normalized)
                let sampled = approximateBetweennessCentrality(
                    graph, samples: graph.nodeCount, seed: 7, weighting: weighting, normalized: normalized)
                expectClose(sampled, exact, tolerance: 1e-12, "\(fixture.name) \(weighting) k = n")
            }
        }
    }
}
