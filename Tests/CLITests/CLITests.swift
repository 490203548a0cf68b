import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// End-to-end tests: each runs the built `quotegraph` binary as a user would.
@Suite struct CLITests {
    // MARK: analyze

    @Test func analyzeWithOutputDirectoryWritesEveryFormatAndSVGNamesEveryEntity() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let article = try seedArticle(in: dir)
        let out = dir.url.appendingPathComponent("out")
        let result = try CLI.run(["analyze", article, "-o", out.path])
        #expect(result.status == 0, "\(result.stderr)")
        let name = "cyberspies-vaccine-research"
        let files = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(files == ["\(name).dot", "\(name).edges.csv", "\(name).gexf", "\(name).graphml", "\(name).json",
                          "\(name).metrics.csv", "\(name).nodes.csv", "\(name).svg"])

        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("\(name).json"))) as? [String: Any]
        let ids = try #require(json?["entities"] as? [[String: Any]]).compactMap { $0["id"] as? String }
        #expect(!ids.isEmpty)

        let svg = try Data(contentsOf: out.appendingPathComponent("\(name).svg"))
        let collector = SVGTextCollector()
        let parser = XMLParser(data: svg)
        parser.delegate = collector
        #expect(parser.parse(), "SVG is not well-formed XML: \(String(describing: parser.parserError))")
        for id in ids {
            #expect(collector.text.contains(id), "entity \(id) is missing from the SVG")
        }
    }

    @Test func analyzeDOTOutputIsAcceptedByGraphvizWithEveryEntityAsANode() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let article = try seedArticle(in: dir)
        let dot = try CLI.run(["analyze", article, "--format", "dot"])
        #expect(dot.status == 0, "\(dot.stderr)")
        let json = try CLI.run(["analyze", article, "--format", "json"])
        let graph = try JSONSerialization.jsonObject(with: json.stdout) as? [String: Any]
        let ids = Set(try #require(graph?["entities"] as? [[String: Any]]).compactMap { $0["id"] as? String })

        // Back through Graphviz's parser and layout via the render subcommand; Graphviz's
        // JSON output lists every node by name.
        let rendered = try CLI.run(["render", "-", "--format", "json"], stdin: dot.stdout)
        #expect(rendered.status == 0, "\(rendered.stderr)")
        let layout = try JSONSerialization.jsonObject(with: rendered.stdout) as? [String: Any]
        let names = Set(try #require(layout?["objects"] as? [[String: Any]]).compactMap { $0["name"] as? String })
        #expect(ids.isSubset(of: names), "not in the DOT graph: \(ids.subtracting(names).sorted())")
    }

    // MARK: quotes

    @Test func quotesJSONLHasOneLinePerDocumentWithTextAtItsScalarOffsets() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let texts = [
            "“Café culture is not a crime,” said Zoë Müller, the mayor. 😀 Later she added: \"We will appeal.\"",
            "The ministry denied it. \"There was no breach,\" a spokesman said.",
        ]
        let lines = texts.enumerated().map { i, text in
            String(decoding: try! JSONSerialization.data(withJSONObject: ["id": "doc-\(i)", "text": text]), as: UTF8.self)
        }
        let input = try dir.write("docs.jsonl", lines.joined(separator: "\n") + "\n")
        let result = try CLI.run(["quotes", input, "--format", "jsonl"])
        #expect(result.status == 0, "\(result.stderr)")
        let outLines = result.output.split(separator: "\n")
        #expect(outLines.count == texts.count)
        var quoteCount = 0
        for (line, text) in zip(outLines, texts) {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let scalars = Array(text.unicodeScalars)
            for quote in try #require(object["quotes"] as? [[String: Any]]) {
                let start = try #require(quote["start"] as? Int), end = try #require(quote["end"] as? Int)
                try #require(0 <= start && start <= end && end <= scalars.count)
                var slice = String.UnicodeScalarView()
                slice.append(contentsOf: scalars[start..<end])
                #expect(String(slice) == quote["text"] as? String)
                quoteCount += 1
            }
        }
        #expect(quoteCount >= 2)
    }

    // MARK: metrics

    /// a is cited by b, c, d and e and cites only e, so PageRank ranks a, then e, then the
    /// three leaves (equal, ordered by name). Worked by hand: p_a ≈ 0.476, p_e ≈ 0.434, 0.03 each.
    static let starEdges = "source\ttarget\tweight\nb\ta\t1\nc\ta\t1\nd\ta\t1\ne\ta\t1\na\te\t1\n"

    @Test func metricsOnTSVEdgeListOrdersNodesByPageRank() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let edges = try dir.write("star.tsv", Self.starEdges)
        let table = try CLI.run(["metrics", edges])
        #expect(table.status == 0, "\(table.stderr)")
        let rows = table.output.split(separator: "\n")
        #expect(rows.first?.split(separator: " ").first == "node")
        #expect(rows.dropFirst().map { String($0.split(separator: " ")[0]) } == ["a", "e", "b", "c", "d"])

        let csv = try CLI.run(["metrics", edges, "--format", "csv", "--metric", "pagerank", "--top", "2"])
        #expect(csv.status == 0, "\(csv.stderr)")
        let cells = csv.output.split(separator: "\r\n").map { $0.split(separator: ",").map(String.init) }
        #expect(cells.count == 3)
        #expect(cells[0] == ["node", "pagerank"])
        #expect(cells[1][0] == "a" && abs(Double(cells[1][1])! - 0.4757) < 1e-3)
        #expect(cells[2][0] == "e" && abs(Double(cells[2][1])! - 0.4343) < 1e-3)
    }

    @Test(arguments: [
        ("weight.tsv", "a\tb\t1\nb\tc\t1\nc\ta\theavy\n", "weight.tsv:3: weight \"heavy\" is not a number"),
        ("column.tsv", "a\tb\nc\n", "column.tsv:2: one cell only"),
        ("empty.tsv", "", "empty.tsv: the file holds no edges"),
        ("zero.csv", "source,target,weight\na,b,0\n", "zero.csv:2: weight 0 is not a positive"),
    ])
    func metricsRejectsBadEdgeListWithItsLineNumber(name: String, content: String, message: String) throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let result = try CLI.run(["metrics", try dir.write(name, content)], in: dir.url)
        #expect(result.status != 0)
        #expect(result.stderr.contains("error: "))
        #expect(result.stderr.contains(message), "stderr: \(result.stderr)")
    }

    @Test func metricsFailsLoudlyWhenAChosenMethodDoesNotConverge() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        // A path has no cycle, so the power iteration for eigenvector centrality never settles.
        let path = try dir.write("path.dot", "digraph { a -> b -> c -> d }")
        let failing = try CLI.run(["metrics", path, "--metric", "eigenvector,pagerank"])
        #expect(failing.status != 0)
        #expect(failing.stderr.contains("eigenvector centrality did not converge within 100 iterations"), "\(failing.stderr)")
        #expect(failing.stderr.contains("--metric"))

        // The default columns: the others are computed, the failing one is left empty with a warning.
        let defaults = try CLI.run(["metrics", path, "--format", "csv"])
        #expect(defaults.status == 0, "\(defaults.stderr)")
        #expect(defaults.stderr.contains("warning: eigenvector centrality did not converge"), "\(defaults.stderr)")

        let chosen = try CLI.run(["metrics", path, "--metric", "pagerank,betweenness"])
        #expect(chosen.status == 0, "\(chosen.stderr)")
        #expect(chosen.stderr.isEmpty)
        #expect(chosen.output.split(separator: "\n").dropFirst().first?.hasPrefix("d ") == true)
    }

    @Test func metricsOnDocumentsRestrictedToRelationKindsListsEntities() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let article = try seedArticle(in: dir)
        let result = try CLI.run(["metrics", article, "--relations", "accuses,targets", "--metric", "pagerank,in_degree",
                                  "--format", "json", "--top", "3"])
        #expect(result.status == 0, "\(result.stderr)")
        let rows = try #require(try JSONSerialization.jsonObject(with: result.stdout) as? [[String: Any]])
        #expect(rows.count <= 3)
        let ranks = rows.compactMap { $0["pagerank"] as? Double }
        #expect(ranks == ranks.sorted(by: >))

        let bad = try CLI.run(["metrics", article, "--relations", "praises"])
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("unknown relation kind 'praises'"))
    }

    // MARK: render

    @Test func renderOfBadDOTExitsNonZeroWithGraphvizSyntaxError() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let bad = try dir.write("bad.dot", "digraph {\n  a -> ;\n}\n")
        let out = dir.url.appendingPathComponent("bad.svg")
        let result = try CLI.run(["render", bad, "-o", out.path])
        #expect(result.status != 0)
        #expect(result.stderr.hasPrefix("error: "))
        #expect(result.stderr.contains("syntax error"), "stderr: \(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }

    @Test func renderWritesTheFormatNamedByTheOutputExtension() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let dot = try dir.write("g.dot", "digraph { a -> b }")
        let png = dir.url.appendingPathComponent("g.png")
        let result = try CLI.run(["render", dot, "-o", png.path, "--layout", "neato"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(try Data(contentsOf: png).prefix(4) == Data([0x89, 0x50, 0x4E, 0x47]))
    }

    // MARK: bad input

    @Test(arguments: [
        ("empty.txt", [], "empty"),
        ("blank.txt", Array(" \n\t \r\n".utf8), "empty or holds only white space"),
        ("binary.txt", [0x47, 0x49, 0x46, 0x00, 0x01, 0x02], "binary"),
        ("latin1.txt", Array("caf".utf8) + [0xE9, 0x20, 0x6E, 0x6F, 0x69, 0x72], "not valid UTF-8"),
    ] as [(String, [UInt8], String)])
    func badInputFileIsRefusedWithAClearMessage(name: String, bytes: [UInt8], message: String) throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = try dir.write(name, bytes)
        for command in ["analyze", "quotes"] {
            let result = try CLI.run([command, path])
            #expect(result.status != 0, "\(command) accepted \(name)")
            #expect(result.stderr.contains(name) && result.stderr.contains(message), "\(command): \(result.stderr)")
            #expect(result.stdout.isEmpty)
        }
    }

    @Test func missingInputFileIsRefusedWithAClearMessage() throws {
        let result = try CLI.run(["analyze", "/nonexistent/article.txt"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("/nonexistent/article.txt: no such file"), "\(result.stderr)")
    }

    @Test func jsonlLineThatIsNotAnObjectIsReportedWithItsLineNumberAndOthersProcessed() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let input = try dir.write("mixed.jsonl", """
            {"id": "one", "text": "\\"We did nothing wrong,\\" said Anna Smith."}
            [1, 2, 3]
            {"id": "three", "text": "\\"It was them,\\" said Bob Jones."}

            """)
        let result = try CLI.run(["quotes", input])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("warning: \(input):2: not a JSON object"), "\(result.stderr)")
        let ids = result.output.split(separator: "\n").compactMap {
            (try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])?["id"] as? String
        }
        #expect(ids == ["one", "three"])
    }

    // MARK: help

    @Test(arguments: ["analyze", "report", "quotes", "metrics", "render"])
    func helpOfSubcommandShowsAnExample(subcommand: String) throws {
        let result = try CLI.run([subcommand, "--help"])
        #expect(result.status == 0)
        #expect(result.output.contains("Example"), "\(subcommand) --help: \(result.output)")
        #expect(result.output.contains("quotegraph \(subcommand) "))
    }
}

/// Collects the character data of an SVG document (titles and text hold node names).
final class SVGTextCollector: NSObject, XMLParserDelegate {
    var text = ""

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        text += string
    }
}
