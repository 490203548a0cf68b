import QuoteGraphModel

/// Text between a pair of quotation marks (or a mark and the paragraph's end).
struct QuotedSegment: Sendable {
    enum Role: Sendable, Equatable {
        /// Somebody's words.
        case quotation
        /// A name or title in quotes ("known as ‘‘Cozy Bear’’"), a possible alias, or the value
        /// of a markup attribute left in scraped text (`date="March 9"`).
        case name
        /// A word or two in quotes that is neither: scare quotes.
        case scare
    }

    /// The quoted words without the marks.
    var span: TextSpan
    var openingMark: TextSpan?
    var closingMark: TextSpan?
    var paragraph: Int
    var role: Role
    /// The segment continues a quotation from the previous paragraph (the opening mark
    /// repeats at each paragraph, the closing mark only at the end).
    var continuesPrevious = false
    var wordCount: Int
}
