import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// End-to-end runs of the diagram, export and report options.
@Suite struct ExportCLITests {
    static let hostileJSONL = #"""
    {"id": "<script>alert('id')</script>", "text": "\"<script>alert(1)</script> & <b>nothing</b> more,\" said John Smith, a spokesman for the Acme Corporation.\n\nThe Acme Corporation accused Russia of hacking. Russia denied the accusation."}
    """# + "\n"

    @Test(arguments: ["graphml", "gexf"])
    func analyzeWritesWellFormedXMLFormatsToStandardOutput(format: String) throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let result = try CLI.run(["analyze", try seedArticle(in: dir), "--format", format])
        #expect(result.status == 0, "\(result.stderr)")
        let parser = XMLParser(data: result.stdout)
        #expect(parser.parse(), "\(format) is not well-formed: \(String(describing: parser.parserError))")
        #expect(result.output.contains("person:dominic-raab"))
    }

    @Test func analyzeWritesNodeAndEdgeCSVWithMetricsAndEvidence() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let article = try seedArticle(in: dir)
        let nodes = try CLI.run(["analyze", article, "--format", "nodes-csv"])
        #expect(nodes.output.hasPrefix("id,name,kind,aliases,title,affiliation,mentions,in_degree,"))
        let edges = try CLI.run(["analyze", article, "--format", "edges-csv"])
        #expect(edges.output.hasPrefix("source,target,kind,weight,cue,evidence,quote,evidence_text,sources,first_date,last_date\r\n"))
    }

    @Test func filtersShrinkTheGraphAndAnUnknownFocusIsRefused() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let article = try seedArticle(in: dir)
        let focused = try CLI.run(["analyze", article, "--format", "json", "--focus", "Dmitry Peskov", "--depth", "1",
                                   "--relations", "accuses,denies"])
        #expect(focused.status == 0, "\(focused.stderr)")
        let graph = try JSONSerialization.jsonObject(with: focused.stdout) as? [String: Any]
        let relations = try #require(graph?["relations"] as? [[String: Any]])
        #expect(!relations.isEmpty)
        #expect(relations.allSatisfy { ["accuses", "denies"].contains($0["kind"] as? String) })
        let unknown = try CLI.run(["analyze", article, "--format", "dot", "--focus", "Nobody Atall"])
        #expect(unknown.status != 0)
        #expect(unknown.stderr.contains("no party is called 'Nobody Atall'"))
        let badMetric = try CLI.run(["analyze", article, "--size-by", "fame"])
        #expect(badMetric.status != 0)
        #expect(badMetric.stderr.contains("unknown metric 'fame'"))
    }

    @Test func svgWithSizeByAndAffiliationClustersRenders() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let result = try CLI.run(["analyze", try seedArticle(in: dir), "--format", "svg", "--size-by", "pagerank",
                                  "--cluster", "affiliation", "--edge-labels"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.output.contains("class=\"cluster\""))
        #expect(result.output.contains("node size: pagerank"))
    }

    @Test func reportOfHostileInputShowsScriptsAsTextAndRunsOnlyItsOwnScript() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let input = try dir.write("hostile.jsonl", Self.hostileJSONL)
        let out = dir.url.appendingPathComponent("report.html")
        let result = try CLI.run(["report", input, "-o", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        let html = try String(contentsOf: out, encoding: .utf8)
        #expect(html.components(separatedBy: "<script").count == 2, "only the report's own script")
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;b&gt;nothing&lt;/b&gt; more</q>"))
        #expect(html.contains("&lt;script&gt;alert(&#39;id&#39;)&lt;/script&gt;"))
        #expect(html.contains("<svg"), "the diagram is inline")
        #expect(!html.contains("<!--"))
    }
}

@Suite struct RenderLimitTests {
    @Test func renderRefusesADOTFileOrStandardInputPastTheSizeLimit() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let big = try dir.write("big.dot", "digraph { " + String(repeating: "a -> b; ", count: 200) + "}")
        let fromFile = try CLI.run(["render", big, "--max-input-size", "100"])
        #expect(fromFile.status != 0)
        #expect(fromFile.stderr.contains("more than the limit of 100"), "\(fromFile.stderr)")
        let fromStdin = try CLI.run(["render", "-", "--max-input-size", "100"], stdin: Data(String(repeating: "a -> b; ", count: 200).utf8))
        #expect(fromStdin.status != 0)
        #expect(fromStdin.stderr.contains("more than 100 bytes"), "\(fromStdin.stderr)")
    }
}
