import QuoteGraphModel

/// Finds who accuses whom, who denies, who targets whom, and who belongs to or speaks for
/// whom, sentence by sentence, with the sentence (or quotation) as evidence.
///
/// - `accuses`: a cue of wrongdoing (hack, steal, target, spy, interfere, linked to …) whose
///   agent is a party, in a claim somebody makes: a quotation's speaker, or the subject of
///   a reporting verb in the sentence. The journalist's own statements, negated claims and
///   hedged ones ("could have", "whether") accuse nobody.
/// - `targets`: the agent of a targeting cue → what it targets.
/// - `denies`: a denial cue; the denier is the quotation's speaker or the verb's subject,
///   and it points at each party that earlier accused the denier or a party tied to it.
/// - `member_of`: a group "linked to" or "belonging to" a parent, or affiliated in the
///   threat-group table; `affiliated_with`: a person or organisation → what it speaks for.
struct RelationFinder {
    let lexicon: Lexicon
    let gazetteer: Gazetteer

    static let linkCues: Set<String> = ["linked", "tied", "traced", "attributed", "blamed"]
    static let passiveAuxiliaries: Set<String> = ["was", "were", "been", "being", "be", "is", "are"]
    static let clauseOpeners: Set<String> = ["that", "which", "who", "because", "while", "when", "after", "but", ":", ";", "—"]
    static let stopsVictimPhrase: Set<String> = ["in", "for", "to", "from", "with", "at", "by", "that", "who", "which", "on",
                                                 "since", "as", "during", "and", "so", "but", "or", "because", "while", "when"]

    func relations(_ doc: inout DocumentAnalysis, attributions: [Attribution?]) -> [Found] {
        let ties = Ties(doc.registry)
        var found: [Found] = []
        var lastOfficials: [Int] = []
        var claims: [(party: Int, at: Int)] = []
        var mentioned = Mentioned(doc)
        for range in doc.sentences {
            let claim = claimants(range, doc, lastOfficials: lastOfficials)
            if claim.isOfficials { lastOfficials = claim.parties }
            // "The Pentagon rejected claims …": a denial is no claim a later denial could answer.
            if !claim.parties.isEmpty, !range.contains(where: { doc.tokens[$0].classes.contains(.denialCue) && doc.quotation(of: $0) == nil }) {
                claims += claim.parties.map { ($0, range.lowerBound) }
            }
            found += sentenceRelations(range, claim, &doc, attributions, ties)
        }
        found += memberships(doc)
        var out: [Found] = []
        var accusations: [Found] = []
        // Denials look through the distinct (accuser, accused) pairs and each accuser's latest
        // accusation, not through every accusation, so a text of many repeats stays linear.
        var pairs: [(source: Int, target: Int)] = []
        var seenPairs = Set<SIMD2<Int>>()
        var latestBySource: [Int: Int] = [:]
        // Accusations come before the denials of the same sentence ("dismissed a report that accused …").
        let ordered = found.sorted { a, b in
            let sa = doc.sentenceOf[a.at], sb = doc.sentenceOf[b.at]
            if sa != sb { return sa < sb }
            if (a.kind == .denies) != (b.kind == .denies) { return b.kind == .denies }
            return a.at < b.at
        }
        for f in ordered {
            switch f.kind {
            case .denies where f.target != f.source:
                // The denial names whose claim it rejects; it answers that party's accusations of the denier's side.
                var d = f
                let related = ties.of(f.source)
                d.answers = pairs.filter { $0.source == f.target && related.contains($0.target) }
                out.append(d)
            case .denies:
                // A denial answers each earlier accusation of the denier or a party tied to it;
                // failing that, the latest accusation before it ("These claims are baseless").
                let related = ties.of(f.source)
                var answered = pairs.filter { related.contains($0.target) && !related.contains($0.source) }
                if answered.isEmpty, f.rejectsAnyClaim, let latest = latestBySource.filter({ !related.contains($0.key) }).values.max() {
                    // Accusations are in sentence order: those of the latest one's sentence end at it.
                    let sentence = doc.sentenceOf[accusations[latest].at]
                    var k = latest
                    while k >= 0, doc.sentenceOf[accusations[k].at] == sentence { k -= 1 }
                    answered = accusations[(k + 1)...latest].filter { !related.contains($0.source) }.map { ($0.source, $0.target) }
                }
                for accuser in unique(answered.map(\.source)) {
                    var d = f
                    d.target = accuser
                    d.answers = answered.filter { $0.source == accuser }
                    out.append(d)
                }
                // No accusation to answer: the denial rejects the latest claim somebody made
                // ("Orbis Systems rejected the findings" of the report just quoted).
                if answered.isEmpty, f.rejectsAnyClaim, let claim = latestClaim(claims, before: f.at, about: related, ties, &mentioned) {
                    var d = f
                    d.target = claim.party
                    out.append(d)
                }
            case .accuses:
                if seenPairs.insert(SIMD2(f.source, f.target)).inserted { pairs.append((f.source, f.target)) }
                latestBySource[f.source] = accusations.count
                accusations.append(f)
                out.append(f)
            default:
                out.append(f)
            }
        }
        return out + affiliations(doc)
    }

    /// A relation before ids are assigned: registry indices and the evidence.
    struct Found {
        var kind: RelationKind
        var source: Int
        var target: Int
        var cue: String?
        var evidence: TextSpan
        /// The quoted segment the relation was read from.
        var segment: Int?
        /// Token position, to order accusations and denials.
        var at: Int
        /// For a denial: the accusations (accuser, accused) it answers.
        var answers: [(source: Int, target: Int)] = []
        /// For a denial: it rejects a claim as such ("the allegations are baseless", "rejected
        /// the report"), not a deed ("denied meddling"), so it may answer whatever was claimed last.
        var rejectsAnyClaim = false

        func relation(documentID: String, ids: EntityIDs, quoteIDs: [Int: String]) -> Relation {
            Relation(kind: kind, source: ids.id(source), target: ids.id(target), cue: cue,
                     quote: segment.flatMap { quoteIDs[$0] }, evidence: [Evidence(document: documentID, span: evidence)],
                     answers: answers.map { RelationKey(kind: .accuses, source: ids.id($0.source), target: ids.id($0.target)) })
        }
    }

    // MARK: Claimants

    struct Claim {
        /// The parties that make the sentence's claims outside quotations.
        var parties: [Int] = []
        /// Tokens of the reporting clause ("security officials in those countries said").
        var reporting: Range<Int>?
        /// An appositive between the subject and the verb ("Sayle, one of the MPs targeted by
        /// APT31, said"): the journalist's words, not the claim.
        var appositive: Range<Int>?
        /// The subject was a body of officials ("officials in …", "British officials").
        var isOfficials = false
    }

