import Testing
@testable import GraphvizRendering

@Suite struct GraphvizMessagesTests {
    @Test func splitsCapturedTextIntoErrorsAndWarningsWithoutPrefixes() {
        let messages = GraphvizMessages(captured: """
            Warning: nosuchshape is not a known shape
            Error: syntax error in line 1 near ';'
            Warning: more \u{20}
            continued line
            """)
        #expect(messages.errors == ["syntax error in line 1 near ';'"])
        #expect(messages.warnings == ["nosuchshape is not a known shape", "more\ncontinued line"])
    }

    @Test func errorTextFallsBackWhenGraphvizSaidNothing() {
        #expect(GraphvizMessages(captured: "").errorText(or: "fallback") == "fallback")
        #expect(GraphvizMessages(captured: "Error: a\nError: b\n").errorText(or: "x") == "a\nb")
    }
}
