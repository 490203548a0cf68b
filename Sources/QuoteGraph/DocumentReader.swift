import Foundation
import QuoteGraphModel

/// Reads documents from files, directories (recursively: every `*.txt` and `*.jsonl`),
/// `.jsonl` files and standard input (spec: Input), all at once; ``DocumentSource`` reads
/// the same inputs lazily, for corpora of any size. Text must be valid UTF-8; a JSONL line that is not an object with a
/// string `text` is reported with its line number and skipped, never silently.
public struct DocumentReader: Sendable {
    /// How standard input (`-`) is read.
    public enum StdinFormat: String, Sendable, CaseIterable { case text, jsonl }

    public var stdinFormat: StdinFormat
    /// Inputs larger than this many bytes are refused.
    public var maxInputBytes: Int

    public init(stdinFormat: StdinFormat = .text, maxInputBytes: Int = 1 << 30) {
        self.stdinFormat = stdinFormat
        self.maxInputBytes = maxInputBytes
    }

    /// The documents of one input path, and the problems of lines that were skipped.
    public func read(_ path: String) throws(InputError) -> (documents: [Document], skipped: [InputError]) {
        if path == "-" {
            let data = FileHandle.standardInput.readDataToEndOfFile()
            return try stdinFormat == .jsonl ? parseJSONL(data, path: "<stdin>") : ([try textDocument(data, id: "stdin", path: "<stdin>")], [])
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw InputError(path: path, message: "no such file or directory")
        }
        if isDirectory.boolValue { return try readDirectory(path) }
        let data = try load(path)
        if path.hasSuffix(".jsonl") { return try parseJSONL(data, path: path) }
        let id = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
        return ([try textDocument(data, id: id, path: path)], [])
    }

    private func readDirectory(_ path: String) throws(InputError) -> (documents: [Document], skipped: [InputError]) {
        var documents: [Document] = []
        var skipped: [InputError] = []
        for file in try Self.corpusFiles(in: path) {
            let (docs, problems) = try read(file)
            documents += docs
            skipped += problems
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
            if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory), !isDirectory.boolValue {
                files.append(full)
            }
        }
        guard !files.isEmpty else { throw InputError(path: path, message: "the directory holds no .txt or .jsonl files") }
        return files.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
    }

    private func load(_ path: String) throws(InputError) -> Data {
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > maxInputBytes {
            throw InputError(path: path, message: "the file has \(size) bytes, more than the limit of \(maxInputBytes) (raise it with --max-input-size)")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw InputError(path: path, message: "cannot read the file (permission denied?)")
        }
        return data
    }

    /// A plain-text document: valid UTF-8 (a leading byte-order mark is dropped), not binary, not empty.
    func textDocument(_ data: Data, id: String, path: String) throws(InputError) -> Document {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            throw InputError(path: path, message: "the file is UTF-16; convert it to UTF-8 (e.g. iconv -f UTF-16 -t UTF-8)")
        }
        if let nul = bytes.firstIndex(of: 0) {
            throw InputError(path: path, message: "the file looks binary (a NUL byte at offset \(nul)); give a UTF-8 text file")
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw InputError(path: path, message: "the file is not valid UTF-8 (first bad byte at offset \(Self.firstInvalidUTF8Offset(bytes)))")
        }
        guard text.contains(where: { !$0.isWhitespace }) else {
            throw InputError(path: path, message: "the file is empty or holds only white space")
        }
        return Document(id: id, text: text)
    }

    /// Byte offset of the first byte that does not decode as UTF-8.
    static func firstInvalidUTF8Offset(_ bytes: [UInt8]) -> Int {
        var offset = 0
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let s): offset += UTF8.width(s)
            case .emptyInput: return offset
            case .error: return offset
            }
        }
    }

    /// One document per JSONL line with an `id` and a `text`; other fields become metadata.
    func parseJSONL(_ data: Data, path: String) throws(InputError) -> (documents: [Document], skipped: [InputError]) {
        var documents: [Document] = []
        var skipped: [InputError] = []
        var lineNumber = 0
        var ids = DocumentIDs()
        for line in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            do {
                guard var document = try Self.jsonlDocument(line, lineNumber: lineNumber, path: path) else { continue }
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
    /// becomes `line-N`.
    /// - Throws: when the line is not a JSON object with a string `text`; the line should be skipped.
    static func jsonlDocument<Bytes: Collection<UInt8>>(_ line: Bytes, lineNumber: Int, path: String) throws(InputError) -> Document? {
        guard line.contains(where: { !($0 == 0x20 || $0 == 0x09 || $0 == 0x0D) }) else { return nil }
        guard let object = (try? JSONSerialization.jsonObject(with: Data(line))) as? [String: Any] else {
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