    private func claimants(_ range: Range<Int>, _ doc: DocumentAnalysis, lastOfficials: [Int]) -> Claim {
        for v in range where isReportingVerb(v, doc) {
            var end = v
            while end > range.lowerBound, doc.tokens[end - 1].classes.contains(.adverb) { end -= 1 }
            let appositive: Range<Int>?
            (end, appositive) = subjectEnd(before: end, range, doc)
            var start = end
            while start > range.lowerBound {
                let t = doc.tokens[start - 1]
                // A subject holds no other verb of saying or wrongdoing ("… accused a group it calls …").
                if doc.quotation(of: start - 1) != nil || t.kind == .punctuation || t.classes.contains(.clauseWord)
                    || t.kind == .word && (t.classes.contains(.speechVerb) || t.classes.contains(.accusationCue)) { break }
                start -= 1
            }
            guard start < end else { continue }
            let subject = start..<end
            let officials = doc.tokens[subject].contains { ["officials", "official", "authorities", "agencies", "governments"].contains($0.lower) }
            var parties = partiesIn(subject, doc)
            if parties.isEmpty, doc.tokens[subject].contains(where: { ["those", "these", "three", "two", "both"].contains($0.lower) }),
               doc.tokens[subject].contains(where: { $0.lower == "countries" || $0.lower == "governments" || $0.lower == "nations" }) {
                parties = recentCountries(before: start, doc)
            }
            if parties.isEmpty, officials, doc.tokens[subject].first?.lower == "the" { parties = lastOfficials }
            // "the police said", "the ministry said": the body named before, as for a speaker.
            if parties.isEmpty, doc.tokens[subject].first?.lower == "the",
               let reading = SpeakerPhrase(lexicon: lexicon, doc: doc).read(subjectBefore: end, from: subject.lowerBound, before: end),
               case .entity(let e) = reading.speaker, doc.registry.resolved(e).kind != .person {
                parties = [doc.registry.root(e)]
            }
            if !parties.isEmpty {
                return Claim(parties: parties, reporting: subject.lowerBound..<(v + 1), appositive: appositive, isOfficials: officials)
            }
        }
        return Claim()
    }

    /// Where the subject of a verb at `end` ends: before an appositive or relative clause
    /// between them ("Senator Mark Warner, the chairman of the committee, accused", "Mandiant,
    /// which first reported on the campaign, said"), which is returned too, and before an
    /// acronym in brackets ("The Korean National Police Agency (KNPA)[, part of …,] said").
    private func subjectEnd(before end: Int, _ range: Range<Int>, _ doc: DocumentAnalysis) -> (end: Int, appositive: Range<Int>?) {
        var end = end
        var appositive: Range<Int>?
        if end > range.lowerBound, doc.tokens[end - 1].text == ",",
           let open = (max(range.lowerBound, end - 20)..<(end - 1)).last(where: { doc.tokens[$0].text == "," }) {
            appositive = open..<end
            end = open
        }
        if end > range.lowerBound, doc.tokens[end - 1].text == ")",
           let open = (max(range.lowerBound, end - 6)..<(end - 1)).last(where: { doc.tokens[$0].text == "(" }) {
            end = open
        }
        return (end, appositive)
    }

    /// A speech or reporting verb outside quotations; a noun reading ("on charges that",
    /// "the report") is not one.
    private func isReportingVerb(_ i: Int, _ doc: DocumentAnalysis) -> Bool {
        let t = doc.tokens[i]
        guard t.kind == .word, t.quote == nil, !t.isCapitalized,
              t.classes.contains(.speechVerb) || t.classes.contains(.reportingCue),
              !t.classes.contains(.denialCue), !t.classes.contains(.namingVerb) else { return false }
        let before: WordClasses = i > 0 ? doc.tokens[i - 1].classes : []
        return !before.contains(.nounMarker)
    }

    /// Verbs that name rather than claim ("a group it calls …").
    static let namingVerbs: Set<String> = ["call", "calls", "called", "calling", "label", "labels", "labeled", "labelled", "labeling", "labelling"]

    static let nounMarkers: Set<String> = ["the", "a", "an", "on", "of", "these", "those", "its", "their", "his", "her", "new", "criminal"]

    /// The parties a subject phrase names: the person if one is named, else every
    /// organisation, else every group or country ("the FBI and DHS" → both).
    /// Without `placesToo`, a party named after "in" or "at" ("the Russian embassy in London")
    /// is where the subject is, not a part of it.
    private func partiesIn(_ range: Range<Int>, _ doc: DocumentAnalysis, placesToo: Bool = true) -> [Int] {
        let mentions = doc.mentions(in: range).filter { m in
            placesToo || m.tokens.lowerBound == 0 || !["in", "at"].contains(doc.tokens[m.tokens.lowerBound - 1].lower)
        }
        // "some Trump allies", "Clinton aides": the people described are not the person named.
        let ms = mentions.filter { !describesOthers($0, doc) }.map { doc.registry.root($0.entity) }.filter { !doc.registry[$0].isTentative }
        if let person = ms.last(where: { doc.registry[$0].kind == .person }) { return [person] }
        // "Iran's mission to the United Nations": a possessor before a common noun is the party.
        if let first = mentions.first, first.tokens.lowerBound <= range.lowerBound + 1, first.tokens.upperBound + 1 < range.upperBound,
           doc.tokens[first.tokens.upperBound].kind == .possessive, doc.tokens[first.tokens.upperBound + 1].kind == .word,
           !doc.tokens[first.tokens.upperBound + 1].isCapitalized, !doc.registry.resolved(first.entity).isTentative, !describesOthers(first, doc) {
            return [doc.registry.root(first.entity)]
        }
        for kind in [EntityKind.organisation, .group, .country] {
            let chosen = ms.filter { doc.registry[$0].kind == kind }
            if !chosen.isEmpty { return unique(chosen) }
        }
        return []
    }

    /// A person's name that modifies a plural person noun ("Trump allies", "Bannon's
    /// supporters") or a noun that says nothing ("the Clinton probe").
    private func describesOthers(_ m: Mention, _ doc: DocumentAnalysis) -> Bool {
        var next = m.tokens.upperBound
        if next < doc.tokens.count, doc.tokens[next].kind == .possessive { next += 1 }
        guard next < doc.tokens.count, case let t = doc.tokens[next], t.kind == .word, !t.isCapitalized,
              t.classes.contains(.personNoun) && t.lower.hasSuffix("s") || Self.mutedNouns.contains(t.lower) else { return false }
        return doc.registry.resolved(m.entity).kind == .person
    }

    /// Nouns a person's name may modify that say nothing themselves ("the new Clinton probe
    /// was announced"), unlike "the Trump campaign said".
    static let mutedNouns: Set<String> = ["probe", "investigation", "inquiry", "case", "scandal", "emails", "email", "affair",
                                          "controversy", "era", "presidency", "victory", "defeat", "win", "loss", "nomination"]

    /// "those countries": the countries named together in the sentence or the one before.
    private func recentCountries(before i: Int, _ doc: DocumentAnalysis) -> [Int] {
        let sentence = doc.sentenceOf[i]
        for s in stride(from: sentence, through: max(0, sentence - 1), by: -1) {
            let range = doc.sentences[s].lowerBound..<min(doc.sentences[s].upperBound, i)
            let countries = unique(doc.mentions(in: range).map { doc.registry.root($0.entity) }.filter { doc.registry[$0].kind == .country })
            if countries.count >= 2 { return countries }
        }
        return []
    }

    // MARK: Accusations, targets, denials

