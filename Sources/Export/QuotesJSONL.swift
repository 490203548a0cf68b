import QuoteGraphModel

/// The quotations of one document as one JSONL line (spec: "Quotations, one line per document").
public enum QuotesJSONL {
    /// `{"id":…,"quotes":[{"start","end","text","speaker","speaker_id","speaker_start","speaker_end","cue"}]}`
    /// on one line, without the trailing newline. Quotes are written in the order given (the
    /// caller passes them in document order). `speaker` is the display name, `speaker_id` the
    /// entity id; each is `null` when unknown, as are the speaker offsets and the cue.
    public static func line(documentID: String, quotes: [Quote]) -> String {
        let items = quotes.map { q in
            JSONWriter.object([
                ("start", JSONWriter.number(q.span.start)),
                ("end", JSONWriter.number(q.span.end)),
                ("text", JSONWriter.string(q.text)),
                ("speaker", JSONWriter.string(q.speakerName)),
                ("speaker_id", JSONWriter.string(q.speaker)),
                ("speaker_start", q.speakerSpan.map { JSONWriter.number($0.start) } ?? "null"),
                ("speaker_end", q.speakerSpan.map { JSONWriter.number($0.end) } ?? "null"),
                ("cue", JSONWriter.string(q.cue)),
            ], style: .compact)
        }
        return JSONWriter.object([
            ("id", JSONWriter.string(documentID)),
            ("quotes", JSONWriter.array(items, style: .compact)),
        ], style: .compact)
    }
}
