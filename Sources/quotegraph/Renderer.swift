import GraphvizRendering
import QuoteGraph

/// Chooses a layout engine by graph size and renders through libgvc, passing Graphviz's
/// warnings to standard error.
enum Renderer {
    /// Above this many nodes `dot` takes minutes; `sfdp` stays within seconds.
    static let dotNodeLimit = Diagram.dotNodeLimit

    static func render(dot: String, format: RenderFormat, layout: LayoutEngine?, nodeCount: Int) throws -> [UInt8] {
        let engine = Diagram.engine(nodeCount: nodeCount, requested: layout)
        let rendering = try Graphviz.render(dot: dot, format: format, engine: engine)
        for warning in rendering.warnings { printError("graphviz warning: \(warning)") }
        return rendering.bytes
    }
}