    private func sentenceRelations(_ range: Range<Int>, _ claim: Claim, _ doc: inout DocumentAnalysis, _ attributions: [Attribution?],
                                   _ ties: Ties) -> [Found] {
        var out: [Found] = []
        let sentenceSpan = TextSpan(start: doc.tokens[range.lowerBound].span.start, end: doc.tokens[range.upperBound - 1].span.end)
        // Every relation below starts at a word of one of these classes; the other words are
        // passed over before anything is looked up or copied.
        let cueClasses: WordClasses = [.denialPhraseStart, .denialCue, .accusationVerb, .accusationCue]
        for c in range {
            guard doc.tokens[c].kind == .word, !doc.tokens[c].classes.isDisjoint(with: cueClasses) else { continue }
            let t = doc.tokens[c]
            // The reporting clause's own verb claims nothing, unless it accuses ("X accused Y of …");
            // an appositive in it is the journalist's statement.
            let inAppositive = claim.appositive?.contains(c) == true
            guard claim.reporting?.contains(c) != true || inAppositive || t.classes.contains(.accusationVerb) else { continue }
            let segment = doc.quotation(of: c)
            let inQuotation = segment != nil
            var claimants = inAppositive ? [] : claim.parties
            var evidence = sentenceSpan
            if inQuotation, let q = segment {
                guard case .entity(let speaker)? = attributions[q]?.speaker else { continue }
                claimants = [doc.registry.root(speaker)]
                evidence = doc.segments[q].span
            }
            if let phrase = denialPhrase(at: c, doc) ?? (t.classes.contains(.denialCue) && judgesAClaim(c, range, doc) ? t.text : nil), !isNegated(c, doc) {
                let subject = partiesIn(clauseStart(c, range, doc)..<c, doc, placesToo: false)
                let deniers = inQuotation ? claimants : subject.isEmpty ? agent(of: c, range, doc) : subject
                // "found no evidence that …" weighs a claim, as "the allegations are baseless" does.
                let rejectsAnyClaim = t.classes.contains(.denialJudgement) || phrase == "no evidence" || namesAClaim(after: c, range, doc)
                let named = inQuotation ? [] : deniedParty(after: c, range, doc, victimOnly: !rejectsAnyClaim)
                for d in deniers {
                    let target = named.first { $0 != d && !ties.of(d).contains($0) } ?? d
                    out.append(Found(kind: .denies, source: d, target: target, cue: phrase, evidence: evidence, segment: inQuotation ? segment : nil,
                                     at: c, rejectsAnyClaim: rejectsAnyClaim))
                }
                continue
            }
            if !inQuotation, t.classes.contains(.accusationVerb), !isNegated(c, doc), !isIdleCue(c, doc) {
                let explicit = explicitAccusation(c, range, evidence, doc)
                out += explicit
                // "The attack was attributed to APT29, the NCSC said": with no accuser of its
                // own, an attribution is the claimant's.
                let passive = c > range.lowerBound && Self.passiveAuxiliaries.contains(doc.tokens[c - 1].lower)
                if !explicit.isEmpty || !(passive || Self.attributionVerbs.contains(t.lower)) { continue }
            }
            guard t.classes.contains(.accusationCue), !isNegated(c, doc), !isHedged(c, doc), !linksBystanders(c, range, doc), !isIdleCue(c, doc) else { continue }
            if claimants.isEmpty {
                // "APT29 targeted the State Department": the text's own statement accuses nobody,
                // but what a threat group attacks is its target.
                out += groupTargets(c, range, evidence, &doc)
                continue
            }
            // "an Iranian hacking group, APT42,": the cue describes the group, which is accused
            // with whoever it is tied to, and names no victim.
            let describesGroup = modifiesGroupNoun(c, range, doc)
            // "Trump's attacks on immigrants", "began attacking Heidi Cruz": a person's attack is
            // made of words, not a wrongdoing.
            let verbal = Self.attackWords.contains(t.lower)
            let accused = unique(accusedParties(c, range, doc) + (describesGroup ? groupNamed(after: c + 1, range, doc) : []))
                .filter { !(verbal && doc.registry[$0].kind == .person) }
            for a in accused {
                for claimant in claimants where claimant != a && !ties.of(claimant).contains(a) {
                    out.append(Found(kind: .accuses, source: claimant, target: a, cue: t.text, evidence: evidence, segment: inQuotation ? segment : nil, at: c))
                }
            }
            if t.classes.contains(.targetingCue), !t.classes.contains(.linkCue), !describesGroup, let victim = victim(after: c, range, &doc) {
                for a in accused where a != victim {
                    out.append(Found(kind: .targets, source: a, target: victim, cue: t.text, evidence: evidence, segment: inQuotation ? segment : nil, at: c))
                }
            }
        }
        return out
    }

    static let attackWords: Set<String> = ["attack", "attacks", "attacked", "attacking"]

    /// The targets of a threat group that is the agent of a targeting cue, in a sentence nobody
    /// is said to claim.
    private func groupTargets(_ c: Int, _ range: Range<Int>, _ evidence: TextSpan, _ doc: inout DocumentAnalysis) -> [Found] {
        let t = doc.tokens[c]
        guard doc.quotation(of: c) == nil, t.classes.contains(.targetingCue), !t.classes.contains(.linkCue), !modifiesGroupNoun(c, range, doc) else { return [] }
        // "one of the MPs targeted by APT31": a participle with "by" after its victim.
        let passive = c + 1 < range.upperBound && doc.tokens[c + 1].lower == "by" && (c == 0 || !Self.passiveAuxiliaries.contains(doc.tokens[c - 1].lower))
        let agents = passive ? firstParties(in: (c + 2)..<min(range.upperBound, c + 8), doc) : accusedParties(c, range, doc)
        let groups = agents.filter { doc.registry[$0].kind == .group }
        guard !groups.isEmpty, let victim = passive ? victim(before: c, range, &doc) : victim(after: c, range, &doc) else { return [] }
        return groups.filter { $0 != victim }.map {
            Found(kind: .targets, source: $0, target: victim, cue: t.text, evidence: evidence, segment: nil, at: c)
        }
    }

    /// "an Iranian hacking group": the cue names what the group is, not what anybody did.
    private func modifiesGroupNoun(_ c: Int, _ range: Range<Int>, _ doc: DocumentAnalysis) -> Bool {
        c + 1 < range.upperBound && doc.tokens[c + 1].kind == .word
            && (doc.tokens[c + 1].classes.contains(.groupNoun) || Self.actorNouns.contains(doc.tokens[c + 1].lower))
    }

    /// Plural nouns for those who act, beyond the group nouns: "hacking organizations".
    static let actorNouns: Set<String> = ["organizations", "organisations", "groups", "units", "gangs", "crews", "teams", "outfits"]

    /// The threat group named right after its description's noun at `k` ("group APT42",
    /// "group, APT42,").
    private func groupNamed(after k: Int, _ range: Range<Int>, _ doc: DocumentAnalysis) -> [Int] {
        var start = k + 1
        if start < range.upperBound, doc.tokens[start].text == "," { start += 1 }
        guard let m = doc.mention(startingAt: start), doc.registry.resolved(doc.mentions[m].entity).kind == .group else { return [] }
        return [doc.registry.root(doc.mentions[m].entity)]
    }

