import Foundation
import Testing

/// Runs that fail: Graphviz's own message on standard error (and nothing else: no raw
/// "Error:"/"Warning:" from the library, no abort), a failing exit status, and every output
/// file of the last good run left as it was.
@Suite struct FailedRunCLITests {
    /// No line Graphviz would print by itself, and no crash report.
    static func isClean(_ stderr: String) -> Bool {
        !stderr.contains("Error:") && !stderr.contains("Warning:") && !stderr.contains("Fatal error")
            && !stderr.contains("Stack dump") && !stderr.contains("double free")
    }

    /// Hidden temporary files left by an interrupted atomic write.
    static func leftovers(_ dir: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasPrefix(".dat.nosync") }
    }

    @Test(arguments: [
        ("syntax", "digraph {\n  a -> ;\n}\n", [], "DOT syntax error: syntax error in line 2"),
        ("html-label", "digraph { a [label=<<b>x>] }", [], "Bad label: mismatched tag in line 1"),
        ("record-label", #"digraph { a [shape=record, label="{x|y"] }"#, [], "Bad label: bad label format {x|y"),
        ("two-graphs", "digraph A { a } digraph B { b }", [], "more than one graph: found 2 graphs"),
        ("comments-only", "/* nothing */", [], "No graph to render"),
        ("nul", "digraph { a -> b \u{0} }", [], "NUL character at UTF-8 byte offset 17"),
        ("layout", #"digraph { a [pos="x,y"]; b [pos="1,2!"]; a -> b }"#, ["--layout", "neato"], "Graphviz layout failed: node a, position x,y"),
    ] as [(String, String, [String], String)])
    func renderThatFailsExitsOneWithGraphvizMessageAndLeavesThePreviousFile(name: String, dot: String, extra: [String], message: String) throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let input = try dir.write("\(name).dot", dot)
        let out = dir.url.appendingPathComponent("out.svg")
        let previous = try CLI.run(["render", try dir.write("good.dot", "digraph { good -> old }"), "-o", out.path])
        #expect(previous.status == 0, "\(previous.stderr)")
        let before = try Data(contentsOf: out)

        let result = try CLI.run(["render", input, "-o", out.path] + extra)
        #expect(result.status == 1, "\(name): \(result.status)")
        #expect(result.stderr.hasPrefix("error: \(input): "), "\(result.stderr)")
        #expect(result.stderr.contains(message), "\(result.stderr)")
        #expect(Self.isClean(result.stderr), "\(result.stderr)")
        #expect(try Data(contentsOf: out) == before)
        #expect(try Self.leftovers(dir.url).isEmpty)
    }

    @Test func graphvizWarningsArePassedOnOnceWithOurPrefix() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let input = try dir.write("warn.dot", "digraph { a [shape=nosuch] }")
        let result = try CLI.run(["render", input])
        #expect(result.status == 0)
        #expect(result.stderr == "graphviz warning: using box for unknown shape nosuch\n", "\(result.stderr)")
    }

    @Test func renderKilledDuringLayoutLeavesThePreviousFileWhole() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let out = dir.url.appendingPathComponent("out.svg")
        #expect(try CLI.run(["render", try dir.write("good.dot", "digraph { good -> old }"), "-o", out.path]).status == 0)
        let before = try Data(contentsOf: out)
        // dot needs minutes for 300 nodes of this shape; the run is killed long before.
        let n = 300
        let edges = (0..<n).map { "n\($0) -> n\(($0 * 7 + 3) % n); n\($0) -> n\(($0 * 13 + 5) % n);" }.joined(separator: " ")
        let slow = try dir.write("slow.dot", "digraph { \(edges) }")
        let process = Process()
        process.executableURL = CLI.executable
        process.arguments = ["render", slow, "-o", out.path, "--layout", "dot"]
        process.standardError = FileHandle.nullDevice
        try process.run()
        Thread.sleep(forTimeInterval: 1.5)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(try Data(contentsOf: out) == before)
        #expect(try Self.leftovers(dir.url).isEmpty)
    }

    @Test func analyzeIntoADirectoryRefusesTooManyNodesBeforeWritingAnything() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let article = try seedArticle(in: dir)
        let out = dir.url.appendingPathComponent("out")
        #expect(try CLI.run(["analyze", article, "-o", out.path]).status == 0)
        let files = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        let before = try files.map { try Data(contentsOf: out.appendingPathComponent($0)) }

        let result = try CLI.run(["analyze", article, "-o", out.path, "--max-nodes", "2", "--edge-labels"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("more than --max-nodes 2 allows in a diagram"), "\(result.stderr)")
        for filter in ["--top", "--min-weight", "--focus", "--relations"] { #expect(result.stderr.contains(filter)) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted() == files)
        #expect(try files.map { try Data(contentsOf: out.appendingPathComponent($0)) } == before)
    }

    @Test func maxNodesAppliesToEveryDiagramAndTheFiltersBringAGraphUnderIt() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let article = try seedArticle(in: dir)
        for command in [["analyze", "--format", "svg"], ["analyze", "--format", "png"], ["report"]] {
            let refused = try CLI.run(command + [article, "--max-nodes", "3"])
            #expect(refused.status == 1 && refused.stdout.isEmpty, "\(command)")
            #expect(refused.stderr.contains("--max-nodes 3"), "\(refused.stderr)")
        }
        let json = try CLI.run(["analyze", article, "--format", "json", "--max-nodes", "3"])
        #expect(json.status == 0, "a format without layout is not limited")
        let filtered = try CLI.run(["analyze", article, "--format", "svg", "--max-nodes", "3", "--top", "3"])
        #expect(filtered.status == 0, "\(filtered.stderr)")
        let dot = try dir.write("chain.dot", "digraph { a -> b -> c -> d }")
        let render = try CLI.run(["render", dot, "--max-nodes", "3"])
        #expect(render.status == 1 && render.stderr.contains("the graph has 4 nodes, more than --max-nodes 3"), "\(render.stderr)")
    }

    @Test func aFileThatCannotBeWrittenIsNamedAndTheOthersAreWholeFiles() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let article = try seedArticle(in: dir)
        let out = dir.url.appendingPathComponent("out")
        let name = URL(fileURLWithPath: article).deletingPathExtension().lastPathComponent
        try FileManager.default.createDirectory(at: out.appendingPathComponent("\(name).gexf"), withIntermediateDirectories: true)
        let result = try CLI.run(["analyze", article, "-o", out.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("error: cannot write \(out.path)/\(name).gexf: it is a directory"), "\(result.stderr)")
        // Those written before the failure are complete.
        let json = try Data(contentsOf: out.appendingPathComponent("\(name).json"))
        #expect((try? JSONSerialization.jsonObject(with: json)) != nil)
        #expect(try Self.leftovers(out).isEmpty)

        let report = try CLI.run(["report", article, "-o", dir.url.appendingPathComponent("missing/r.html").path])
        #expect(report.status == 1)
        #expect(report.stderr.contains("missing/r.html: the directory") && report.stderr.contains("does not exist"), "\(report.stderr)")
    }
}
