import QuoteGraphModel

/// Reads the speaker out of the words around a cue: a name ("Kremlin spokesman Dmitry
/// Peskov"), an organisation or the document it issued ("a CSE bulletin"), a pronoun
/// ("he") resolved to an earlier person, a description resolved to an earlier party ("the
/// agency"), or a description of somebody the text does not name ("a senior official").
final class SpeakerPhrase {
    let lexicon: Lexicon
    let doc: DocumentAnalysis
    /// The last speaker attributed, the antecedent of a pronoun when nothing nearer is.
    var lastSpeaker: Int?
    /// The speaker of each sentence's attributed quotation so far.
    var speakerBySentence: [Int: Int] = [:]
    /// The sex a resolved pronoun gave a person.
    private var resolvedSex: [Int: String] = [:]

    static let clauseWords: Set<String> = ["that", "but", "because", "while", "when", "after", "before", "if", "since",
                                           "so", "where", "which", "who", "whom", "although", "though", "whether", "as"]
    static let determiners: Set<String> = ["the", "this", "that", "these", "those"]
    /// Words that open a description of somebody unnamed ("a White House official").
    static let indefiniteDeterminers: Set<String> = ["a", "an", "one", "another"]
    /// Words that open a fronted clause before the subject.
    static let frontedClauseOpeners: Set<String> = ["with", "as", "after", "while", "when", "although", "though", "in", "if", "despite",
                                                    "since", "because", "before", "during", "amid", "following", "unlike", "like", "for", "on", "at"]
    static let addressees: Set<String> = ["told", "tell", "tells", "telling", "asked", "ask", "asks", "urged", "assured"]

    init(lexicon: Lexicon, doc: DocumentAnalysis) {
        self.lexicon = lexicon
        self.doc = doc
    }

    struct Reading {
        var speaker: Attribution.Speaker
        var span: TextSpan
    }

    /// The phrase after a verb (`said Anne Neuberger, cybersecurity director …`): its head is
    /// what comes before the first comma.
    func read(phraseAfterVerb range: Range<Int>, before quoteStart: Int) -> Reading? {
        guard !range.isEmpty, range.lowerBound > 0 else { return nil }
        // "asked Jones to leave" names whom he asked, but `“…?” asked Jones` the speaker.
        let verb = range.lowerBound - 1
        let invertedQuestion = ["asked", "asks"].contains(doc.tokens[verb].lower) && verb > 0 && doc.tokens[verb - 1].kind == .quoteMark
        guard invertedQuestion || !Self.addressees.contains(doc.tokens[verb].lower) else { return nil }
        // "said he amid applause": a pronoun after the verb is the whole phrase.
        if ["he", "she"].contains(doc.tokens[range.lowerBound].lower) {
            return reading(range.lowerBound..<(range.lowerBound + 1), before: quoteStart)
        }
        var end = range.lowerBound
        while end < range.upperBound, doc.tokens[end].text != ",", doc.tokens[end].text != "(", doc.tokens[end].kind != .quoteMark,
              // ("Special Agent in Charge Thomas Reyes": "in" inside a title is no boundary.)
              !(end > range.lowerBound && doc.tokens[end - 1].isCapitalized && ["in", "on", "at", "during", "to", "after", "before", "while"].contains(doc.tokens[end].lower)
                && !(doc.tokens[end - 1].classes.contains(.title) && end + 1 < range.upperBound && doc.tokens[end + 1].isCapitalized)),
              // "wrote Cameron Easley for Morning Consult": the person, not whom they write for.
              !(["for", "of", "with", "from"].contains(doc.tokens[end].lower) && endsPersonName(end)),
              // "said a longtime data expert who has worked for …", "said Dan Golvach when asked about
              // Lindsey Graham": a clause is no part of the head.
              !(end > range.lowerBound && (doc.tokens[end].classes.contains(.clauseWord) || doc.tokens[end].lower == "whose")) {
            end += 1
        }
        let head = range.lowerBound..<end
        guard !head.isEmpty, head.count <= 10, !["in", "on", "at", "during", "to", "that", "this", "it"].contains(doc.tokens[head.lowerBound].lower) else { return nil }
        // "said his wife, Sheila", "said the band's manager, Ray Cole": the name after the
        // description.
        if end + 1 < range.upperBound, doc.tokens[end].text == ",", doc.tokens[end - 1].classes.contains(.personNoun),
           !doc.tokens[end - 1].isCapitalized, doc.mentions(in: head).isEmpty, let m = doc.mention(startingAt: end + 1),
           doc.registry.resolved(doc.mentions[m].entity).kind == .person {
            return speaker(named: doc.mentions[m])
        }
        return reading(head, before: quoteStart)
    }