    /// People tied to somebody without doing anything: "people linked to President Biden".
    static let bystanders: Set<String> = ["people", "individuals", "persons", "officials", "aides", "staff", "staffers", "those",
                                          "families", "relatives", "friends", "associates", "advisers", "advisors", "employees",
                                          "supporters", "donors", "voters"]

    private func linksBystanders(_ c: Int, _ range: Range<Int>, _ doc: DocumentAnalysis) -> Bool {
        doc.tokens[c].classes.contains(.linkCue) && c > range.lowerBound && Self.bystanders.contains(doc.tokens[c - 1].lower)
    }

    /// Words that name a claim, or point at one, near which a denial judgement denies ("the
    /// allegations are baseless", "that is false", "an inaccurate claim").
    static let claimWords: Set<String> = ["claim", "claims", "quote", "quotes", "remark", "remarks", "comment", "comments", "notion",
                                          "idea", "implication", "implications", "version", "contention", "contentions", "attacks", "allegation", "allegations", "accusation", "accusations", "report", "reports",
                                          "charge", "charges", "story", "stories", "assertion", "assertions", "suggestion", "suggestions",
                                          "rumor", "rumors", "rumour", "rumours", "criticism", "criticisms", "narrative", "conclusion",
                                          "conclusions", "finding", "findings", "analysis", "account", "statement", "statements",
                                          "characterization", "characterisation", "portrayal", "reporting", "this", "that", "it", "they", "these",
                                          "those", "that's", "that’s", "it's", "it’s"]

    /// "rejected the allegations", "denied Ms Villalba's claims", "dismissed it": a claim word
    /// (not "that", which opens the deed denied) among the few words after the denial verb.
    private func namesAClaim(after c: Int, _ range: Range<Int>, _ doc: DocumentAnalysis) -> Bool {
        doc.tokens[(c + 1)..<min(range.upperBound, c + 6)].prefix { ![",", ".", ";", ":", "!", "?", "(", ")"].contains($0.text) }
            .contains { Self.claimWords.contains($0.lower) && $0.lower != "that" }
    }

    /// Whether the denial word at `c` denies: a judgement ("false") only near a claim word.
    private func judgesAClaim(_ c: Int, _ range: Range<Int>, _ doc: DocumentAnalysis) -> Bool {
        guard doc.tokens[c].classes.contains(.denialJudgement) else { return true }
        return doc.tokens[max(range.lowerBound, c - 6)..<min(range.upperBound, c + 3)].contains { Self.claimWords.contains($0.lower) }
    }

    static let accusationVerbs: Set<String> = ["accused", "accuses", "accuse", "accusing", "blamed", "blames", "blame", "blaming",
                                               "attributed", "attributes", "attribute", "attributing", "indicted", "indicts", "indict",
                                               "sanctioned", "sanctioning", "finger"]
    /// Verbs whose accused follows "to" ("attributed the attack to APT29").
    static let attributionVerbs: Set<String> = ["attributed", "attributes", "attribute", "attributing"]
    static let pointingVerbs: Set<String> = ["pointed", "points", "point", "pointing"]

    /// "Northwind Labs accused Lantern Fox of meddling", "a report by X that accused Y": the
    /// accuser is the subject (or the relative clause's antecedent), the accused follows.
    private func explicitAccusation(_ c: Int, _ range: Range<Int>, _ evidence: TextSpan, _ doc: DocumentAnalysis) -> [Found] {
        var verb = c
        // "Britain pointed the finger at Russia": the verb is "pointed", the accused follows "at".
        if doc.tokens[c].lower == "finger" {
            guard c - 2 >= range.lowerBound, doc.tokens[c - 1].lower == "the", Self.pointingVerbs.contains(doc.tokens[c - 2].lower) else { return [] }
            verb = c - 2
        }
        var subjectEnd = verb
        // "Russia was accused by Britain of …", "The attack was attributed to APT29 by the NCSC":
        // in a passive the accuser follows "by" and the subject is accused (unless "to" names him).
        var k = verb
        while k > range.lowerBound, Self.passiveAuxiliaries.contains(doc.tokens[k - 1].lower) || doc.tokens[k - 1].classes.contains(.adverb) { k -= 1 }
        let passive = doc.tokens[verb].lower.hasSuffix("ed") && doc.tokens[k..<verb].contains { Self.passiveAuxiliaries.contains($0.lower) }
        if passive { subjectEnd = k }
        // "Israel, for its part, has accused", "The NPA separately blamed": auxiliaries and
        // adverbs are no part of the subject.
        while subjectEnd > range.lowerBound, doc.tokens[subjectEnd - 1].isAdverb { subjectEnd -= 1 }
        let relative = subjectEnd > range.lowerBound && ["that", "which", "who"].contains(doc.tokens[subjectEnd - 1].lower)
        if relative { subjectEnd -= 1 }
        subjectEnd = self.subjectEnd(before: subjectEnd, range, doc).end
        var subjectStart = subjectEnd
        while subjectStart > range.lowerBound, !doc.tokens[subjectStart - 1].classes.contains(.clauseWord),
              doc.tokens[subjectStart - 1].kind != .punctuation, doc.quotation(of: subjectStart - 1) == nil { subjectStart -= 1 }
        let by = subjectEnd < c ? (subjectStart..<subjectEnd).last(where: { ["by", "from"].contains(doc.tokens[$0].lower) }) : nil
        if let by { subjectStart = by + 1 }  // "a report by Northwind Labs that accused …"
        var subject = partiesIn(subjectStart..<subjectEnd, doc)
        // "Netanyahu appointed a diplomacy chief who had accused Mr. Obama": the relative
        // pronoun stands for the party named right before it, or for somebody unnamed.
        if relative, by == nil {
            // "a Washington Post editorial that accuses": the party whose document it is.
            var end = subjectEnd
            while end > subjectStart, subjectEnd - end < 2, !doc.tokens[end - 1].isCapitalized,
                  lexicon.documentNouns.contains(doc.tokens[end - 1].lower) { end -= 1 }
            subject = doc.mention(endingAt: end).map { [doc.registry.root(doc.mentions[$0].entity)] } ?? []
        }
        if subjectEnd < c, subject.count > 1 { subject = [subject[subject.count - 1]] }
        // "He accused the government of …": a pronoun opening the sentence is the person it
        // refers to, resolved as a speaker's pronoun is.
        if subject.isEmpty, subjectStart == range.lowerBound, subjectEnd > subjectStart,
           doc.tokens[(subjectStart + 1)..<subjectEnd].allSatisfy({ $0.classes.contains(.adverb) }),
           ["male", "female"].contains(lexicon.pronouns[doc.tokens[subjectStart].lower]),
           let reading = SpeakerPhrase(lexicon: lexicon, doc: doc).read(sentenceSubjectOf: range, before: c, kinds: [.person]),
           case .entity(let e) = reading.speaker {
            subject = [e]
        }
        // "Lindqvist criticised the referee, accusing Danby of …": a participle after a comma
        // has the sentence's subject.
        if subject.isEmpty, doc.tokens[c].lower.hasSuffix("ing"), c > range.lowerBound, doc.tokens[c - 1].text == "," {
            subject = firstParties(in: range.lowerBound..<(c - 1), doc, subjectsOnly: true).prefix(1).map { $0 }
        }
        var end = c + 1
        while end < range.upperBound, end - c < 10, !["of", "for", "by"].contains(doc.tokens[end].lower),
              doc.tokens[end].kind != .punctuation || doc.tokens[end].kind == .quoteMark { end += 1 }
        var object = (c + 1)..<end
        // "attributed the attack on Lakeshore to Black Lynx": the accused follows "to", and what
        // is attributed is a wrongdoing ("Ross attributed this remark to Hoenlein" is not).
        if Self.attributionVerbs.contains(doc.tokens[c].lower) {
            guard let to = (c + 1..<min(range.upperBound, c + 14)).first(where: { doc.tokens[$0].lower == "to" }),
                  namesWrongdoing(passive ? subjectStart..<subjectEnd : (c + 1)..<to, doc) else { return [] }
            var toEnd = to + 1
            while toEnd < range.upperBound, toEnd - to < 10, doc.tokens[toEnd].lower != "by",
                  doc.tokens[toEnd].kind != .punctuation || doc.tokens[toEnd].kind == .quoteMark { toEnd += 1 }
            object = (to + 1)..<toEnd
        }
        let named = firstParties(in: object, doc)
        var accusers = subject, accused = named
        if passive {
            guard let by = (c + 1..<min(range.upperBound, c + 16)).first(where: { doc.tokens[$0].lower == "by" }) else { return [] }
            accusers = firstParties(in: (by + 1)..<min(range.upperBound, by + 8), doc)
            accused = named.isEmpty ? subject : named
        }
        var out: [Found] = []
        for accuser in accusers {
            for a in accused where a != accuser {
                out.append(Found(kind: .accuses, source: accuser, target: a, cue: doc.tokens[c].text, evidence: evidence, segment: nil, at: c))
            }
        }
        return out
    }

