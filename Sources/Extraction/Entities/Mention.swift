import QuoteGraphModel

/// A place where the text names or points at a party.
struct Mention: Sendable {
    enum Role: Sendable, Equatable {
        /// The party's name ("Dominic Raab", "NSA", "Russia").
        case name
        /// An adjective of nationality ("Russian actors").
        case demonym
        /// A capital or seat of government standing for its country ("Moscow", "the Kremlin").
        case seat
        /// A common noun pointing back at a named party ("the hackers", "the unit").
        case reference
        /// Unnamed people a claim is about ("these defendants", "four foreign nationals").
        case description
    }

    var tokens: Range<Int>
    var span: TextSpan
    var entity: Int
    var role: Role
}
