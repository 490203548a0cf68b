import Testing
import QuoteGraphModel
@testable import Export

@Suite struct JSONWriterTests {
    @Test func escapesQuotesBackslashesAndNewlines() {
        #expect(JSONWriter.string("say \"hi\"\\now\nthen\r\tend") == #""say \"hi\"\\now\nthen\r\tend""#)
    }

    @Test func escapesControlCharactersAsUnicodeEscapes() {
        #expect(JSONWriter.string("a\u{00}b\u{01}c\u{1F}d\u{08}\u{0C}") == #""a\u0000b\u0001c\u001fd\b\f""#)
    }

    @Test func escapesLineAndParagraphSeparators() {
        #expect(JSONWriter.string("x\u{2028}y\u{2029}z") == #""x\u2028y\u2029z""#)
    }

    @Test func writesNonASCIIVerbatim() {
        #expect(JSONWriter.string("Zürich 日本 😀 ‘quote’") == "\"Zürich 日本 😀 ‘quote’\"")
    }

    @Test func writesIntegralDoublesWithoutFractionAndNonFiniteAsNull() {
        #expect(JSONWriter.number(2.0) == "2")
        #expect(JSONWriter.number(-0.0) == "0")
        #expect(JSONWriter.number(0.1) == "0.1")
        #expect(JSONWriter.number(1e300) == "1e+300")
        #expect(JSONWriter.number(Double.nan) == "null")
        #expect(JSONWriter.number(-Double.infinity) == "null")
        #expect(Double(JSONWriter.number(0.4230769230769231)) == 0.4230769230769231)
    }

    @Test func writesJSONValueWithSortedKeys() {
        let value: JSONValue = .object(["b": .array([.bool(true), .null, .number(1.5)]), "a": .string("x")])
        #expect(JSONWriter.write(value) == #"{"a": "x", "b": [true, null, 1.5]}"#)
        #expect(JSONWriter.write(value, style: .compact) == #"{"a":"x","b":[true,null,1.5]}"#)
    }

    @Test func readerParsesWhatTheWriterWrites() throws {
        let text = "tab\t nul\u{0} \u{2028} \"q\" \\ 😀 é"
        let parsed = try JSONReader.parse(Array(JSONWriter.string(text).utf8))
        #expect(parsed == .string(text))
        #expect(try JSONReader.parse(Array(#"{"a": [1, -2.5e1, false, null, "\ud83d\ude00"]}"#.utf8))
                == .object(["a": .array([.number(1), .number(-25), .bool(false), .null, .string("😀")])]))
    }

    @Test func readerReportsLineAndColumnOfSyntaxErrors() {
        #expect(throws: JSONReadError(line: 2, column: 8, message: "expected ',' or '}'")) {
            try JSONReader.parse(Array("{\"a\": 1,\n\"b\": 2 \"c\"}".utf8))
        }
        // Columns count Unicode scalars, not bytes: "é" is two bytes but one column.
        #expect(throws: JSONReadError(line: 1, column: 9, message: "expected ',' or '}'")) {
            try JSONReader.parse(Array("{\"é\": 1 \"x\"}".utf8))
        }
        #expect(throws: JSONReadError.self) { try JSONReader.parse(Array("[01]".utf8)) }
        #expect(throws: JSONReadError.self) { try JSONReader.parse(Array("\"raw\nnewline\"".utf8)) }
        #expect(throws: JSONReadError.self) { try JSONReader.parse(Array("[1] x".utf8)) }
    }
}
