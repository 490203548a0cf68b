import Testing
import GraphvizRendering

@Suite struct ConcurrencyTests {
    @Test func concurrentRendersFromFourTasksAllSucceedWithTheirOwnGraphs() async throws {
        let engines: [LayoutEngine] = [.dot, .neato, .sfdp, .fdp]
        try await withThrowingTaskGroup(of: Int.self) { group in
            for task in 0..<4 {
                group.addTask {
                    var done = 0
                    for round in 0..<25 {
                        let tail = "t\(task)r\(round)a", head = "t\(task)r\(round)b"
                        let rendering = try Graphviz.render(
                            dot: #"digraph { "\#(tail)" -> "\#(head)" -> "shared" }"#,
                            format: .svg, engine: engines[task])
                        let titles = SVGInspection(rendering.bytes).titles
                        #expect(titles.contains(tail) && titles.contains(head))
                        done += 1
                    }
                    return done
                }
            }
            var total = 0
            for try await done in group { total += done }
            #expect(total == 100)
        }
    }

    @Test func concurrentFailuresDoNotLeakMessagesIntoOtherRenders() async throws {
        try await withThrowingTaskGroup(of: Void.self) { group in
            for task in 0..<4 {
                group.addTask {
                    for _ in 0..<10 {
                        if task.isMultiple(of: 2) {
                            #expect(throws: GraphvizError.self) {
                                try Graphviz.render(dot: "digraph { a -> ; }", format: .svg, engine: .dot)
                            }
                        } else {
                            let rendering = try Graphviz.render(
                                dot: "digraph { a -> b }", format: .svg, engine: .dot)
                            #expect(rendering.warnings.isEmpty)
                        }
                    }
                }
            }
            try await group.waitForAll()
        }
    }
}
