import Foundation
import QuoteGraphModel

/// Reads documents from files, directories (recursively: every `*.txt` and `*.jsonl`),
/// `.jsonl` files and standard input (spec: Input), all at once; ``DocumentSource`` reads
/// the same inputs lazily, for corpora of any size. Text must be UTF-8 (or UTF-16 with a
/// byte-order mark; see ``TextDecoding``), unless ``lossy`` replaces what does not decode; a
/// JSONL line that is not an object with a string `text` is reported with its line number
/// and skipped, never silently. A file inside a directory that cannot be read as text is
/// reported and skipped; a file named on its own is an error.
public struct DocumentReader: Sendable {
    /// How standard input (`-`) is read.
    public enum StdinFormat: String, Sendable, CaseIterable { case text, jsonl }

    public var stdinFormat: StdinFormat
    /// Inputs larger than this many bytes are refused: files, standard input, JSONL lines.
    public var maxInputBytes: Int
    /// Replace invalid UTF-8 (or UTF-16) and NUL bytes with U+FFFD instead of refusing the input.
    public var lossy: Bool

    public init(stdinFormat: StdinFormat = .text, maxInputBytes: Int = 1 << 30, lossy: Bool = false) {
        self.stdinFormat = stdinFormat
        self.maxInputBytes = maxInputBytes
        self.lossy = lossy
    }

    /// The documents of one input path, and the problems of lines that were skipped.
    public func read(_ path: String) throws(InputError) -> (documents: [Document], skipped: [InputError]) {
        if path == "-" {
            let data = try Self.readStandardInput(maxBytes: maxInputBytes)
            if stdinFormat == .jsonl { return try parseJSONL(Data(data), path: "<stdin>") }
            let (document, note) = try textDocument(data, id: "stdin", path: "<stdin>")
            return ([document], note.map { [$0] } ?? [])
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            if (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) != nil {
                throw InputError(path: path, message: "a broken symbolic link")
            }
            throw InputError(path: path, message: "no such file or directory")
        }
        if isDirectory.boolValue { return try readDirectory(path) }
        let data = try Self.load(path, maxBytes: maxInputBytes)
        if path.hasSuffix(".jsonl") { return try parseJSONL(data, path: path) }
        let id = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        let (document, note) = try textDocument([UInt8](data), id: id, path: path)
        return ([document], note.map { [$0] } ?? [])
    }

    /// Standard input, read to its end unless it grows past `maxBytes`.
    public static func readStandardInput(maxBytes: Int) throws(InputError) -> [UInt8] {
        var bytes: [UInt8] = []
        let chunk = 1 << 20
        while true {
            let old = bytes.count
            bytes.append(contentsOf: repeatElement(0, count: chunk))
            let n = bytes.withUnsafeMutableBytes { raw in
                var got: Int
                repeat { got = Foundation.read(STDIN_FILENO, raw.baseAddress! + old, chunk) } while got < 0 && errno == EINTR
                return got
            }
            if n < 0 {
                throw InputError(path: "<stdin>", message: "read failed: \(String(cString: strerror(errno)))")
            }
            bytes.removeSubrange((old + n)...)
            if n == 0 { return bytes }
            if bytes.count > maxBytes {
                throw InputError(path: "<stdin>", message: "standard input has more than \(maxBytes) bytes, the limit "
                                 + "(raise it with --max-input-size, or give JSONL with --input-format jsonl, which is read line by line)")
            }
        }
    }

    private func readDirectory(_ path: String) throws(InputError) -> (documents: [Document], skipped: [InputError]) {
        var documents: [Document] = []
        var skipped: [InputError] = []
        for file in try Self.corpusFiles(in: path) {
            do {
                let (docs, problems) = try read(file)
                documents += docs
                skipped += problems
            } catch {
                skipped.append(InputError(path: error.path, message: error.message + "; file skipped", line: error.line))
            }
        }
        return (documents, skipped)
    }

