import QuoteGraphModel

/// One self-contained HTML page about an analysis: the diagram (inline SVG), a sortable
/// metrics table, the quotations grouped by speaker, and the accusations, denials and
/// attacks with their evidence. Clicking a party (in the drawing, a speaker heading or a
/// table row) highlights its quotations and relations.
///
/// No network access: no external scripts, styles, fonts or images. Every string from the
/// input is escaped with ``XMLEscaping`` (so `<script>` in a quotation is shown as text);
/// the page's one script is a constant, allowed by its SHA-256 hash in the
/// Content-Security-Policy, so that even markup that slipped through could not run a script
/// or an inline handler, and the same analysis always gives the same bytes.
public enum HTMLReport {
    /// - Parameters:
    ///   - analysis: the graph to describe.
    ///   - svg: Graphviz's SVG of the DOT written with `elementIDs` (nil: no diagram).
    ///   - evidence: the document texts, to quote the sentences relations were read from.
    ///   - title: the page title (e.g. the input's name).
    public static func write(_ analysis: Analysis, svg: String?, evidence: EvidenceText = .none,
                             title: String) -> String {
        let names = Dictionary(analysis.entities.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        func name(_ id: String) -> String { names[id] ?? id }
        let t = XMLEscaping.text
        let a = XMLEscaping.attribute

        var out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        out += "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
            + "img-src data:; script-src '\(scriptHash)'\">\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        out += "<title>\(t(title)) — QuoteGraph report</title>\n<style>\n\(style)</style>\n</head>\n<body>\n"
        out += "<h1>\(t(title))</h1>\n"
        out += "<p class=\"summary\">\(analysis.documents.count) document\(analysis.documents.count == 1 ? "" : "s"), "
            + "\(analysis.quotes.count) quotations, \(analysis.entities.count) parties, \(analysis.relations.count) relations. "
            + "Click a party in the drawing or a name below to highlight its quotations and relations.</p>\n"

        // Diagram
        out += "<section id=\"diagram\">\n<h2>Diagram</h2>\n"
        if let svg, let inline = inlineSVG(svg) {
            out += inline + "\n"
        } else {
            out += "<p>No diagram.</p>\n"
        }
        out += "</section>\n"

        // Edge data for the script: which drawn edge joins which parties.
        out += "<ul id=\"edge-data\" hidden>\n"
        for (i, r) in analysis.relations.enumerated() {
            out += "<li data-edge=\"e\(i)\" data-source=\"\(a(r.source))\" data-target=\"\(a(r.target))\"></li>\n"
        }
        out += "</ul>\n"

        // Metrics
        let kinds = Dictionary(analysis.entities.map { ($0.id, $0.kind.rawValue) }, uniquingKeysWith: { first, _ in first })
        out += "<section id=\"metrics\">\n<h2>Metrics</h2>\n<p>Ranked by PageRank; click a column heading to sort.</p>\n"
        out += "<div class=\"scroll\"><table class=\"sortable\">\n<thead><tr><th data-type=\"text\">party</th><th data-type=\"text\">kind</th>"
        for column in MetricColumns.all { out += "<th data-type=\"number\">\(t(column.name))</th>" }
        out += "</tr></thead>\n<tbody>\n"
        let ranked = analysis.metrics.enumerated().sorted { x, y in
            let (u, v) = (x.element.pagerank.isFinite ? x.element.pagerank : -1, y.element.pagerank.isFinite ? y.element.pagerank : -1)
            return u != v ? u > v : x.offset < y.offset
        }.map(\.element)
        for m in ranked {
            out += "<tr class=\"party\" data-entity=\"\(a(m.entity))\"><td>\(t(name(m.entity)))</td><td>\(t(kinds[m.entity] ?? ""))</td>"
            for column in MetricColumns.all {
                let v = column.value(m)
                let shown = !v.isFinite ? "–" : column.isCount ? String(Int(v)) : fixed(v)
                out += "<td class=\"num\" data-value=\"\(v.isFinite ? JSONWriter.number(v) : "")\">\(shown)</td>"
            }
            out += "</tr>\n"
        }
        out += "</tbody>\n</table></div>\n</section>\n"

        // Quotations by speaker
        out += "<section id=\"quotes\">\n<h2>Quotations by speaker</h2>\n"
        var order: [String] = []
        var bySpeaker: [String: [Quote]] = [:]
        var unattributed: [Quote] = []
        for q in analysis.quotes {
            guard let s = q.speaker else { unattributed.append(q); continue }
            if bySpeaker[s] == nil { order.append(s) }
            bySpeaker[s, default: []].append(q)
        }
        let entities = Dictionary(analysis.entities.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for s in order {
            let e = entities[s]
            var heading = t(name(s))
            if let title = e?.title { heading += " <span class=\"role\">\(t(title))</span>" }
            if let aff = e?.affiliation { heading += " <span class=\"role\">for \(t(name(aff)))</span>" }
            out += "<div class=\"speaker\" data-entity=\"\(a(s))\">\n<h3 class=\"party\" data-entity=\"\(a(s))\">\(heading)</h3>\n<ul>\n"
            for q in bySpeaker[s]! { out += quoteItem(q, entity: s) }
            out += "</ul>\n</div>\n"
        }
        if !unattributed.isEmpty {
            out += "<div class=\"speaker\">\n<h3>Speakers the text does not name</h3>\n<ul>\n"
            for q in unattributed { out += quoteItem(q, entity: nil) }
            out += "</ul>\n</div>\n"
        }
        if analysis.quotes.isEmpty { out += "<p>No quotations.</p>\n" }
        out += "</section>\n"

        // Accusations, denials, attacks
        let claims = analysis.relations.enumerated().filter { [.accuses, .denies, .targets].contains($0.element.kind) }
            .sorted { ($0.element.kind, $0.offset) < ($1.element.kind, $1.offset) }
        out += "<section id=\"claims\">\n<h2>Accusations, denials and attacks</h2>\n"
        if claims.isEmpty {
            out += "<p>None found.</p>\n"
        } else {
            out += "<table>\n<thead><tr><th>who</th><th>relation</th><th>whom</th><th>cue</th><th>evidence</th></tr></thead>\n<tbody>\n"
            for (i, r) in claims {
                out += "<tr class=\"claim\" data-edge=\"e\(i)\" data-source=\"\(a(r.source))\" data-target=\"\(a(r.target))\">"
                out += "<td>\(t(name(r.source)))</td><td class=\"kind-\(r.kind.rawValue)\">\(t(r.kind.rawValue))</td>"
                out += "<td>\(t(name(r.target)))</td><td>\(t(r.cue ?? ""))</td><td>"
                if let quote = evidence.quote(r) { out += "<q>\(t(quote))</q>" }
                for e in r.evidence {
                    out += "<div class=\"evidence\"><span class=\"where\">\(t(e.document)):\(e.span.start)–\(e.span.end)</span> "
                    out += t(evidence.snippet(e) ?? "") + "</div>"
                }
                out += "</td></tr>\n"
            }
            out += "</tbody>\n</table>\n"
        }
        out += "</section>\n"
        out += "<script>\(scriptBody)</script>\n</body>\n</html>\n"
        return out
    }

    private static func quoteItem(_ q: Quote, entity: String?) -> String {
        let t = XMLEscaping.text
        var item = entity.map { "<li class=\"quote\" data-entity=\"\(XMLEscaping.attribute($0))\">" } ?? "<li class=\"quote\">"
        item += "<q>\(t(q.text))</q> <span class=\"where\">"
        if entity == nil, let described = q.speakerName { item += t(described) + ", " }
        if let cue = q.cue { item += t(cue) + ", " }
        item += "\(t(q.document)):\(q.span.start)–\(q.span.end)</span></li>\n"
        return item
    }

    /// Graphviz's SVG without its XML declaration, doctype and comments, ready to sit inside
    /// HTML. Graphviz escapes `& < > "` in every title, label and tooltip, and our DOT sets
    /// no links; an SVG that still holds a script element or a `javascript:` link is refused
    /// (nil) rather than inlined.
    public static func inlineSVG(_ svg: String) -> String? {
        guard let start = svg.range(of: "<svg") else { return nil }
        var body = String(svg[start.lowerBound...])
        while let open = body.range(of: "<!--") {
            guard let close = body.range(of: "-->", range: open.upperBound..<body.endIndex) else { return nil }
            body.removeSubrange(open.lowerBound..<close.upperBound)
        }
        let lower = body.lowercased()
        if lower.contains("<script") || lower.contains("javascript:") || lower.contains("<foreignobject") { return nil }
        return body.trimmingSuffixWhitespace()
    }

    private static func fixed(_ v: Double) -> String {
        let scaled = (v * 1_000_000).rounded() / 1_000_000
        return JSONWriter.number(scaled)
    }

    static let style = """
    body { font-family: system-ui, -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; margin: 1.5rem; color: #222; max-width: 1400px; }
    h1 { font-size: 1.6rem; margin-bottom: .2rem; } h2 { margin-top: 2rem; border-bottom: 1px solid #ddd; }
    .summary { color: #555; }
    .scroll { overflow-x: auto; }
    #diagram svg { max-width: 100%; height: auto; border: 1px solid #eee; }
    #diagram g.node { cursor: pointer; }
    #diagram g.node.hl polygon, #diagram g.node.hl ellipse, #diagram g.node.hl path { stroke: #d00; stroke-width: 3px; }
    #diagram g.edge.hl path { stroke-width: 4px; }
    #diagram.selecting g.edge:not(.hl), #diagram.selecting g.node:not(.hl) { opacity: .35; }
    table { border-collapse: collapse; font-size: .9rem; } th, td { border: 1px solid #ddd; padding: .25rem .5rem; vertical-align: top; }
    th { background: #f3f3f3; cursor: pointer; user-select: none; } td.num { text-align: right; font-variant-numeric: tabular-nums; }
    th.asc::after { content: " ▲"; } th.desc::after { content: " ▼"; }
    .party { cursor: pointer; } .role { font-weight: normal; color: #666; font-size: .85em; }
    .where { color: #777; font-size: .8em; } .evidence { margin: .2rem 0; }
    q { quotes: "\\201C" "\\201D"; } .hl { background: #fff1a8; }
    .kind-accuses { color: #D55E00; } .kind-denies { color: #0072B2; } .kind-targets { color: #B37A00; }

    """

    /// The script element's exact content, and its hash for the policy.
    static let scriptBody = "\n" + script
    static let scriptHash = "sha256-" + SHA256.base64(SHA256.digest(Array(scriptBody.utf8)))

    static let script = """
    (function () {
      "use strict";
      var diagram = document.getElementById("diagram");
      var edges = Array.prototype.slice.call(document.querySelectorAll("#edge-data li"));
      var selected = null;
      function nodeID(g) { var t = g.querySelector("title"); return t ? t.textContent : null; }
      function select(id) {
        selected = (id === selected) ? null : id;
        Array.prototype.forEach.call(document.querySelectorAll(".hl"), function (e) { e.classList.remove("hl"); });
        diagram.classList.toggle("selecting", selected !== null);
        if (selected === null) { return; }
        Array.prototype.forEach.call(document.querySelectorAll("[data-entity]"), function (e) {
          if (e.getAttribute("data-entity") === selected) { e.classList.add("hl"); }
        });
        Array.prototype.forEach.call(document.querySelectorAll("#diagram g.node"), function (g) {
          if (nodeID(g) === selected) { g.classList.add("hl"); }
        });
        edges.forEach(function (e) {
          if (e.getAttribute("data-source") !== selected && e.getAttribute("data-target") !== selected) { return; }
          var g = document.getElementById(e.getAttribute("data-edge"));
          if (g) { g.classList.add("hl"); }
        });
        Array.prototype.forEach.call(document.querySelectorAll("tr.claim"), function (r) {
          if (r.getAttribute("data-source") === selected || r.getAttribute("data-target") === selected) { r.classList.add("hl"); }
        });
      }
      Array.prototype.forEach.call(document.querySelectorAll("#diagram g.node"), function (g) {
        g.addEventListener("click", function () { select(nodeID(g)); });
      });
      Array.prototype.forEach.call(document.querySelectorAll(".party[data-entity]"), function (e) {
        e.addEventListener("click", function () { select(e.getAttribute("data-entity")); });
      });
      Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), function (table) {
        var heads = table.querySelectorAll("th");
        Array.prototype.forEach.call(heads, function (th, column) {
          th.addEventListener("click", function () {
            var descending = !th.classList.contains("desc");
            Array.prototype.forEach.call(heads, function (h) { h.classList.remove("asc", "desc"); });
            th.classList.add(descending ? "desc" : "asc");
            var numeric = th.getAttribute("data-type") === "number";
            var body = table.tBodies[0];
            var rows = Array.prototype.slice.call(body.rows);
            rows.sort(function (a, b) {
              var x = a.cells[column], y = b.cells[column], c;
              if (numeric) {
                var u = parseFloat(x.getAttribute("data-value")), v = parseFloat(y.getAttribute("data-value"));
                u = isNaN(u) ? -Infinity : u; v = isNaN(v) ? -Infinity : v;
                c = u - v;
              } else {
                c = x.textContent.localeCompare(y.textContent);
              }
              return descending ? -c : c;
            });
            rows.forEach(function (r) { body.appendChild(r); });
          });
        });
      });
      document.body.setAttribute("data-report-ready", "yes");
    })();

    """
}

extension String {
    fileprivate func trimmingSuffixWhitespace() -> String {
        var s = self
        while let last = s.last, last.isWhitespace { s.removeLast() }
        return s
    }
}