    /// The subject of the verb at `verb`, looking no further back than `limit`. An appositive
    /// between subject and verb (`Scott Jones, head of …, told`) is skipped.
    func read(subjectBefore verb: Int, from limit: Int, before quoteStart: Int) -> Reading? {
        var end = verb
        // "Braynard is quoted as saying", "she was heard saying", "he is seen asking": the
        // passive's subject speaks.
        let participle = end - 1 > limit && doc.tokens[end - 1].lower == "as" ? end - 2 : end - 1
        if participle - 1 > limit, Self.passiveQuoting.contains(doc.tokens[participle].lower),
           RelationFinder.passiveAuxiliaries.contains(doc.tokens[participle - 1].lower) {
            end = participle
            while end - 1 > limit, RelationFinder.passiveAuxiliaries.contains(doc.tokens[end - 1].lower) { end -= 1 }
        }
        while end > limit, doc.tokens[end - 1].isAdverb || isDateWord(end - 1) { end -= 1 }
        // "he was due to say", "she is expected to tell", "he would add": the verb's own
        // auxiliaries come between the subject and it.
        if end - 1 > limit, doc.tokens[end - 1].lower == "to" || Self.modals.contains(doc.tokens[end - 1].lower) {
            var k = end - 1
            while k > limit, end - k <= 4, Self.verbChainWords.contains(doc.tokens[k].lower) || Self.modals.contains(doc.tokens[k].lower) { k -= 1 }
            if k + 1 < end, !Self.verbChainWords.contains(doc.tokens[k].lower) { end = k + 1 }
        }
        guard end > limit else { return nil }
        // "Sen. Claire McCaskill (D-Mo.) said", "Gov. John Kasich (R-OH), said": skip a parenthesis.
        if doc.tokens[end - 1].text == ",", end - 1 > limit, doc.tokens[end - 2].text == ")" { end -= 1 }
        if doc.tokens[end - 1].text == ")", let open = (limit..<(end - 1)).last(where: { doc.tokens[$0].text == "(" }) {
            end = open
            guard end > limit else { return nil }
        }
        // "Jeff Joseph, from the Consumer Electronics Association (CEA) told", "Rabbi Marvin
        // Hier, founder of … the Simon Wiesenthal Center said": an appositive after the person
        // opening the clause, its closing comma left out.
        if doc.tokens[end - 1].text != ",", let comma = (limit..<end).first(where: { doc.tokens[$0].text == "," }), comma + 1 < end,
           case let first = doc.tokens[comma + 1], first.kind == .word, !first.isCapitalized,
           ["from", "of", "at", "with", "for"].contains(first.lower) || first.classes.contains(.title) || first.classes.contains(.personNoun)
            // "John Dickey, the chief executive of Ora Media said" (not "Clinton, the attendees chanted")
            || first.lower == "the" && doc.tokens[(comma + 1)..<end].contains(where: { $0.classes.contains(.title) })
                && doc.tokens[(comma + 1)..<end].contains(where: { ["of", "at", "for", "from"].contains($0.lower) }),
           let m = doc.mention(endingAt: comma), doc.mentions[m].tokens.lowerBound - limit <= 3,
           doc.registry.resolved(doc.mentions[m].entity).kind == .person,
           !doc.mentions(in: (comma + 1)..<end).contains(where: { doc.registry.resolved($0.entity).kind == .person }) {
            return speaker(named: doc.mentions[m])
        }
        guard doc.tokens[end - 1].text == "," else { return subject(endingAt: end, from: limit, before: quoteStart) }
        // An appositive between subject and verb: the subject ends at the comma that opens it,
        // or, when the appositive holds commas itself, at the clause's first comma.
        var k = end - 2
        while k > limit, doc.tokens[k].text != ",", doc.tokens[k].quote == nil, end - k < 30 { k -= 1 }
        // "Greyline’s chief analyst, Martin Osei, said": the name is the comma-enclosed part
        // (not the end of a participle's clause: ", responding to attacks on Robert Mueller,").
        if k > limit, doc.tokens[k].text == ",", !isParticipleOrPreposition(k + 1), let m = doc.mentions(in: (k + 1)..<(end - 1)).last,
           doc.registry.resolved(m.entity).kind == .person, m.tokens.upperBound == end - 1 {
            return speaker(named: m)
        }
        let nearest = k > limit && doc.tokens[k].text == "," ? subject(endingAt: k, from: limit, before: quoteStart) : nil
        if case .entity? = nearest?.speaker { return nearest }
        if let first = (limit..<(end - 1)).first(where: { doc.tokens[$0].text == "," }), first < k,
           let reading = subject(endingAt: first, from: limit, before: quoteStart), case .entity = reading.speaker {
            return reading
        }
        // `"…," Kirsten Pfeifer from the Consumer Electronics Association, told`: a comma before
        // the verb that closes no appositive; the subject is the name that opens the clause.
        if nearest == nil, !(limit..<(end - 1)).contains(where: { doc.tokens[$0].text == "," }),
           doc.mentions(in: limit..<(end - 1)).first?.tokens.lowerBound == limit,  // not `that Sanders can catch Clinton, said …`
           let whole = subject(endingAt: end - 1, from: limit, before: quoteStart), case .entity = whole.speaker {
            return whole
        }
        return nearest
    }

    /// The first party named in a sentence before `end`, outside quotations: the subject of
    /// the main clause, as a rule ("Trump went fully on the attack, saying, …"). A fronted
    /// clause ("With leaders worried about Clinton, Obama …", "Appearing at the
    /// party's headquarters, Suu Kyi …") is skipped, and a pronoun
    /// subject ("He then defended the remark, saying …") is resolved.
    func read(sentenceSubjectOf sentence: Range<Int>, before end: Int,
              kinds: Set<EntityKind> = [.person, .organisation, .group, .country]) -> Reading? {
        var start = sentence.lowerBound
        if start < end, Self.frontedClauseOpeners.contains(doc.tokens[start].lower) || doc.tokens[start].lower.hasSuffix("ing"),
           let comma = (start..<end).first(where: { doc.tokens[$0].text == "," }) { start = comma + 1 }
        if start < end, doc.tokens[start].quote == nil, let sort = lexicon.pronouns[doc.tokens[start].lower], sort == "male" || sort == "female",
           let e = antecedent(of: sort, before: start), kinds.contains(.person) {
            return Reading(speaker: .entity(e), span: doc.tokens[start].span)
        }
        // "A spokesman for Platte River declined … but said": somebody unnamed.
        if start < end, kinds.contains(.person), let description = indefiniteDescription(from: start, before: end) {
            return Reading(speaker: .unnamed(doc.string(description)), span: TextSpan(start: doc.tokens[description.lowerBound].span.start,
                                                                                        end: doc.tokens[description.upperBound - 1].span.end))
        }
        // "The Tory leader went on: …": a description of a person named before.
        if start + 1 < end, kinds.contains(.person), doc.tokens[start].lower == "the",
           let noun = ((start + 1)..<min(end, start + 5)).first(where: { k in
               doc.tokens[k].kind == .word && !doc.tokens[k].isCapitalized && (doc.tokens[k].classes.contains(.personNoun) || doc.tokens[k].classes.contains(.title))
           }), ((start + 1)..<noun).allSatisfy({ doc.tokens[$0].kind == .word }),
           let described = reading(start..<(noun + 1), before: end), case .entity(let e) = described.speaker, doc.registry[e].kind == .person {
            return described
        }
        let parties = doc.mentions(in: start..<end).filter { m in
            doc.quotation(of: m.tokens.lowerBound) == nil && doc.registry.resolved(m.entity).kind != .other && m.role != .demonym
        }
        guard var m = parties.first else { return nil }
        // "Senate Leader Ken Marlow": the person after a party and title words is the subject.
        if parties.count > 1, doc.registry.resolved(m.entity).kind != .person,
           doc.registry.resolved(parties[1].entity).kind == .person,
           m.tokens.upperBound <= parties[1].tokens.lowerBound,
           (m.tokens.upperBound..<parties[1].tokens.lowerBound).allSatisfy({ doc.tokens[$0].classes.contains(.title) }) {
            m = parties[1]
        }
        guard kinds.contains(doc.registry.resolved(m.entity).kind) else { return nil }
        return speaker(named: m)
    }

