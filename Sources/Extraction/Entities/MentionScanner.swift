import QuoteGraphModel

/// Finds the mentions of parties in a document and registers each party once: names of
/// countries and threat groups from the gazetteer, capitalised names split into title and
/// name ("FBI Director Christopher A. Wray"), organisations by their head word or acronym,
/// aliases the text declares ("known as …", "National Security Agency (NSA)"), and common
/// nouns that point back at a named group ("the hackers").
struct MentionScanner {
    let lexicon: Lexicon
    let gazetteer: Gazetteer

    static let connectors: Set<String> = ["of", "for", "on", "de", "del", "la", "le", "von", "van", "der", "bin", "al", "da", "du"]
    /// Connectors of English names: they join a run only after an organisation's head word or
    /// a title ("Department of Justice", "Commission on Presidential Debates", "Secretary of
    /// State"), never after a person's name ("Cameron Easley for Morning Consult").
    static let phraseConnectors: Set<String> = ["of", "for", "on"]
    /// Generational suffixes, part of a personal name though they look like acronyms
    /// ("Vann R. Newkirk II"); particles ("de Blasio") are `connectors`.
    static let nameSuffixes: Set<String> = ["ii", "iii", "iv", "jr.", "sr."]
    static let honorifics: Set<String> = ["mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr"]
    static let weekdays: Set<String> = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    /// Months, which after "in", "a", "since" … are dates, not first names ("at a June Trump
    /// campaign event").
    static let months: Set<String> = ["january", "february", "march", "april", "may", "june", "july", "august", "september",
                                      "october", "november", "december"]
    /// Words after which a month is a date.
    static let monthOpeners: Set<String> = ["in", "on", "since", "by", "until", "through", "last", "next", "early", "late", "mid",
                                            "a", "the", "this", "that"]
    static let groupNouns: Set<String> = ["hackers", "hacker", "group", "unit", "gang", "actor", "actors", "team", "collective", "crew"]
    static let groupSuffixes: Set<String> = ["bear", "panda", "kitten", "spider", "chollima", "typhoon", "blizzard",
                                             "sandstorm", "sleet", "tempest", "tiger", "jackal", "leopard"]
    static let aliasCues: [[String]] = [["known", "as"], ["known", "variously", "as"], ["also", "known", "as"],
                                        ["also", "tracked", "as"], ["tracked", "as"], ["also", "called"], ["also", "referred", "to", "as"],
                                        ["it", "calls"], ["it", "dubs"], ["they", "call"], ["researchers", "call"],
                                        ["it", "tracks", "as"], ["it", "tracked", "as"], ["they", "track", "as"],
                                        ["dubbed"], ["nicknamed"], ["called"], ["codenamed"], ["aka"]]
    static let aliasCueStarts = Set(aliasCues.map { $0[0] })
    /// The cues that declare an alias after a name and a comma ("Crimson Pika, also known as
    /// …"); "X, called Y" may be a telephone call.
    static let appositiveAliasCues: Set<[String]> = [["known", "as"], ["also", "known", "as"], ["known", "variously", "as"],
                                                     ["also", "tracked", "as"], ["tracked", "as"], ["also", "called"],
                                                     ["also", "referred", "to", "as"], ["aka"], ["dubbed"], ["nicknamed"]]
    /// Words that make a capitalised run an event or a thing, not a person ("Election Day", "Cold War").
    static let nameWords: Set<String> = ["day", "street", "week", "month", "year", "election", "war", "plan", "show",
                                         "prize", "award", "cup", "games", "times", "post", "news"]

    func scan(_ doc: inout DocumentAnalysis) {
        var i = 0
        let tokens = doc.tokens
        // Tokens are read in place (`tokens[i].kind`), not copied: a copy retains both strings.
        while i < tokens.count {
            guard tokens[i].kind == .word else { i += 1; continue }
            if tokens[i].classes.contains(.groupNoun), let consumed = groupReference(at: i, &doc) {
                i = consumed; continue
            }
            if tokens[i].classes.contains(.agentNoun), !tokens[i].isCapitalized {
                // "these defendants": unnamed people a claim can be about.
                doc.addMention(tokens: i..<(i + 1), entity: doc.registry.resolve(tokens[i].lower, kind: .other), role: .description)
                i += 1; continue
            }
            if tokens[i].isCapitalized || tokens[i].isAcronym {
                if tokens[i].isAcronym, let end = datelineEnd(at: i, tokens) { i = end; continue }
                // Most capitalised words start no name in the gazetteer, which one look-up tells.
                if let longest = gazetteer.longestName(startingAt: i, in: tokens),
                   let consumed = gazetteerMention(at: i, longest: longest, &doc) { i = consumed; continue }
                // A sentence starts here, or a quoted one does (quotations stay inside one sentence).
                let opensSentence = doc.sentences[doc.sentenceOf[i]].lowerBound == i || i > 0 && (tokens[i - 1].kind == .quoteMark
                    || doc.isPunctuation(i - 1, among: ".!?:—…")
                    || tokens[i - 1].paragraph != tokens[i].paragraph)
                if let consumed = nameRun(at: i, atSentenceStart: opensSentence, &doc) { i = consumed; continue }
            }
            i += 1
        }
        declaredAliases(&doc)
        resolveAppositives(&doc)
        affiliateByOf(&doc)
        doc.registry.mergeShortNames(firstNames: lexicon.firstNameSex)
    }

    /// The end of a dateline opening a paragraph: "JACKSON, Miss. (AP) —", "FRANKFURT,
    /// March 4 (Reuters) -", "WASHINGTON —". Where a story was filed and who filed it name no party.
    private func datelineEnd(at i: Int, _ tokens: [Token]) -> Int? {
        guard i == 0 || tokens[i - 1].paragraph != tokens[i].paragraph else { return nil }
        var k = i
        while k < tokens.count, k - i < 4, tokens[k].kind == .word, tokens[k].isAcronym, tokens[k].paragraph == tokens[i].paragraph { k += 1 }
        guard k > i, k < tokens.count else { return nil }
        // ", Miss." or ", Ukraine": the state or country.
        if tokens[k].text == "," {
            var j = k + 1
            while j < tokens.count, j - k <= 4, tokens[j].kind == .word && tokens[j].isCapitalized
                    || j > k + 1 && (tokens[j].text == "." || tokens[j].kind == .number) { j += 1 }
            guard j > k + 1 else { return nil }
            k = j
        }
        guard k < tokens.count else { return nil }
        if tokens[k].text == "(", k + 2 < tokens.count, tokens[k + 1].isCapitalized, tokens[k + 2].text == ")" { k += 3 }
        guard k < tokens.count, ["—", "–", "-", "--"].contains(tokens[k].text) else { return nil }
        return k
    }

    // MARK: Gazetteer names

    /// The end of the gazetteer's name that starts at token `i`, of at most `longest` words.
    private func gazetteerMention(at i: Int, longest: Int, _ doc: inout DocumentAnalysis) -> Int? {
        let tokens = doc.tokens
        var n = min(longest, tokens.count - i)
        while n >= 1 {
            let range = i..<(i + n)
            if tokens[range].allSatisfy({ ($0.kind == .word || $0.kind == .possessive) && $0.paragraph == tokens[i].paragraph }),
               let entry = gazetteer.lookup(tokens[range]) {
                // "Cuban said", "said Cuban": a demonym that speaks on its own is a surname ("the
                // Chinese said" is the country).
                // ("said Chinese groups typically …": before a noun the demonym is an adjective.)
                if entry.role == .demonym, n == 1, !tokens[i].lower.hasSuffix("s"), !(i > 0 && tokens[i - 1].lower == "the"),
                   !modifiesNoun(at: range.upperBound, tokens), isSpeakerPosition(range, doc) { return nil }
                // "Microsoft Threat Intelligence Center": a longer name the table does not hold.
                if entry.kind == .organisation, continuesName(at: range.upperBound, tokens) { return nil }
                // "People's Republic of China": a possessive is written against its word.
                let written = tokens[range].map { $0.kind == .possessive ? $0.text : " " + $0.text }.joined().dropFirst().description
                // An organisation is known by the names the text gives it ("Exxon", not the
                // table's "ExxonMobil"); the table's name only finds it again.
                let party = entry.kind == .organisation
                    ? doc.registry.lookup(entry.canonical, kind: .organisation) ?? doc.registry.resolve(written, kind: .organisation)
                    : doc.registry.resolve(entry.canonical, kind: entry.kind)
                if entry.kind == .group || entry.kind == .organisation {
                    doc.registry.add(alias: written, to: party,
                                     reason: entry.kind == .group ? "alias in the threat-group table (MITRE ATT&CK)" : "other name in the organisation table")
                    if entry.kind == .organisation { doc.registry.addKey(entry.canonical, to: party) }
                    if let c = entry.country { doc.registry.setAffiliation(doc.registry.resolve(c, kind: .country), for: party) }
                }
                // "Russian intelligence (service)": the country's intelligence services.
                if entry.role == .demonym, range.upperBound < tokens.count, tokens[range.upperBound].lower == "intelligence" {
                    var end = range.upperBound + 1
                    while end < tokens.count, ["service", "services", "agency", "agencies"].contains(tokens[end].lower) { end += 1 }
                    let org = doc.registry.resolve("\(tokens[i].text) intelligence", kind: .organisation)
                    doc.registry.setAffiliation(party, for: org)
                    doc.addMention(tokens: i..<end, entity: org, role: .name)
                    return end
                }
                let role: Mention.Role = entry.role == .demonym ? .demonym : entry.role == .seat ? .seat : .name
                if entry.kind == .country, role != .demonym, let end = organisationNamed(after: range, doc) {
                    // "the U.S. Army", "the Washington Post": the country or seat opens an
                    // organisation's name; a country's own body belongs to it.
                    let org = doc.registry.resolve(tokens[i..<end].map(\.text).joined(separator: " "), kind: .organisation)
                    if role == .name { doc.registry.setAffiliation(party, for: org) }
                    doc.addMention(tokens: i..<end, entity: org, role: .name)
                    return end
                }
                doc.addMention(tokens: range, entity: party, role: role)
                if role != .demonym, entry.kind == .country {
                    doc.registry.add(alias: written, to: party,
                                     reason: role == .seat ? "capital or seat of government of the country" : "other name of the country")
                }
                return range.upperBound
            }
            n -= 1
        }
        return nil
    }