    /// Nouns for what an attribution blames somebody for, beyond the accusation cues.
    static let incidentNouns: Set<String> = ["activity", "activities", "incident", "incidents", "operation", "operations", "campaign",
                                             "campaigns", "intrusion", "intrusions", "leak", "leaks", "outage", "disruption", "heist"]

    private func namesWrongdoing(_ range: Range<Int>, _ doc: DocumentAnalysis) -> Bool {
        doc.tokens[range].contains { $0.classes.contains(.accusationCue) || Self.incidentNouns.contains($0.lower) }
    }

    /// The parties each sentence mentions, worked out when first asked.
    struct Mentioned {
        let doc: DocumentAnalysis
        private var bySentence: [Int: Set<Int>] = [:]
        init(_ doc: DocumentAnalysis) { self.doc = doc }

        mutating func parties(inSentenceOf token: Int) -> Set<Int> {
            let s = doc.sentenceOf[token]
            if let known = bySentence[s] { return known }
            let parties = Set(doc.mentions(in: doc.sentences[s]).map { doc.registry.root($0.entity) })
            bySentence[s] = parties
            return parties
        }
    }

    /// The latest claim (in sentence order) made before token `at` about the denier's side
    /// `side`, in a sentence that names one of its parties, by a party not tied to it (a denial
    /// answers a claim about the denier, not whatever was said last, nor its own spokesman's);
    /// a binary search, then a short walk back.
    private func latestClaim(_ claims: [(party: Int, at: Int)], before at: Int, about side: Set<Int>,
                             _ ties: Ties, _ mentioned: inout Mentioned) -> (party: Int, at: Int)? {
        var low = 0, high = claims.count
        while low < high {
            let mid = (low + high) / 2
            if claims[mid].at < at { low = mid + 1 } else { high = mid }
        }
        var k = low - 1
        while k >= 0, low - k <= 64 {
            if ties.of(claims[k].party).isDisjoint(with: side), !mentioned.parties(inSentenceOf: claims[k].at).isDisjoint(with: side) { return claims[k] }
            k -= 1
        }
        return nil
    }

    /// "rejected the allegations from Britain", "dismissed a report by Northwind Labs": the
    /// party whose claim a denial names, up to the clause's end.
    /// A denial of a deed ("denied carrying out cyber-attacks against the UK") names its victim,
    /// the usual accuser, after "against", "in" or "on" (`victimOnly`); "denied any collusion
    /// with Russia" names nobody who accused.
    private func deniedParty(after c: Int, _ range: Range<Int>, _ doc: DocumentAnalysis, victimOnly: Bool) -> [Int] {
        var end = c + 1
        while end < range.upperBound, end - c < 12, doc.tokens[end].kind != .punctuation,
              !["that", "which", "who", "because", "but", "and"].contains(doc.tokens[end].lower) { end += 1 }
        guard victimOnly else { return partiesIn((c + 1)..<end, doc) }
        guard let preposition = ((c + 1)..<end).first(where: { ["against", "in", "on", "into"].contains(doc.tokens[$0].lower) }) else { return [] }
        return partiesIn((preposition + 1)..<end, doc)
    }

    /// "nothing to do with", "no role in" starting at `c`; quotation marks inside it are passed
    /// over (`had “nothing to do” with the hacking`).
    private func denialPhrase(at c: Int, _ doc: DocumentAnalysis) -> String? {
        guard doc.tokens[c].classes.contains(.denialPhraseStart) else { return nil }
        let words = doc.tokens[c..<min(doc.tokens.count, c + 8)].lazy.filter { $0.kind != .quoteMark }.map(\.lower)
        for phrase in lexicon.relationPhrases["denies"] ?? [] where phrase[0] == doc.tokens[c].lower {
            if words.prefix(phrase.count).elementsEqual(phrase) { return phrase.joined(separator: " ") }
        }
        return nil
    }

    /// The start of the clause holding token `c`: after a clause opener, a reporting verb,
    /// or the opening of the quotation `c` lies in.
    private func clauseStart(_ c: Int, _ range: Range<Int>, _ doc: DocumentAnalysis) -> Int {
        var k = c - 1
        while k >= range.lowerBound {
            let t = doc.tokens[k]
            if doc.quotation(of: k) != doc.quotation(of: c) { return k + 1 }
            if t.classes.contains(.clauseOpener) || isReportingVerb(k, doc) { return k + 1 }
            k -= 1
        }
        return range.lowerBound
    }