    /// The noun phrase that ends at `end`, back to a clause boundary; a party tag after a name
    /// ("Rep. Jim Jordan (R-Ohio)") is skipped.
    private func subject(endingAt end: Int, from limit: Int, before quoteStart: Int) -> Reading? {
        var end = end
        if end > limit, doc.tokens[end - 1].text == ")", let open = (limit..<(end - 1)).last(where: { doc.tokens[$0].text == "(" }) { end = open }
        // "As she packed her suitcase she told …": a personal pronoun right before the verb is
        // its subject, whatever clause without a comma comes before it.
        if end - 1 > limit, doc.tokens[end - 1].quote == nil, ["he", "she", "they", "it"].contains(doc.tokens[end - 1].lower),
           !doc.tokens[limit..<(end - 1)].contains(where: { $0.text == "," }) {
            return reading((end - 1)..<end, before: quoteStart)
        }
        var start = end
        while start > limit {
            let t = doc.tokens[start - 1]
            // A dash ("--", or a hyphen with a space before it: "Chicago - he wrote") is a
            // boundary; a hyphen inside a phrase is not.
            let dash = t.text == "-" && (start >= 2 && (doc.tokens[start - 2].text == "-" || doc.tokens[start - 2].span.end < t.span.start)
                                         || doc.tokens[start].text == "-")
            if t.quote != nil || (t.kind == .punctuation && (t.text != "-" || dash)) || t.classes.contains(.clauseWord) { break }
            start -= 1
        }
        // "Then she added": a leading adverb is no part of the subject.
        while start < end - 1, doc.tokens[start].classes.contains(.adverb) { start += 1 }
        // "a White House official who spoke anonymously … said": the subject is the noun
        // phrase before the relative clause.
        if start - 1 > limit, ["who", "that"].contains(doc.tokens[start - 1].lower), doc.tokens[start - 1].quote == nil,
           doc.mentions(in: start..<end).isEmpty, let before = subject(endingAt: start - 1, from: limit, before: quoteStart) {
            return before
        }
        guard start < end, end - start <= 12 else { return nil }
        return reading(start..<end, before: quoteStart)
    }

    /// The party a mention names, read as the speaker; it becomes the last speaker.
    private func speaker(named m: Mention) -> Reading {
        let e = doc.registry.root(m.entity)
        lastSpeaker = e
        return Reading(speaker: .entity(e), span: m.span)
    }

    /// A lower-case "-ing" word or function word: the opening of a participle's or a
    /// preposition's phrase, not of a name.
    private func isParticipleOrPreposition(_ i: Int) -> Bool {
        let t = doc.tokens[i]
        return t.kind == .word && !t.isCapitalized && (t.lower.hasSuffix("ing") || t.classes.contains(.functionWord))
    }

    /// Whether a person's name ends right before token `i`.
    private func endsPersonName(_ i: Int) -> Bool {
        guard let m = doc.mention(endingAt: i) else { return false }
        return doc.registry.resolved(doc.mentions[m].entity).kind == .person
    }

    /// Participles of a passive that reports somebody's words ("is quoted as saying", "was
    /// heard saying"); "has" and "had" before their auxiliaries are adverbs here.
    static let passiveQuoting: Set<String> = ["quoted", "heard", "recorded", "reported", "filmed", "overheard", "seen", "shown"]

    static let modals: Set<String> = ["will", "would", "can", "could", "may", "might", "shall", "should", "must"]
    /// Words of a verb chain before an infinitive of saying ("was due to", "is expected to").
    static let verbChainWords: Set<String> = ["to", "due", "set", "expected", "going", "about", "was", "is", "were", "are", "been", "be",
                                              "has", "have", "had", "went", "on", "likely", "able", "ready", "keen", "quick"]

    /// Words of a time phrase between a subject and its verb ("Clinton last week said").
    static let timeWords: Set<String> = ["week", "month", "year", "morning", "afternoon", "evening", "night", "last", "this"]

    private func isDateWord(_ i: Int) -> Bool {
        doc.tokens[i].classes.contains(.weekday) || Self.timeWords.contains(doc.tokens[i].lower)
    }

