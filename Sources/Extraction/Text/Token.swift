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
    let classes: WordClasses
    /// The text starts with a capital letter. Stored, like `isAcronym`: the stages ask for
    /// every token, many times.
    let isCapitalized: Bool
    /// An all-capitals word of two or more letters ("NSA", "FBI"): `EntityRegistry.Entry.isAcronym`.
    let isAcronym: Bool

    var isWord: Bool { kind == .word }

    /// An adverb: on the word list, or a lower-case word ending in "-ly" ("pleasantly").
    var isAdverb: Bool { classes.contains(.adverb) || kind == .word && !isCapitalized && lower.hasSuffix("ly") }
}