    /// Whether the word at `k` is a noun a word before it can modify: a person or group noun,
    /// or a lower-case plural ("groups", "officials").
    private func modifiesNoun(at k: Int, _ tokens: [Token]) -> Bool {
        guard k < tokens.count, tokens[k].kind == .word, !tokens[k].isCapitalized else { return false }
        let t = tokens[k]
        return t.classes.contains(.personNoun) || t.classes.contains(.groupNoun)
            || t.lower.hasSuffix("s") && !t.classes.contains(.functionWord) && !t.classes.contains(.speechVerb)
    }

    /// The end of an organisation word that follows a place's name and ends the capitalised
    /// run ("U.S. Army", "Washington Post", "China Daily"): a name of its own only with the
    /// place. Nil when the run goes on ("U.S. Army Secretary Mark Esper", "US National
    /// Security Agency", a name without the place).
    private func organisationNamed(after place: Range<Int>, _ doc: DocumentAnalysis) -> Int? {
        let tokens = doc.tokens
        let k = place.upperBound
        guard k < tokens.count, tokens[k].kind == .word, tokens[k].isCapitalized, tokens[k].classes.contains(.organisationHead),
              tokens[k].paragraph == tokens[place.lowerBound].paragraph,
              !continuesName(at: k + 1, tokens) else { return nil }
        return k + 1
    }

    /// A name nothing marks as a person that the words before introduce as an organisation:
    /// a descriptor noun ("logistics group Halvorsen Freight") or a job that one holds at an
    /// organisation and "for", "of" or "at" ("a spokeswoman for Halvorsen Freight", "the
    /// chief executive of Oakmont Financial", "an analyst at Forrester-Lane"; a one-word name
    /// only after "at"). Political offices are left out: "the mayor of Little Rock" is a place.
    private func introducesOrganisation(_ start: Int, _ end: Int, _ doc: DocumentAnalysis) -> Bool {
        let tokens = doc.tokens
        guard start > 0, tokens[start - 1].kind == .word, !tokens[start - 1].isCapitalized else { return false }
        // The words before first (most runs have neither), then what marks a person.
        let preposition = tokens[start - 1].lower == "the" ? start - 2 : start - 1
        let introduced = tokens[start - 1].classes.contains(.organisationDescriptor)
            || preposition >= 1 && tokens[preposition - 1].classes.contains(.organisationRole)
                && (tokens[preposition].lower == "at" || end - start > 1 && (tokens[preposition].lower == "for" || tokens[preposition].lower == "of"))
        return introduced
            && !tokens[start..<end].contains(where: { $0.classes.contains(.title) || $0.classes.contains(.placeWord) || isFirstName($0) })
            && doc.registry.lookup(tokens[start..<end].map(\.text).joined(separator: " "), kind: .person) == nil
    }

    /// Jobs held at a company, a university or an agency.
    /// (Not advisers' and strategists' jobs: "a strategist for Mitt Romney" works for a person.)
    static let organisationRoles: Set<String> = ["spokesman", "spokeswoman", "spokesperson", "executive", "director", "head",
                                                 "chairman", "chairwoman", "founder", "co-founder", "analyst", "researcher", "economist",
                                                 "lecturer", "professor", "engineer", "employee", "manager", "editor", "reporter",
                                                 "correspondent", "columnist", "scientist", "fellow"]

    static let spokespeople: Set<String> = ["spokesperson", "spokesman", "spokeswoman", "representative"]

    /// "spokesperson for" right before the name `start..<end`, which is no modifier of a
    /// person's description ("a spokesman for Democratic presidential candidate Hillary Clinton").
    private func isSpokespersonFor(_ start: Int, _ end: Int, _ tokens: [Token]) -> Bool {
        guard start >= 2, tokens[start - 1].lower == "for", Self.spokespeople.contains(tokens[start - 2].lower) else { return false }
        return !tokens[end..<min(end + 3, tokens.count)].contains { $0.kind == .word && !$0.isCapitalized
            && ($0.classes.contains(.title) || $0.classes.contains(.personNoun)) }
    }

    /// The end of an organisation's name that goes on past the "and" at `and`: "Food and Drug
    /// Administration", "Health and Human Services" (two or more words after "and" up to the
    /// last organisation word, when none stands before it and no party or date is named before
    /// it), "Centers for Disease Control and Prevention" (a name headed by an organisation
    /// word and a connector, then a plain word or two). Nil for "Trump and Clinton",
    /// "Obama and White House", "University of Chicago and Professor Knittel".
    private func organisationJoined(from start: Int, at and: Int, _ doc: DocumentAnalysis) -> Int? {
        let tokens = doc.tokens
        let before = tokens[start..<and]
        guard before.count <= 4, !before.contains(where: isNamePart) else { return nil }
        var k = and + 1, lastHead: Int?
        while k < tokens.count, k - and <= 4, tokens[k].kind == .word, tokens[k].isCapitalized, tokens[k].paragraph == tokens[and].paragraph {
            if tokens[k].classes.contains(.organisationHead) { lastHead = k }
            k += 1
        }
        if !before.contains(where: { $0.classes.contains(.organisationHead) }) {
            let name = before.map(\.text).joined(separator: " ")
            guard let lastHead, lastHead > and + 1, !tokens[and + 1].classes.contains(.gazetteerNameStart),
                  doc.registry.lookup(name) == nil, doc.registry.lookup(name, kind: .person) == nil else { return nil }
            return lastHead + 1
        }
        let headed = tokens[start].classes.contains(.organisationHead) && before.contains { $0.classes.contains(.phraseConnector) }
        let plain = tokens[(and - 1)...(k - 1)].allSatisfy { !isNamePart($0) && !$0.classes.contains(.placeWord) && !$0.classes.contains(.gazetteerNameStart) }
        return headed && plain && k > and + 1 && k - and <= 3 && !continuesName(at: k, tokens) ? k : nil
    }

    /// A word that makes a capitalised run a person's name or a date: an acronym, a title
    /// (a department's "Health" is none), a known first name, a month or weekday.
    private func isNamePart(_ t: Token) -> Bool {
        t.isAcronym || t.classes.contains(.title) && !t.classes.contains(.departmentWord) || t.classes.contains(.month) || t.classes.contains(.weekday) || isFirstName(t)
    }

    /// Whether a token's word, as written, is a known first name ("Jane"). Its classes settle
    /// most words, which no first name lower-cases to, without hashing the word.
    private func isFirstName(_ t: Token) -> Bool {
        t.classes.contains(.firstName) && lexicon.firstNameSex[t.text] != nil
    }

    /// A capitalised word, or a connector before one ("Department of Justice", not "on
    /// Tuesday"), at `k`.
    private func continuesName(at k: Int, _ tokens: [Token]) -> Bool {
        guard k < tokens.count, tokens[k].kind == .word else { return false }
        return tokens[k].isCapitalized
            || tokens[k].classes.contains(.nameConnector) && k + 1 < tokens.count && tokens[k + 1].kind == .word && tokens[k + 1].isCapitalized
                && !tokens[k + 1].classes.contains(.weekday) && !tokens[k + 1].classes.contains(.month)
    }

    // MARK: Capitalised names