    /// The speaker a head phrase names or points at.
    private func reading(_ head: Range<Int>, before quoteStart: Int) -> Reading? {
        let tokens = doc.tokens
        let span = TextSpan(start: tokens[head.lowerBound].span.start, end: tokens[head.upperBound - 1].span.end)
        // "the US Trade Representative's Office", "Mr Brown's former adviser Ed Balls": the
        // words after a possessive name the speaker, the possessor only whom it belongs to.
        var mentions = doc.mentions(in: head)
        if let possessive = head.last(where: { tokens[$0].kind == .possessive }),
           case let owned = mentions.filter({ $0.tokens.lowerBound > possessive }), !owned.isEmpty {
            mentions = ArraySlice(owned)
        }
        func pick(_ kind: EntityKind) -> Mention? {
            let ms = mentions.filter { doc.registry.resolved($0.entity).kind == kind }
            return kind == .person ? ms.last : ms.first
        }
        let headIsCommonNoun = tokens[head.lowerBound].kind == .word && ["a", "an", "the"].contains(tokens[head.lowerBound].lower)
            && head.count > 1 && !tokens[head.lowerBound + 1].isCapitalized
        // "the Christie supporter", "one Sanders aide": a name that only modifies a person noun.
        let last = tokens[head.upperBound - 1]
        let describedPerson = last.kind == .word && !last.isCapitalized && last.classes.contains(.personNoun)
            && mentions.allSatisfy { $0.tokens.upperBound < head.upperBound && doc.registry.resolved($0.entity).kind == .person }
            && !mentions.isEmpty && head.count > 2
        // "the Kremlin representative", "the FBI official": the person named earlier who speaks
        // for that party.
        // Failing that, the latest person with that title, or else the description as it is:
        // "the Russian leader" is not Russia.
        if Self.determiners.contains(tokens[head.lowerBound].lower), last.kind == .word, !last.isCapitalized,
           last.classes.contains(.personNoun) || last.classes.contains(.title),
           let modifier = mentions.last(where: { $0.tokens.upperBound < head.upperBound && doc.registry.resolved($0.entity).kind != .person }) {
            guard let person = personSpeakingFor(doc.registry.root(modifier.entity), before: quoteStart)
                    ?? previousPerson(titled: [last.lower], before: quoteStart)
                    ?? personAbout(noun: last.lower, namedNear: tokens[modifier.tokens.lowerBound].lower, before: quoteStart) else {
                return Reading(speaker: .unnamed(doc.string(head)), span: span)
            }
            lastSpeaker = person
            return Reading(speaker: .entity(person), span: span)
        }
        // "a proud coach Mike Ruddock": the person named at the end of the description.
        // (Not "a spokesman for the British Phonographic Industry": a name after a preposition
        // is whom the person works for.)
        if Self.indefiniteDeterminers.contains(tokens[head.lowerBound].lower), let m = mentions.last, m.tokens.upperBound == head.upperBound,
           m.tokens.lowerBound > head.lowerBound,  // ("A Anna Sm.": the "A" may be the name's initial)
           case let named = doc.registry.resolved(m.entity), named.kind == .person, !named.isTentative,
           tokens[(head.lowerBound + 1)..<m.tokens.lowerBound].allSatisfy({ $0.kind == .word && !$0.classes.contains(.functionWord) }),
           tokens[head.lowerBound..<m.tokens.lowerBound].contains(where: { $0.classes.contains(.personNoun) }) {
            return speaker(named: m)
        }
        // "a White House official", "one Sanders aide", "another intelligence source speaking
        // to Fox News": somebody the text does not name, not the party they work for.
        // The noun is the last of its lower-case words.
        if Self.indefiniteDeterminers.contains(tokens[head.lowerBound].lower), case let nouns = indefiniteNouns(head),
           nouns.last != nil, nouns.last == nouns.lastPerson {
            return Reading(speaker: .unnamed(doc.string(head)), span: span)
        }
        // "according to a recent note from Ed Yardeni": the document's author.
        if let noun = head.first(where: { tokens[$0].kind == .word && lexicon.documentNouns.contains(tokens[$0].lower) }),
           let author = author(after: noun), author.tokens.upperBound <= head.upperBound {
            return speaker(named: author)
        }
        // "An unclassified State Department cable": the party whose document it is.
        if lexicon.documentNouns.contains(last.lower), let issuer = mentions.last(where: { m in
               m.tokens.upperBound < head.upperBound && [.organisation, .country, .group].contains(doc.registry.resolved(m.entity).kind)
           }) {
            return speaker(named: issuer)
        }
        // "His office said", "Collins' office said": a person's office speaks for the person.
        if last.lower == "office", head.count <= 3 {
            let owner = head.count == 2 ? head.lowerBound : nil
            if let owner, ["his", "her"].contains(tokens[owner].lower), let e = antecedent(of: tokens[owner].lower == "his" ? "male" : "female", before: quoteStart) {
                return Reading(speaker: .entity(e), span: span)
            }
            // The possessive's mark, a token of its own, may stand inside the head or right before it.
            let mark = head.upperBound - 2
            if mark > 0, tokens[mark].kind == .possessive || ["’", "'"].contains(tokens[mark].text), let m = doc.mention(endingAt: mark),
               doc.registry.resolved(doc.mentions[m].entity).kind == .person {
                return speaker(named: doc.mentions[m])
            }
        }
        let modifierOnly = describedPerson || headIsCommonNoun && !tokens[head.lowerBound + 1].classes.contains(.personNoun)
            && !lexicon.speakingOrganisationNouns.contains(tokens[head.lowerBound + 1].lower)
        if !modifierOnly, let m = pick(.person) ?? pick(.organisation) ?? pick(.group) ?? pick(.country) {
            return speaker(named: m)
        }
        // Numbers count as words: "the 46-year-old".
        let words = tokens[head].filter { $0.kind == .word || $0.kind == .number }
        guard let headWord = words.last else { return nil }
        if words.count == 1, let sort = lexicon.pronouns[headWord.lower] {
            // "The authors acknowledged this. They wrote that …": people described, not named.
            if sort == "group", let described = pluralSubject(before: head.lowerBound) {
                return Reading(speaker: .unnamed(doc.string(described)), span: span)
            }
            // "A Labour Party spokesman told the BBC … “…,” he said": somebody unnamed.
            if sort == "male" || sort == "female", let described = unnamedAntecedent(of: sort, before: head.lowerBound) {
                return Reading(speaker: .unnamed(doc.string(described)), span: span)
            }
            guard let e = antecedent(of: sort, before: quoteStart) ?? (sort == "thing" ? organisationLeading(before: head.lowerBound) : nil) else { return nil }
            return Reading(speaker: .entity(e), span: span)
        }
        let definite = words.first.map { Self.determiners.contains($0.lower) } ?? false
        // "the group said", "the gang said": the threat group named before, if any.
        if definite, headWord.classes.contains(.groupNoun), let e = doc.latest(.group, among: doc.mentions(before: quoteStart), before: quoteStart, withinSentences: 3) {
            return Reading(speaker: .entity(e), span: span)
        }
        // "The top Democrat on the Senate Intelligence Committee": the person noun before the
        // preposition heads the phrase; somebody described, not the committee.
        if definite, let p = head.first(where: { ["of", "on", "at", "for", "in", "from", "with"].contains(tokens[$0].lower) }), p > head.lowerBound + 1,
           tokens[p - 1].classes.contains(.personNoun), !mentions.isEmpty, mentions.allSatisfy({ $0.tokens.lowerBound > p }) {
            return Reading(speaker: .unnamed(doc.string(head)), span: span)
        }
        if lexicon.speakingOrganisationNouns.contains(headWord.lower) || lexicon.documentNouns.contains(headWord.lower) {
            if definite, lexicon.documentNouns.contains(headWord.lower), let issuer = issuer(of: headWord.lower, before: head.lowerBound) {
                return Reading(speaker: .entity(issuer), span: span)
            }
            // "an agency statement", "a company memo": the agency or company named before.
            if lexicon.documentNouns.contains(headWord.lower), words.count >= 2, case let modifier = words[words.count - 2],
               !modifier.isCapitalized, lexicon.speakingOrganisationNouns.contains(modifier.lower), !lexicon.documentNouns.contains(modifier.lower),
               let e = previousParty(matching: modifier.lower, kinds: [.organisation, .group, .country], before: quoteStart) {
                return Reading(speaker: .entity(e), span: span)
            }
            if definite, !lexicon.documentNouns.contains(headWord.lower), let e = previousParty(matching: headWord.lower, kinds: [.organisation, .group, .country], before: quoteStart) {
                return Reading(speaker: .entity(e), span: span)
            }
            return Reading(speaker: .unnamed(doc.string(head)), span: span)
        }
        let isAge = headWord.lower.hasSuffix("-year-old")
        if headWord.classes.contains(.personNoun) || definite && headWord.classes.contains(.title) || isAge
            || words.contains(where: { $0.classes.contains(.personNoun) }) {
            if definite, words.count <= 3, let e = previousPerson(titled: words.dropFirst().map(\.lower), before: quoteStart) {
                return Reading(speaker: .entity(e), span: span)
            }
            // "the defender told", "added the 30-year-old": the person the text is about, as "he"
            // would be, or the latest with the noun in their title ("the former president").
            // Not a noun that brings in somebody new ("the moderator", "the spokesman"), one
            // an unnamed person was introduced with ("a senior official … the official
            // said"), nor a description holding a name ("the Christie supporter").
            if words.first?.lower == "the", words.count <= 4, headWord.classes.contains(.personNoun) || isAge,
               mentions.isEmpty, !Self.isPlural(headWord.lower), !Self.newcomerNouns.contains(headWord.lower),
               !introducedUnnamed(headWord.lower, before: head.lowerBound),
               let e = (words.count > 2 ? previousPerson(titled: [headWord.lower], before: quoteStart) : nil)
                ?? antecedent(of: Self.sex(ofNoun: headWord.lower) ?? "person", before: quoteStart),
               // "the Florida senator": somebody the text names near "Florida"; "the president":
               // not somebody with another title.
               words.dropFirst().dropLast().allSatisfy({ !$0.isCapitalized || isNamedNear($0.lower, e, before: quoteStart) }),
               !headWord.classes.contains(.title) || doc.registry[e].title.map({ Self.title($0, agreesWith: headWord.lower) }) ?? true {
                return Reading(speaker: .entity(e), span: span)
            }
            return Reading(speaker: .unnamed(doc.string(head)), span: span)
        }
        // Any other noun phrase with a determiner ("the announcer", "a narrator in the ad").
        if let first = words.first, ["the", "a", "an", "one", "another"].contains(first.lower) || tokens[head].contains(where: { $0.kind == .possessive }),
           words.count >= 2, words.count <= 8 {
            return Reading(speaker: .unnamed(doc.string(head)), span: span)
        }
        return nil
    }

