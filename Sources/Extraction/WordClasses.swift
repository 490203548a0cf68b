import Foundation

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

    // The relation finder's lists: relation cue groups, then its own.
    static let accusationCue = WordClasses(rawValue: 1 << 14)
    static let targetingCue = WordClasses(rawValue: 1 << 15)
    static let denialCue = WordClasses(rawValue: 1 << 16)
    static let reportingCue = WordClasses(rawValue: 1 << 17)
    static let negation = WordClasses(rawValue: 1 << 18)
    static let hedge = WordClasses(rawValue: 1 << 19)
    /// The first word of a multi-word denial cue ("nothing to do with").
    static let denialPhraseStart = WordClasses(rawValue: 1 << 20)
    static let accusationVerb = WordClasses(rawValue: 1 << 21)
    static let linkCue = WordClasses(rawValue: 1 << 22)
    static let namingVerb = WordClasses(rawValue: 1 << 23)
    static let nounMarker = WordClasses(rawValue: 1 << 24)
    static let clauseOpener = WordClasses(rawValue: 1 << 25)
    // The attribution's lists, as the relation finder reads them.
    static let adverb = WordClasses(rawValue: 1 << 26)
    static let clauseWord = WordClasses(rawValue: 1 << 27)
    /// The first word of a name in the gazetteer.
    static let gazetteerNameStart = WordClasses(rawValue: 1 << 28)
    /// `Attributor.cueWords`: words that are cues only in company ("according to", "put it").
    static let cueWord = WordClasses(rawValue: 1 << 29)
    /// `MentionScanner.months`.
    static let month = WordClasses(rawValue: 1 << 30)
    /// The relation cue group `denial-judgements`: denial words that judge a claim ("false").
    static let denialJudgement = WordClasses(rawValue: 1 << 31)
    /// `Lexicon.organisationDescriptors`: nouns that introduce an organisation's name ("company").
    static let organisationDescriptor = WordClasses(rawValue: 1 << 32)
    /// `MentionScanner.organisationRoles`: jobs held at an organisation ("spokeswoman", "analyst").
    static let organisationRole = WordClasses(rawValue: 1 << 33)
    /// `Lexicon.pronouns`.
    static let pronoun = WordClasses(rawValue: 1 << 34)
    /// `Lexicon.firstNameSex`, lower-cased: a word can be a first name only if it has this class.
    static let firstName = WordClasses(rawValue: 1 << 35)
}

/// Every word of the lists `WordClasses` stands for, with its classes; built once per
/// extractor.
struct WordClassTable: Sendable {
    /// Every word, for look-ups of words that are not ASCII.
    private var classes: [String: WordClasses] = [:]
    /// The words that equal an ASCII string, by their bytes: an open-addressing table whose
    /// look-up hashes a token's bytes with FNV-1a instead of hashing a `String`, which costs
    /// several times more and happens once per token. A slot is 0 when empty, else the key's
    /// hash in the high 32 bits and its index + 1 below, so that most probes are settled
    /// without reading the key; the keys' bytes lie one after another in `keyBytes`.
    private var slots: [UInt64] = []
    private var keyBytes: [UInt8] = []
    private var keyStarts: [Int] = [0]
    private var keyClasses: [WordClasses] = []
    /// Each key as an ASCII string, handed to the tokenizer so that the most frequent words
    /// share one string instead of each token building its own.
    private var keyWords: [String] = []
    /// The classes of each one-byte ASCII word, by its byte: single characters are a good
    /// share of all tokens.
    private(set) var oneByteClasses: [WordClasses] = []
    /// The classes of each general punctuation mark (`Unicode.Scalar.isGeneralPunctuation`),
    /// from U+2010 on: curly quotation marks and dashes are tokens of their own, and not ASCII.
    private(set) var generalPunctuationClasses: [WordClasses] = []