    private func nameRun(at start: Int, atSentenceStart: Bool, _ doc: inout DocumentAnalysis) -> Int? {
        let tokens = doc.tokens
        if atSentenceStart || tokens[start].quote != nil && (start == 0 || tokens[start - 1].kind == .quoteMark) {
            // "New York", "New Jersey": "New" before a capitalised word starts a name.
            let startsPlaceName = tokens[start].lower == "new" && start + 1 < tokens.count && tokens[start + 1].isCapitalized
            if tokens[start].classes.contains(.functionWord) && !startsPlaceName { return start + 1 }
        }
        if tokens[start].classes.contains(.month), start > 0, Self.monthOpeners.contains(tokens[start - 1].lower) { return start + 1 }
        var end = start
        // A name stays in its sentence ("… D.E. Shaw & Co. Obama said …" is two).
        while end < tokens.count, tokens[end].paragraph == tokens[start].paragraph, doc.sentenceOf[end] == doc.sentenceOf[start] {
            // The token is read in place (`tokens[end]`): a copy retains its strings.
            if tokens[end].kind == .word && (tokens[end].isCapitalized || tokens[end].isAcronym) {
                // "in Florida Friday": a weekday ends a name, but for the surname after a lone
                // first name ("coach Mike Friday").
                if end > start, tokens[end].classes.contains(.weekday), !(end == start + 1 && isFirstName(tokens[start])
                    && start > 0 && (tokens[start - 1].classes.contains(.title) || tokens[start - 1].classes.contains(.personNoun))) { break }
                // "Callum Ferguson-Tait MP said", "Rupert Lyle QC": letters after a name are no part
                // of it ("Labour MP Jane Doe" is a title).
                if end > start, tokens[end].isAcronym, Self.postNominals.contains(tokens[end].lower),
                   !(end + 1 < tokens.count && tokens[end + 1].kind == .word && tokens[end + 1].isCapitalized) { break }
                end += 1
            } else if tokens[end].text == "&", end > start, end + 1 < tokens.count, tokens[end + 1].kind == .word, tokens[end + 1].isCapitalized,
                      tokens[end + 1].paragraph == tokens[end].paragraph, !tokens[end + 1].classes.contains(.title),
                      !isFirstName(tokens[end + 1]) {  // not "Jim & Sarah", "Giuliani & Sen. Sessions"
                end += 1  // "Bradford & Bingley", "Procter & Gamble": a firm's name
            } else if tokens[end].lower == "and", end > start, let organisationEnd = organisationJoined(from: start, at: end, doc) {
                end = organisationEnd
                break
            } else if tokens[end].kind == .word, end > start, end + 1 < tokens.count, tokens[end + 1].kind == .word, tokens[end + 1].isCapitalized,
                      tokens[end].classes.contains(.nameConnector) && (!tokens[end].classes.contains(.phraseConnector) || joinsPhrase(tokens[start..<end]))
                        || tokens[end].lower == "in" && tokens[end - 1].classes.contains(.title) {
                end += 1
            } else {
                break
            }
        }
        while end > start, tokens[end - 1].classes.contains(.nameConnector) || end - start > 1 && tokens[end - 1].classes.contains(.speechVerb) {
            end -= 1  // "Lindsey Graham Says" in a headline: the verb is no part of the name
        }
        guard end > start else { return nil }
        if isHeading(start..<end, tokens) { return end }
        let run = tokens[start..<end]
        let words = run.map(\.text)

        // Organisation: ends in (or is headed by) an organisation word, or one acronym.
        let head = run.firstIndex { $0.classes.contains(.nameConnector) }.map { $0 - 1 } ?? end - 1
        if head >= start, tokens[head].classes.contains(.organisationHead) || tokens[end - 1].classes.contains(.organisationHead)
            || words.contains("&"),
           words.count > 1 || tokens[start].isAcronym {  // a lone "Group" or "Agency" names nothing
            var name = words.joined(separator: " ")
            // "China’s Foreign Ministry", "the Vietnamese Foreign Ministry": a body every
            // country has is one per country.
            if run.allSatisfy({ $0.classes.contains(.departmentWord) || $0.classes.contains(.organisationHead) }),
               let country = countryBefore(start, doc) {
                name = EntityRegistry.countryQualified(name, country: doc.registry[country].canonical)
            }
            let org = doc.registry.resolve(name, kind: .organisation)
            doc.addMention(tokens: start..<end, entity: org, role: .name)
            affiliateWithPrevious(org, at: start, &doc)
            return end
        }
        if words.count == 1 {
            let w = words[0]
            if tokens[start].classes.contains(.weekday) { return end }  // "a statement Thursday"
            if tokens[start].classes.contains(.pronoun) { return end }  // "the editor I was talking to"
            // "Jane Doe MP", "the Manchester Central MP": letters for a seat or an honour name no party.
            if tokens[start].isAcronym, Self.postNominals.contains(tokens[start].lower) { return end }
            // "Prosecutors said", "Police said": a common noun for people, no name.
            if tokens[start].classes.contains(.personNoun) && !tokens[start].classes.contains(.title) { return end }
            if Self.isPluralAcronym(w) { return end }  // "told MPs": people, no party
            if Self.isGroupName(words) || followsGroupDescription(start, tokens) {
                doc.addMention(tokens: start..<end, entity: doc.registry.resolve(w, kind: .group), role: .name)
            } else if Tokenizer.isWebAddress(w) {
                doc.addMention(tokens: start..<end, entity: doc.registry.resolve(w, kind: .organisation), role: .name)
            } else if isTranscriptLabel(start, doc) {
                // "PENCE: Well, look, …": a speaker label in a transcript.
                let name = String(w.prefix(1)) + w.dropFirst().lowercased()
                let p = doc.registry.resolve(name, kind: .person)
                doc.registry.confirm(p)
                doc.addMention(tokens: start..<end, entity: p, role: .name)
            } else if tokens[start].isAcronym && !tokens[start].classes.contains(.functionWord)
                        && !Self.isCodeName(w) {
                let org = doc.registry.resolve(w, kind: .organisation)
                doc.addMention(tokens: start..<end, entity: org, role: .name)
                affiliateWithPrevious(org, at: start, &doc)
            } else if let p = doc.registry.lookup(w, kind: .person) {
                doc.addMention(tokens: start..<end, entity: p, role: .name)
            } else if tokens[start].classes.contains(.organisationHead), let owner = capitalisedRun(endingAt: start - 1, doc) {
                // "the Information Commissioner's Office": the owner's body, named with its owner.
                let name = doc.string(owner) + tokens[start - 1].text + " " + w
                doc.addMention(tokens: start..<end, entity: doc.registry.resolve(name, kind: .organisation), role: .name)
            } else if start > 0, tokens[start - 1].classes.contains(.speakingOrganisationNoun) && !tokens[start - 1].isCapitalized
                        || isSpokespersonFor(start, end, tokens) || introducesOrganisation(start, end, doc) {
                // "the company Synnovis", "a spokesperson for Synnovis", "an analyst at
                // Forrester-Lane": an organisation.
                doc.addMention(tokens: start..<end, entity: doc.registry.resolve(w, kind: .organisation), role: .name)
            } else if !atSentenceStart, !tokens[start].classes.contains(.title), let title = precedingTitle(before: start, doc) {
                let p = doc.registry.resolve(w, kind: .person)
                doc.registry.confirm(p)
                doc.registry.setTitle(title, for: p)
                doc.addMention(tokens: start..<end, entity: p, role: .name)
            } else if !atSentenceStart, start > 0, tokens[start - 1].kind == .word, !tokens[start - 1].isCapitalized,
                      tokens[start - 1].classes.contains(.personNoun), !tokens[start - 1].lower.hasSuffix("s"),
                      !tokens[start].classes.contains(.functionWord), !tokens[start].classes.contains(.title), !isFirstName(tokens[start]) {
                // "band member Flea", "economist Krugman": a one-word name after the noun for a
                // person ("daughter Ivanka", a first name alone, would split her from her full name).
                let p = doc.registry.resolve(w, kind: .person)
                doc.registry.confirm(p)
                doc.addMention(tokens: start..<end, entity: p, role: .name)
            } else if start >= 3, tokens[start - 1].text == ",", tokens[start - 2].kind == .word, !tokens[start - 2].isCapitalized,
                      tokens[start - 2].classes.contains(.personNoun), ["his", "her", "their", "my", "our"].contains(tokens[start - 3].lower),
                      end == tokens.count || tokens[end].kind == .punctuation, !tokens[start].classes.contains(.functionWord) {
                // "said his wife, Sheila": the person the description is, known by one name here.
                let p = doc.registry.resolve(w, kind: .person)
                doc.registry.confirm(p)
                doc.addMention(tokens: start..<end, entity: p, role: .name)
            } else if start >= 2, ["of", "from"].contains(tokens[start - 1].lower), let m = doc.mention(endingAt: start - 1),
                      doc.registry.resolved(doc.mentions[m].entity).kind == .person {
                // "Analyst Marisa Coyle of Forrester-Lane said": where the person is from or
                // works, which does not speak; unknown, it names no party.
            } else if isSpeakerPosition(start..<end, doc), !tokens[start].classes.contains(.functionWord),
                      !(start > 0 && tokens[start - 1].lower == "the" && tokens[start].classes.contains(.title) && !tokens[start].classes.contains(.departmentWord)) {
                // ("the Minister added" is a description of a person named before.)
                // "Melanie said", "said Trump": a one-word name that speaks is a person; after
                // "the" ("the Treasury confirmed") an organisation.
                let p = doc.registry.resolve(w, kind: start > 0 && tokens[start - 1].lower == "the" ? .organisation : .person)
                doc.registry.confirm(p)
                doc.addMention(tokens: start..<end, entity: p, role: .name)
            } else if !tokens[start].classes.contains(.functionWord), let head = appositiveBeforeSpeech(after: end, doc) {
                // "Xinhua, the official Chinese news agency, wrote": the appositive's head word
                // tells an organisation from a person.
                let isOrganisation = tokens[head].classes.contains(.organisationHead) || tokens[head].classes.contains(.speakingOrganisationNoun)
                let e = doc.registry.resolve(w, kind: isOrganisation ? .organisation : .person)
                doc.registry.confirm(e)
                doc.addMention(tokens: start..<end, entity: e, role: .name)
            }
            return end
        }
        if Self.isGroupName(words) || words.count <= 3 && followsGroupDescription(start, tokens)
            && !run.contains(where: { isFirstName($0) || $0.classes.contains(.title) }) {
            doc.addMention(tokens: start..<end, entity: doc.registry.resolve(words.joined(separator: " "), kind: .group), role: .name)
            return end
        }
        if introducesOrganisation(start, end, doc) {
            let org = doc.registry.resolve(words.joined(separator: " "), kind: .organisation)
            doc.addMention(tokens: start..<end, entity: org, role: .name)
            return end
        }
        // Person: title words, then the name.
        var titleLength = titlePrefixLength(run)
        // "New York City Public Advocate Trish James": in a run too long for a name, a known
        // first name among the last three words starts the name, and what comes before is all title.
        var titleIsWholeRun = false
        // A headline's run ("Democrat Voters Worried About Hillary Clinton") has function words
        // after its first word ("New York City …" may start with one).
        if words.count - titleLength > 4, !run.dropFirst().contains(where: { $0.classes.contains(.functionWord) }),
           let first = (max(titleLength, words.count - 3)..<(words.count - 1)).first(where: {
               isFirstName(tokens[start + $0]) && !tokens[start + $0].classes.contains(.functionWord) && !tokens[start + $0].classes.contains(.placeWord)
           }) {
            titleLength = first
            titleIsWholeRun = true
        }
        let nameWords = Array(words[titleLength...])
        let nameTokens = tokens[(start + titleLength)..<end]
        // No title, or only a modifier ("Former Arizona governor …"): a place word makes no person.
        let titleIsOnlyModifiers = run.prefix(titleLength).allSatisfy { $0.classes.contains(.departmentWord) }
        // After "Mr." or "Ms." a title word is a surname ("Mr. King").
        let afterHonorific = titleLength > 0 && tokens[start + titleLength - 1].classes.contains(.honorific)
        let nameIsPlausible = !nameWords.isEmpty && nameWords.count <= 4
            && (afterHonorific || !nameTokens.allSatisfy({ $0.classes.contains(.title) }))
            && nameTokens.allSatisfy { t in (t.text.asciiContains(UInt8(ascii: ".")) ?? t.text.contains(".") || t.classes.contains(.nameSuffix) || !t.isAcronym)
                && !t.classes.contains(.organisationHead) }
            && !nameTokens.contains { $0.classes.contains(.eventWord) || titleIsOnlyModifiers && $0.classes.contains(.placeWord) }
            // "Democrat of Indiana": after "of" a place is where the person is from.
            && !(titleLength > 0 && tokens[start + titleLength - 1].lower == "of" && nameTokens.allSatisfy { $0.classes.contains(.placeWord) })
        // Without a title, a run is a person when the text treats it as one: a known first
        // name, a speech verb or an appositive next to it, or a person already named so.
        let knownFirstName = nameWords.count >= 2 && isFirstName(tokens[start + titleLength])
        // "economist Aparna Mathur", "Aparna Mathur, who studies …" also mark a person.
        let describedAsPerson = start > 0 && !tokens[start - 1].isCapitalized && tokens[start - 1].classes.contains(.personNoun)
            && !tokens[start - 1].lower.hasSuffix("s")  // "behind leaders Castlegate Rovers": a plural describes no one person
            || end + 1 < tokens.count && tokens[end].text == "," && tokens[end + 1].lower == "who"
        let treatedAsPerson = titleLength > 0 && !titleIsOnlyModifiers || knownFirstName || describedAsPerson || isSpeakerPosition(start..<end, doc)
            // "Rep. Lee Zeldin of New York, a Trump supporter,": after a preposition the appositive
            // describes the person before.
            || end < tokens.count && tokens[end].text == "," && precedingTitle(before: end + 2, doc) == nil && appositiveFollows(end, doc)
                && !(start > 0 && Self.placePrepositions.contains(tokens[start - 1].lower))
            // "The ambassador, Ruslan Kovrin,": a title framed by commas before the name.
            || titleLength == 0 && commaFramedTitle(before: start, nameEnd: end, doc) != nil
            || isConfirmedPerson(nameWords.joined(separator: " "), doc)
            || nameWords.count >= 2 && isConfirmedPerson(nameWords[nameWords.count - 1], doc)
        guard nameIsPlausible, nameWords.count >= 2 || titleLength > 0 || doc.registry.lookup(nameWords[0], kind: .person) != nil else {
            return end
        }
        // "Minister for Housing and Urban Development Smt. …": one word after "for" or "of" is
        // the office's portfolio, not its holder.
        if nameWords.count == 1, titleLength > 0, tokens[start + titleLength - 1].classes.contains(.phraseConnector) { return end }
        // "his rally in San Jose": after "in" or "at", a run nothing marks as a person is a place.
        if titleLength == 0, !treatedAsPerson, start > 0, Self.locativePrepositions.contains(tokens[start - 1].lower) { return end }
        // "Sir Alex" after "Sir Alex Ferguson": a knight or dame is called by the first name.
        let knighted = nameWords.count == 1 && titleLength > 0 && ["sir", "dame"].contains(tokens[start + titleLength - 1].lower)
            ? doc.registry.person(withFirstName: nameWords[0]) : nil
        let person = knighted ?? (afterHonorific && nameWords.count == 1
            ? honoredPerson(surname: nameWords[0], honorific: words[titleLength - 1], &doc)
            : doc.registry.resolve(nameWords.joined(separator: " "), kind: .person))
        // A capitalised run nothing marks as a person ("Professional Responsibility") stays
        // tentative: an antecedent for pronouns, but no party of the graph on its own.
        if treatedAsPerson || nameWords.count == 1 { doc.registry.confirm(person) }
        // "FBI Director …": a leading acronym or organisation before the title words is what
        // the person speaks for, not part of the title.
        // After a possessive ("Iran's Oil Minister") the words before the title are its portfolio.
        let portfolio = start > 0 && tokens[start - 1].kind == .possessive && !tokens[start].isAcronym
        var titleStart = 0
        while !titleIsWholeRun, !portfolio, titleStart < titleLength, !tokens[start + titleStart].classes.contains(.title),
              !tokens[start + titleStart].classes.contains(.personNoun) { titleStart += 1 }
        if titleStart > 0 {
            let org = doc.registry.resolve(words[..<titleStart].joined(separator: " "), kind: .organisation)
            doc.addMention(tokens: start..<(start + titleStart), entity: org, role: .name)
        }
        doc.addMention(tokens: (start + titleLength)..<end, entity: person, role: .name)
        var title = titleLength > titleStart ? words[titleStart..<titleLength].joined(separator: " ") : nil
        var titleTokens = titleLength - titleStart
        if titleLength == 0, let lower = precedingTitle(before: start, doc) {
            title = lower
            titleTokens = lower.split(separator: " ").count
        } else if titleLength == 0, let framed = commaFramedTitle(before: start, nameEnd: end, doc) {
            title = doc.string(framed)
            // "Norway's minister of digitalisation, Karianne Aasen,": the possessor is what she speaks for.
            if let m = doc.mention(startingAt: framed.lowerBound), doc.mentions[m].tokens.upperBound < framed.upperBound,
               doc.tokens[doc.mentions[m].tokens.upperBound].kind == .possessive {
                doc.registry.setAffiliation(doc.mentions[m].entity, for: person)
            }
        }
        if let title { doc.registry.setTitle(title, for: person) }
        let beforeTitle = start + titleStart - (titleLength == 0 ? titleTokens : 0)
        affiliateWithPrevious(person, at: beforeTitle, &doc)
        affiliateWithDescribedParty(person, before: beforeTitle, &doc)
        appositive(after: end, for: person, &doc)
        return end
    }