    /// He/she: the speaker of a quotation in the nearest earlier sentence that has one, or
    /// else the first person named there (the subject, usually), searching back up to two
    /// paragraphs and skipping people of the other sex (first names, Mr./Ms., and pronouns
    /// already resolved tell the sex). They/we: the last speaker that is not a person, or
    /// the last organisation named. It: the last speaker, when that is an organisation.
    private func antecedent(of sort: String, before quoteStart: Int) -> Int? {
        let isPerson = { (e: Int) in self.doc.registry[e].kind == .person }
        switch sort {
        case "male", "female", "person":
            let sex = sort == "male" ? "m" : sort == "female" ? "f" : nil
            let agrees = { (e: Int) in isPerson(e) && (sex == nil || (self.sex(of: e) ?? sex) == sex) }
            guard quoteStart > 0 else { return nil }
            let paragraph = doc.tokens[min(quoteStart, doc.tokens.count - 1)].paragraph
            var s = doc.sentenceOf[quoteStart - 1]
            var reach = 2  // paragraphs back; each sentence the pronoun chain runs through adds one
            var chained = false
            while s >= 0, paragraph - doc.tokens[doc.sentences[s].lowerBound].paragraph <= reach {
                if let speaker = speakerBySentence[s], agrees(speaker) { return remember(speaker, sex) }
                let range = doc.sentences[s].lowerBound..<min(doc.sentences[s].upperBound, quoteStart)
                // A person the text confirms comes before one only a capitalised run suggests.
                // "Mr Brown's former adviser Ed Balls": a possessor is not the person described.
                let candidates = doc.mentions(in: range).filter { doc.quotation(of: $0.tokens.lowerBound) == nil && agrees(doc.registry.root($0.entity)) && !ownsPerson($0) }
                // "That's why, he argued, …": a sentence whose subject pronoun comes before anyone
                // it names continues an earlier referent, unless somebody named there speaks.
                // A pronoun in a fronted clause ("Asked whether she believed the bill could pass,
                // Sen. Carla Whitmore paused.") looks ahead to the main clause's subject.
                let pronoun = range.first { isSubjectPronoun($0, of: sort) }
                if let pronoun, !candidates.isEmpty, let comma = frontedClauseEnd(range), pronoun < comma,
                   let subject = candidates.first(where: { $0.tokens.lowerBound > comma && $0.tokens.lowerBound <= comma + 4 }) {
                    return remember(doc.registry.root(subject.entity), sex)
                }
                if let pronoun, candidates.allSatisfy({ $0.tokens.lowerBound > pronoun && !speaks($0) }) {
                    reach += 1
                    s -= 1
                    chained = true
                    continue
                }
                // "“…,” Lindsey Graham said. But he said … “…,” he said": the person who spoke
                // right before a pronoun chain is its referent, whatever sex the first name suggests.
                if chained, candidates.isEmpty, case let speakers = Set(doc.mentions(in: range).filter({ m in
                       doc.quotation(of: m.tokens.lowerBound) == nil && speaks(m) && isPerson(doc.registry.root(m.entity))
                   }).map { doc.registry.root($0.entity) }), speakers.count == 1, let speaker = speakers.first, sexIsGuessed(speaker) {
                    return remember(speaker, sex)
                }
                // "The Swede was critical of referee Paul Danby.": a sentence whose subject is a
                // description of somebody named before continues that referent as a pronoun does
                // (not in the quotation's own sentence, where the pronoun may look ahead).
                if doc.sentences[s].upperBound <= quoteStart, opensWithDescription(doc.sentences[s]), candidates.allSatisfy({ !speaks($0) }) {
                    reach += 1
                    s -= 1
                    continue
                }
                // "Earhardt then asked Rubio which states he could win. “Well, …,” he said": an
                // answer is the asked person's.
                let asked = isAnswer(quoteStart) ? candidates.first { $0.tokens.lowerBound > 0 && ["asked", "asks"].contains(doc.tokens[$0.tokens.lowerBound - 1].lower) } : nil
                if let m = asked ?? candidates.first(where: { !doc.registry.resolved($0.entity).isTentative }) ?? candidates.first {
                    return remember(doc.registry.root(m.entity), sex)
                }
                s -= 1
            }
            if let last = lastSpeaker, agrees(last) { return remember(last, sex) }
            return nil
        case "group":
            if let s = lastSpeaker, !isPerson(s) { return s }
            return doc.mentions(before: quoteStart).first { $0.tokens.upperBound <= quoteStart && doc.registry.resolved($0.entity).kind == .organisation }
                .map { doc.registry.root($0.entity) }
        case "thing":
            // "It added": an organisation that spoke last.
            if let s = lastSpeaker, doc.registry[s].kind == .organisation { return s }
            return nil
        default:
            return nil
        }
    }

    /// The subject of the sentence before the one holding token `i` when it describes people
    /// without naming them: "The authors", "The researchers" (a determiner, then a plural
    /// person noun within three words).
    private func pluralSubject(before i: Int) -> Range<Int>? {
        let s = doc.sentenceOf[i]
        guard s > 0 else { return nil }
        let start = doc.sentences[s - 1].lowerBound
        guard ["the", "these", "those"].contains(doc.tokens[start].lower) else { return nil }
        var k = start + 1
        while k < min(doc.sentences[s - 1].upperBound, start + 4), doc.tokens[k].kind == .word, !doc.tokens[k].isCapitalized {
            if doc.tokens[k].classes.contains(.personNoun), doc.tokens[k].lower.hasSuffix("s") {
                return doc.mentions(in: start..<(k + 1)).isEmpty ? start..<(k + 1) : nil
            }
            k += 1
        }
        return nil
    }

