import Export
import Foundation
@testable import QuoteGraph
import QuoteGraphModel
import Testing

/// Corpus runs: reading many inputs lazily, filters, duplicates, one graph across
/// documents, deterministic parallel output, and map/merge equal to the whole.
@Suite struct CorpusTests {
    /// Four of the examples, fixed by name so that new examples change no expectation.
    static let examples: [Document] = ["council-budget-meeting", "cyberspies-vaccine-research", "indictment-press-release",
                                       "ministry-denies-report"].compactMap { id in AnalysisMergerTests.documents.first { $0.id == id } }

    /// The examples as a JSONL corpus with dates and sources; document 4 is a wire copy of
    /// document 1 (same source, one more line), document 5 an exact duplicate of document 0.
    static func corpus() -> [Document] {
        var docs = examples.enumerated().map { i, d in
            Document(id: d.id, text: d.text, meta: ["date": .string("2020-07-1\(i)T08:00:00Z"),
                                                    "source": .string(["Reuters", "AP", "BBC", "Guardian"][i % 4]),
                                                    "url": .string("https://example.org/\(d.id)")])
        }
        docs.append(Document(id: "wire-copy", text: docs[1].text + "\n(Reporting by staff.)",
                             meta: ["date": .string("2020-07-11"), "source": .string("ap")]))
        docs.append(Document(id: "dup", text: docs[0].text, meta: docs[0].meta))
        return docs
    }

    static func jsonl(_ documents: [Document]) -> String {
        documents.map { d in
            JSONWriter.object([("id", JSONWriter.string(d.id)), ("text", JSONWriter.string(d.text))]
                              + d.meta.sorted { $0.key < $1.key }.map { ($0.key, JSONWriter.write($0.value)) }, style: .compact)
        }.joined(separator: "\n") + "\n"
    }

    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("quotegraph-corpus-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func source(_ text: String, in dir: URL, name: String = "corpus.jsonl",
                       options: DocumentSource.Options = .init(dropDuplicates: true)) throws -> DocumentSource {
        let file = dir.appendingPathComponent(name)
        try Data(text.utf8).write(to: file)
        return try DocumentSource(inputs: [file.path], options: options)
    }

    // MARK: Reading

    @Test func directoriesAreReadRecursivelyTextAndJSONLSortedByPath() throws {
        let dir = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let sub = dir.appendingPathComponent("b/nested")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        try Data("He said: \"One.\"".utf8).write(to: dir.appendingPathComponent("c.txt"))
        try Data("{\"id\":\"j1\",\"text\":\"x\"}\n{\"id\":\"j2\",\"text\":\"y\"}\n".utf8).write(to: sub.appendingPathComponent("a.jsonl"))
        try Data("ignored".utf8).write(to: dir.appendingPathComponent("notes.md"))
        try Data("hidden".utf8).write(to: dir.appendingPathComponent(".hidden.txt"))
        try Data("first".utf8).write(to: dir.appendingPathComponent("a.txt"))
        let ids = try DocumentSource(inputs: [dir.path]).all().map(\.id)
        #expect(ids == ["a", "j1", "j2", "c"])
    }

    @Test func jsonlKeepsMetadataAndReportsBadLinesWithTheirNumbers() throws {
        let dir = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("c.jsonl")
        try Data("{\"id\":\"a\",\"text\":\"t\",\"date\":\"2020-01-02\",\"title\":\"T\"}\nnot json\n\n{\"id\":\"b\"}\n".utf8).write(to: file)
        var problems: [InputError] = []
        let source = try DocumentSource(inputs: [file.path]) { problems.append($0) }
        let docs = try source.all()
        #expect(docs.map(\.id) == ["a"])
        #expect(docs[0].meta == ["date": .string("2020-01-02"), "title": .string("T")])
        #expect(problems.map(\.line) == [2, 4])
        #expect(problems.map(\.path) == [file.path, file.path])
        #expect(source.tally.skippedLines == 2)
    }

    @Test func lineReaderJoinsLinesAcrossChunksAndReadsALastLineWithoutNewline() throws {
        let dir = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("l.txt")
        try Data("alpha\nbeta gamma delta\n\nlast".utf8).write(to: file)
        let reader = try LineReader(path: file.path, chunkSize: 3)
        var lines: [String] = []
        while let line = try reader.next(maxLineBytes: 100, path: file.path) { lines.append(String(decoding: line, as: UTF8.self)) }
        #expect(lines == ["alpha", "beta gamma delta", "", "last"])
        #expect(reader.bytesRead == 28)
        let short = try LineReader(path: file.path, chunkSize: 3)
        #expect(throws: InputError.self) { while try short.next(maxLineBytes: 8, path: file.path) != nil {} }
    }