    /// A paragraph of capitals and nothing else ("SUMMARY", "(END)", "-- ENDS --", "KEY
    /// FINDINGS"): a heading of the layout, no party. A short acronym alone ("NATO") is kept.
    private func isHeading(_ run: Range<Int>, _ tokens: [Token]) -> Bool {
        let paragraph = tokens[run.lowerBound].paragraph
        guard tokens[run].allSatisfy(\.isAcronym) else { return false }
        var marks = 0
        var k = run.lowerBound
        while k > 0, tokens[k - 1].paragraph == paragraph { guard tokens[k - 1].kind == .punctuation else { return false }; marks += 1; k -= 1 }
        k = run.upperBound
        while k < tokens.count, tokens[k].paragraph == paragraph { guard tokens[k].kind == .punctuation else { return false }; marks += 1; k += 1 }
        return marks > 0 || tokens[run].reduce(0, { $0 + $1.span.end - $1.span.start }) > 5
    }

    /// Whether "of/for/on" after these words continues the name: right after an
    /// organisation's head word, a title or an acronym ("Secretary of State"), or in a phrase
    /// that one already joined ("Ministry of Foreign Affairs of Freedonia"); not after a
    /// person's name ("Rep. Dana Wilde of Florida").
    private func joinsPhrase(_ run: ArraySlice<Token>) -> Bool {
        guard let last = run.last else { return false }
        return last.classes.contains(.organisationHead) || last.classes.contains(.title) || last.isAcronym
            || run.contains { $0.classes.contains(.phraseConnector) }
    }