    /// He/she standing for somebody unnamed: the nearest earlier sentence, in this paragraph
    /// or the one before, that names a person of that sex or opens with a description of one
    /// ("A Labour Party spokesman told …", "But a spokeswoman said …", "…, but an attorney for
    /// the caucus criticized …"), when it is the latter.
    /// A person noun's sex is the pronoun's or unknown ("official").
    private func unnamedAntecedent(of sort: String, before i: Int) -> Range<Int>? {
        let sex = sort == "male" ? "m" : "f"
        var s = doc.sentenceOf[i] - 1
        while s >= 0, doc.tokens[i].paragraph - doc.tokens[doc.sentences[s].lowerBound].paragraph <= 1 {
            let sentence = doc.sentences[s]
            if speakerBySentence[s] != nil { return nil }
            var start = sentence.lowerBound
            if start < sentence.upperBound, ["but", "and", "however", "meanwhile"].contains(doc.tokens[start].lower) { start += 1 }
            // The description may open the sentence or a clause after ", but" ("She did not
            // respond, but an attorney for the caucus criticized the move").
            let clauseStarts = [start] + sentence.dropFirst().filter { k in
                k + 1 < sentence.upperBound && ["but", "and"].contains(doc.tokens[k].lower) && doc.tokens[k - 1].text == "," && doc.tokens[k].quote == nil
            }.map { $0 + 1 }
            let described = clauseStarts.lazy.compactMap { self.indefiniteDescription(from: $0, before: sentence.upperBound) }.first
            // A person named outside the description ("One local woman, Karen Robison, …") is
            // the antecedent, as one named before it is; right after it, even a name the tables
            // do not know ("Another resident, Kabita Nayak,").
            if doc.mentions(in: sentence).contains(where: { m in
                let e = doc.registry.root(m.entity)
                let appositive = described.map { m.tokens.lowerBound == $0.upperBound + 1 && doc.tokens[$0.upperBound].text == "," } ?? false
                return !(described?.contains(m.tokens.lowerBound) ?? false) && doc.quotation(of: m.tokens.lowerBound) == nil
                    && doc.registry[e].kind == .person && (!doc.registry[e].isTentative || appositive) && (self.sex(of: e) ?? sex) == sex
            }) { return nil }
            if let described, let noun = indefiniteNouns(described).lastPerson,
               Self.sex(ofNoun: doc.tokens[noun].lower).map({ $0 == sort }) ?? true {
                return described
            }
            s -= 1
        }
        return nil
    }

    /// "The Post reported that … It added, “…”": the organisation that is the subject of the
    /// sentence before the one holding token `i`, or that speaks in it, in the same or the
    /// previous paragraph; a subject "the company" is the company named before.
    /// "The company's shares tumbled after it said": the subject of its own sentence, before
    /// the pronoun, comes first.
    private func organisationLeading(before i: Int) -> Int? {
        let own = doc.sentences[doc.sentenceOf[i]]
        if i > own.lowerBound + 2, let e = describedOrganisation(opening: own) { return e }
        let s = doc.sentenceOf[i] - 1
        guard s >= 0, doc.tokens[i].paragraph - doc.tokens[doc.sentences[s].lowerBound].paragraph <= 1 else { return nil }
        let sentence = doc.sentences[s]
        if let e = describedOrganisation(opening: sentence) { return e }
        // "…, the OECD said. “…,” it added": the organisation next to the sentence's verb of saying.
        if let m = doc.mentions(in: sentence).last(where: { m in
            doc.registry.resolved(m.entity).kind == .organisation && doc.quotation(of: m.tokens.lowerBound) == nil
                && (speaks(m) || m.tokens.lowerBound > 0 && doc.tokens[m.tokens.lowerBound - 1].classes.contains(.speechVerb))
        }) {
            return doc.registry.root(m.entity)
        }
        guard let reading = read(sentenceSubjectOf: sentence, before: sentence.upperBound, kinds: [.organisation]),
              case .entity(let e) = reading.speaker else { return nil }
        return e
    }

    /// The organisation named before that a sentence opening "The company", "The ministry's"
    /// stands for.
    private func describedOrganisation(opening sentence: Range<Int>) -> Int? {
        guard sentence.count > 2, doc.tokens[sentence.lowerBound].lower == "the",
              case let noun = doc.tokens[sentence.lowerBound + 1], noun.kind == .word, lexicon.speakingOrganisationNouns.contains(noun.lower) else { return nil }
        return previousParty(matching: noun.lower, kinds: [.organisation, .group, .country], before: sentence.lowerBound)
    }

    /// The lower-case words after an indefinite determiner, which end at a preposition, a
    /// participle or a name after them: the last of them, and the last that is a person noun
    /// or title ("a senior administration official", "another intelligence source speaking
    /// to …").
    private func indefiniteNouns(_ phrase: Range<Int>) -> (last: Int?, lastPerson: Int?) {
        var last: Int?, lastPerson: Int?
        for k in phrase.dropFirst() {
            let t = doc.tokens[k]
            guard t.kind == .word || t.kind == .possessive else { break }
            // The name before the noun may hold lower-case words ("Customs and Border Protection").
            if t.isCapitalized || t.kind == .possessive || last == nil && doc.isInsideMention(k) { if last == nil { continue } else { break } }
            if isParticipleOrPreposition(k) || Self.headEnders.contains(t.lower) { break }
            last = k
            if t.classes.contains(.personNoun) || t.classes.contains(.title) { lastPerson = k }
        }
        return (last, lastPerson)
    }

    /// An indefinite description of a person opening a sentence at `start` ("A spokesman for
    /// Platte River", "One Sanders aide"), with the party after its "for", "of" or "at".
    private func indefiniteDescription(from start: Int, before end: Int) -> Range<Int>? {
        guard Self.indefiniteDeterminers.contains(doc.tokens[start].lower), doc.tokens[start].quote == nil,
              let head = indefiniteNouns(start..<min(end, start + 8)).lastPerson else { return nil }
        var stop = head + 1
        if stop + 1 < end, ["for", "of", "at"].contains(doc.tokens[stop].lower) {
            var name = stop + 1
            if name + 1 < end, doc.tokens[name].lower == "the" { name += 1 }
            if doc.tokens[name].isCapitalized {
                stop = name
                while stop < end, doc.tokens[stop].kind == .word, doc.tokens[stop].isCapitalized { stop += 1 }
            }
        }
        return start..<stop
    }

    /// Words after a noun phrase's head ("familiar with", "close to").
    static let headEnders: Set<String> = ["familiar", "close"]

    /// Whether the quotation starting at token `quoteStart` is no question.
    private func isAnswer(_ quoteStart: Int) -> Bool {
        guard quoteStart < doc.tokens.count, let q = doc.tokens[quoteStart].quote, let last = doc.segmentTokens[q].last else { return false }
        return doc.tokens[last].text != "?"
    }

    /// Verbs right after a described subject: "The Swede was …", "The senator has said …".
    static let subjectVerbs: Set<String> = ["was", "is", "has", "had", "said", "says", "added", "would", "will", "did"]

    /// A sentence that opens with "the" and one word naming nobody, then a verb.
    private func opensWithDescription(_ sentence: Range<Int>) -> Bool {
        let start = sentence.lowerBound
        guard sentence.count > 3, doc.tokens[start].lower == "the", doc.tokens[start + 1].kind == .word || doc.tokens[start + 1].kind == .number,
              Self.subjectVerbs.contains(doc.tokens[start + 2].lower) else { return false }
        return doc.mentions(in: start..<(start + 2)).isEmpty
    }

