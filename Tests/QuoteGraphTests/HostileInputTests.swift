import Foundation
@testable import QuoteGraph
import QuoteGraphModel
import Testing

/// Broken and odd input files: each is decoded, or refused with a message that says where
/// and what to do; in a directory or a JSONL stream the rest is still read.
@Suite struct HostileInputTests {
    static let sentence = "\"We did nothing wrong,\" said Anna 😀 Smith."

    private func decoded(_ bytes: [UInt8], lossy: Bool = false) -> TextDecoding.Decoded? {
        try? TextDecoding.decode(bytes, lossy: lossy).get()
    }

    private func problem(_ bytes: [UInt8], lossy: Bool = false) -> String? {
        if case .failure(let p) = TextDecoding.decode(bytes, lossy: lossy) { return p.message }
        return nil
    }

    // MARK: Encodings

    @Test(arguments: [false, true])
    func utf16WithAByteOrderMarkIsDecodedAndOffsetsCountItsScalars(bigEndian: Bool) {
        let units = Array(Self.sentence.utf16)
        var bytes: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
        for u in units { bytes += bigEndian ? [UInt8(u >> 8), UInt8(u & 0xFF)] : [UInt8(u & 0xFF), UInt8(u >> 8)] }
        let result = decoded(bytes)
        #expect(result?.text == Self.sentence)
        #expect(result?.encoding == (bigEndian ? "UTF-16BE" : "UTF-16LE"))
        #expect(result?.text.unicodeScalars.count == Self.sentence.unicodeScalars.count)
    }

    @Test func utf8ByteOrderMarkIsDroppedSoOffsetsCountFromTheTextAfterIt() {
        #expect(decoded([0xEF, 0xBB, 0xBF] + Array(Self.sentence.utf8))?.text == Self.sentence)
    }

    @Test func invalidUTF8IsRefusedWithTheByteOffsetAndLineOfTheFirstBadByte() {
        let bytes = Array("first line\nsecond caf".utf8) + [0xE9] + Array(" noir".utf8)
        let message = problem(bytes)
        #expect(message?.contains("not valid UTF-8 (first bad byte at offset 21, line 2)") == true, "\(message ?? "")")
        #expect(message?.contains("--lossy") == true)
    }

    @Test func lossyReplacesEachBadSequenceAndNULWithOneReplacementCharacterAndCountsThem() {
        let bytes = Array("a".utf8) + [0xFF] + Array("b".utf8) + [0xE2, 0x82] + Array("c".utf8) + [0x00] + Array("d".utf8)
        let result = decoded(bytes, lossy: true)
        #expect(result?.text == "a\u{FFFD}b\u{FFFD}c\u{FFFD}d")
        #expect(result?.replacements == 3)
    }

    @Test func unpairedSurrogateInUTF16IsRefusedWithItsByteOffsetOrReplacedWhenLossy() {
        let bytes: [UInt8] = [0xFF, 0xFE, 0x61, 0x00, 0x00, 0xD8, 0x62, 0x00]  // a, lone high surrogate, b
        #expect(problem(bytes)?.contains("unpaired surrogate at byte offset 4") == true)
        #expect(decoded(bytes, lossy: true)?.text == "a\u{FFFD}b")
        #expect(problem([0xFF, 0xFE, 0x61, 0x00, 0x62])?.contains("odd number of bytes") == true)
        #expect(decoded([0xFF, 0xFE, 0x61, 0x00, 0x62], lossy: true)?.text == "a\u{FFFD}")
    }