    /// An all-capitals word opening a paragraph or quotation and followed by a colon.
    private func isTranscriptLabel(_ i: Int, _ doc: DocumentAnalysis) -> Bool {
        let tokens = doc.tokens
        guard tokens[i].isAcronym, tokens[i].text.count > 2, i + 1 < tokens.count, tokens[i + 1].text == ":" else { return false }
        return i == 0 || tokens[i - 1].paragraph != tokens[i].paragraph || tokens[i - 1].kind == .quoteMark
    }

    /// ", head of …," or ", a spokesman for …": an appositive describing a person follows.
    private func appositiveFollows(_ end: Int, _ doc: DocumentAnalysis) -> Bool {
        let tokens = doc.tokens
        guard end + 1 < tokens.count, !Self.clauseStarts.contains(tokens[end + 1].lower) else { return false }
        var k = end + 1
        while k < tokens.count, k - end <= 6, tokens[k].kind == .word, tokens[k].paragraph == tokens[end].paragraph {
            if tokens[k].classes.contains(.title) || tokens[k].classes.contains(.personNoun) { return true }
            k += 1
        }
        return false
    }

    /// The last word of an appositive that follows a name and is followed by a speech verb
    /// (`X, the official news agency, wrote`), if there is one.
    private func appositiveBeforeSpeech(after end: Int, _ doc: DocumentAnalysis) -> Int? {
        let tokens = doc.tokens
        // It opens like a noun phrase: a determiner or a title ("the …", "a …", "spokesman for …").
        guard end + 1 < tokens.count, tokens[end].text == ",", !tokens[end + 1].isCapitalized,
              ["the", "a", "an", "his", "her", "its", "their"].contains(tokens[end + 1].lower)
                || tokens[end + 1].classes.contains(.title) || tokens[end + 1].classes.contains(.personNoun) else { return nil }
        var k = end + 1
        while k < tokens.count, k - end <= 12, tokens[k].kind == .word || tokens[k].kind == .possessive, tokens[k].paragraph == tokens[end].paragraph { k += 1 }
        guard k > end + 1, k + 1 < tokens.count, tokens[k].text == ",", tokens[k + 1].kind == .word,
              tokens[k + 1].classes.contains(.speechVerb), !tokens[k + 1].isCapitalized else { return nil }
        return k - 1
    }

    /// Right before a speech verb (an "-ly" adverb may come between: "Trump jokingly said"),
    /// or right after one and before punctuation.
    private func isSpeakerPosition(_ range: Range<Int>, _ doc: DocumentAnalysis) -> Bool {
        let tokens = doc.tokens
        var next = range.upperBound
        if next + 1 < tokens.count, tokens[next].kind == .word, !tokens[next].isCapitalized, tokens[next].lower.hasSuffix("ly") { next += 1 }
        // "Bryne went on to say".
        if next + 3 < tokens.count, tokens[next].lower == "went", tokens[next + 1].lower == "on", tokens[next + 2].lower == "to" { next += 3 }
        // The words after and before are read in place (`tokens[next]`): a copy of a token
        // retains its strings.
        let hasAfter = next < tokens.count
        // "Growers in the Mekong Delta say", "Telephone call centres": a name's verb agrees with
        // one person ("went on to say" is any person's).
        if hasAfter, tokens[next].kind == .word, tokens[next].classes.contains(.speechVerb),
           Self.agreesWithOnePerson(tokens[next].lower) || tokens[next - 1].lower == "to",
           tokens[next].paragraph == tokens[range.lowerBound].paragraph { return true }
        // "As Vulture put it,": the one who put it so.
        if hasAfter, tokens[next].lower == "put" || tokens[next].lower == "puts", next + 1 < tokens.count, tokens[next + 1].lower == "it" { return true }
        guard range.lowerBound > 0, tokens[range.lowerBound - 1].kind == .word, tokens[range.lowerBound - 1].classes.contains(.invertingVerb) else { return false }
        // "says Riverside manager Lorenzo Bianchi": the name modifies the job of the speaker after it.
        // ("said England sevens coach Mike Friday": a word or two may stand before the job.)
        var job = next
        while job < min(next + 2, tokens.count - 1), tokens[job].kind == .word, !tokens[job].isCapitalized,
              !(tokens[job].classes.contains(.title) || tokens[job].classes.contains(.personNoun)), !tokens[job].classes.contains(.functionWord) { job += 1 }
        if job < tokens.count, tokens[job].kind == .word, !tokens[job].isCapitalized, tokens[job].classes.contains(.title) || tokens[job].classes.contains(.personNoun),
           job + 1 < tokens.count, tokens[job + 1].isCapitalized { return false }
        // "said Florida’s Rick Wilson": a possessive names somebody else's speaker.
        if hasAfter && tokens[next].kind == .possessive { return false }
        if !hasAfter || tokens[next].kind != .word { return true }
        // `"…," said Sanders as he left`: right after the quotation's closing punctuation, the
        // verb's subject follows whatever comes after it.
        let verb = range.lowerBound - 1
        return verb > 0 && (tokens[verb - 1].kind == .quoteMark || tokens[verb - 1].text == ",")
    }

    /// The capitalised words before a possessive that ends at `possessive` ("Information
    /// Commissioner" in "the Information Commissioner's Office"), when they name no person
    /// the text confirms.
    private func capitalisedRun(endingAt possessive: Int, _ doc: DocumentAnalysis) -> Range<Int>? {
        guard possessive > 0, doc.tokens[possessive].kind == .possessive,
              doc.mention(endingAt: possessive).map({ m in
                  let owner = doc.registry.resolved(doc.mentions[m].entity)
                  return owner.kind != .person || owner.isTentative
              }) ?? true
        else { return nil }
        var k = possessive
        while k > 0, possessive - k < 4, doc.tokens[k - 1].kind == .word, doc.tokens[k - 1].isCapitalized, !doc.tokens[k - 1].classes.contains(.functionWord),
              doc.tokens[k - 1].paragraph == doc.tokens[possessive].paragraph { k -= 1 }
        return k < possessive && doc.sentenceOf[k] == doc.sentenceOf[possessive] ? k..<possessive : nil
    }

    /// A verb form one person can be the subject of: "says", "added", "told", not "say" or "call".
    static func agreesWithOnePerson(_ verb: String) -> Bool {
        verb.hasSuffix("s") || verb.hasSuffix("ed") || ["said", "told", "wrote", "spoke"].contains(verb)
    }

    /// Letters after a person's name: parliament seats, senior counsel, honours, degrees.
    static let postNominals: Set<String> = ["mp", "mps", "mep", "msp", "mla", "qc", "kc", "sc", "obe", "cbe", "mbe", "kbe", "dbe", "phd", "md"]

    /// Words that start a clause after a name's comma, not an appositive describing it ("Mr.
    /// Trump, whose …", "Mr. Clinton, but Republicans …", "Ben Carson, have followed …").
    static let clauseStarts: Set<String> = ["who", "whose", "which", "that", "where", "when", "while", "but", "and", "or",
                                            "so", "yet", "have", "has", "had", "is", "are", "was", "were", "will", "would",
                                            "can", "could", "should", "may", "might", "must", "do", "does", "did", "also",
                                            "then", "however", "although", "though", "because", "if", "as", "not"]

    /// Words after which a capitalised run is a place or an organisation a person is of.
    static let placePrepositions: Set<String> = ["of", "from", "in", "at"]
    /// Words after which a capitalised run is where something happens: a place, unless
    /// something marks it as a person.
    static let locativePrepositions: Set<String> = ["in", "at", "near"]

    /// Speech verbs that put the speaker after them (`"…," said Trump`); "calls X …" does not.
    static let invertingVerbs: Set<String> = ["said", "says", "added", "adds", "asked", "asks", "wrote", "writes", "continued",
                                              "explained", "replied", "recalled", "noted", "tweeted", "concluded", "declared",
                                              "insisted", "argued", "warned", "countered", "told", "responded", "remarked",
                                              "yelled", "shouted", "demanded", "cried", "chanted", "exclaimed", "answered", "repeated"]