    // MARK: Filters and duplicates

    @Test func filtersKeepDocumentsByDayRangeAndSource() throws {
        let dir = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        var docs = Self.corpus()
        docs.append(Document(id: "undated", text: "No date here."))
        let filter = DocumentFilter(since: "2020-07-11", until: "2020-07-12", sources: ["AP", "bbc"])
        let source = try Self.source(Self.jsonl(docs), in: dir, options: .init(filter: filter, dropDuplicates: true))
        #expect(try source.all().map(\.id) == [docs[1].id, docs[2].id, "wire-copy"])
        #expect(source.tally.undated == 1)
        #expect(source.tally.outsideDates == 3)
        #expect(DocumentFilter.day("2020-07-16T09:30:00Z") == "2020-07-16")
        #expect(DocumentFilter.day("16/07/2020") == nil)
        #expect(DocumentFilter.day("2020-13-01") == nil)
    }

    @Test func aDocumentRepeatingAnEarlierTextIsCountedOnce() throws {
        let dir = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let source = try Self.source(Self.jsonl(Self.corpus()), in: dir)
        let (analysis, _) = try Pipeline().analyze(source)
        #expect(source.tally.duplicates == 1)
        #expect(!analysis.documents.map(\.id).contains("dup"))
        #expect(TextFingerprint("a") != TextFingerprint("b"))
        #expect(TextFingerprint("Zoë").description.count == 32)
        #expect(TextFingerprint(hex: TextFingerprint("Zoë").description) == TextFingerprint("Zoë"))
    }

    // MARK: One graph

    @Test func thePartyOfSeveralDocumentsIsOneEntityWithEvidenceFromEach() throws {
        let a = Document(id: "a", text: "The FBI warned that China was targeting vaccine research, officials said.",
                         meta: ["source": .string("Reuters")])
        let b = Document(id: "b", text: "On Tuesday the F.B.I. said that China was targeting hospitals.",
                         meta: ["source": .string("AP")])
        let c = Document(id: "c", text: "China’s hackers? The FBI warned that China was targeting universities.")
        let analysis = Pipeline().analyze([a, b, c]).analysis
        let china = analysis.entities.filter { $0.name == "China" }
        #expect(china.map(\.id) == ["country:china"])
        let edge = try #require(analysis.relations.first { $0.kind == .accuses && $0.target == "country:china" })
        #expect(Set(edge.evidence.map(\.document)).isSuperset(of: ["a", "c"]))
        #expect(analysis.documents.first { $0.id == "a" }?.meta["source"] == .string("Reuters"))
    }

    @Test func countingBySourcesCountsAWireStoryOnceWhateverItsCopies() throws {
        let story = "The FBI warned that China was targeting vaccine research."
        let docs = [
            Document(id: "r1", text: story, meta: ["source": .string("Reuters")]),
            Document(id: "r2", text: story + " Copyright.", meta: ["source": .string(" reuters ")]),
            Document(id: "ap", text: "The FBI also warned that China was targeting hospitals.", meta: ["source": .string("AP")]),
        ]
        func weight(_ counting: EdgeCounting) -> Int? {
            Pipeline().analyze(docs, counting: counting).analysis.relations
                .first { $0.kind == .accuses && $0.source == "organisation:fbi" && $0.target == "country:china" }?.weight
        }
        #expect(weight(.evidence) == 3)
        #expect(weight(.documents) == 3)
        #expect(weight(.sources) == 2)
    }

    // MARK: Determinism

    @Test func outputIsByteIdenticalForOneTwoAndFourWorkers() throws {
        let dir = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let text = Self.jsonl(Array(repeating: Self.corpus(), count: 3).enumerated().flatMap { k, docs in
            docs.map { Document(id: "\($0.id)-\(k)", text: $0.text + String(repeating: " ", count: k), meta: $0.meta) }
        })
        let outputs = try [1, 2, 4].map { workers in
            let source = try Self.source(text, in: dir, name: "c\(workers).jsonl")
            var lines = ""
            let partSource = try Self.source(text, in: dir, name: "p\(workers).jsonl")
            try Pipeline(workers: workers).partialGraphs(partSource) { _, line in lines += line + "\n" }
            return GraphJSON.write(try Pipeline(workers: workers).analyze(source, counting: .sources).analysis) + lines
        }
        #expect(outputs[0] == outputs[1])
        #expect(outputs[0] == outputs[2])
    }

