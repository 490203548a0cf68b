import QuoteGraphModel

/// Node and edge appearance by kind.
///
/// Node fills are Paul Tol's "light" scheme and edge colours Okabe & Ito's, both chosen to stay
/// distinguishable under the common colour-vision deficiencies; shape and line style carry the
/// kind as well, so nothing depends on colour alone.
enum DOTStyle {
    struct Node {
        var shape: String
        var fill: String
    }

    struct Edge {
        var color: String
        var style: String
        var basePenwidth: Double
    }

    static func node(_ kind: EntityKind) -> Node {
        switch kind {
        case .person: Node(shape: "ellipse", fill: "#99DDFF")        // light cyan
        case .organisation: Node(shape: "box", fill: "#EEDD88")      // light yellow
        case .country: Node(shape: "hexagon", fill: "#44BB99")       // mint
        case .group: Node(shape: "octagon", fill: "#FFAABB")         // pink
        case .other: Node(shape: "note", fill: "#DDDDDD")            // pale grey
        }
    }

    static func edge(_ kind: RelationKind) -> Edge {
        switch kind {
        case .accuses: Edge(color: "#D55E00", style: "solid", basePenwidth: 1)        // vermillion
        case .denies: Edge(color: "#0072B2", style: "dashed", basePenwidth: 1)        // blue
        case .targets: Edge(color: "#E69F00", style: "bold", basePenwidth: 2)         // orange
        case .affiliatedWith: Edge(color: "#888888", style: "dotted", basePenwidth: 1)
        case .memberOf: Edge(color: "#CC79A7", style: "solid", basePenwidth: 1)       // reddish purple
        case .quotes: Edge(color: "#BBBBBB", style: "solid", basePenwidth: 1)         // light grey
        }
    }
}