    /// The comma that ends a clause opening the sentence with a participle or an opener
    /// ("Asked whether she …,", "When he arrived,").
    private func frontedClauseEnd(_ sentence: Range<Int>) -> Int? {
        let first = doc.tokens[sentence.lowerBound]
        guard first.kind == .word, Self.frontedClauseOpeners.contains(first.lower) || first.lower.hasSuffix("ing") || first.lower.hasSuffix("ed")
        else { return nil }
        return sentence.first { doc.tokens[$0].text == "," }
    }

    /// "he" (or "she") outside quotations.
    private func isSubjectPronoun(_ i: Int, of sort: String) -> Bool {
        let t = doc.tokens[i]
        return t.quote == nil && (sort == "person" ? t.lower == "he" || t.lower == "she" : t.lower == (sort == "male" ? "he" : "she"))
    }

    /// "the Arsenal boss": the person the story is about, as "he" would be, when the text
    /// names them near the modifier ("Arsenal boss Arsene Wenger"); not for a noun that brings
    /// in somebody new.
    private func personAbout(noun: String, namedNear word: String, before quoteStart: Int) -> Int? {
        guard !Self.newcomerNouns.contains(noun), let e = antecedent(of: Self.sex(ofNoun: noun) ?? "person", before: quoteStart),
              isNamedNear(word, e, before: quoteStart) else { return nil }
        return e
    }

    /// Whether `word` stands within a few words of a mention of `e` before token `i`
    /// ("Florida Sen. Marco Rubio", "Rubio of Florida").
    private func isNamedNear(_ word: String, _ e: Int, before i: Int) -> Bool {
        doc.mentions(before: i).contains { m in
            guard doc.registry.root(m.entity) == e else { return false }
            let around = max(0, m.tokens.lowerBound - 5)..<min(doc.tokens.count, m.tokens.upperBound + 5)
            return around.contains { doc.tokens[$0].lower == word }
        }
    }

    /// Whether a title holds a noun, in full or abbreviated ("Sen." for "senator").
    static func title(_ title: String, agreesWith noun: String) -> Bool {
        title.lowercased().split(separator: " ").contains { word in
            let w = word.hasSuffix(".") ? word.dropLast() : word[...]
            return w.contains(noun) || w.count >= 3 && noun.hasPrefix(w)
        }
    }

    /// Person nouns that bring somebody new into the story rather than describe who it is
    /// about: "the moderator asked", "the spokesman said".
    static let newcomerNouns: Set<String> = [
        "moderator", "host", "presenter", "interviewer", "questioner", "narrator", "announcer", "caller", "reporter", "journalist",
        "spokesman", "spokeswoman", "spokesperson", "source", "person", "man", "woman", "official", "aide", "adviser", "advisor",
        "witness", "voice", "protester", "resident", "neighbor", "neighbour", "friend", "relative", "officer", "analyst", "expert",
        "observer", "critic", "fan", "supporter", "voter", "staffer", "worker", "spectator", "passenger", "student", "teacher",
        "victim", "survivor", "lawyer", "attorney", "doctor", "nurse", "owner", "customer", "user", "member", "representative",
    ]

    /// The sex a person noun tells ("chairwoman", "actress"; "Welshman"), if any.
    static func sex(ofNoun noun: String) -> String? {
        if noun.hasSuffix("woman") || noun.hasSuffix("ess") || femaleNouns.contains(noun) { return "female" }
        if noun.hasSuffix("man") || maleNouns.contains(noun) { return "male" }
        return nil
    }

    static let femaleNouns: Set<String> = ["mother", "wife", "daughter", "sister", "girl", "queen", "widow", "grandmother", "aunt", "niece", "bride", "lady"]
    static let maleNouns: Set<String> = ["father", "husband", "son", "brother", "boy", "king", "widower", "grandfather", "uncle", "nephew", "groom", "prince"]

    static func isPlural(_ noun: String) -> Bool {
        noun.hasSuffix("s") && !noun.hasSuffix("ss") || noun.hasSuffix("men") || noun.hasSuffix("people")
    }

    /// Whether an indefinite description with this head noun ("a senior official", "one
    /// aide") comes before token `i`: a later "the official" is that unnamed person.
    private func introducedUnnamed(_ noun: String, before i: Int) -> Bool {
        (0..<i).contains { k in
            doc.tokens[k].lower == noun && doc.tokens[k].quote == nil
                && (max(0, k - 5)..<k).contains { Self.indefiniteDeterminers.contains(doc.tokens[$0].lower) && doc.tokens[$0].quote == nil }
        }
    }

    /// Whether a person's name, possessive or not, is followed within a few lower-case or title
    /// words by another person the words describe ("Mr Brown's former adviser Ed Balls",
    /// "Obama consultant Cornell Belcher").
    private func ownsPerson(_ m: Mention) -> Bool {
        let end = m.tokens.upperBound
        let possessive = end < doc.tokens.count && doc.tokens[end].kind == .possessive
        let p = possessive ? end + 1 : end
        guard p < doc.tokens.count, let next = doc.mentions(in: p..<min(doc.tokens.count, p + 5)).first,
              doc.registry.resolved(next.entity).kind == .person else { return false }
        let between = doc.tokens[p..<next.tokens.lowerBound]
        if possessive { return between.allSatisfy { $0.kind == .word && (!$0.isCapitalized || $0.classes.contains(.title)) } }
        // Without the possessive, only words for an office may join them ("Trump hewed more to
        // President Obama's approach" does not).
        return !between.isEmpty && between.count <= 3 && between.allSatisfy {
            $0.kind == .word && !$0.classes.contains(.honorific) && ($0.classes.contains(.title) || $0.classes.contains(.personNoun))
        }
    }

    /// Whether a mention is the subject of a speech verb right after it ("…, Jones said").
    private func speaks(_ m: Mention) -> Bool {
        let next = m.tokens.upperBound
        return next < doc.tokens.count && doc.tokens[next].kind == .word && doc.tokens[next].classes.contains(.speechVerb)
    }

    /// People's sex as the text tells it: a pronoun already resolved, an honorific, or a
    /// first name from the census lists.
    private func sex(of e: Int) -> String? {
        resolvedSex[e] ?? doc.registry[e].sex(firstNames: lexicon.firstNameSex)
    }

    /// A sex only a first name suggests ("Lindsey Graham"), which the text's own pronoun overrides.
    private func sexIsGuessed(_ e: Int) -> Bool {
        resolvedSex[e] == nil && doc.registry[e].title.flatMap(EntityRegistry.Entry.honorificSex) == nil
    }

    private func remember(_ e: Int, _ sex: String?) -> Int {
        if let sex { resolvedSex[e] = sex }
        return e
    }