    /// A cue word used for something else: "finished third behind the Swede" (only "was
    /// behind" accuses), "a lie detector", "the crime scene" (a noun modifying the next one),
    /// "the Lisbon targets" (a noun after a determiner), "linked with MPs" (no wrongdoing),
    /// "an accused pedophile", "a former British spy", "targeted radio campaigns" (a person or
    /// an adjective), "asked Russians to hack" (a deed asked for), "the tax code targets" (a law),
    /// "defences against fraud" (a deed defended against).
    private func isIdleCue(_ c: Int, _ doc: DocumentAnalysis) -> Bool {
        let t = doc.tokens[c]
        switch t.lower {
        case "behind":
            var k = c - 1
            while k >= 0, !Self.formsOfBe.contains(doc.tokens[k].lower), doc.tokens[k].isAdverb { k -= 1 }
            return k < 0 || !Self.formsOfBe.contains(doc.tokens[k].lower)
        case "accused" where c + 1 < doc.tokens.count && doc.tokens[c + 1].kind == .word && !doc.tokens[c + 1].isCapitalized
                && !doc.tokens[c + 1].classes.contains(.functionWord) && !doc.tokens[c + 1].isAdverb && !Attributor.objectPronouns.contains(doc.tokens[c + 1].lower):
            // "an accused pedophile", "defeated accused child molester Roy Moore": an adjective,
            // unless "of" follows ("accused shadow chancellor Oliver Letwin of plotting").
            return c > 0 && ["a", "an", "the"].contains(doc.tokens[c - 1].lower)
                || !doc.tokens[(c + 1)..<min(doc.tokens.count, c + 8)].contains { $0.lower == "of" }
        case _ where (max(0, c - 4)..<c).contains(where: { doc.tokens[$0].lower == "against" }):
            // "defences against ransomware and online fraud": what is defended against, not done.
            return true
        case _ where c >= 2 && doc.tokens[c - 1].lower == "to" && window(before: c - 1, 5, doc).contains(where: { Self.requestVerbs.contains($0.lower) }):
            // "asked Russians to hack", "urged Russia to hack": a deed asked for, not done.
            return true
        case "compromise" where c > 0 && ["a", "an", "the"].contains(doc.tokens[c - 1].lower):
            // "a compromise tax bill": an agreement.
            return true
        case "lie", "crime", "fraud":
            guard c + 1 < doc.tokens.count, case let next = doc.tokens[c + 1] else { return false }
            return next.kind == .word && !next.isCapitalized && !next.classes.contains(.functionWord) && !Self.formsOfBe.contains(next.lower)
                && !RelationFinder.auxiliaryVerbs.contains(next.lower)
        case "responsible", "linked", "tied":
            // "responsible for procurement decisions", "linked with MPs": only with a wrongdoing
            // named in the sentence ("responsible for the attack", "hackers linked to China").
            return !doc.sentences[doc.sentenceOf[c]].contains { k in
                let w = doc.tokens[k]
                return k != c && (w.classes.contains(.accusationCue) && !Self.weakCues.contains(w.lower) || w.classes.contains(.agentNoun)
                                  || Self.incidentNouns.contains(w.lower) || w.lower.hasPrefix("hacker")
                                  || ["hold", "holds", "held", "holding"].contains(w.lower))  // "holds Clinton responsible for …"
            }
        case "spy", "spies":
            // "a former British spy": a person; only "spy on" / "spies on" is the deed.
            return !(c + 1 < doc.tokens.count && ["on", "upon"].contains(doc.tokens[c + 1].lower))
        case "targeted" where c > 0 && Self.beforeAttributiveTargeted.contains(doc.tokens[c - 1].lower):
            // "use targeted radio campaigns", "a targeted attack": an adjective.
            return true
        case _ where t.classes.contains(.targetingCue) && c > 0 && Self.policyNouns.contains(doc.tokens[c - 1].lower):
            // "The new tax code targets high-tax states", "Trump's travel ban targeting six
            // countries": a law or a policy aims at whom it applies to, no wrongdoing.
            return true
        case "target", "targets":
            // "a suitable target.", "a target for hackers": a noun, whatever comes before it.
            if c + 1 >= doc.tokens.count || doc.tokens[c + 1].kind == .punctuation || ["of", "for", "list", "and", "or"].contains(doc.tokens[c + 1].lower) {
                return true
            }
            var k = c - 1
            while k >= 0, doc.tokens[k].kind == .word, doc.tokens[k].isCapitalized, c - k <= 3 { k -= 1 }
            return k >= 0 && (["the", "its", "their", "his", "her", "our", "a", "an"].contains(doc.tokens[k].lower) || doc.tokens[k].kind == .possessive)
        default:
            return false
        }
    }

    /// Verbs that ask for a deed rather than report it.
    static let requestVerbs: Set<String> = ["asked", "asks", "ask", "asking", "urged", "urges", "urge", "urging", "called", "calls",
                                            "invited", "invites", "encouraged", "encourages", "begged"]

    /// Words before "targeted" used as an adjective.
    static let beforeAttributiveTargeted: Set<String> = ["a", "an", "the", "more", "highly", "use", "uses", "used", "using", "with",
                                                          "for", "of", "through", "via", "in"]

    /// Laws, policies and adverts, which target without wrongdoing.
    static let policyNouns: Set<String> = ["ban", "bans", "law", "laws", "bill", "bills", "tax", "taxes", "code", "policy", "policies",
                                           "rule", "rules", "order", "orders", "measure", "measures", "plan", "plans", "program",
                                           "programs", "programme", "programmes", "sanctions", "tariff", "tariffs", "legislation",
                                           "regulation", "regulations", "budget", "proposal", "proposals", "reform", "reforms",
                                           "ad", "ads", "advert", "adverts", "advertisement", "advertisements", "cuts"]

    /// Cues that link a party to something, wrongdoing or not.
    static let weakCues: Set<String> = ["responsible", "linked", "tied"]

    static let formsOfBe: Set<String> = ["be", "is", "are", "was", "were", "been", "being", "'s"]

    /// A negation among the four words before the cue, or a refusal among the seven ("refused
    /// to point the finger of blame at").
    private func isNegated(_ c: Int, _ doc: DocumentAnalysis) -> Bool {
        window(before: c, 7, doc).enumerated().contains { k, t in
            t.classes.contains(.negation) && (k < 4 || t.lower.hasPrefix("refus") || t.lower.hasPrefix("declin"))
        }
    }

    /// "may have", "whether", and "an investigation into Russian meddling": what is being
    /// investigated is not yet claimed.
    private func isHedged(_ c: Int, _ doc: DocumentAnalysis) -> Bool {
        let before = window(before: c, 6, doc)
        if before.contains(where: { $0.classes.contains(.hedge) }) { return true }
        if lacksEvidence(before: c, doc) { return true }
        guard let into = before.prefix(4).firstIndex(where: { $0.lower == "into" }), into + 1 < before.count else { return false }
        return Self.inquiryNouns.contains(before[into + 1].lower)
    }

    static let inquiryNouns: Set<String> = ["investigation", "investigations", "probe", "probes", "inquiry", "inquiries", "review", "look"]

    /// "had no direct evidence that the account had been hacked", "did not see convincing
    /// evidence in the report that China …": a claim said to lack evidence is not made.
    private func lacksEvidence(before c: Int, _ doc: DocumentAnalysis) -> Bool {
        let sentence = doc.sentences[doc.sentenceOf[c]]
        guard let evidence = (max(sentence.lowerBound, c - 16)..<c).last(where: { ["evidence", "proof", "sign", "signs", "indication"].contains(doc.tokens[$0].lower) }) else {
            return false
        }
        return doc.tokens[max(sentence.lowerBound, evidence - 4)..<evidence].contains { ["no", "not", "n't", "without", "little", "lacked", "lack"].contains($0.lower) }
    }

