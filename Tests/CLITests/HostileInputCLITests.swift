import Foundation
import Testing

/// Broken input through the command line: a clear message on standard error, the right exit
/// status, nothing on standard output when the run fails, and the rest read when one part
/// of a directory or a JSONL stream is bad.
@Suite struct HostileInputCLITests {
    static let article = "\"We did nothing wrong at all,\" said Anna Smith, a spokeswoman for the ministry.\n"

    @Test func utf16FileWithAByteOrderMarkIsAnalysedLikeItsUTF8Text() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let utf8 = try dir.write("eight.txt", Self.article)
        let utf16 = try dir.write("sixteen.txt", [0xFF, 0xFE] + Array(Self.article.utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
        let a = try CLI.run(["quotes", utf8]), b = try CLI.run(["quotes", utf16])
        #expect(a.status == 0 && b.status == 0, "\(b.stderr)")
        #expect(b.output == a.output.replacingOccurrences(of: "\"eight\"", with: "\"sixteen\""))
    }

    @Test func invalidUTF8IsRefusedWithItsOffsetAndReadWithLossy() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let path = try dir.write("latin1.txt", Array("\"We did nothing wrong at all,\" said Ren".utf8) + [0xE9] + Array(" Dubois.\n".utf8))
        let refused = try CLI.run(["quotes", path])
        #expect(refused.status == 1 && refused.stdout.isEmpty)
        #expect(refused.stderr.contains("latin1.txt: the file is not valid UTF-8 (first bad byte at offset 39)"), "\(refused.stderr)")
        #expect(refused.stderr.contains("--lossy"))

        let lossy = try CLI.run(["quotes", path, "--lossy"])
        #expect(lossy.status == 0, "\(lossy.stderr)")
        #expect(lossy.stderr.contains("warning: \(path): 1 invalid UTF-8 sequence or NUL byte replaced with U+FFFD (--lossy)"), "\(lossy.stderr)")
        #expect(lossy.output.contains("\"text\":\"We did nothing wrong at all\""))
    }

    @Test func standardInputLargerThanTheLimitIsRefusedAndAnOverlongJSONLLineSkipped() throws {
        let big = Data(String(repeating: Self.article, count: 40).utf8)
        let refused = try CLI.run(["quotes", "-", "--max-input-size", "1000"], stdin: big)
        #expect(refused.status == 1 && refused.stdout.isEmpty)
        #expect(refused.stderr.contains("<stdin>: standard input has more than 1000 bytes"), "\(refused.stderr)")

        let jsonl = Data(("{\"id\":\"a\",\"text\":\"x\"}\n{\"id\":\"b\",\"text\":\"" + String(repeating: "y", count: 2000)
                          + "\"}\n{\"id\":\"c\",\"text\":\"z\"}\n").utf8)
        let skipped = try CLI.run(["quotes", "-", "--input-format", "jsonl", "--max-input-size", "1000"], stdin: jsonl)
        #expect(skipped.status == 0, "\(skipped.stderr)")
        #expect(skipped.stderr.contains("warning: <stdin>:2: line longer than 1000 bytes; line skipped"), "\(skipped.stderr)")
        #expect(skipped.output.split(separator: "\n").count == 2)
    }

    @Test(arguments: ["", "  \n\r\n\t"])
    func emptyOrBlankStandardInputIsRefused(input: String) throws {
        let result = try CLI.run(["analyze", "-"], stdin: Data(input.utf8))
        #expect(result.status == 1 && result.stdout.isEmpty)
        #expect(result.stderr.contains("<stdin>: the file is empty or holds only white space"), "\(result.stderr)")
    }

    @Test func directoryWithUnreadableFilesReportsEachAndAnalysesTheRest() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        try dir.write("good.txt", Self.article)
        try dir.write("binary.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00])
        try dir.write("latin1.txt", [0x63, 0x61, 0x66, 0xE9])
        try dir.write("blank.txt", "   \n")
        let result = try CLI.run(["analyze", dir.url.path, "--format", "json"])
        #expect(result.status == 0, "\(result.stderr)")
        for name in ["binary.txt: the file looks binary", "latin1.txt: the file is not valid UTF-8", "blank.txt: the file is empty"] {
            #expect(result.stderr.contains(name) && result.stderr.contains("file skipped"), "\(name): \(result.stderr)")
        }
        #expect(result.stderr.contains("note: 1 documents read; 3 unreadable files in directories skipped"), "\(result.stderr)")
        #expect(result.output.contains("\"id\": \"person:anna-smith\"") || result.output.contains("\"id\":\"person:anna-smith\""))
    }

    @Test func crlfAndCRLineEndsGiveTheSameQuotationsAsLF() throws {
        let dir = try TemporaryDirectory()
        defer { dir.remove() }
        let text = Self.article + "\n\"It was them and nobody else,\" said Bob Jones.\n"
        var outputs: [String] = []
        for (name, end) in [("lf", "\n"), ("crlf", "\r\n"), ("cr", "\r")] {
            let path = try dir.write("\(name).txt", text.replacingOccurrences(of: "\n", with: end))
            let result = try CLI.run(["quotes", path, "--format", "table"])
            #expect(result.status == 0, "\(result.stderr)")
            // Offsets differ by the extra CR of each CRLF; text and speakers do not.
            outputs.append(result.output.split(separator: "\n").map { $0.split(separator: "\t").dropFirst(2).joined(separator: "\t") }
                .joined(separator: "\n"))
        }
        #expect(outputs[0].contains("Bob Jones"))
        #expect(Set(outputs).count == 1, "\(outputs)")
    }
}
