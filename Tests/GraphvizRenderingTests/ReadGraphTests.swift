import Testing
import GraphvizRendering

@Suite struct ReadGraphTests {
    @Test func readGraphReturnsNodesInOrderEdgesWeightsAndLabels() throws {
        let graph = try Graphviz.readGraph(dot: """
            digraph Quotes {
              edge [color=red];
              "alice" -> "bob" [weight=3, label="accuses"];
              "bob" -> "carol";
              "dave";
              "carol" -> "alice" [weight=0.5];
            }
            """)
        #expect(graph.name == "Quotes")
        #expect(graph.isDirected)
        #expect(graph.nodes == ["alice", "bob", "carol", "dave"])
        #expect(graph.edges.count == 3)
        let byPair = Dictionary(uniqueKeysWithValues: graph.edges.map { ("\($0.tail)->\($0.head)", $0) })
        #expect(byPair["alice->bob"]?.attributes["weight"] == "3")
        #expect(byPair["alice->bob"]?.weight == 3)
        #expect(byPair["alice->bob"]?.attributes["label"] == "accuses")
        #expect(byPair["alice->bob"]?.attributes["color"] == "red")
        #expect(byPair["bob->carol"]?.attributes["weight"] == nil)
        #expect(byPair["bob->carol"]?.attributes["label"] == nil)
        #expect(byPair["carol->alice"]?.weight == 0.5)
    }

    @Test func readGraphOfAnonymousUndirectedGraph() throws {
        let graph = try Graphviz.readGraph(dot: #"graph { "x" -- "y" -- "z"; "q \"quoted\" é" }"#)
        #expect(graph.name == "")
        #expect(!graph.isDirected)
        #expect(graph.nodes == ["x", "y", "z", #"q "quoted" é"#])
        #expect(graph.edges.map { [$0.tail, $0.head] } == [["x", "y"], ["y", "z"]])
    }

    @Test func readGraphKeepsParallelEdgesAndSubgraphNodes() throws {
        let graph = try Graphviz.readGraph(dot: """
            digraph { a -> b [label=one]; a -> b [label=two]; subgraph cluster_x { c } }
            """)
        #expect(graph.nodes == ["a", "b", "c"])
        #expect(graph.edges.compactMap { $0.attributes["label"] }.sorted() == ["one", "two"])
    }

    @Test func readGraphRejectsTwoGraphs() {
        #expect(throws: GraphvizError.self) {
            try Graphviz.readGraph(dot: "graph A { a } graph B { b }")
        }
    }
}