    /// Up to `n` tokens before `c` in the same clause part (stopping at a comma or quote edge).
    private func window(before c: Int, _ n: Int, _ doc: DocumentAnalysis) -> [Token] {
        var out: [Token] = []
        var k = c - 1
        while k >= 0, out.count < n, doc.quotation(of: k) == doc.quotation(of: c), doc.tokens[k].paragraph == doc.tokens[c].paragraph,
              ![",", ";", ".", ":"].contains(doc.tokens[k].text) {
            out.append(doc.tokens[k])
            k -= 1
        }
        return out
    }

    /// Who did it: for "linked/traced to X" the party after the cue; for a passive "was
    /// breached by X" the party after "by"; otherwise the clause's subject.
    private func accusedParties(_ c: Int, _ range: Range<Int>, _ doc: DocumentAnalysis) -> [Int] {
        let t = doc.tokens[c]
        if t.classes.contains(.linkCue), c + 1 < range.upperBound, ["to", "on", "with"].contains(doc.tokens[c + 1].lower) {
            return firstParties(in: (c + 2)..<min(range.upperBound, c + 8), doc)
        }
        if c > 0, Self.passiveAuxiliaries.contains(doc.tokens[c - 1].lower), t.lower.hasSuffix("ed") || t.lower.hasSuffix("en") {
            if c + 1 < range.upperBound, doc.tokens[c + 1].lower == "by" {
                return firstParties(in: (c + 2)..<min(range.upperBound, c + 8), doc)
            }
            return []
        }
        return agent(of: c, range, doc)
    }

    /// The clause's subject, or a demonym right before the deed; "they" stands for the unnamed people described last
    /// ("four foreign nationals … on charges that they hacked").
    private func agent(of c: Int, _ range: Range<Int>, _ doc: DocumentAnalysis) -> [Int] {
        // "Russian meddling", "Chinese hacking": the demonym right before the deed is its agent.
        if c > range.lowerBound, !doc.tokens[c].lower.hasSuffix("ed"), let m = doc.mention(endingAt: c), doc.mentions[m].role == .demonym,
           !doc.tokens[c - 1].lower.hasSuffix("s") {  // "the Americans targeted": a noun, not a modifier
            return [doc.registry.root(doc.mentions[m].entity)]
        }
        var start = clauseStart(c, range, doc)
        // "told Al Jazeera the attack showed …": whom the words were told to does not act.
        if start > range.lowerBound, SpeakerPhrase.addressees.contains(doc.tokens[start - 1].lower), let m = doc.mention(startingAt: start) {
            start = doc.mentions[m].tokens.upperBound
        }
        let parties = firstParties(in: start..<c, doc, subjectsOnly: true)
        if parties.isEmpty, doc.tokens[start..<c].contains(where: { $0.lower == "they" }),
           let described = doc.mentions(before: start).first(where: { $0.role == .description && $0.tokens.upperBound <= start && doc.sentenceOf[$0.tokens.lowerBound] >= doc.sentenceOf[c] - 1 }) {
            return [doc.registry.root(described.entity)]
        }
        return parties
    }

    /// The first party named in a range, with any joined to it by "and"/"or" ("Iranian and
    /// Chinese actors"); a demonym right before another mention modifies it ("the Russian
    /// hacker group" → the group).
    private func firstParties(in range: Range<Int>, _ doc: DocumentAnalysis, subjectsOnly: Bool = false) -> [Int] {
        guard !range.isEmpty else { return [] }
        let ms = doc.mentions(in: range).filter { m in
            let entry = doc.registry.resolved(m.entity)
            return (entry.kind != .other || m.role == .description) && !entry.isTentative
                && !(subjectsOnly && followsPreposition(m, doc))
        }
        guard !ms.isEmpty else { return [] }
        var i = 0
        while i + 1 < ms.count, ms[i].role == .demonym, (0...2).contains(ms[i + 1].tokens.lowerBound - ms[i].tokens.upperBound),
              !doc.tokens[ms[i].tokens.upperBound..<ms[i + 1].tokens.lowerBound].contains(where: { ["and", "or", ","].contains($0.lower) }) {
            i += 1
        }
        // "China's Ministry of State Security": the possessor's body, not the possessor.
        if i + 1 < ms.count, ms[i + 1].tokens.lowerBound == ms[i].tokens.upperBound + 1,
           doc.tokens[ms[i].tokens.upperBound].kind == .possessive, doc.registry.resolved(ms[i + 1].entity).kind == .organisation {
            i += 1
        }
        var out = [doc.registry.root(ms[i].entity)]
        var j = i + 1
        while j < ms.count, ms[j - 1].tokens.upperBound <= ms[j].tokens.lowerBound {  // mentions added out of order may overlap
            let between = doc.tokens[ms[j - 1].tokens.upperBound..<ms[j].tokens.lowerBound]
            // "the Zionist regime and its American patrons".
            guard between.allSatisfy({ ["and", "or", ",", "the", "its", "their"].contains($0.lower) }), !between.isEmpty || ms[j - 1].role == .demonym else { break }
            out.append(doc.registry.root(ms[j].entity))
            j += 1
        }
        return unique(out)
    }

    /// A mention inside a prepositional phrase ("an update from Orbis Systems") is no agent,
    /// but for the body a part of it acts for ("a unit of the GRU").
    private func followsPreposition(_ m: Mention, _ doc: DocumentAnalysis) -> Bool {
        var k = m.tokens.lowerBound - 1
        while k >= 0, ["the", "a", "an"].contains(doc.tokens[k].lower) || doc.tokens[k].kind == .possessive { k -= 1 }
        guard k >= 0, Self.prepositions.contains(doc.tokens[k].lower) else { return false }
        return !(doc.tokens[k].lower == "of" && k > 0 && Self.partNouns.contains(doc.tokens[k - 1].lower))
    }

    /// Nouns for a part of a body that acts for it: "a unit of the GRU", "officers of the FSB".
    static let partNouns: Set<String> = ["unit", "units", "arm", "branch", "division", "wing", "department", "bureau",
                                         "member", "members", "officer", "officers", "agent", "agents", "operatives"]

    static let prepositions: Set<String> = ["from", "to", "on", "at", "in", "against", "of", "for", "with", "into", "over", "about", "by"]

