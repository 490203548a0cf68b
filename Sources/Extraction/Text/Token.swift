import QuoteGraphModel

/// A word, number or punctuation mark, with its scalar span.
struct Token: Sendable {
    enum Kind: Sendable, Equatable { case word, number, punctuation, quoteMark, possessive }

    var span: TextSpan
    var kind: Kind
    /// The token's text as written.
    var text: String
    /// Lower-cased text, for lexicon look-ups.
    var lower: String
    /// Index of the paragraph the token lies in.
    var paragraph: Int
    /// Index of the quotation the token lies inside, if any.
    var quote: Int?
    /// The word lists `lower` is on.
    var classes: WordClasses

    var isCapitalized: Bool { text.unicodeScalars.first?.isUppercaseLetter ?? false }
    var isWord: Bool { kind == .word }
    /// An all-capitals word of two or more letters ("NSA", "FBI").
    var isAcronym: Bool { EntityRegistry.Entry.isAcronym(text) }
}