    /// "the agency": the latest party whose name holds the noun; failing that, for nouns that
    /// stand for any organisation ("the company"), the latest organisation named in the last
    /// three sentences. Otherwise nothing: the description is reported as it is.
    private func previousParty(matching noun: String, kinds: Set<EntityKind>, before quoteStart: Int) -> Int? {
        let candidates = doc.mentions(before: quoteStart).filter { $0.tokens.upperBound <= quoteStart && kinds.contains(doc.registry.resolved($0.entity).kind) }
        if let named = candidates.first(where: { doc.registry.resolved($0.entity).names.contains { $0.lowercased().contains(noun) } }) {
            return doc.registry.root(named.entity)
        }
        guard Self.genericOrganisationNouns.contains(noun) else { return nil }
        return doc.latest(.organisation, among: candidates, before: quoteStart, withinSentences: 3)
    }

    /// "The ministry issued a statement on Monday. The statement read: …": the party that
    /// issued the document, in this sentence or the two before: the one named last before the
    /// document's noun with a verb of issuing between ("Fox News said in a statement", not "a
    /// Clinton campaign memo").
    /// Earlier (up to `documentReach` sentences back), a document named with its author ("A new
    /// memo from the Executive Office for Immigration Review replaces …") is the one "the new
    /// memo" stands for; failing that, the latest document named with its author stands for it
    /// ("A new memo from the office … The new guidance says").
    private func issuer(of document: String, before i: Int) -> Int? {
        let sentence = doc.sentenceOf[i]
        var latestAuthored: Mention?
        for s in stride(from: sentence, through: max(0, sentence - Self.documentReach), by: -1) {
            let range = doc.sentences[s]
            if latestAuthored == nil {
                latestAuthored = range.lazy.filter { $0 < i && self.doc.tokens[$0].quote == nil && self.lexicon.documentNouns.contains(self.doc.tokens[$0].lower) }
                    .compactMap { self.author(after: $0) }.last
            }
            guard let noun = range.first(where: { $0 < i && doc.tokens[$0].quote == nil && doc.tokens[$0].lower == document }) else { continue }
            if let author = author(after: noun) ?? owner(of: noun, in: range) { return doc.registry.root(author.entity) }
            guard s >= sentence - 2 else { continue }
            let issuing = doc.mentions(in: range.lowerBound..<noun).last { m in
                m.tokens.upperBound <= noun  // not a name the noun ends ("An Open Letter")
                    && Self.speakingKinds.contains(doc.registry.resolved(m.entity).kind)
                    && doc.tokens[m.tokens.upperBound..<noun].contains { Self.issuingWords.contains($0.lower) }
            }
            guard let issuing else { continue }
            // "Kory Langhofer, counsel to the transition team known as TFA, wrote a letter": the
            // issuer is the subject before the appositive, not the party named last inside it.
            if let verb = (issuing.tokens.upperBound..<noun).first(where: { Self.issuingWords.contains(doc.tokens[$0].lower) }),
               verb > range.lowerBound, doc.tokens[verb - 1].text == ",",
               let comma = (range.lowerBound..<(verb - 1)).first(where: { doc.tokens[$0].text == "," }),
               let m = doc.mention(endingAt: comma), Self.speakingKinds.contains(doc.registry.resolved(doc.mentions[m].entity).kind) {
                return doc.registry.root(doc.mentions[m].entity)
            }
            return doc.registry.root(issuing.entity)
        }
        return latestAuthored.map { doc.registry.root($0.entity) }
    }

    /// Sentences back to the document a later "the memo" stands for: an article's length, so a
    /// long input costs no quadratic walk.
    static let documentReach = 40

    /// "a note from Ed Yardeni", "a memo issued by the agency": the party named right after a
    /// document's noun and "from" or "by".
    private func author(after noun: Int) -> Mention? {
        var k = noun + 1
        if k + 1 < doc.tokens.count, doc.tokens[k].text == ",", doc.tokens[k + 1].lower != "by" { k += 1 }
        if k < doc.tokens.count, ["issued", "released", "written", "signed", "published", "sent"].contains(doc.tokens[k].lower) { k += 1 }
        guard k < doc.tokens.count, doc.tokens[k].lower == "by" || doc.tokens[k].lower == "from" && k == noun + 1 else { return nil }
        k += 1
        if k < doc.tokens.count, doc.tokens[k].lower == "the" { k += 1 }
        guard let m = doc.mention(startingAt: k), Self.speakingKinds.contains(doc.registry.resolved(doc.mentions[m].entity).kind) else { return nil }
        return doc.mentions[m]
    }

    /// "In its latest report, the OECD cut …": the party a possessive pronoun before the
    /// document's noun stands for, the sentence's next party.
    private func owner(of noun: Int, in sentence: Range<Int>) -> Mention? {
        let before = (max(sentence.lowerBound, noun - 4)..<noun).reversed().drop { doc.tokens[$0].kind == .word && !doc.tokens[$0].isCapitalized && !["its", "their"].contains(doc.tokens[$0].lower) }
        guard let possessive = before.first, ["its", "their"].contains(doc.tokens[possessive].lower),
              let m = doc.mentions(in: (noun + 1)..<sentence.upperBound).first,
              [.organisation, .country, .group].contains(doc.registry.resolved(m.entity).kind) else { return nil }
        return m
    }

    static let speakingKinds: Set<EntityKind> = [.person, .organisation, .country, .group]

    /// Words between a party and a document it issued.
    static let issuingWords: Set<String> = ["issued", "issues", "released", "releases", "provided", "sent", "published", "posted",
                                            "put", "circulated", "distributed", "drafted", "said", "says", "wrote", "in"]

    static let genericOrganisationNouns: Set<String> = ["company", "firm", "agency", "ministry", "department", "bureau", "office",
                                                         "committee", "organization", "organisation", "group", "party",
                                                         "commission", "council", "board", "panel"]

    /// The latest person named before `quoteStart` whose affiliation is `party` (directly, or
    /// through the party's own affiliation: the Kremlin → Russia).
    private func personSpeakingFor(_ party: Int, before quoteStart: Int) -> Int? {
        let registry = doc.registry
        func speaksFor(_ p: Int) -> Bool {
            guard let a = registry[p].affiliation.map(registry.root) else { return false }
            return a == party || registry[a].affiliation.map(registry.root) == party || registry[party].affiliation.map(registry.root) == a
        }
        return doc.mentions(before: quoteStart).first { m in
            let e = registry.root(m.entity)
            return registry[e].kind == .person && speaksFor(e)
        }.map { registry.root($0.entity) }
    }

    /// "the vice president": the latest person whose title holds every word of the
    /// description (a plural head counts as its singular).
    private func previousPerson(titled words: [String], before quoteStart: Int) -> Int? {
        let stems = words.map { $0.hasSuffix("s") ? String($0.dropLast()) : $0 }
        guard !stems.isEmpty else { return nil }
        return doc.mentions(before: quoteStart).first { m in
            let e = doc.registry.root(m.entity)
            guard m.tokens.upperBound <= quoteStart, doc.registry[e].kind == .person, let title = doc.registry[e].title?.lowercased() else { return false }
            return stems.allSatisfy { title.printableASCIIContains($0) ?? title.contains($0) }
        }.map { doc.registry.root($0.entity) }
    }
}