    /// What a targeting cue aims at: a party named right after it, or the noun phrase after
    /// it as a party of kind `other` ("vaccine research and development organisations").
    private func victim(after c: Int, _ range: Range<Int>, _ doc: inout DocumentAnalysis) -> Int? {
        var start = c + 1
        if ["steal", "steals", "stole", "stealing"].contains(doc.tokens[c].lower) {
            // What is stolen is no victim ("stole technical data"); whom it is stolen from is.
            guard let from = (start..<min(range.upperBound, c + 6)).first(where: { doc.tokens[$0].lower == "from" }) else { return nil }
            start = from + 1
        }
        guard start < range.upperBound, doc.quotation(of: start) == doc.quotation(of: c) else { return nil }
        if let m = doc.mentions(in: start..<min(range.upperBound, start + 3)).first, m.tokens.lowerBound == start
            || doc.tokens[start].lower == "the" && m.tokens.lowerBound == start + 1 {
            let e = doc.registry.root(m.entity)
            return doc.registry[e].kind == .other ? nil : e
        }
        var end = start
        var sawNoun = false
        while end < range.upperBound, end - start < 16, doc.quotation(of: end) == doc.quotation(of: c) {
            let w = doc.tokens[end]
            if w.kind == .punctuation && w.text != "," && w.text != "-" { break }
            // A comma before a new phrase ("banks, the FBI warned") ends the victim; one inside a
            // list of modifiers ("governmental, diplomatic … organisations") does not.
            if w.text == ",", end + 1 < range.upperBound {
                let next = doc.tokens[end + 1]
                if next.isCapitalized || next.kind != .word || ["the", "a", "an", "and", "or"].contains(next.lower) { break }
            }
            if w.kind == .word && Self.stopsVictimPhrase.contains(w.lower) && !(w.lower == "and" && !sawNoun) {
                if w.lower == "and", end + 1 < range.upperBound, doc.tokens[end + 1].kind == .word, !Self.stopsVictimPhrase.contains(doc.tokens[end + 1].lower) {
                    end += 1; continue
                }
                break
            }
            if w.kind == .word, sawNoun, w.lower.hasSuffix("ing") || w.lower.hasSuffix("ed") { break }
            // "the party he once led", "regulations will depend": a pronoun or an auxiliary
            // starts a clause; the victim ends before it.
            if w.kind == .word, lexicon.pronouns[w.lower] != nil || Self.auxiliaryVerbs.contains(w.lower) { break }
            if w.kind == .word { sawNoun = true }
            end += 1
        }
        // "the email accounts of dozens of public figures and leaking documents": a conjunction
        // before the clause that ended the victim is no part of it.
        while end > start, doc.tokens[end - 1].kind == .punctuation || ["and", "or"].contains(doc.tokens[end - 1].lower) { end -= 1 }
        let words = doc.tokens[start..<end]
        guard let first = words.first, first.kind == .word, !first.classes.contains(.functionWord) || first.lower == "the",
              words.contains(where: { $0.kind == .word && $0.lower != "the" }) else { return nil }
        var name = doc.string(start..<end)
        if name.lowercased().hasPrefix("the ") { name = String(name.dropFirst(4)) }
        guard !name.isEmpty else { return nil }
        let e = doc.registry.resolve(name, kind: .other)
        doc.addMention(tokens: start..<end, entity: e, role: .name)
        return e
    }

    /// Verbs that open a clause after a victim's noun phrase.
    static let auxiliaryVerbs: Set<String> = ["be", "is", "are", "was", "were", "been", "will", "would", "can", "could", "may",
                                              "might", "should", "must", "has", "have", "had", "do", "does", "did"]

    /// What a participle with "by" follows: the party named right before it, or the noun
    /// phrase of up to three words back to a determiner or a preposition ("the MPs").
    private func victim(before c: Int, _ range: Range<Int>, _ doc: inout DocumentAnalysis) -> Int? {
        if let m = doc.mention(endingAt: c) {
            let e = doc.registry.root(doc.mentions[m].entity)
            return doc.registry[e].kind == .other ? nil : e
        }
        var start = c
        while start > range.lowerBound, c - start < 3, doc.tokens[start - 1].kind == .word,
              !doc.tokens[start - 1].classes.contains(.functionWord), doc.quotation(of: start - 1) == nil { start -= 1 }
        guard start < c else { return nil }
        let e = doc.registry.resolve(doc.string(start..<c), kind: .other)
        doc.addMention(tokens: start..<c, entity: e, role: .name)
        return e
    }

    // MARK: Membership and affiliation

    /// "Hackers linked to a Russian intelligence service", "a unit belonging to the GRU".
    private func memberships(_ doc: DocumentAnalysis) -> [Found] {
        var out: [Found] = []
        let cues = lexicon.cues("member_of")
        for m in doc.mentions where doc.registry.resolved(m.entity).kind == .group {
            let end = m.tokens.upperBound
            guard end + 1 < doc.tokens.count else { continue }
            var k = end
            if doc.tokens[k].text == "," { k += 1 }
            if ["who", "which", "that"].contains(doc.tokens[k].lower) { k += 1 }
            // "APT31, a hacking group linked to …": past the appositive's noun phrase.
            if k < doc.tokens.count, ["a", "an"].contains(doc.tokens[k].lower) {
                var j = k + 1
                while j < min(doc.tokens.count, k + 6), doc.tokens[j].kind == .word, !cues.contains(doc.tokens[j].lower) { j += 1 }
                if j < doc.tokens.count, cues.contains(doc.tokens[j].lower), doc.tokens[(k + 1)..<j].contains(where: { $0.classes.contains(.groupNoun) }) { k = j }
            }
            guard k < doc.tokens.count, cues.contains(doc.tokens[k].lower) else { continue }
            let sentence = doc.sentences[doc.sentenceOf[m.tokens.lowerBound]]
            let parent = firstParties(in: (k + 1)..<min(sentence.upperBound, k + 8), doc).first
            let group = doc.registry.root(m.entity)
            guard let parent, parent != group, doc.registry[parent].kind != .other else { continue }
            let span = TextSpan(start: m.span.start, end: doc.tokens[min(sentence.upperBound, k + 8) - 1].span.end)
            out.append(Found(kind: .memberOf, source: group, target: parent, cue: doc.tokens[k].text, evidence: span, segment: nil, at: k))
        }
        return out
    }

    /// Person or organisation → the party it speaks for; a group → its parent.
    private func affiliations(_ doc: DocumentAnalysis) -> [Found] {
        var out: [Found] = []
        var firstMention: [Int: Mention] = [:]
        for m in doc.mentions where firstMention[doc.registry.root(m.entity)] == nil { firstMention[doc.registry.root(m.entity)] = m }
        for i in doc.registry.entries.indices where doc.registry[i].mergedInto == nil {
            guard let a = doc.registry[i].affiliation, let first = firstMention[i] else { continue }
            let kind: RelationKind = doc.registry[i].kind == .group ? .memberOf : .affiliatedWith
            out.append(Found(kind: kind, source: i, target: doc.registry.root(a), cue: nil, evidence: first.span,
                             segment: nil, at: first.tokens.lowerBound))
        }
        return out
    }

    /// Each party and everything tied to it by affiliation, either way (Peskov → the Kremlin →
    /// Russia → Russian intelligence → APT29), computed once per document and per party.
    final class Ties {
        private var up: [Int: [Int]] = [:]
        private var down: [Int: [Int]] = [:]
        private var memo: [Int: Set<Int>] = [:]

        init(_ registry: EntityRegistry) {
            for i in registry.entries.indices where registry[i].mergedInto == nil {
                guard let a = registry[i].affiliation.map(registry.root), a != i else { continue }
                up[i, default: []].append(a)
                // A spokesman stands for his country, not the country for him: follow people upwards only.
                if registry[i].kind != .person { down[a, default: []].append(i) }
            }
        }

        func of(_ e: Int) -> Set<Int> {
            if let known = memo[e] { return known }
            var related: Set<Int> = [e]
            var queue = [e]
            while let x = queue.popLast() {
                for y in (up[x] ?? []) + (down[x] ?? []) where related.insert(y).inserted { queue.append(y) }
            }
            memo[e] = related
            return related
        }
    }

    private func unique(_ xs: [Int]) -> [Int] {
        var seen = Set<Int>()
        return xs.filter { seen.insert($0).inserted }
    }
}