    /// Every `*.txt` and `*.jsonl` file under a directory, recursively, sorted by path;
    /// hidden files and directories are passed over.
    /// - Throws: when the directory cannot be listed or holds no such file.
    public static func corpusFiles(in path: String) throws(InputError) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: path) else {
            throw InputError(path: path, message: "cannot list the directory")
        }
        var files: [String] = []
        while let relative = enumerator.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            if name.hasPrefix(".") {
                enumerator.skipDescendants()
                continue
            }
            guard name.hasSuffix(".txt") || name.hasSuffix(".jsonl") else { continue }
            let full = (path as NSString).appendingPathComponent(relative)
            var isDirectory: ObjCBool = false
            // A dangling link or a special file is kept, so that reading it reports it.
            if !FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory) || !isDirectory.boolValue {
                files.append(full)
            }
        }
        guard !files.isEmpty else { throw InputError(path: path, message: "the directory holds no .txt or .jsonl files") }
        return files.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    }

    /// The bytes of a file no larger than `maxBytes`; otherwise an error naming why. Pipes
    /// and devices are refused unless `regularOnly` is false (`<(command)` for a graph).
    public static func load(_ path: String, maxBytes: Int, regularOnly: Bool = true) throws(InputError) -> Data {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else {
            throw InputError(path: path, message: "cannot read the file (a broken link?)")
        }
        if regularOnly, let type = attributes[.type] as? FileAttributeType, type != .typeRegular {
            throw InputError(path: path, message: "not a regular file (a pipe, socket or device); give a text file")
        }
        if let size = attributes[.size] as? Int, size > maxBytes {
            throw InputError(path: path, message: "the file has \(size) bytes, more than the limit of \(maxBytes) (raise it with --max-input-size)")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputError(path: path, message: "cannot read the file (permission denied?)")
        }
        return data
    }

    /// A plain-text document (``TextDecoding``): UTF-8 or UTF-16 with a byte-order mark, not
    /// binary, not empty; with a note when ``lossy`` replaced bytes that did not decode.
    func textDocument(_ bytes: [UInt8], id: String, path: String) throws(InputError) -> (Document, note: InputError?) {
        let decoded: TextDecoding.Decoded
        switch TextDecoding.decode(bytes, lossy: lossy) {
        case .success(let d): decoded = d
        case .failure(let problem): throw InputError(path: path, message: problem.message)
        }
        guard decoded.text.unicodeScalars.contains(where: { !$0.properties.isWhitespace && $0 != "\u{FEFF}" }) else {
            throw InputError(path: path, message: "the file is empty or holds only white space")
        }
        let note = decoded.replacements == 0 ? nil : InputError(
            path: path, message: "\(decoded.replacements) invalid \(decoded.encoding) sequence\(decoded.replacements == 1 ? "" : "s") "
                + "or NUL byte\(decoded.replacements == 1 ? "" : "s") replaced with U+FFFD (--lossy)")
        return (Document(id: id, text: decoded.text), note)
    }

    /// Byte offset of the first byte that does not decode as UTF-8.
    static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int { TextDecoding.firstInvalidUTF8Offset(bytes) }

    /// One document per JSONL line with an `id` and a `text`; other fields become metadata.
    func parseJSONL(_ data: Data, path: String) throws(InputError) -> (documents: [Document], skipped: [InputError]) {
        var documents: [Document] = []
        var skipped: [InputError] = []
        var lineNumber = 0
        var ids = DocumentIDs()
        for line in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            do throws(InputError) {
                if line.count > maxInputBytes {
                    throw InputError(path: path, message: "line longer than \(maxInputBytes) bytes (--max-input-size); line skipped",
                                     line: lineNumber)
                }
                guard var document = try Self.jsonlDocument(line, lineNumber: lineNumber, path: path, lossy: lossy) else { continue }
                document.id = ids.unique(document.id, lineNumber: lineNumber)
                documents.append(document)
            } catch {
                skipped.append(error)
            }
        }
        if documents.isEmpty && skipped.isEmpty { throw InputError(path: path, message: "the file holds no JSON lines") }
        return (documents, skipped)
    }

    /// The document on one JSONL line (spec: Input), nil for a blank line. A missing `id`
    /// becomes `line-N`. A byte-order mark before the first line is ignored; with `lossy`,
    /// bytes that are not UTF-8 become U+FFFD.
    /// - Throws: when the line is not a JSON object with a string `text`; the line should be skipped.
    static func jsonlDocument<Bytes: Collection<UInt8>>(_ line: Bytes, lineNumber: Int, path: String,
                                                        lossy: Bool = false) throws(InputError) -> Document? {
        guard line.contains(where: { !($0 == 0x20 || $0 == 0x09 || $0 == 0x0D) }) else { return nil }
        var bytes = Data(line)
        if lineNumber == 1 && bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if String(validating: bytes, as: UTF8.self) == nil {
            guard lossy else {
                throw InputError(path: path, message: "not valid UTF-8 (first bad byte at offset \(TextDecoding.firstInvalidUTF8Offset(bytes)) "
                                 + "of the line); line skipped (--lossy replaces bad bytes with U+FFFD)", line: lineNumber)
            }
            bytes = Data(String(decoding: bytes, as: UTF8.self).utf8)
        }
        guard let value = try? JSONSerialization.jsonObject(with: bytes, options: .fragmentsAllowed) else {
            throw InputError(path: path, message: "not valid JSON; line skipped", line: lineNumber)
        }
        guard let object = value as? [String: Any] else {
            throw InputError(path: path, message: "not a JSON object; line skipped", line: lineNumber)
        }
        guard let text = object["text"] as? String else {
            throw InputError(path: path, message: "no string field \"text\"; line skipped", line: lineNumber)
        }
        let id = (object["id"] as? String) ?? (object["id"] as? NSNumber)?.stringValue ?? "line-\(lineNumber)"
        var meta: [String: JSONValue] = [:]
        for (key, value) in object where key != "id" && key != "text" { meta[key] = jsonValue(value) }
        return Document(id: id, text: text, meta: meta)
    }

    static func jsonValue(_ any: Any) -> JSONValue {
        switch any {
        case let s as String: return .string(s)
        case let b as Bool where type(of: any) == Bool.self || String(describing: type(of: any)).contains("Bool"): return .bool(b)
        case let n as NSNumber: return .number(n.doubleValue)
        case let a as [Any]: return .array(a.map(jsonValue))
        case let o as [String: Any]: return .object(o.mapValues(jsonValue))
        default: return .null
        }
    }
}

/// Makes document ids unique within one JSONL input: a repeated id gets `#LINE` appended.
struct DocumentIDs {
    private var seen = Set<String>()

    mutating func unique(_ id: String, lineNumber: Int) -> String {
        seen.insert(id).inserted ? id : id + "#\(lineNumber)"
    }
}