    /// "MPs", "CEOs": capitals and a plural "s", a common noun.
    static func isPluralAcronym(_ w: String) -> Bool {
        // Most words do not end in "s": their last byte settles them without counting scalars.
        guard w.utf8.last == UInt8(ascii: "s") else { return false }
        let scalars = w.unicodeScalars
        return scalars.count >= 3 && scalars.last == "s" && scalars.dropLast().allSatisfy { ("A"..."Z").contains($0) }
    }

    /// A disease, model or visa code with digits after a hyphen ("COVID-19", "F-35",
    /// "H-1B"), which names no party; call signs ("NY1", "FOX13") do.
    static func isCodeName(_ word: String) -> Bool {
        var afterHyphen = false
        for scalar in word.unicodeScalars {
            if afterHyphen && scalar.isDigit { return true }
            afterHyphen = scalar == "-"
        }
        return false
    }

    /// Words that make a group noun a threat group's ("ransomware gang", "hacking group").
    static let threatModifiers: Set<String> = ["ransomware", "hacking", "hacker", "hackers", "cybercrime", "cybercriminal",
                                               "criminal", "threat", "espionage", "cyberespionage", "cyber", "extortion",
                                               "state-sponsored", "state-backed", "apt"]

    /// A name right after a threat group's description: "the ransomware group LockBit", "the
    /// gang behind the attack, Qilin,". The description's group noun is a gang, crew or
    /// hackers, or follows a threat word ("the advocacy group MoveOn" is no threat group).
    private func followsGroupDescription(_ start: Int, _ tokens: [Token]) -> Bool {
        func describesGroup(_ k: Int) -> Bool {
            let t = tokens[k]
            guard t.kind == .word, !t.isCapitalized, t.classes.contains(.groupNoun) else { return false }
            return ["gang", "crew", "hackers"].contains(t.lower) || k > 0 && Self.threatModifiers.contains(tokens[k - 1].lower)
        }
        guard start > 0 else { return false }
        if tokens[start - 1].text != "," { return describesGroup(start - 1) }
        // A comma-framed description that opens with "the" and holds the group noun.
        var k = start - 2
        while k > 0, start - k <= 8, tokens[k].kind == .word, !tokens[k].isCapitalized {
            if describesGroup(k) { return ["the", "a"].contains(tokens[k - 1].lower) || Self.threatModifiers.contains(tokens[k - 1].lower) }
            k -= 1
        }
        return false
    }

    static func isGroupName(_ words: [String]) -> Bool {
        if words.count == 1 {
            let w = words[0]
            // Most words start with none of the prefixes' letters: their first byte settles them.
            guard let first = w.utf8.first,
                  first == UInt8(ascii: "A") || first == UInt8(ascii: "F") || first == UInt8(ascii: "U") || first == UInt8(ascii: "T") else { return false }
            return (w.hasPrefix("APT") || w.hasPrefix("FIN") || w.hasPrefix("UNC") || w.hasPrefix("TA"))
                && w.dropFirst(w.hasPrefix("TA") ? 2 : 3).allSatisfy(\.isNumber) && w.count > 3
        }
        return words.count == 2 && groupSuffixes.contains(words[1].lowercased())
    }

    /// How many leading words belong to the title: up to the last title word or connector
    /// ("Assistant Attorney General for National Security"), always leaving one name word. A
    /// leading person noun before a full name is a title too ("Pollster Gil Baran").
    private func titlePrefixLength(_ run: ArraySlice<Token>) -> Int {
        var n = run.count >= 3 && run[run.startIndex].classes.contains(.personNoun) ? 1 : 0
        for k in run.indices.dropLast() {
            let t = run[k]
            if t.classes.contains(.title) && !(k > run.startIndex && run[k - 1].classes.contains(.honorific))
                || t.classes.contains(.phraseConnector) || t.lower == "in" && k > run.startIndex && run[k - 1].classes.contains(.title) {
                n = k + 1 - run.startIndex
            }
        }
        return n
    }

    /// "Mrs. Clinton" in a text that also names Bill Clinton: the one person of that surname
    /// whose sex the honorific fits, or a person of their own ("Mrs. Trump") when everybody
    /// of that surname is of the other sex.
    private func honoredPerson(surname: String, honorific: String, _ doc: inout DocumentAnalysis) -> Int {
        guard let sex = EntityRegistry.Entry.honorificSex(honorific) else { return doc.registry.resolve(surname, kind: .person) }
        let people = doc.registry.people(withSurname: surname)
        let firstNames = lexicon.firstNameSex  // (a closure reading `lexicon` would copy the whole scanner)
        let sexes = people.map { doc.registry[$0].sex(firstNames: firstNames) }
        let fitting = zip(people, sexes).filter { $0.1 == sex }.map(\.0)
        if fitting.count == 1, let only = fitting.first { return only }
        if !people.isEmpty, sexes.allSatisfy({ $0 != nil && $0 != sex }) {
            return doc.registry.resolve("\(honorific) \(surname)", kind: .person)
        }
        return doc.registry.resolve(surname, kind: .person)
    }

    /// Whether a name belongs to a person the text has confirmed as one.
    private func isConfirmedPerson(_ name: String, _ doc: DocumentAnalysis) -> Bool {
        guard let p = doc.registry.lookup(name, kind: .person) else { return false }
        return !doc.registry[p].isTentative
    }

    /// Words of titles that name a department, not a role: alone before a name they make no
    /// title ("Battleground state Florida").
    static let departmentWords: Set<String> = ["state", "home", "interior", "justice", "treasury", "health", "finance", "foreign",
                                               "defence", "defense", "national", "security", "press", "campaign", "special", "charge",
                                               "former", "senior", "junior", "top", "acting", "interim", "retired"]

    /// Lower-case title words right before a name ("Kremlin spokesman Dmitry Peskov"); the
    /// word next to the name must be a role, not a department.
    private func precedingTitle(before start: Int, _ doc: DocumentAnalysis) -> String? {
        // `start` may lie past the last token ("… Name Name," ending the text).
        guard start > 0, start <= doc.tokens.count, !doc.tokens[start - 1].classes.contains(.departmentWord) else { return nil }
        var k = start
        while k > 0, doc.tokens[k - 1].kind == .word, doc.tokens[k - 1].classes.contains(.title),
              !doc.tokens[k - 1].isCapitalized || doc.tokens[k - 1].lower.hasSuffix(".") {
            k -= 1
        }
        return k < start ? doc.tokens[k..<start].map(\.text).joined(separator: " ") : nil
    }

    /// "Greyline’s chief analyst, Martin Osei, said", "The chancellor, Rachel Hollis,": the
    /// words before a name set off by commas, when they end in a title; a leading article is
    /// left out.
    private func commaFramedTitle(before start: Int, nameEnd: Int, _ doc: DocumentAnalysis) -> Range<Int>? {
        let tokens = doc.tokens
        guard start >= 2, nameEnd < tokens.count, tokens[nameEnd].text == ",", tokens[start - 1].text == ",",
              tokens[start - 2].kind == .word else { return nil }
        var title = start - 2
        if !tokens[title].classes.contains(.title) {
            // "Norway's minister of digitalisation, Karianne Aasen,": a title with its portfolio.
            guard let of = stride(from: start - 3, through: max(1, start - 6), by: -1).first(where: {
                ["of", "for"].contains(tokens[$0].lower) && tokens[$0 - 1].classes.contains(.title) && tokens[$0 - 1].kind == .word
            }), tokens[(of + 1)..<(start - 1)].allSatisfy({ $0.kind == .word && $0.quote == nil }) else { return nil }
            title = of - 1
        }
        let sentenceStart = doc.sentences[doc.sentenceOf[title]].lowerBound
        var k = title
        while k > sentenceStart, start - 1 - k < 8, tokens[k - 1].kind == .word || tokens[k - 1].kind == .possessive,
              tokens[k - 1].quote == nil { k -= 1 }
        // Only a phrase that opens its clause: "…, said the chancellor, Rachel Hollis" is no title.
        guard k == sentenceStart || tokens[k - 1].kind == .punctuation || tokens[k - 1].kind == .quoteMark else { return nil }
        while k < title, ["the", "a", "an"].contains(tokens[k].lower) { k += 1 }
        // "…, he summoned his senior adviser, Brian Deese," is a clause, not a title, and a
        // capitalised title word ends a name ("Kevin Bishop, Kim Wellman,") unless it stands alone.
        guard !tokens[k...title].contains(where: { $0.classes.contains(.functionWord) }),
              !tokens[title].isCapitalized || k == start - 2 || tokens[k..<(start - 1)].contains(where: { $0.kind == .possessive })
        else { return nil }
        return k..<(start - 1)
    }

    /// The country named right before token `start`, as a possessor or a demonym.
    private func countryBefore(_ start: Int, _ doc: DocumentAnalysis) -> Int? {
        var k = start
        if k > 0, doc.tokens[k - 1].kind == .possessive { k -= 1 }
        guard k > 0, let m = doc.mention(endingAt: k), case let e = doc.registry.root(doc.mentions[m].entity),
              doc.registry[e].kind == .country else { return nil }
        return e
    }