    @Test func orderedMapDeliversInInputOrderWithinItsWindow() throws {
        let dir = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let docs = (0..<200).map { Document(id: "d\($0)", text: "text \($0)") }
        let source = try Self.source(Self.jsonl(docs), in: dir, options: .init())
        let map = OrderedParallelMap(workers: 4, window: 6)
        var delivered: [String] = []
        var maxAhead = 0
        let lock = NSLock()
        try map.run(source, progress: { tally in lock.withLock { maxAhead = max(maxAhead, tally.documents - delivered.count) } },
                    transform: { d -> String in
                        usleep(UInt32.random(in: 0...2000))
                        return d.id.uppercased()
                    }, deliver: { d, r in
                        #expect(r == d.id.uppercased())
                        lock.withLock { delivered.append(d.id) }
                    })
        #expect(delivered == docs.map(\.id))
        #expect(maxAhead <= 6)
    }

    // MARK: Map and merge

    @Test func mergingPartialGraphsOfACorpusSplitInNPartsEqualsAnalysingItWhole() throws {
        let dir = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let docs = Self.corpus() + Self.corpus().map { Document(id: $0.id + "-again", text: $0.text, meta: $0.meta) }
        // Extraction is the slow part: run each split once, compare under every way of counting.
        var wholes: [EdgeCounting: String] = [:]
        for counting in EdgeCounting.allCases {
            wholes[counting] = GraphJSON.write(try Pipeline().analyze(try Self.source(Self.jsonl(docs), in: dir), counting: counting).analysis)
        }
        for n in [1, 2, 3, 5] {
            var merge = GraphMerge()
            var droppedInParts = 0
            let size = (docs.count + n - 1) / n
            for (k, start) in stride(from: 0, to: docs.count, by: size).enumerated() {
                let chunk = Array(docs[start..<min(start + size, docs.count)])
                let source = try Self.source(Self.jsonl(chunk), in: dir, name: "chunk\(k).jsonl")
                var lines = ""
                try Pipeline(workers: 2).partialGraphs(source) { _, line in lines += line + "\n" }
                droppedInParts += source.tally.duplicates
                let part = dir.appendingPathComponent("part-\(k)")
                try Data(lines.utf8).write(to: part)
                try merge.add(file: part.path)
            }
            for counting in EdgeCounting.allCases {
                #expect(GraphJSON.write(merge.result(counting: counting).analysis) == wholes[counting], "\(n) parts, count by \(counting)")
            }
            // 12 documents, 5 distinct texts: 7 duplicates, found inside a part or between parts.
            #expect(droppedInParts + merge.duplicates == 7, "\(n) parts")
        }
    }

    @Test func mergingGraphJSONFilesOfDisjointChunksEqualsTheWhole() throws {
        let dir = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let docs = Self.examples
        let whole = GraphJSON.write(Pipeline().analyze(docs).analysis)
        var merge = GraphMerge()
        for (k, chunk) in [Array(docs[..<2]), Array(docs[2...])].enumerated() {
            let part = dir.appendingPathComponent("part-\(k).json")
            try Data(GraphJSON.write(Pipeline().analyze(chunk).analysis).utf8).write(to: part)
            try merge.add(file: part.path)
        }
        #expect(GraphJSON.write(merge.result().analysis) == whole)
    }

    @Test func aBrokenPartialGraphIsReportedWithFileAndLine() throws {
        let dir = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let part = dir.appendingPathComponent("part-0")
        let good = GraphJSON.line(Pipeline().analyze([Self.examples[0]]).analysis)
        try Data((good + "\n{\"schema\": \"other\"}\n").utf8).write(to: part)
        var merge = GraphMerge()
        #expect { try merge.add(file: part.path) } throws: { ($0 as? InputError)?.line == 2 }
    }

    // MARK: Progress

    @Test func progressLineShowsDocumentsMegabytesRateAndTimeLeft() {
        let meter = ProgressMeter(totalBytes: 10_000_000, now: 100)
        #expect(meter.line(documents: 1234, bytes: 2_000_000, now: 102) == "1,234 documents  2.0 of 10.0 MB  1.0 MB/s  ETA 8s")
        #expect(ProgressMeter(totalBytes: nil, now: 0).line(documents: 5, bytes: 500_000, now: 1) == "5 documents  0.5 MB  0.5 MB/s")
    }
}
