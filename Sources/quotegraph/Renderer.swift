import GraphvizRendering

/// Chooses a layout engine by graph size and renders through libgvc, passing Graphviz's
/// warnings to standard error.
enum Renderer {
    /// Above this many nodes `dot` takes minutes; `sfdp` stays within seconds.
    static let dotNodeLimit = 150

    static func render(dot: String, format: RenderFormat, layout: LayoutEngine?, nodeCount: Int) throws -> [UInt8] {
        let engine = layout ?? (nodeCount <= dotNodeLimit ? .dot : .sfdp)
        let rendering = try Graphviz.render(dot: dot, format: format, engine: engine)
        for warning in rendering.warnings { printError("graphviz warning: \(warning)") }
        return rendering.bytes
    }
}
