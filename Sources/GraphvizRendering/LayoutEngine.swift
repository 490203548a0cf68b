/// A Graphviz layout algorithm, named as Graphviz names it.
///
/// All six run in-process through libgvc. Pick by graph size: `dot` is
/// hierarchical and slows steeply past ~150 nodes; `sfdp` handles thousands;
/// `neato` is O(n²) in memory. A layout cannot be cancelled once started.
public enum LayoutEngine: String, CaseIterable, Sendable {
    /// Hierarchical (layered) layout for directed graphs.
    case dot
    /// Spring model (stress majorisation).
    case neato
    /// Force-directed placement.
    case fdp
    /// Multiscale force-directed placement, for large graphs.
    case sfdp
    /// Circular layout.
    case circo
    /// Radial layout around a root node.
    case twopi
}