    @Test func utf16WithoutAByteOrderMarkAndUTF32AreNamedInTheMessage() {
        let noMark = Array(Self.sentence.utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        #expect(problem(noMark)?.contains("UTF-16 without a byte-order mark") == true)
        #expect(problem([0xFF, 0xFE, 0x00, 0x00, 0x61, 0x00, 0x00, 0x00])?.contains("UTF-32") == true)
        #expect(problem([0x47, 0x49, 0x46, 0x38, 0x00, 0x01, 0xFF])?.contains("looks binary (a NUL byte at offset 4)") == true)
    }

    // MARK: JSONL

    @Test func jsonlLinesThatAreNotDocumentsAreReportedWithTheirNumbersAndTheRestRead() throws {
        let dir = try CorpusTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        var bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(#"{"id":"a","text":"one"}"#.utf8) + [0x0A]
        bytes += Array(#"{"id":"b","text":"caf"#.utf8) + [0xE9] + Array("\"}\n".utf8)            // 2: not UTF-8
        bytes += Array(#"{"id":"c","text":"\ud800"}"#.utf8) + [0x0A]                            // 3: lone surrogate
        bytes += Array("[1, 2]\n{\"id\":\"e\",\"text\":7}\n{\"id\":\"f\",\n".utf8)              // 4, 5, 6
        bytes += Array(#"{"id":"g","text":"\#(String(repeating: "x", count: 300))"}"#.utf8) + [0x0A]  // 7: too long
        bytes += Array(#"{"id":"h","text":"last"}"#.utf8)                                      // 8, no newline
        let file = dir.appendingPathComponent("mixed.jsonl")
        try Data(bytes).write(to: file)
        var problems: [InputError] = []
        let source = try DocumentSource(inputs: [file.path], options: .init(maxInputBytes: 200)) { problems.append($0) }
        #expect(try source.all().map(\.id) == ["a", "h"])
        #expect(problems.map(\.line) == [2, 3, 4, 5, 6, 7])
        #expect(problems[0].message.contains("not valid UTF-8 (first bad byte at offset 21 of the line)"))
        #expect(problems[1].message.contains("not valid JSON"))
        #expect(problems[2].message.contains("not a JSON object"))
        #expect(problems[3].message.contains("no string field \"text\""))
        #expect(problems[5].message.contains("longer than 200 bytes"))
        #expect(source.tally.skippedLines == 6)

        let lossy = try DocumentSource(inputs: [file.path], options: .init(maxInputBytes: 200, lossy: true))
        let docs = try lossy.all()
        #expect(docs.map(\.id) == ["a", "b", "h"])
        #expect(docs[1].text == "caf\u{FFFD}")
    }

    @Test func anOverlongLineIsReadPastInBoundedMemoryAndTheNextLineReturned() throws {
        let dir = try CorpusTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("l.txt")
        try Data(("short\n" + String(repeating: "y", count: 100) + "\nafter\n" + String(repeating: "z", count: 50)).utf8).write(to: file)
        let reader = try LineReader(path: file.path, chunkSize: 7)
        var lines: [String] = []
        var tooLong: [Int] = []
        while true {
            do {
                guard let line = try reader.next(maxLineBytes: 10, path: file.path) else { break }
                lines.append(String(decoding: line, as: UTF8.self))
            } catch {
                tooLong.append(error.line ?? -1)
            }
        }
        #expect(lines == ["short", "after"])
        #expect(tooLong == [2, 4])
        #expect(reader.bytesRead == 6 + 101 + 6 + 50)
    }

    @Test func manyTinyJSONLLinesAreReadOneDocumentEach() throws {
        let dir = try CorpusTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let count = 100_000  // scripts/stress-inputs.sh reads a million
        var text = ""
        text.reserveCapacity(count * 24)
        for i in 0..<count { text += "{\"id\":\"\(i)\",\"text\":\"a\"}\n" }
        let source = try CorpusTests.source(text, in: dir, options: .init())
        var n = 0
        while try source.next() != nil { n += 1 }
        #expect(n == count && source.tally.skippedLines == 0)
    }

    // MARK: Files and directories

    @Test func filesInADirectoryThatCannotBeReadAsTextAreReportedAndSkipped() throws {
        let dir = try CorpusTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let fm = FileManager.default
        try Data(Self.sentence.utf8).write(to: dir.appendingPathComponent("a-good.txt"))
        try Data([0x00, 0x01, 0x02]).write(to: dir.appendingPathComponent("b-binary.txt"))
        try Data().write(to: dir.appendingPathComponent("c-empty.txt"))
        try fm.createSymbolicLink(atPath: dir.appendingPathComponent("d-broken.txt").path, withDestinationPath: "/nonexistent/x")
        #expect(mkfifo(dir.appendingPathComponent("e-fifo.txt").path, 0o644) == 0)
        try Data().write(to: dir.appendingPathComponent("f-empty.jsonl"))
        let locked = dir.appendingPathComponent("g-locked.txt")
        try Data(Self.sentence.utf8).write(to: locked)
        try fm.setAttributes([.posixPermissions: 0], ofItemAtPath: locked.path)
        try Data(Self.sentence.utf8).write(to: dir.appendingPathComponent("h-good.txt"))

        var problems: [InputError] = []
        let source = try DocumentSource(inputs: [dir.path]) { problems.append($0) }
        let ids = try source.all().map(\.id)
        let lockedReadable = fm.isReadableFile(atPath: locked.path)  // root reads it anyway
        #expect(ids == (lockedReadable ? ["a-good", "g-locked", "h-good"] : ["a-good", "h-good"]))
        let named = problems.map { URL(fileURLWithPath: $0.path).lastPathComponent }
        #expect(named == ["b-binary.txt", "c-empty.txt", "d-broken.txt", "e-fifo.txt", "f-empty.jsonl"] + (lockedReadable ? [] : ["g-locked.txt"]))
        #expect(problems.allSatisfy { $0.message.hasSuffix("; file skipped") })
        #expect(problems[2].message.contains("broken symbolic link"))
        #expect(problems[3].message.contains("not a regular file"))
        #expect(source.tally.skippedFiles == problems.count)
    }

    @Test func aFileNamedAsAnInputThatCannotBeReadStopsTheRun() throws {
        let dir = try CorpusTests.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let binary = dir.appendingPathComponent("binary.txt")
        try Data([0x00, 0x01]).write(to: binary)
        let source = try DocumentSource(inputs: [binary.path])
        #expect(throws: InputError.self) { try source.next() }
    }
}
