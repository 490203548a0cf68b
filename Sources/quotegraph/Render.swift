import ArgumentParser
import Foundation
import GraphvizRendering
import QuoteGraph

/// `quotegraph render`: lays out and renders a DOT file in-process through Graphviz's library.
struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Render a DOT file to SVG, PNG, PDF, xdot, JSON or plain, in-process (no dot program needed).",
        discussion: """
        The format is taken from OUT's extension unless --format is given; without -o the \
        output goes to standard output (SVG unless --format says otherwise). FILE may be - \
        for standard input. The layout engine defaults to dot for up to \(Renderer.dotNodeLimit) \
        nodes and sfdp above.

        Examples:
          quotegraph render Output/cyberspies-vaccine-research.dot -o graph.svg
          quotegraph render graph.dot -o graph.png --layout neato
        """
    )

    @Argument(help: "A DOT file holding one graph, or - for standard input.")
    var file: String

    @Option(name: .shortAndLong, help: ArgumentHelp("The file to write (replaced atomically).", valueName: "out"))
    var output: String?

    @Option(help: "Graphviz layout engine: dot, neato, fdp, sfdp, circo or twopi.")
    var layout: LayoutEngine?

    @Option(help: "Output format: svg, png, pdf, xdot, json or plain (default: from OUT's extension).")
    var format: RenderFormat?

    @Option(help: ArgumentHelp("Refuse to lay out a graph of more nodes than this (a layout cannot be interrupted).", valueName: "n"))
    var maxNodes: Int = Diagram.defaultMaxNodes

    @Option(help: "Refuse a DOT file, or standard input, larger than this many bytes.")
    var maxInputSize: Int = 64 << 20

    /// The format asked for, else OUT's extension, else SVG when writing to standard output.
    var resolvedFormat: RenderFormat? {
        if let format { return format }
        guard let output else { return .svg }
        return RenderFormat(rawValue: URL(fileURLWithPath: output).pathExtension.lowercased())
    }

    func validate() throws {
        if maxNodes < 1 { throw ValidationError("--max-nodes must be at least 1") }
        if resolvedFormat == nil, let output {
            throw ValidationError("cannot tell the format from '\(output)'; name it .svg, .png, .pdf, .xdot, .json "
                                  + "or .plain, or pass --format")
        }
    }

    func run() throws {
        let name = file == "-" ? "<stdin>" : file
        let data: Data
        if file == "-" {
            data = Data(try readingErrorsExit { try DocumentReader.readStandardInput(maxBytes: maxInputSize) })
        } else {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: file, isDirectory: &isDirectory), !isDirectory.boolValue else {
                printError("error: \(file): no such file")
                throw ExitCode.failure
            }
            data = try readingErrorsExit { try DocumentReader.load(file, maxBytes: maxInputSize, regularOnly: false) }
        }
        guard let dot = String(validating: [UInt8](data), as: UTF8.self) else {
            printError("error: \(name): the file is not valid UTF-8; DOT files must be UTF-8 text")
            throw ExitCode.failure
        }
        let bytes: [UInt8]
        do {
            let nodeCount = try Graphviz.readGraph(dot: dot).nodes.count
            try checkDiagramSize(nodes: nodeCount, maxNodes: maxNodes,
                                 hint: "draw part of it (quotegraph analyze --top, --min-weight, --focus or --relations with --format dot)")
            bytes = try Renderer.render(dot: dot, format: resolvedFormat!, layout: layout, nodeCount: nodeCount)
        } catch let error as GraphvizError {
            printError("error: \(name): \(error)")
            throw ExitCode.failure
        }
        guard let output else {
            FileHandle.standardOutput.write(Data(bytes))
            return
        }
        do {
            try AtomicFile.write(bytes, to: URL(fileURLWithPath: output))
        } catch {
            printError("error: \(error)")
            throw ExitCode.failure
        }
    }
}

extension RenderFormat: ExpressibleByArgument {}
