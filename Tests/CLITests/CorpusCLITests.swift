import Foundation
import Testing

/// End-to-end corpus runs of the built binary: the map step and merge, streaming quotes
/// from standard input, filters, duplicates and quiet progress.
@Suite struct CorpusCLITests {
    /// Four of the examples, fixed by name so that new examples change no expectation.
    static let exampleFiles = ["council-budget-meeting.txt", "cyberspies-vaccine-research.txt",
                               "indictment-press-release.txt", "ministry-denies-report.txt"]

    /// The examples as JSONL lines with dates and sources, plus one exact duplicate.
    static func corpusLines() throws -> [String] {
        let examples = CLI.packageRoot.appendingPathComponent("Examples")
        let files = Self.exampleFiles
        var lines = try files.enumerated().map { i, f in
            let text = try String(contentsOf: examples.appendingPathComponent(f), encoding: .utf8)
            let object: [String: Any] = ["id": String(f.dropLast(4)), "text": text, "date": "2020-07-1\(i)", "source": i % 2 == 0 ? "Reuters" : "AP"]
            return String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
        }
        lines.append(lines[0].replacingOccurrences(of: "\"id\":\"", with: "\"id\":\"copy-of-"))
        return lines
    }

    @Test func extractOnChunksThenMergeEqualsAnalyzeOnTheWholeByteForByte() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let lines = try Self.corpusLines()
        let whole = try dir.write("corpus.jsonl", lines.joined(separator: "\n") + "\n")
        let expected = try CLI.run(["analyze", whole, "--format", "json", "--count-by", "sources"])
        #expect(expected.status == 0, "\(expected.stderr)")
        #expect(expected.stderr.contains("1 duplicate document (same text) counted once"))
        var parts: [String] = []
        for (k, chunk) in [Array(lines[..<2]), Array(lines[2..<3]), Array(lines[3...])].enumerated() {
            let input = try dir.write("chunk\(k).jsonl", chunk.joined(separator: "\n") + "\n")
            // As Hadoop Streaming runs it: the chunk on standard input, the part on standard output.
            let map = try CLI.run(["extract", "-", "--input-format", "jsonl"], stdin: try Data(contentsOf: URL(fileURLWithPath: input)))
            #expect(map.status == 0, "\(map.stderr)")
            #expect(map.output.split(separator: "\n").count == chunk.count)
            parts.append(try dir.write("part-0000\(k)", Array(map.stdout)))
        }
        let merged = try CLI.run(["merge"] + parts + ["--count-by", "sources"])
        #expect(merged.status == 0, "\(merged.stderr)")
        #expect(merged.stderr.contains("1 duplicate document (same text) counted once"))
        #expect(merged.stdout == expected.stdout)
    }

    @Test func quotesStreamsJSONLFromStandardInputInInputOrderWhateverTheJobs() throws {
        let lines = try Self.corpusLines()
        let input = Data((lines + lines).joined(separator: "\n").utf8)  // no final newline
        let one = try CLI.run(["quotes", "-", "--input-format", "jsonl", "--jobs", "1"], stdin: input)
        let three = try CLI.run(["quotes", "-", "--input-format", "jsonl", "--jobs", "3"], stdin: input)
        #expect(one.status == 0, "\(one.stderr)")
        #expect(one.stdout == three.stdout)
        let ids = try one.output.split(separator: "\n").map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])["id"] as? String
        }
        let inputIDs = try (lines + lines).map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])["id"] as? String
        }
        #expect(ids.count == inputIDs.count)
        #expect(ids.prefix(lines.count).elementsEqual(inputIDs.prefix(lines.count)))
        #expect(!one.stderr.contains("MB/s"), "no progress line when standard error is not a terminal")
    }

    @Test func sinceAndSourceFiltersChooseDocumentsAndSayWhatWasLeftOut() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let input = try dir.write("corpus.jsonl", try Self.corpusLines().joined(separator: "\n") + "\n")
        let result = try CLI.run(["quotes", input, "--since", "2020-07-11", "--source", "reuters"])
        #expect(result.status == 0, "\(result.stderr)")
        let ids = result.output.split(separator: "\n").compactMap { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["id"] as? String
        }
        #expect(ids.count == 1)
        #expect(result.stderr.contains("dated outside --since/--until"))
        let bad = try CLI.run(["analyze", input, "--since", "16/07/2020"])
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("YYYY-MM-DD"))
    }

    @Test func mergeNamesTheFileAndLineOfABrokenPart() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let part = try dir.write("part-00000", "{\"schema\": \"quotegraph/1\"}\nnot json\n")
        let result = try CLI.run(["merge", part])
        #expect(result.status != 0)
        #expect(result.stderr.contains("\(part):2:"), "\(result.stderr)")
    }
}
