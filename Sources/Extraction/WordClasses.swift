/// Which word lists a lower-cased word is on, one bit per list. Each token is looked up
/// once, when it is made (`Token.classes`), so the stages test bits instead of hashing the
/// token's text against list after list.
struct WordClasses: OptionSet, Sendable {
    let rawValue: UInt64

    // The lexicon's lists.
    static let speechVerb = WordClasses(rawValue: 1 << 0)
    static let title = WordClasses(rawValue: 1 << 1)
    static let personNoun = WordClasses(rawValue: 1 << 2)
    static let organisationHead = WordClasses(rawValue: 1 << 3)
    static let speakingOrganisationNoun = WordClasses(rawValue: 1 << 4)
    static let functionWord = WordClasses(rawValue: 1 << 5)
    static let placeWord = WordClasses(rawValue: 1 << 6)
    /// The relation cues of the `agents` group: unnamed people ("defendants").
    static let agentNoun = WordClasses(rawValue: 1 << 7)

    // The mention scanner's lists.
    static let nameConnector = WordClasses(rawValue: 1 << 8)
    static let phraseConnector = WordClasses(rawValue: 1 << 40)
    static let nameSuffix = WordClasses(rawValue: 1 << 41)
    static let honorific = WordClasses(rawValue: 1 << 42)
    static let weekday = WordClasses(rawValue: 1 << 43)
    static let groupNoun = WordClasses(rawValue: 1 << 9)
    /// `MentionScanner.nameWords`: words that make a capitalised run an event or a thing.
    static let eventWord = WordClasses(rawValue: 1 << 10)
    static let departmentWord = WordClasses(rawValue: 1 << 11)
    static let invertingVerb = WordClasses(rawValue: 1 << 12)
    static let aliasCueStart = WordClasses(rawValue: 1 << 13)
}

/// Every word of the lists `WordClasses` stands for, with its classes; built once per
/// extractor.
struct WordClassTable: Sendable {
    private var classes: [String: WordClasses] = [:]

    init(_ lexicon: Lexicon) {
        add(lexicon.speechVerbs, .speechVerb)
        add(lexicon.titles, .title)
        add(lexicon.personNouns, .personNoun)
        add(lexicon.organisationHeads, .organisationHead)
        add(lexicon.speakingOrganisationNouns, .speakingOrganisationNoun)
        add(lexicon.functionWords, .functionWord)
        add(lexicon.placeWords, .placeWord)
        add(lexicon.cues("agents"), .agentNoun)
        add(MentionScanner.connectors, .nameConnector)
        add(MentionScanner.phraseConnectors, .phraseConnector)
        add(MentionScanner.nameSuffixes, .nameSuffix)
        add(MentionScanner.honorifics, .honorific)
        add(MentionScanner.weekdays, .weekday)
        add(MentionScanner.groupNouns, .groupNoun)
        add(MentionScanner.nameWords, .eventWord)
        add(MentionScanner.departmentWords, .departmentWord)
        add(MentionScanner.invertingVerbs, .invertingVerb)
        add(MentionScanner.aliasCueStarts, .aliasCueStart)
    }

    private mutating func add(_ words: Set<String>, _ wordClass: WordClasses) {
        for word in words { classes[word, default: []].insert(wordClass) }
    }

    /// The classes of a lower-cased word: empty when it is on no list.
    subscript(_ lowercasedWord: String) -> WordClasses { classes[lowercasedWord] ?? [] }
}
