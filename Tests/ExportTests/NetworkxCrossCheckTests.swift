import Foundation
import Testing
import QuoteGraphModel
@testable import Export

/// GraphML and GEXF read back by networkx (`read_graphml`, `read_gexf`) with every
/// attribute; skipped where python3 with networkx is not installed.
@Suite(.enabled(if: Python.hasNetworkx, "python3 with networkx is not available"))
struct NetworkxCrossCheckTests {
    static let script = """
    import json, sys
    import networkx as nx
    g = nx.read_graphml(sys.argv[1]) if sys.argv[2] == "graphml" else nx.read_gexf(sys.argv[1])
    edges = [[u, v, d] for u, v, d in g.edges(data=True)]
    print(json.dumps({"directed": g.is_directed(), "nodes": {n: d for n, d in g.nodes(data=True)}, "edges": edges}))
    """

    static func read(_ text: String, format: String) throws -> [String: Any] {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("qg-nx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("g.\(format)")
        try text.write(to: file, atomically: true, encoding: .utf8)
        let result = try Python.run(script, arguments: [file.path, format])
        #expect(result.status == 0, "\(result.stderr)")
        return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any] ?? [:]
    }

    @Test(arguments: ["graphml", "gexf"])
    func networkxReadsEveryNodeAndEdgeAttributeOfHostileNames(format: String) throws {
        let text = format == "graphml" ? GraphMLWriter.write(Hostile.analysis, evidence: Hostile.evidence)
                                       : GEXFWriter.write(Hostile.analysis, evidence: Hostile.evidence)
        let graph = try Self.read(text, format: format)
        #expect(graph["directed"] as? Bool == true)
        let nodes = try #require(graph["nodes"] as? [String: [String: Any]])
        #expect(Set(nodes.keys) == ["person:evil", "organisation:o&o", "country:c"])
        let evil = try #require(nodes["person:evil"])
        #expect((evil[format == "graphml" ? "name" : "label"] as? String) == Hostile.xmlSafe(Hostile.name))
        #expect(evil["kind"] as? String == "person")
        #expect(evil["title"] as? String == "Chief \"<x>\"")
        #expect(evil["affiliation"] as? String == "organisation:o&o")
        #expect(evil["mentions"] as? Int == 2)
        #expect(evil["out_degree"] as? Int == 2)
        #expect(evil["pagerank"] as? Double == 0.4)
        #expect(evil["betweenness"] as? Double == 0.5)
        #expect(evil["eigenvector"] == nil, "an uncomputed metric is left out")
        let edges = try #require(graph["edges"] as? [[Any]])
        #expect(edges.count == 3)
        let accuses = try #require(edges.first { ($0[2] as? [String: Any])?["kind"] as? String == "accuses" })
        #expect(accuses[0] as? String == "person:evil" && accuses[1] as? String == "country:c")
        let data = try #require(accuses[2] as? [String: Any])
        #expect(data["cue"] as? String == "accused \"<them>\"")
        #expect((data["weight"] as? Double) == 1)
        #expect((data["quote"] as? String)?.contains("We <b>deny</b> & \"reject\" it ]]") == true)
        #expect((data["evidence_text"] as? String)?.hasPrefix("<script>alert(\"sentence\")</script> Raab") == true)
        #expect(data["evidence"] as? String == "\(Hostile.document):0-\(Hostile.text.unicodeScalars.count)")
    }

    @Test(arguments: ["graphml", "gexf"])
    func networkxReadsTheSampleWithParallelFreeEdges(format: String) throws {
        let text = format == "graphml" ? GraphMLWriter.write(Sample.analysis) : GEXFWriter.write(Sample.analysis)
        let graph = try Self.read(text, format: format)
        let nodes = try #require(graph["nodes"] as? [String: [String: Any]])
        #expect(nodes.count == Sample.analysis.entities.count)
        #expect((nodes["group:apt29"]?["authority"] as? Double) == 1)
        #expect((graph["edges"] as? [[Any]])?.count == Sample.analysis.relations.count)
    }
}

enum Python {
    static let path: String? = (ProcessInfo.processInfo.environment["PATH"] ?? "")
        .split(separator: ":").map { "\($0)/python3" }
        .first { FileManager.default.isExecutableFile(atPath: $0) }

    static let hasNetworkx: Bool = {
        guard path != nil, let result = try? run("import networkx", arguments: []) else { return false }
        return result.status == 0
    }()

    static func run(_ script: String, arguments: [String]) throws -> (status: Int32, stdout: String, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path!)
        process.arguments = ["-c", script] + arguments
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
    }
}
