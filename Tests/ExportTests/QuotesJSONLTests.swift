import Testing
import QuoteGraphModel
import Export

@Suite struct QuotesJSONLTests {
    @Test func lineHasSpecFieldsAndNullSpeakerWhenUnknown() {
        let line = QuotesJSONL.line(documentID: "doc-1", quotes: [
            Quote(id: "q1", document: "doc-1", span: TextSpan(start: 512, end: 618), text: "It is unacceptable",
                  speaker: "person:dominic-raab", speakerName: "Dominic Raab",
                  speakerSpan: TextSpan(start: 700, end: 712), cue: "said"),
            Quote(id: "q2", document: "doc-1", span: TextSpan(start: 900, end: 905), text: "maybe"),
        ])
        #expect(line == #"{"id":"doc-1","quotes":[{"start":512,"end":618,"text":"It is unacceptable","speaker":"Dominic Raab","speaker_id":"person:dominic-raab","speaker_start":700,"speaker_end":712,"cue":"said"},{"start":900,"end":905,"text":"maybe","speaker":null,"speaker_id":null,"speaker_start":null,"speaker_end":null,"cue":null}]}"#)
    }

    @Test func lineHasNoRawLineBreakEvenWhenTheQuoteHasOne() {
        let line = QuotesJSONL.line(documentID: "a\nb", quotes: [
            Quote(id: "q1", document: "a\nb", span: TextSpan(start: 0, end: 9), text: "one\r\ntwo\u{2028}three\u{85}"),
        ])
        #expect(!line.unicodeScalars.contains { $0 == "\n" || $0 == "\r" || $0 == "\u{85}" || $0 == "\u{2028}" || $0 == "\u{2029}" })
        #expect(line.contains(#""text":"one\r\ntwo\u2028three\u0085""#))
    }

    @Test func documentWithoutQuotesHasEmptyList() {
        #expect(QuotesJSONL.line(documentID: "empty", quotes: []) == #"{"id":"empty","quotes":[]}"#)
    }
}
