import Testing
@testable import GraphvizRendering

@Suite struct ErrorTests {
    private func error(_ body: () throws(GraphvizError) -> some Any) -> GraphvizError? {
        do {
            _ = try body()
            return nil
        } catch {
            return error
        }
    }

    @Test func syntaxErrorThrowsGraphvizMessageAndDoesNotPoisonNextRender() throws {
        let failure = error { () throws(GraphvizError) in
            try Graphviz.render(dot: "digraph { a -> ; }", format: .svg, engine: .dot)
        }
        #expect(failure?.kind == .syntax)
        #expect(failure?.message.contains("syntax error in line 1 near ';'") == true)
        #expect(failure?.description.hasPrefix("DOT syntax error: syntax error in line 1") == true)

        let next = try Graphviz.render(dot: "digraph { x -> y }", format: .svg, engine: .dot)
        let svg = SVGInspection(next.bytes)
        #expect(svg.titles.contains("x") && svg.titles.contains("y"))
        #expect(next.warnings.isEmpty)
    }

    @Test func syntaxErrorOnLaterLineReportsThatLine() {
        let failure = error { () throws(GraphvizError) in
            try Graphviz.render(dot: "digraph {\n a -> b;\n c -> -> d;\n}", format: .svg, engine: .dot)
        }
        #expect(failure?.kind == .syntax)
        #expect(failure?.message.contains("line 3") == true)
    }

    @Test func malformedHTMLLabelSurfacesAsLabelError() {
        let failure = error { () throws(GraphvizError) in
            try Graphviz.render(dot: "digraph { a [label=<<b>x>] }", format: .svg, engine: .dot)
        }
        #expect(failure?.kind == .labelError)
        // Graphviz's text spans lines: the XML error, a context line, the node.
        #expect(failure?.message.hasPrefix("mismatched tag in line 1\n") == true)
        #expect(failure?.message.hasSuffix("\nin label of node a") == true)
    }

    @Test func malformedRecordLabelSurfacesAsLabelError() {
        let failure = error { () throws(GraphvizError) in
            try Graphviz.render(
                dot: #"digraph { a [shape=record, label="{x|y"] }"#, format: .svg, engine: .dot)
        }
        #expect(failure?.kind == .labelError)
        #expect(failure?.message.contains("bad label format") == true)
    }

    @Test(arguments: ["", "   ", "\n\t \n"])
    func emptyOrWhitespaceInputThrowsEmptyInput(dot: String) {
        let failure = error { () throws(GraphvizError) in
            try Graphviz.render(dot: dot, format: .svg, engine: .dot)
        }
        #expect(failure?.kind == .emptyInput)
        #expect(failure?.message.isEmpty == false)
    }

    @Test func commentOnlyInputThrowsEmptyInput() {
        let failure = error { () throws(GraphvizError) in
            try Graphviz.render(dot: "/* nothing here */\n// nor here", format: .svg, engine: .dot)
        }
        #expect(failure?.kind == .emptyInput)
    }

    @Test func inputContainingNULThrowsBeforeReachingGraphviz() {
        let failure = error { () throws(GraphvizError) in
            try Graphviz.render(dot: "digraph { a -> b }\u{0}digraph { c }", format: .svg, engine: .dot)
        }
        #expect(failure?.kind == .nulByte)
        #expect(failure?.message.contains("offset 18") == true)
        let readFailure = error { () throws(GraphvizError) in
            try Graphviz.readGraph(dot: "\u{0}")
        }
        #expect(readFailure?.kind == .nulByte)
    }

    @Test func twoGraphsThrowAndTheNextRenderStillReturnsItsOwnGraph() throws {
        let failure = error { () throws(GraphvizError) in
            try Graphviz.render(
                dot: "digraph A { a1 -> a2 } digraph B { b1 -> b2 } digraph C { c1 }",
                format: .svg, engine: .dot)
        }
        #expect(failure?.kind == .multipleGraphs)
        #expect(failure?.message.contains("3 graphs") == true)

        let next = try Graphviz.render(dot: "digraph N { x -> y }", format: .svg, engine: .dot)
        let titles = SVGInspection(next.bytes).titles
        #expect(titles.contains("N"))
        #expect(titles.contains("x") && titles.contains("y"))
        #expect(!titles.contains("b1") && !titles.contains("c1"))
    }

    @Test func garbageAfterTheFirstGraphIsASyntaxError() throws {
        let failure = error { () throws(GraphvizError) in
            try Graphviz.readGraph(dot: "digraph A { a } digraph {")
        }
        // The drain (agmemread("")) hits the unfinished second graph.
        #expect(failure?.kind == .syntax)
        #expect(failure?.message.contains("syntax error in line 1") == true)
        let next = try Graphviz.readGraph(dot: "digraph N { x }")
        #expect(next.name == "N" && next.nodes == ["x"])
    }

    @Test func formatWithoutARendererThrowsRenderFailedWithGraphvizMessage() throws {
        let failure = error { () throws(GraphvizError) in
            try GraphvizLibrary.render(dot: "digraph { a -> b }", format: "no-such-format", engine: "dot")
        }
        #expect(failure?.kind == .renderFailed)
        #expect(failure?.message.contains("no-such-format") == true, "\(failure?.message ?? "")")
        let next = try Graphviz.render(dot: "digraph { x }", format: .svg, engine: .dot)
        #expect(SVGInspection(next.bytes).titles.contains("x"))
    }

    @Test func layoutThatFailsThrowsLayoutFailedWithGraphvizMessage() throws {
        let failure = error { () throws(GraphvizError) in
            try Graphviz.render(dot: #"digraph { a [pos="x,y"]; b [pos="1,2!"]; a -> b }"#, format: .svg, engine: .neato)
        }
        #expect(failure?.kind == .layoutFailed)
        #expect(failure?.message.contains("node a, position x,y, expected two doubles") == true, "\(failure?.message ?? "")")
        let unknownEngine = error { () throws(GraphvizError) in
            try GraphvizLibrary.render(dot: "digraph { a }", format: "svg", engine: "no-such-engine")
        }
        #expect(unknownEngine?.kind == .layoutFailed)
        #expect(unknownEngine?.message.contains("no-such-engine") == true)
    }

    @Test func errorDescriptionNamesTheStageAndQuotesGraphviz() {
        let error = GraphvizError(kind: .layoutFailed, message: #"Layout type: "x" not recognized"#)
        #expect(error.description == #"Graphviz layout failed: Layout type: "x" not recognized"#)
        #expect(GraphvizError(kind: .emptyInput, message: "").description == "No graph to render")
    }
}
