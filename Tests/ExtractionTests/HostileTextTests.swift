import Extraction
import QuoteGraphModel
import Testing

/// Odd and adversarial text: the extractor never fails, keeps every span inside the text,
/// and stays linear (sizes here are ones a quadratic step would take minutes on; the
/// timings themselves are printed by `scripts/stress-inputs.sh`, never asserted).
@Suite struct HostileTextTests {
    @Test func repeatedAccusationsAndDenialsMergeIntoOneRelationEachWithEveryEvidenceSpan() {
        let paragraph = "\"Russia is hacking our labs and we will respond,\" said Dominic Raab, the British Foreign Secretary. "
            + "The Kremlin denied the accusation. "
        let repeats = 1_500
        let result = extract(String(repeating: paragraph, count: repeats))
        let accusations = result.relations.filter { $0.kind == .accuses }
        let denials = result.relations.filter { $0.kind == .denies }
        #expect(accusations.count == 1 && accusations.first?.evidence.count == repeats)
        #expect(denials.count == 1 && denials.first?.evidence.count == repeats)
        // Every denial answers the same accusation: it is listed once.
        #expect(denials.first?.answers == accusations.map { RelationKey(kind: .accuses, source: $0.source, target: $0.target) })
    }

    /// Texts made of quotation marks; generated, so that the test log shows only the name.
    enum MarkStorm: String, CaseIterable, CustomTestStringConvertible {
        case straightMarks, marksBeforeWords, onlyOpeningMarks, onlyClosingMarks, doubledSingleMarks, nestedMarks

        var text: String {
            switch self {
            case .straightMarks: String(repeating: "\"", count: 100_000)
            case .marksBeforeWords: String(repeating: "\"a ", count: 50_000)
            case .onlyOpeningMarks: String(repeating: "“word ", count: 50_000)
            case .onlyClosingMarks: String(repeating: "word” ", count: 50_000)
            case .doubledSingleMarks: String(repeating: "‘‘ ’’ '' `` ", count: 20_000)
            case .nestedMarks: "Anna Smith said: " + String(repeating: "“a ‘b « c „d ", count: 10_000) + "end"
                + String(repeating: "” ’ » “", count: 10_000)
            }
        }

        var testDescription: String { rawValue }
    }

    @Test(arguments: MarkStorm.allCases)
    func manyOrUnbalancedQuotationMarksGiveValidSpans(storm: MarkStorm) {
        // `extract` checks that every quotation's span holds its text.
        let text = storm.text
        let result = extract(text, id: storm.rawValue)
        for q in result.quotes { #expect(q.span.start >= 0 && q.span.end <= text.unicodeScalars.count) }
    }

    @Test(arguments: ["\r\n", "\r", "\n", "\u{2028}"])
    func everyLineEndSeparatesParagraphsAlike(lineEnd: String) {
        let text = "\"We did nothing wrong,\" said Anna Smith." + lineEnd + lineEnd + "\"It was them,\" said Bob Jones." + lineEnd
        #expect(quotes(text) == [Pair("We did nothing wrong", "Anna Smith"), Pair("It was them", "Bob Jones")])
    }

    @Test func oneLongLineWithoutSentenceEndsIsReadToTheEnd() {
        let clause = "Anna Smith said Russia accused China and the Kremlin denied that APT29 targeted Britain and "
        let text = String(repeating: clause, count: 2_000) + "\"we are done here today,\" said Bob Jones"
        let result = extract(text)
        #expect(result.quotes.last?.text == "we are done here today")
    }

    @Test(arguments: ["Thcmde Kmithni,", "\"We did nothing wrong,\" said Anna Smith.\n\nThe minister met Tom Kmith,"])
    func textEndingInANameAndACommaIsExtracted(text: String) {
        // Found by fuzzing: the look-ahead for an appositive after the comma ran past the last token.
        _ = extract(text)
    }

    @Test func controlCharactersReplacementCharactersAndNonCharactersDoNotBreakExtraction() {
        let text = "\u{FEFF}\u{0}\u{1}\u{7F}\u{FFFD}\u{FFFE}\u{FFFF} \"We did nothing\u{0} wrong,\u{200B}\" said Anna\u{0301} Smith.\u{10FFFF}"
        let result = extract(text)
        #expect(result.quotes.count <= 1)
    }
}
