/// A direct quotation and who said it.
public struct Quote: Sendable, Hashable {
    /// `q1`, `q2`, … in document order within an analysis.
    public var id: String
    public var document: String
    /// The quoted words without the quotation marks.
    public var span: TextSpan
    public var text: String
    /// Speaker entity id, or nil when the text does not say who spoke.
    public var speaker: String?
    /// The speaker's display name, or the description the text gives for an unnamed speaker.
    public var speakerName: String?
    /// The mention the attribution was made from (may be a pronoun).
    public var speakerSpan: TextSpan?
    /// The speech verb or phrase that attributes the quote ("said", "according to").
    public var cue: String?

    public init(id: String, document: String, span: TextSpan, text: String, speaker: String? = nil,
                speakerName: String? = nil, speakerSpan: TextSpan? = nil, cue: String? = nil) {
        self.id = id
        self.document = document
        self.span = span
        self.text = text
        self.speaker = speaker
        self.speakerName = speakerName
        self.speakerSpan = speakerSpan
        self.cue = cue
    }
}