    /// The party named right before a mention ("Kremlin spokesman …", "British Foreign
    /// Secretary …", "US National Security Agency") is what it speaks for.
    private func affiliateWithPrevious(_ entity: Int, at start: Int, _ doc: inout DocumentAnalysis) {
        var k = start
        while k > 0, doc.tokens[k - 1].kind == .word, doc.tokens[k - 1].classes.contains(.title) { k -= 1 }
        if k > 0, doc.tokens[k - 1].kind == .possessive { k -= 1 }  // "Canada’s Communications Security Establishment"
        // Only within the sentence: a heading before it ("SUMMARY") names nobody's employer.
        guard k > 0, k < doc.tokens.count, doc.sentenceOf[k - 1] == doc.sentenceOf[k], let m = doc.mention(endingAt: k),
              doc.mentions[m].entity != entity else { return }
        doc.registry.setAffiliation(doc.mentions[m].entity, for: entity)
    }

    /// "ministry spokeswoman Elena Markovic" → the ministry named earlier; "A lawyer for the
    /// defendants, Karl Weiss," → the defendants.
    private func affiliateWithDescribedParty(_ person: Int, before start: Int, _ doc: inout DocumentAnalysis) {
        guard start > 0, doc.registry[person].affiliation == nil else { return }
        let previous = doc.tokens[start - 1]
        if previous.kind == .word, !previous.isCapitalized, previous.classes.contains(.speakingOrganisationNoun) {
            let registry = doc.registry
            if let org = doc.mentions(before: start).first(where: { m in
                m.tokens.upperBound < start && registry.resolved(m.entity).kind == .organisation
                    && registry.resolved(m.entity).names.contains { $0.lowercased().contains(previous.lower) }
            }) {
                doc.registry.setAffiliation(org.entity, for: person)
            } else if let owner = doc.mentions(before: start).first(where: { m in
                // "China's embassy … embassy spokesman Liu Wenjie", "the Chinese embassy": the
                // party whose body the noun named.
                let k = m.tokens.upperBound
                return k + 1 < start - 1 && (doc.tokens[k].lower == previous.lower
                    || doc.tokens[k].kind == .possessive && doc.tokens[k + 1].lower == previous.lower)
            }) {
                doc.registry.setAffiliation(owner.entity, for: person)
            }
            return
        }
        guard previous.text == "," else { return }
        let sentence = doc.sentences[doc.sentenceOf[start - 1]]
        let prefix = sentence.lowerBound..<(start - 1)
        guard let noun = prefix.first(where: { doc.tokens[$0].classes.contains(.personNoun) }),
              noun + 1 < prefix.upperBound, ["for", "of", "with", "at", "to"].contains(doc.tokens[noun + 1].lower),
              let party = doc.mentions(in: (noun + 1)..<prefix.upperBound).last else { return }
        doc.registry.setAffiliation(party.entity, for: person)
    }

    /// The organisation (else the country) named in a person's appositive is what the
    /// person speaks for: "Anne Neuberger, cybersecurity director for the US National
    /// Security Agency" → the NSA.
    private func resolveAppositives(_ doc: inout DocumentAnalysis) {
        for (range, person) in doc.pendingAppositives {
            let registry = doc.registry
            // "one of the MPs targeted by APT31": the agent of a passive is nobody's employer.
            let parties = doc.mentions(in: range).filter { $0.tokens.lowerBound == 0 || doc.tokens[$0.tokens.lowerBound - 1].lower != "by" }
                .map { registry.root($0.entity) }
            for kind in [EntityKind.organisation, .group, .country] {
                if let party = parties.first(where: { registry[$0].kind == kind }) {
                    doc.registry.setAffiliation(party, for: person)
                    break
                }
            }
        }
    }

    /// "Thomas Reyes of the FBI's Cincinnati field office", "Marisa Coyle of Forrester Research":
    /// the organisation or country named right after a person's name and "of" is what the
    /// person speaks for, unless something else already says so.
    private func affiliateByOf(_ doc: inout DocumentAnalysis) {
        let registry = doc.registry
        for m in doc.mentions where registry.resolved(m.entity).kind == .person {
            var k = m.tokens.upperBound
            guard k + 1 < doc.tokens.count, doc.tokens[k].lower == "of" else { continue }
            k += doc.tokens[k + 1].lower == "the" ? 2 : 1
            // ("of the American Enterprise Institute": a demonym opens a longer name.)
            guard let next = doc.mention(startingAt: k), doc.mentions[next].role == .name else { continue }
            let party = registry.root(doc.mentions[next].entity)
            guard [.organisation, .country].contains(registry[party].kind) else { continue }
            doc.registry.setAffiliation(party, for: m.entity)
        }
    }

    /// ", head of the CSE’s Cyber Center," after a person: the title and the affiliation.
    private func appositive(after end: Int, for person: Int, _ doc: inout DocumentAnalysis) {
        let tokens = doc.tokens
        // "Martin Cole, Greyline’s chief analyst,": a capitalised word opens it only as a title
        // or a possessor.
        guard end + 1 < tokens.count, tokens[end].text == ",", tokens[end + 1].kind == .word,
              !tokens[end + 1].isCapitalized || tokens[end + 1].classes.contains(.title)
                || end + 2 < tokens.count && tokens[end + 2].kind == .possessive,
              !tokens[end + 1].classes.contains(.speechVerb), tokens[end + 1].paragraph == tokens[end].paragraph else { return }
        // "Derek Mitchell, who served as U.S. ambassador to Burma,": a relative clause tells
        // whom the person works for, but is no title (the title ends at "who", below); other
        // clauses tell neither.
        guard tokens[end + 1].lower == "who" || !Self.clauseStarts.contains(tokens[end + 1].lower) else { return }
        var stop = end + 1
        while stop < tokens.count, tokens[stop].paragraph == tokens[end].paragraph,
              tokens[stop].kind == .word || tokens[stop].kind == .possessive || tokens[stop].kind == .number { stop += 1 }
        let words = tokens[(end + 1)..<stop]
        guard words.contains(where: { $0.classes.contains(.title) || $0.classes.contains(.personNoun) }),
              words.count <= 14 else { return }
        // "President Biden, Vice President Harris and former President Trump": capitalised
        // titles before a name start the next person of a list, not an appositive; a name
        // that owns the title ("Mr. Netanyahu's former adviser") or an organisation ("State
        // Department regional director") does not.
        let leadingTitles = words.prefix { $0.isCapitalized && $0.classes.contains(.title) }.count
        if leadingTitles > 0 {
            var k = end + 1 + leadingTitles
            while k < stop, tokens[k].kind == .word, tokens[k].isCapitalized, !tokens[k].classes.contains(.title),
                  !tokens[k].classes.contains(.organisationHead) { k += 1 }
            let namesSomebody = k > end + 1 + leadingTitles && (k == stop || tokens[k].kind != .possessive && !tokens[k].classes.contains(.organisationHead))
            if namesSomebody { return }
        }
        // Title: the appositive without a trailing "for/at/with the <organisation>".
        // A relative clause inside ends it: "a Republican who is not related to the judge".
        var titleEnd = words.firstIndex { ["who", "whose", "which", "that"].contains($0.lower) } ?? stop
        if let p = words[..<titleEnd].lastIndex(where: { ["for", "at", "with", "in"].contains($0.lower) }),
           tokens[(p + 1)..<titleEnd].contains(where: { $0.isCapitalized }) { titleEnd = p }
        let joined = tokens[(end + 1)..<titleEnd].map(\.text).joined(separator: " ")
        // An ASCII title without an apostrophe has no " ’s" or " 's" to close up: spare it Foundation's search.
        let title = joined.asciiContains(UInt8(ascii: "'")) == false ? joined
            : joined.replacingOccurrences(of: " ’s", with: "’s").replacingOccurrences(of: " 's", with: "'s")
        if !title.isEmpty { doc.registry.setTitle(title, for: person) }
        doc.pendingAppositives.append((range: (end + 1)..<stop, person: person))
    }

    // MARK: References and declared aliases

    /// "the hackers", "the unit", "a Russian hacker group": the document's threat group.
    private func groupReference(at i: Int, _ doc: inout DocumentAnalysis) -> Int? {
        let tokens = doc.tokens
        let prev = i > 0 ? tokens[i - 1].lower : "" 
        // "Russian actors" point at the country, not at a group: only "the hackers", "the
        // unit", "hacker group" or a sentence-opening "Hackers" refer back.
        let determined = ["the", "this", "that", "hacker", "hacking"].contains(prev) || doc.sentences[doc.sentenceOf[i]].lowerBound == i
        guard determined else { return nil }
        doc.pendingGroupReferences.append(i)
        return i + 1
    }

