import Foundation
import Testing
@testable import GraphvizRendering

@Suite struct RenderTests {
    @Test func svgOfSmallGraphIsWellFormedXMLWithEveryNodeTitle() throws {
        let rendering = try Graphviz.render(dot: Fixtures.smallGraph, format: .svg, engine: .dot)
        let svg = SVGInspection(rendering.bytes)
        #expect(svg.isWellFormed)
        for node in Fixtures.smallGraphNodes {
            #expect(svg.titles.contains(node), "missing node \(node)")
        }
        #expect(svg.titles.contains("alice&#45;&gt;bob") || svg.titles.contains("alice->bob"))
        #expect(svg.texts.contains("accuses"))
        #expect(rendering.warnings.isEmpty)
    }

    @Test(arguments: LayoutEngine.allCases)
    func everyEngineLaysOutASmallGraph(engine: LayoutEngine) throws {
        let rendering = try Graphviz.render(dot: Fixtures.smallGraph, format: .svg, engine: engine)
        let svg = SVGInspection(rendering.bytes)
        #expect(svg.isWellFormed)
        #expect(Set(Fixtures.smallGraphNodes).isSubset(of: svg.titles))
    }

    @Test func pngStartsWithPNGSignatureAndKeepsItsNULBytes() throws {
        let rendering = try Graphviz.render(dot: Fixtures.smallGraph, format: .png, engine: .dot)
        #expect(Array(rendering.bytes.prefix(8)) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        #expect(rendering.bytes.contains(0))
        #expect(rendering.bytes.count > 1000)
        #expect(Array(rendering.bytes.suffix(8)) == Array("IEND".utf8) + [0xAE, 0x42, 0x60, 0x82])
    }

    @Test func pdfStartsWithPercentPDFAndEndsWithEOF() throws {
        let rendering = try Graphviz.render(dot: Fixtures.smallGraph, format: .pdf, engine: .dot)
        #expect(rendering.bytes.starts(with: Array("%PDF".utf8)))
        let tail = String(decoding: rendering.bytes.suffix(16), as: UTF8.self)
        #expect(tail.contains("%%EOF"))
    }

    @Test(arguments: RenderFormat.allCases.filter(\.isText))
    func textFormatsAreNonEmptyUTF8MentioningEveryNode(format: RenderFormat) throws {
        let rendering = try Graphviz.render(dot: Fixtures.smallGraph, format: format, engine: .dot)
        let text = try #require(rendering.text)
        for node in Fixtures.smallGraphNodes {
            #expect(text.contains(node), "\(format) output lacks \(node)")
        }
    }

    @Test func onlyPNGAndPDFAreBinaryFormats() {
        #expect(RenderFormat.allCases.filter { !$0.isText } == [.png, .pdf])
    }

    @Test func labelsWithQuotesBackslashesAndUTF8SurviveIntoSVG() throws {
        // DOT level: \" is a quote; in escString \\ is one backslash.
        let dot = #"digraph { "q" [label="say \"hi\" C:\\temp é 日本 ✓ 😀"]; "日本" -> "q"; }"#
        let rendering = try Graphviz.render(dot: dot, format: .svg, engine: .dot)
        let svg = SVGInspection(rendering.bytes)
        #expect(svg.isWellFormed)
        #expect(svg.texts.contains(#"say "hi" C:\temp é 日本 ✓ 😀"#))
        #expect(svg.titles.contains("日本"))
    }

    @Test func warningsComeBackWithTheRenderingInsteadOfStderr() throws {
        let dot = #"digraph { a [shape=nosuchshape, color=notacolour]; a -> b }"#
        let rendering = try Graphviz.render(dot: dot, format: .svg, engine: .dot)
        #expect(SVGInspection(rendering.bytes).isWellFormed)
        #expect(rendering.warnings.contains { $0.contains("nosuchshape") })
        #expect(rendering.warnings.contains { $0.contains("notacolour") })
        #expect(!rendering.warnings.contains { $0.hasPrefix("Warning") })
    }

    @Test func dotWithLabelledClusterAndLabelledEdgeRenders50TimesWithoutDoubleFree() throws {
        for _ in 0..<50 {
            let rendering = try Graphviz.render(
                dot: Fixtures.clusterDoubleFree, format: .svg, engine: .dot)
            #expect(SVGInspection(rendering.bytes).titles.contains("cluster_4"))
        }
    }

    @Test func explicitNewrankFalseIsOverriddenForDotWithClusters() throws {
        let dot = Fixtures.clusterDoubleFree.replacingOccurrences(
            of: "digraph G {", with: "digraph G { newrank=false;")
        for _ in 0..<5 {
            _ = try Graphviz.render(dot: dot, format: .svg, engine: .dot)
        }
    }

    @Test(arguments: LayoutEngine.allCases.filter { $0 != .dot })
    func otherEnginesRenderTheClusterReproToo(engine: LayoutEngine) throws {
        let rendering = try Graphviz.render(dot: Fixtures.clusterDoubleFree, format: .svg, engine: engine)
        #expect(SVGInspection(rendering.bytes).isWellFormed)
    }
}
