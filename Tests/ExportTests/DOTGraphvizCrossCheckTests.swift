import Foundation
import Testing
import QuoteGraphModel
import Export

/// Renders our DOT with the `dot` program when it is on PATH (package `graphviz`); skipped otherwise.
@Suite(.enabled(if: GraphvizCLI.path != nil, "the dot program is not on PATH"))
struct DOTGraphvizCrossCheckTests {
    @Test(arguments: [("sample", Sample.analysis), ("hostile", Sample.hostile)])
    func dotAcceptsOurOutputWithoutWarnings(name: String, analysis: Analysis) throws {
        let dot = DOTWriter.write(analysis, options: DOTOptions(title: "T \"1\" \\G &", edgeLabels: true))
        let result = try GraphvizCLI.run(dot)
        #expect(result.status == 0, "\(name): \(result.stderr)")
        #expect(result.stderr.isEmpty, "\(name): \(result.stderr)")
        #expect(result.svg.contains("</svg>"))
        #expect(result.svg.contains(">T &quot;1&quot; \\G &amp;</text>"), "title shown literally")
        if name == "hostile" {
            #expect(result.svg.contains("&lt;script&gt;alert(1)&lt;/script&gt; R&amp;D \\N bell\ttab"), "label shown literally")
            #expect(result.svg.contains("<title>person:x</title>"), "a quoted id is not split into node and port")
        }
    }
}

enum GraphvizCLI {
    static let path: String? = (ProcessInfo.processInfo.environment["PATH"] ?? "")
        .split(separator: ":").map { "\($0)/dot" }
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    static func run(_ dot: String) throws -> (status: Int32, svg: String, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path!)
        process.arguments = ["-Tsvg"]
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        input.fileHandleForWriting.write(Data(dot.utf8))
        try input.fileHandleForWriting.close()
        let svg = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: svg, as: UTF8.self), String(decoding: err, as: UTF8.self))
    }
}
