import Testing
import QuoteGraphModel
@testable import Export

@Suite struct DOTWriterTests {
    @Test func writesTheSampleGraphByteForByte() {
        let dot = DOTWriter.write(Sample.analysis, options: DOTOptions(title: "Sample", edgeLabels: true))
        #expect(dot == #"""
        digraph "quotegraph" {
          graph [newrank="true", rankdir="LR", fontname="Helvetica", label="Sample", labelloc="t", fontsize="16"];
          node [fontname="Helvetica", style="filled", color="#444444"];
          edge [fontname="Helvetica", fontsize="10", arrowsize="0.8"];
          "person:dominic-raab" [label="Dominic Raab\nBritish Foreign Secretary", shape="ellipse", fillcolor="#99DDFF", tooltip="person\ntitle: British Foreign Secretary\naffiliation: United Kingdom\nalso: Raab"];
          "group:apt29" [label="APT29", shape="octagon", fillcolor="#FFAABB", tooltip="group\nalso: Cozy Bear, the Dukes"];
          "country:united-kingdom" [label="United Kingdom", shape="hexagon", fillcolor="#44BB99", tooltip="country"];
          "person:dominic-raab" -> "group:apt29" [color="#D55E00", style="solid", penwidth="2", tooltip="accuses (targeting), 2 pieces of evidence", xlabel="targeting", fontcolor="#D55E00"];
          "person:dominic-raab" -> "country:united-kingdom" [color="#888888", style="dotted", penwidth="1", tooltip="affiliated_with, 1 piece of evidence"];
          subgraph "cluster_legend" {
            graph [label="Legend", style="rounded", color="#999999", fontsize="12"];
            "legend:person" [label="person", shape="ellipse", fillcolor="#99DDFF", tooltip="entity kind"];
            "legend:group" [label="group", shape="octagon", fillcolor="#FFAABB", tooltip="entity kind"];
            "legend:country" [label="country", shape="hexagon", fillcolor="#44BB99", tooltip="entity kind"];
            "legend:accuses:from" [label="accuses", shape="plaintext", style="solid", tooltip="relation kind"];
            "legend:accuses:to" [label="", shape="point", width="0.08", fillcolor="#D55E00", color="#D55E00"];
            "legend:accuses:from" -> "legend:accuses:to" [color="#D55E00", style="solid", penwidth="1", tooltip="relation kind"];
            "legend:affiliated_with:from" [label="affiliated_with", shape="plaintext", style="solid", tooltip="relation kind"];
            "legend:affiliated_with:to" [label="", shape="point", width="0.08", fillcolor="#888888", color="#888888"];
            "legend:affiliated_with:from" -> "legend:affiliated_with:to" [color="#888888", style="dotted", penwidth="1", tooltip="relation kind"];
          }
        }

        """#)
    }

    @Test func quotesEveryIDIncludingKeywordsPortsAndQuotes() {
        let analysis = Analysis(
            entities: [Entity(id: "node", name: "n", kind: .other), Entity(id: "person:x", name: "x", kind: .person),
                       Entity(id: "a\"b", name: "q", kind: .group), Entity(id: "back\\", name: "b", kind: .other)],
            relations: [Relation(kind: .accuses, source: "node", target: "person:x", evidence: []),
                        Relation(kind: .targets, source: "a\"b", target: "back\\", evidence: [])])
        let dot = DOTWriter.write(analysis, options: DOTOptions(legend: false))
        #expect(dot.contains("\n  \"node\" [label=\"n\""))
        #expect(dot.contains("\n  \"person:x\" [label=\"x\""))
        #expect(dot.contains(#"  "a\"b" [label="q""#))
        // A trailing backslash is doubled so it cannot escape the closing quote.
        #expect(dot.contains(#"  "back\\" [label="b""#))
        #expect(dot.contains(#"  "node" -> "person:x" ["#))
        #expect(dot.contains(#"  "a\"b" -> "back\\" ["#))
        #expect(!dot.contains("cluster_legend"))
    }

    @Test func escapesLabelsSoTheyDisplayLiterally() {
        let name = "Say \"hi\" C:\\temp\nline2 <script>alert(1)</script> R&D \\N \u{01}bell\u{07}\ttab"
        let analysis = Analysis(entities: [Entity(id: "other:x", name: name, kind: .other, title: "A\r\nB")])
        let dot = DOTWriter.write(analysis, options: DOTOptions(title: "T \"1\" \\G"))
        #expect(dot.contains(#"[label="Say \"hi\" C:\\temp\nline2 <script>alert(1)</script> R&amp;D \\N bell"# + "\ttab" + #"\nA\nB", shape="note""#))
        #expect(dot.contains(#"label="T \"1\" \\G""#))
        #expect(!dot.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" })
    }

    @Test func escapingHelperHandlesEachSpecialCharacter() {
        #expect(DOTEscaping.text("\\") == #""\\""#)
        #expect(DOTEscaping.text("\"") == #""\"""#)
        #expect(DOTEscaping.text("a\nb\rc\r\nd\u{2028}e") == #""a\nb\nc\nd\ne""#)
        #expect(DOTEscaping.text("&amp;") == #""&amp;amp;""#)
        #expect(DOTEscaping.text("\\N\\l") == #""\\N\\l""#)
        #expect(DOTEscaping.text("x\u{00}\u{1B}y") == #""xy""#)
        #expect(DOTEscaping.id("a\nb\\\"") == #""ab\\\"""#)
    }

    @Test func alwaysSetsNewrankAndUsesXlabelForCues() {
        let plain = DOTWriter.write(Sample.analysis, options: DOTOptions(legend: false))
        #expect(plain.contains(#"graph [newrank="true", rankdir="LR""#))
        #expect(!plain.contains("xlabel"))
        let labelled = DOTWriter.write(Sample.analysis, options: DOTOptions(edgeLabels: true, rankdir: "TB"))
        #expect(labelled.contains(#"rankdir="TB""#))
        #expect(labelled.contains(#"xlabel="targeting""#))
        // No edge carries a plain `label` (Graphviz 2.42 double free with dot + clusters).
        for line in labelled.split(separator: "\n") where line.contains(" -> ") {
            #expect(!line.contains(" label="))
            #expect(!line.contains("[label="))
        }
    }

    @Test func legendListsExactlyTheKindsPresent() {
        let analysis = Analysis(
            entities: [Entity(id: "organisation:gchq", name: "GCHQ", kind: .organisation),
                       Entity(id: "country:russia", name: "Russia", kind: .country)],
            relations: [Relation(kind: .denies, source: "country:russia", target: "organisation:gchq", evidence: [])])
        let dot = DOTWriter.write(analysis)
        let legendIDs = dot.split(separator: "\n")
            .filter { $0.hasPrefix("    \"legend:") && !$0.contains(" -> ") }
            .map { $0.split(separator: " ")[0] }
        #expect(legendIDs == ["\"legend:organisation\"", "\"legend:country\"", "\"legend:denies:from\"", "\"legend:denies:to\""])
        #expect(dot.contains(##""legend:denies:from" -> "legend:denies:to" [color="#0072B2", style="dashed""##))
    }

    @Test func emptyAnalysisHasNoLegend() {
        #expect(DOTWriter.write(Analysis()) == """
        digraph "quotegraph" {
          graph [newrank="true", rankdir="LR", fontname="Helvetica"];
          node [fontname="Helvetica", style="filled", color="#444444"];
          edge [fontname="Helvetica", fontsize="10", arrowsize="0.8"];
        }

        """)
    }

    @Test func penwidthGrowsWithLog2OfWeight() {
        #expect(DOTWriter.penwidth(weight: 0, base: 1) == "1")
        #expect(DOTWriter.penwidth(weight: 1, base: 1) == "1")
        #expect(DOTWriter.penwidth(weight: 2, base: 1) == "2")
        #expect(DOTWriter.penwidth(weight: 3, base: 1) == "2.58")
        #expect(DOTWriter.penwidth(weight: 8, base: 2) == "5")
    }
}
