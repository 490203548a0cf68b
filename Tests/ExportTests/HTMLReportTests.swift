import Foundation
import Testing
import GraphvizRendering
import QuoteGraphModel
@testable import Export

@Suite struct HTMLReportTests {
    static func report(svg: String? = nil) -> String {
        HTMLReport.write(Hostile.analysis, svg: svg, evidence: Hostile.evidence, title: "<script>alert('title')</script>")
    }

    @Test func everyInputStringIsEscapedAndTheOnlyScriptIsOurs() {
        let html = Self.report()
        #expect(html.components(separatedBy: "<script").count == 2, "exactly one script element")
        #expect(html.contains("<script>\n"))
        #expect(html.contains("script-src '\(HTMLReport.scriptHash)'"))
        #expect(html.contains("<title>&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt; — QuoteGraph report</title>"))
        #expect(html.contains("<q>We &lt;b&gt;deny&lt;/b&gt; &amp; &quot;reject&quot; it ]] &#13;\nfully&lt;/script&gt;&lt;script&gt;alert(2)&lt;/script&gt;</q>"))
        #expect(html.contains("data-entity=\"organisation:o&amp;o\""))
        #expect(html.contains("&lt;script&gt;alert(&quot;sentence&quot;)&lt;/script&gt; Raab &amp; &quot;Co&quot; said ]]&gt; next."))
        #expect(!html.unicodeScalars.contains { !XMLEscaping.isAllowed($0) })
        #expect(!html.contains("http://") && !html.contains("https://"), "no external resources")
    }

    @Test func sha256MatchesTheFIPSTestVectorSoThePolicyHashIsRight() {
        let abc = SHA256.digest(Array("abc".utf8)).map { String(format: "%02x", $0) }.joined()
        #expect(abc == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        let long = SHA256.digest(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)).map { String(format: "%02x", $0) }.joined()
        #expect(long == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(SHA256.base64(Array("foob".utf8)) == "Zm9vYg==")
    }

    @Test func sameAnalysisGivesTheSameBytes() {
        #expect(Self.report() == Self.report())
    }

    @Test func reportGroupsQuotesBySpeakerAndListsAccusationsAndDenials() {
        let html = Self.report()
        #expect(html.contains("<div class=\"speaker\" data-entity=\"person:evil\">"))
        #expect(html.contains("<tr class=\"claim\" data-edge=\"e0\" data-source=\"person:evil\" data-target=\"country:c\">"))
        #expect(html.contains("<tr class=\"claim\" data-edge=\"e2\""))
        #expect(!html.contains("<tr class=\"claim\" data-edge=\"e1\""), "affiliations are not claims")
        #expect(html.contains("<table class=\"sortable\">"))
    }

    @Test func inlineSVGFromGraphvizLosesItsPrologAndCommentsButNotItsContent() throws {
        let dot = DOTWriter.write(Hostile.analysis, options: DOTOptions(elementIDs: true), evidence: Hostile.evidence)
        let svg = try #require(try Graphviz.render(dot: dot, format: .svg, engine: .dot).text)
        let inline = try #require(HTMLReport.inlineSVG(svg))
        #expect(inline.hasPrefix("<svg"))
        #expect(inline.hasSuffix("</svg>"))
        #expect(!inline.contains("<!--") && !inline.contains("<?xml") && !inline.contains("<!DOCTYPE"))
        #expect(XMLElements(inline).isWellFormed)
        let html = Self.report(svg: svg)
        #expect(html.contains(inline))
        #expect(html.components(separatedBy: "<script").count == 2)
    }

    @Test func svgWithAScriptOrJavascriptLinkIsNotInlined() {
        #expect(HTMLReport.inlineSVG("<svg><script>alert(1)</script></svg>") == nil)
        #expect(HTMLReport.inlineSVG("<svg><a xlink:href=\"JavaScript:alert(1)\"/></svg>") == nil)
        #expect(HTMLReport.inlineSVG("<svg><!-- unclosed </svg>") == nil)
        #expect(HTMLReport.inlineSVG("no svg") == nil)
    }
}