    /// "a unit known variously as APT29, ‘‘the Dukes’’ or ‘‘Cozy Bear’’" and "National
    /// Security Agency (NSA)": names the text declares to be one party.
    private func declaredAliases(_ doc: inout DocumentAnalysis) {
        let tokens = doc.tokens
        // Parenthesised acronyms; a party tag ("(D-N.Y.)") is none.
        for mention in doc.mentions where mention.role == .name {
            let e = mention.tokens.upperBound
            guard e + 2 < tokens.count, tokens[e].text == "(", tokens[e + 2].text == ")", tokens[e + 1].isAcronym,
                  !tokens[e + 1].text.contains("-") else { continue }
            if let other = doc.mention(startingAt: e + 1), doc.mentions[other].entity != mention.entity {
                doc.registry.merge(doc.mentions[other].entity, into: mention.entity, reason: "acronym given in parentheses after the name")
            } else {
                doc.registry.add(alias: tokens[e + 1].text, to: mention.entity, reason: "acronym given in parentheses after the name")
            }
        }
        // "known (variously) as A, B or C".
        var i = 0
        while i < tokens.count {
            guard tokens[i].classes.contains(.aliasCueStart), let cue = Self.aliasCues.first(where: { Self.words($0, standAt: i, tokens) })
            else { i += 1; continue }
            let subjectNoun: WordClasses = i > 0 ? tokens[i - 1].classes : []
            // "Crimson Pika, also known as TraderTraitor and Jade Sleet", "Kimsuky, which is also
            // tracked as APT43": a name before the comma.
            let comma = i >= 3 && ["is", "are"].contains(tokens[i - 1].lower) && tokens[i - 2].lower == "which" ? i - 3 : i - 1
            let namedBefore = comma >= 1 && tokens[comma].text == "," && Self.appositiveAliasCues.contains(cue)
                && (tokens[comma - 1].kind == .word && (tokens[comma - 1].isCapitalized || tokens[comma - 1].isAcronym) || tokens[comma - 1].kind == .number)
            // "The group is also known as LynxLocker": the group named before.
            let groupIsKnownAs = i >= 3 && ["is", "was"].contains(tokens[i - 1].lower) && tokens[i - 2].classes.contains(.groupNoun)
                && tokens[i - 3].lower == "the" && Self.appositiveAliasCues.contains(cue)
            guard subjectNoun.contains(.groupNoun) || subjectNoun.contains(.organisationHead) || namedBefore || groupIsKnownAs else { i += 1; continue }
            var names: [(String, Range<Int>)] = []
            var k = i + cue.count
            while k < tokens.count, tokens[k].paragraph == tokens[i].paragraph {
                let t = tokens[k]
                if t.kind == .quoteMark || t.text == "," || t.lower == "or" || t.lower == "and" { k += 1; continue }
                guard t.kind == .word, t.isCapitalized || t.isAcronym || t.lower == "the" else { break }
                let s = k
                // A number goes on a name ("Unit 29155").
                while k < tokens.count, tokens[k].kind == .word && (tokens[k].isCapitalized || tokens[k].isAcronym || tokens[k].lower == "the" && k == s)
                        || tokens[k].kind == .number && k > s { k += 1 }
                // "the Foundation called the study …": a lone "the" names nothing.
                if k == s || k == s + 1 && tokens[s].lower == "the" { break }
                names.append((tokens[s..<k].map(\.text).joined(separator: " "), s..<k))
            }
            guard !names.isEmpty else { i += 1; continue }
            let declared = "named in the text as one party (\"\(cue.joined(separator: " "))\")"
            if !(subjectNoun.contains(.groupNoun) || subjectNoun.contains(.organisationHead)) {
                if let named = namedBefore ? namedAlias(before: comma, of: names, &doc)
                    : doc.latest(.group, among: doc.mentions(before: i - 3), before: i - 3, withinSentences: 2) {
                    for (name, range) in names {
                        if let m = doc.mention(startingAt: range.lowerBound) {
                            let e = doc.registry.root(doc.mentions[m].entity)
                            if doc.registry[e].kind == .person, !doc.registry[e].isTentative { continue }
                            if e != named {
                                doc.registry.merge(e, into: named, reason: declared)
                                doc.mentions[m].entity = named
                            }
                        } else {
                            doc.addMention(tokens: range, entity: named, role: .name)
                        }
                        let alias = name.hasPrefix("the ") ? String(name.dropFirst(4)) : name
                        // The declared name elsewhere in the text ("LynxLocker said") is the same party.
                        if let other = doc.registry.lookup(alias).map(doc.registry.root), other != named, doc.registry[other].kind != .country {
                            doc.registry.merge(other, into: named, reason: declared)
                        }
                        doc.registry.add(alias: alias, to: named, reason: declared)
                    }
                }
                i = k
                continue
            }
            let kind: EntityKind = subjectNoun.contains(.groupNoun) ? .group : .organisation
            let first = doc.mention(startingAt: names[0].1.lowerBound).map { doc.mentions[$0].entity }
                ?? doc.registry.resolve(names[0].0, kind: kind)
            doc.registry[first].kind = kind == .group ? .group : doc.registry[first].kind
            doc.registry.confirm(first)  // the text declares it a party
            for (name, range) in names {
                if let m = doc.mention(startingAt: range.lowerBound) ?? doc.mention(startingAt: range.lowerBound + 1) {
                    doc.registry.merge(doc.mentions[m].entity, into: first, reason: declared)
                    doc.mentions[m].entity = first
                } else {
                    doc.addMention(tokens: range, entity: first, role: .name)
                }
                let display = name.hasPrefix("the ") ? String(name.dropFirst(4)) : name
                doc.registry.add(alias: display, to: first, reason: declared)
            }
            // The noun before the cue now refers to that party ("a unit known as APT29").
            doc.addMention(tokens: (i - 1)..<i, entity: first, role: .reference)
            i = k
        }
        resolveGroupReferences(&doc)
    }

    /// Whether the lower-cased tokens from `i` on are `words`. The tokens are read in place:
    /// zipping the words with a slice of tokens would copy every token it compares.
    private static func words(_ words: [String], standAt i: Int, _ tokens: [Token]) -> Bool {
        i + words.count <= tokens.count && words.indices.allSatisfy { words[$0] == tokens[i + $0].lower }
    }

    /// The party named right before the comma at `comma` that the names after an alias cue
    /// stand for: the one already found there, or, when one of those names is a known threat
    /// group or organisation, the capitalised run there as a party of that kind ("Crimson Pika,
    /// also known as … Jade Sleet"). Persons take no aliases this way.
    private func namedAlias(before comma: Int, of names: [(String, Range<Int>)], _ doc: inout DocumentAnalysis) -> Int? {
        let known = names.compactMap { doc.mention(startingAt: $0.1.lowerBound) }.map { doc.registry.root(doc.mentions[$0].entity) }
        let kind = known.map({ doc.registry[$0].kind }).first(where: { $0 == .group || $0 == .organisation })
        if let m = doc.mention(endingAt: comma) {
            // "a unit of the GRU, known as Unit 29155": the name describes the unit, not the GRU.
            var before = doc.mentions[m].tokens.lowerBound - 1
            if before >= 0, doc.tokens[before].lower == "the" { before -= 1 }
            if before >= 0, doc.tokens[before].lower == "of" { return nil }
            let e = doc.registry.root(doc.mentions[m].entity)
            if [.group, .organisation].contains(doc.registry[e].kind) { return e }
            // A run nothing had marked as a person takes the kind of the names it is known by.
            guard let kind, doc.registry[e].kind == .person, doc.registry[e].isTentative else { return nil }
            doc.registry[e].kind = kind
            doc.registry.confirm(e)
            return e
        }
        guard let kind else { return nil }
        var start = comma
        while start > 0, comma - start < 4, doc.tokens[start - 1].kind == .word || doc.tokens[start - 1].kind == .number,
              doc.tokens[start - 1].isCapitalized || doc.tokens[start - 1].isAcronym || doc.tokens[start - 1].kind == .number,
              doc.tokens[start - 1].paragraph == doc.tokens[comma].paragraph { start -= 1 }
        guard start < comma, doc.tokens[start].kind == .word, !doc.tokens[start].classes.contains(.functionWord) else { return nil }
        let e = doc.registry.resolve(doc.string(start..<comma), kind: kind)
        doc.registry.confirm(e)
        doc.addMention(tokens: start..<comma, entity: e, role: .name)
        return e
    }

    /// Each pending "the hackers" refers to the latest group named before it, or else to the
    /// first one named in the next two paragraphs.
    private func resolveGroupReferences(_ doc: inout DocumentAnalysis) {
        let registry = doc.registry
        let groups = doc.mentions.filter { registry.resolved($0.entity).kind == .group }  // sorted, as mentions are
        guard !groups.isEmpty else { return }
        for i in doc.pendingGroupReferences where doc.mention(startingAt: i) == nil {
            var low = 0, high = groups.count  // the first group mention starting after `i`
            while low < high {
                let mid = (low + high) / 2
                if groups[mid].tokens.lowerBound <= i { low = mid + 1 } else { high = mid }
            }
            let before = low > 0 && groups[low - 1].tokens.upperBound <= i ? groups[low - 1] : nil
            let after = low < groups.count && doc.tokens[groups[low].tokens.lowerBound].paragraph - doc.tokens[i].paragraph <= 2 ? groups[low] : nil
            guard let target = before ?? after else { continue }
            doc.addMention(tokens: i..<(i + 1), entity: registry.root(target.entity), role: .reference)
        }
    }
}
