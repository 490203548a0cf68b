import Foundation

/// What one run of the built `quotegraph` binary produced.
struct CLIResult {
    var status: Int32
    var stdout: Data
    var stderr: String
    var output: String { String(decoding: stdout, as: UTF8.self) }
}

enum CLI {
    /// The built `quotegraph` executable: it sits in the products directory next to the
    /// test bundle (as swift-argument-parser's TestHelpers find theirs), else under the
    /// package's scratch directories.
    static let executable: URL = {
        var candidates: [URL] = []
        var bundle = Bundle.main.bundleURL
        if bundle.pathExtension == "xctest" { bundle.deleteLastPathComponent() }
        candidates.append(bundle.appendingPathComponent("quotegraph"))
        if let argument = CommandLine.arguments.first {
            candidates.append(URL(fileURLWithPath: argument).deletingLastPathComponent().appendingPathComponent("quotegraph"))
        }
        for scratch in [".build-cli", ".build"] {
            candidates.append(packageRoot.appendingPathComponent("\(scratch)/debug/quotegraph"))
        }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) } ?? candidates[0]
    }()

    /// The package directory, from this file's path (`Tests/CLITests/…`).
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Runs the binary with `arguments` in `directory`, feeding `stdin`; output goes through
    /// files, so a large output can never block on a full pipe.
    static func run(_ arguments: [String], in directory: URL? = nil, stdin: Data? = nil) throws -> CLIResult {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("quotegraph-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("stdout"), errURL = scratch.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        process.standardOutput = out
        process.standardError = err
        let input = Pipe()
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        process.waitUntilExit()
        try out.close()
        try err.close()
        return CLIResult(status: process.terminationStatus,
                         stdout: try Data(contentsOf: outURL),
                         stderr: String(decoding: try Data(contentsOf: errURL), as: UTF8.self))
    }
}

/// A fresh temporary directory, removed when the value is dropped by `remove()`.
struct TemporaryDirectory {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("quotegraph-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// Writes `bytes` to `name` inside the directory and returns its path.
    @discardableResult
    func write(_ name: String, _ bytes: [UInt8]) throws -> String {
        let file = url.appendingPathComponent(name)
        try Data(bytes).write(to: file)
        return file.path
    }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String { try write(name, Array(text.utf8)) }

    func remove() { try? FileManager.default.removeItem(at: url) }
}

/// The seed article, from `Examples/`; a short passage of our own when it is not there yet.
func seedArticle(in directory: TemporaryDirectory) throws -> String {
    let example = CLI.packageRoot.appendingPathComponent("Examples/cyberspies-vaccine-research.txt")
    if FileManager.default.fileExists(atPath: example.path) { return example.path }
    return try directory.write("cyberspies-vaccine-research.txt", """
        Hackers linked to a Russian intelligence service are trying to steal vaccine research, \
        security officials in Britain said yesterday.

        "It is completely unacceptable that the Russian intelligence services are targeting those \
        working to combat the coronavirus pandemic," said Dominic Raab, the British Foreign Secretary.

        The Kremlin denied the accusation. "We have no information about who may have hacked \
        pharmaceutical companies," said Dmitry Peskov, a spokesman for President Vladimir Putin.

        "APT29 almost certainly operates as part of Russian intelligence," the National Cyber \
        Security Centre said in a statement.
        """)
}