    init(_ lexicon: Lexicon, _ gazetteer: Gazetteer) {
        add(lexicon.speechVerbs, .speechVerb)
        add(lexicon.titles, .title)
        add(lexicon.personNouns, .personNoun)
        add(lexicon.organisationHeads, .organisationHead)
        add(lexicon.speakingOrganisationNouns, .speakingOrganisationNoun)
        add(lexicon.functionWords, .functionWord)
        add(lexicon.placeWords, .placeWord)
        add(lexicon.organisationDescriptors, .organisationDescriptor)
        add(Set(lexicon.pronouns.keys), .pronoun)
        add(Set(lexicon.firstNameSex.keys.map { $0.lowercased() }), .firstName)
        add(lexicon.cues("agents"), .agentNoun)
        add(MentionScanner.connectors, .nameConnector)
        add(MentionScanner.phraseConnectors, .phraseConnector)
        add(MentionScanner.nameSuffixes, .nameSuffix)
        add(MentionScanner.honorifics, .honorific)
        add(MentionScanner.weekdays, .weekday)
        add(MentionScanner.months, .month)
        add(MentionScanner.groupNouns, .groupNoun)
        add(MentionScanner.nameWords, .eventWord)
        add(MentionScanner.departmentWords, .departmentWord)
        add(MentionScanner.invertingVerbs, .invertingVerb)
        add(MentionScanner.organisationRoles, .organisationRole)
        add(MentionScanner.aliasCueStarts, .aliasCueStart)
        add(lexicon.cues("accuses"), .accusationCue)
        add(lexicon.cues("targets"), .targetingCue)
        add(lexicon.cues("denies"), .denialCue)
        add(lexicon.cues("denial-judgements"), [.denialCue, .denialJudgement])
        add(lexicon.cues("reporting"), .reportingCue)
        add(lexicon.cues("negation"), .negation)
        add(lexicon.cues("hedges"), .hedge)
        add(Set((lexicon.relationPhrases["denies"] ?? []).map { $0[0] }), .denialPhraseStart)
        add(RelationFinder.accusationVerbs, .accusationVerb)
        add(RelationFinder.linkCues, .linkCue)
        add(RelationFinder.namingVerbs, .namingVerb)
        add(RelationFinder.nounMarkers, .nounMarker)
        add(RelationFinder.clauseOpeners, .clauseOpener)
        add(Attributor.adverbs, .adverb)
        add(Attributor.cueWords, .cueWord)
        add(SpeakerPhrase.clauseWords, .clauseWord)
        add(gazetteer.firstWords, .gazetteerNameStart)
        indexASCII()
        oneByteClasses = (0..<128).map { byte in
            withUnsafeBytes(of: UInt8(byte)) { classes(ofASCII: $0.bindMemory(to: UInt8.self)).classes }
        }
        generalPunctuationClasses = Tokenizer.generalPunctuationStrings.map { self[$0] }
    }

    private mutating func add(_ words: Set<String>, _ wordClass: WordClasses) {
        for word in words { classes[word, default: []].insert(wordClass) }
    }

    /// Fills the ASCII table. A word that is not ASCII but equals an ASCII string (the
    /// Kelvin sign equals "K") goes in under that string, as `String` equality would find it.
    private mutating func indexASCII() {
        var capacity = 16
        while capacity < 2 * classes.count { capacity *= 2 }
        slots = [UInt64](repeating: 0, count: capacity)
        for (word, wordClasses) in classes {
            var bytes = Array(word.utf8)
            if !bytes.allSatisfy({ $0 < 0x80 }) {
                let composed = word.precomposedStringWithCanonicalMapping
                guard composed.utf8.allSatisfy({ $0 < 0x80 }), composed == word else { continue }
                bytes = Array(composed.utf8)
            }
            let hash = Self.hash(bytes)
            var slot = hash & (capacity - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = Self.tag(hash) | UInt64(keyClasses.count + 1)
            keyBytes += bytes
            keyStarts.append(keyBytes.count)
            keyClasses.append(wordClasses)
            keyWords.append(String(decoding: bytes, as: UTF8.self))
        }
    }

    private static func hash<C: Collection>(_ bytes: C) -> Int where C.Element == UInt8 {
        var h: UInt64 = 0xcbf29ce484222325
        for byte in bytes { h = (h ^ UInt64(byte)) &* 0x100000001b3 }
        return Int(truncatingIfNeeded: h ^ (h >> 32))
    }

    private static func tag(_ hash: Int) -> UInt64 { UInt64(UInt32(truncatingIfNeeded: hash)) << 32 }

    /// The classes of a lower-cased word: empty when it is on no list.
    subscript(_ lowercasedWord: String) -> WordClasses { classes[lowercasedWord] ?? [] }

    /// The classes of a lower-cased word given as ASCII bytes, and the word as a string when
    /// it is on a list.
    func classes(ofASCII bytes: UnsafeBufferPointer<UInt8>) -> (classes: WordClasses, word: String?) {
        let hash = Self.hash(bytes)
        let tag = Self.tag(hash)
        // Through buffer pointers: this runs once per token, and the arrays' bounds checks
        // were a good part of its cost.
        return slots.withUnsafeBufferPointer { slots in
            keyStarts.withUnsafeBufferPointer { keyStarts in
                keyBytes.withUnsafeBufferPointer { keyBytes in
                    let mask = slots.count - 1
                    var slot = hash & mask
                    while case let entry = slots[slot], entry != 0 {
                        if entry & 0xFFFF_FFFF_0000_0000 == tag {
                            let k = Int(truncatingIfNeeded: entry & 0xFFFF_FFFF) - 1
                            let keyStart = keyStarts[k]
                            if keyStarts[k + 1] - keyStart == bytes.count,
                               bytes.isEmpty || memcmp(keyBytes.baseAddress! + keyStart, bytes.baseAddress!, bytes.count) == 0 {
                                return (keyClasses[k], keyWords[k])
                            }
                        }
                        slot = (slot + 1) & mask
                    }
                    return ([], nil)
                }
            }
        }
    }
}
