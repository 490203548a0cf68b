import QuoteGraphModel

/// Who a quotation is attributed to, and the words that said so.
struct Attribution: Sendable {
    enum Speaker: Sendable, Equatable {
        /// A party of the document's registry.
        case entity(Int)
        /// A speaker the text describes without naming ("a senior administration official").
        case unnamed(String)

        var isUnnamed: Bool {
            if case .unnamed = self { return true }
            return false
        }
    }

    var speaker: Speaker?
    /// The mention the attribution was made from (may be a pronoun).
    var speakerSpan: TextSpan?
    var cue: String?
    /// Which rule of the sieve made the attribution, for explanations and tuning.
    var rule: String
}
