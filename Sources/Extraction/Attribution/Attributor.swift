import QuoteGraphModel

/// Attributes each quotation to its speaker with a sieve, most certain rule first:
/// 1. a cue right after the quote (`"…," said X`, `"…," X said`);
/// 2. a cue before it in the sentence (`X said: "…"`, `according to X, "…"`);
/// 3. any cue elsewhere in the sentence (partial quotations);
/// 4. an earlier quotation of the same sentence;
/// 5. the previous quotation, for a paragraph or sentence that is only a quotation;
/// 6. a paragraph ending in a colon that introduces the quotation.
/// Speaker phrases are read by `SpeakerPhrase`: names, pronouns, descriptions.
struct Attributor {
    let lexicon: Lexicon

    static let adverbs: Set<String> = ["also", "later", "earlier", "then", "now", "previously", "recently", "again", "once",
                                       "yesterday", "today", "last", "week", "has", "had", "have", "was", "is", "would",
                                       "will", "further", "simply", "flatly", "repeatedly", "publicly", "privately", "only",
                                       "often", "still", "already", "soon", "never"]

    /// Words before a noun: a speech word after them is a noun ("the report", "her remark").
    static let nounMarkers: Set<String> = ["the", "a", "an", "this", "his", "her", "their", "its", "our"]

    /// Verbs whose subject receives words rather than says them.
    static let perceptionVerbs: Set<String> = ["hear", "hears", "heard", "see", "sees", "saw", "watch", "watches", "watched"]

    static let objectPronouns: Set<String> = ["me", "him", "us", "them"]

    static let bullets: Set<String> = ["-", "•", "*", "–", "—", "·", "▪", "‣"]

    func attribute(_ doc: DocumentAnalysis) -> [Attribution?] {
        var out = [Attribution?](repeating: nil, count: doc.segments.count)
        let phrases = SpeakerPhrase(lexicon: lexicon, doc: doc)
        var previous: (q: Int, attribution: Attribution)?
        for q in doc.segments.indices where doc.segments[q].role == .quotation {
            let found = sieve(q, doc, phrases, previous)
            out[q] = found
            if let found, found.speaker != nil { previous = (q, found) }
            if case .entity(let e)? = found?.speaker {
                phrases.lastSpeaker = e
                if let first = doc.segmentTokens[q].first { phrases.speakerBySentence[doc.sentenceOf[first]] = e }
            }
        }
        // A quotation running over several paragraphs is attributed once, often after its last
        // paragraph: the earlier paragraphs left without a speaker take that one.
        var next: Attribution?
        for q in doc.segments.indices.reversed() where doc.segments[q].role == .quotation {
            if out[q]?.speaker == nil, let next { out[q] = relabel(next, "continued") }
            next = doc.segments[q].continuesPrevious && out[q]?.speaker != nil ? out[q] : nil
        }
        return out
    }

    private func sieve(_ q: Int, _ doc: DocumentAnalysis, _ phrases: SpeakerPhrase,
                       _ previous: (q: Int, attribution: Attribution)?) -> Attribution? {
        let segment = doc.segments[q]
        guard let marked = doc.markedTokens(of: q) else { return nil }
        let outerStart = marked.lowerBound, outerEnd = marked.upperBound
        if let a = transcriptSpeaker(q, doc) { return a }
        let sentence = doc.sentences[doc.sentenceOf[outerStart]]

        // 1. Right after the quotation. A paragraph that continues an open quotation keeps its
        // speaker unless it names its own ("“…,” added Rep. Jim Clyburn").
        let after = attributionAfter(outerStart, outerEnd, sentence, segment.paragraph, doc, phrases)
        if segment.continuesPrevious, let previous { return after ?? relabel(previous.attribution, "continuation") }
        if let after { return after }
        // The previous quotation, when it stands in the same sentence.
        let previousInSentence = previous.flatMap { p in
            doc.markedTokens(of: p.q).flatMap { doc.sentenceOf[$0.lowerBound] == doc.sentenceOf[outerStart] ? (end: $0.upperBound, attribution: p.attribution) : nil }
        }
        // `"A," Thiel wrote in a statement to Wired explaining why he is speaking, "B."`: the
        // attribution between two parts of one sentence's quotation names the speaker of both.
        if let p = previousInSentence, let span = p.attribution.speakerSpan,
           doc.tokens[p.end - 1].span.end <= span.start, span.end <= doc.tokens[outerStart].span.start {
            return relabel(p.attribution, "interrupted")
        }
        // 2. Before it, in the same sentence.
        if let a = cueBefore(outerStart, sentence, doc, phrases) { return a }
        if let a = nameBeforeColon(outerStart, doc) { return a }
        // 3. Anywhere else in the sentence outside quotations.
        if let a = cueAnywhere(sentence, doc, phrases, quoteStart: outerStart) { return relabel(a, "sentence") }
        // 4. An earlier quotation of the same sentence.
        if let p = previousInSentence { return relabel(p.attribution, "same-sentence") }
        // `Maher said the report “wasn’t good.” Adding, “…”`: a sentence led by a participle of
        // saying continues the previous quotation's speaker in its paragraph.
        if opensWithSpeechParticiple(sentence, before: outerStart, doc), sentence.lowerBound > 0,
           case let prior = doc.sentences[doc.sentenceOf[sentence.lowerBound - 1]], doc.tokens[prior.lowerBound].paragraph == segment.paragraph {
            if let previous, let first = doc.markedTokens(of: previous.q)?.lowerBound, prior.contains(first) {
                return relabel(previous.attribution, "participle-continuation")
            }
            if let a = cueBefore(prior.upperBound, prior, doc, phrases) { return relabel(a, "participle-continuation") }
        }
        // A bullet ("- “…”", "• “…”") before the quotation still leaves it leading its sentence.
        var lead = sentence.lowerBound
        while lead < outerStart, doc.tokens[lead].kind == .punctuation, Self.bullets.contains(doc.tokens[lead].text) { lead += 1 }
        let opensSentence = lead == outerStart
        // The sentence right before the quotation (and its bullet), when no quotation ends it,
        // and its paragraph.
        let beforeIndex = (opensSentence ? sentence.lowerBound : outerStart) - 1
        let before = beforeIndex >= 0 && doc.tokens[beforeIndex].quote == nil ? doc.sentences[doc.sentenceOf[beforeIndex]] : nil
        let beforeParagraph = beforeIndex >= 0 ? doc.tokens[beforeIndex].paragraph : -1
        // 5. `Smith said the plan would fail. "It is a disaster."`: a sentence led by the
        // quotation, right after a sentence of reported speech in the same paragraph.
        let outside = doc.tokens[sentence].filter { $0.quote == nil && $0.kind == .word }
        let ledByQuote = opensSentence && !sentence.contains { isCue($0, doc) }
            && !doc.mentions(in: sentence).contains { doc.quotation(of: $0.tokens.lowerBound) == nil }
        if ledByQuote, let before, beforeParagraph == segment.paragraph, !before.contains(where: { doc.quotation(of: $0) != nil }) {
            if let a = cueBefore(before.upperBound, before, doc, phrases) { return relabel(a, "previous-sentence") }
            // `Ian Pearson told the BBC that the closure was a shame. BT was one of its partners.
            // "There were …"`: one sentence naming nobody who speaks may stand between.
            let earlier = before.lowerBound - 1
            if earlier >= 0, doc.tokens[earlier].paragraph == segment.paragraph, !before.contains(where: { isCue($0, doc) }),
               !doc.mentions(in: before).contains(where: { doc.registry.resolved($0.entity).kind == .person }),
               case let sentence = doc.sentences[doc.sentenceOf[earlier]], !sentence.contains(where: { doc.quotation(of: $0) != nil }),
               let a = cueBefore(sentence.upperBound, sentence, doc, phrases) {
                return relabel(a, "previous-sentence")
            }
        }
        // 6. A sentence that is (or opens with) only the quotation continues the previous speaker,
        // unless it follows, in a new paragraph, a sentence whose subject is a person ("Sen.
        // Bernie Sanders identified young voters' exhaustion … “The younger people are …”").
        if outside.isEmpty || ledByQuote {
            if previous.map({ doc.segments[$0.q].paragraph != segment.paragraph }) ?? true, let before, beforeParagraph == segment.paragraph,
               let s = phrases.read(sentenceSubjectOf: before, before: before.upperBound, kinds: [.person]) {
                return Attribution(speaker: s.speaker, speakerSpan: s.span, cue: nil, rule: "paragraph-subject")
            }
            if let previous, segment.paragraph - doc.segments[previous.q].paragraph <= 1 {
                return relabel(previous.attribution, "continuation")
            }
        }
        // 7. A paragraph that is only the quotation, after a paragraph that ends in the speaker's
        // reported words ("Sanders said Clinton was too friendly …") or a colon ("The New York
        // Times reports:", "Sanders made the following comment:").
        if outside.isEmpty, opensSentence, let before, beforeParagraph == segment.paragraph - 1 {
            if let a = cueBefore(before.upperBound, before, doc, phrases) { return relabel(a, "previous-paragraph") }
            if doc.tokens[beforeIndex].text == ":", let a = subjectOf(before, before: beforeIndex, phrases) { return relabel(a, "previous-paragraph:colon") }
        }
        // 8. `Obama is rolling out a new message: "It's about me."`: a colon hands the
        // quotation to the sentence's subject, unless the subject only perceives it ("The
        // viewer will hear: …").
        if outerStart > sentence.lowerBound + 1, doc.tokens[outerStart - 1].text == ":",
           !Self.perceptionVerbs.contains(doc.tokens[outerStart - 2].lower), let a = subjectOf(sentence, before: outerStart - 1, phrases) {
            return relabel(a, "colon-subject")
        }
        return nil
    }

    /// Rule 1: a dash signature, `"…," said X`, `"…," X said`, or the next sentence opening
    /// with the attribution.
    private func attributionAfter(_ outerStart: Int, _ outerEnd: Int, _ sentence: Range<Int>, _ paragraph: Int,
                                  _ doc: DocumentAnalysis, _ phrases: SpeakerPhrase) -> Attribution? {
        var k = outerEnd
        while k < sentence.upperBound, doc.isPunctuation(k, among: ",—–-―") { k += 1 }
        if let a = dashSignature(from: outerEnd, doc) { return a }
        if k < sentence.upperBound, k > outerEnd || doc.tokens[outerEnd - 1].kind == .quoteMark {
            return afterQuote(from: k, limit: sentence.upperBound, doc, phrases, quoteStart: outerStart)
        } else if k == sentence.upperBound, k < doc.tokens.count, doc.tokens[k].paragraph == paragraph, doc.tokens[k].quote == nil,
                  !(sentence.lowerBound..<outerStart).contains(where: { isCue($0, doc) }) {
            // `"… today?" Miller, a retired worker, said.`: the quotation ended its sentence, and
            // the next one opens with its attribution, unless a cue before the quotation in its
            // own sentence names the speaker (`Reid told reporters that "…." Aides later said`),
            // or the next sentence's cue reports words of its own (`"…." Murphy said on CNBC
            // that "everything is on the table"`).
            let next = doc.sentences[doc.sentenceOf[k]]
            if let cue = next.first(where: { isCue($0, doc) }),
               ((cue + 1)..<next.upperBound).prefix(while: { doc.tokens[$0].kind == .word }).contains(where: { doc.tokens[$0].lower == "that" }) {
                return nil
            }
            return afterQuote(from: k, limit: next.upperBound, doc, phrases, quoteStart: outerStart, speakerFirstOnly: true)
        }
        return nil
    }

    /// Whether the words right before token `v` are a party named after a preposition ("on
    /// Facebook", "to CBS").
    private func endsPrepositionalPhrase(_ v: Int, _ sentence: Range<Int>, _ doc: DocumentAnalysis) -> Bool {
        guard let m = doc.mention(endingAt: v), case let first = doc.mentions[m].tokens.lowerBound, first > sentence.lowerBound else { return false }
        return ["on", "to", "in", "at", "with", "from", "for", "by", "via"].contains(doc.tokens[first - 1].lower)
    }

    /// Whether the sentence is only a participle of saying and a comma or colon before the
    /// quotation ("Adding, “…”", "Continuing:").
    private func opensWithSpeechParticiple(_ sentence: Range<Int>, before outerStart: Int, _ doc: DocumentAnalysis) -> Bool {
        guard outerStart - sentence.lowerBound == 2, case let verb = doc.tokens[sentence.lowerBound],
              verb.classes.contains(.speechVerb), verb.lower.hasSuffix("ing") else { return false }
        return [",", ":"].contains(doc.tokens[outerStart - 1].text)
    }

    /// The sentence's subject as the speaker, when it is a person or an organisation.
    private func subjectOf(_ sentence: Range<Int>, before end: Int, _ phrases: SpeakerPhrase) -> Attribution? {
        guard let s = phrases.read(sentenceSubjectOf: sentence, before: end, kinds: [.person, .organisation]) else { return nil }
        return Attribution(speaker: s.speaker, speakerSpan: s.span, cue: ":", rule: "colon")
    }

    /// `Clinton: "Our goal is …"`: a party named right before a colon that opens the quotation.
    private func nameBeforeColon(_ outerStart: Int, _ doc: DocumentAnalysis) -> Attribution? {
        guard outerStart > 1, doc.tokens[outerStart - 1].text == ":", let m = doc.mention(endingAt: outerStart - 1) else { return nil }
        let mention = doc.mentions[m]
        // "a blunt message to Trump:", "to the Dutch newspaper NRC Handelsblad:" name the
        // addressee, not the speaker: a preposition within the few words before the name.
        let first = mention.tokens.lowerBound
        let addressed = (max(0, first - 4)..<first).reversed().prefix { doc.tokens[$0].kind == .word }
            .contains { ["to", "at", "for", "with", "about", "against", "on", "toward", "towards", "into"].contains(doc.tokens[$0].lower) }
        guard !addressed else { return nil }
        let e = doc.registry.root(mention.entity)
        guard doc.registry[e].kind != .other else { return nil }
        return Attribution(speaker: .entity(e), speakerSpan: mention.span, cue: ":", rule: "colon-name")
    }

    /// A transcript line: "PENCE: Well, look, …" names its speaker in capitals before a colon.
    private func transcriptSpeaker(_ q: Int, _ doc: DocumentAnalysis) -> Attribution? {
        let range = doc.segmentTokens[q]
        var k = range.lowerBound
        while k < range.upperBound, k - range.lowerBound < 4, doc.tokens[k].kind == .word, doc.tokens[k].isAcronym || doc.tokens[k].lower == "mr." { k += 1 }
        guard k > range.lowerBound, k < range.upperBound, doc.tokens[k].text == ":",
              let m = doc.mention(startingAt: range.lowerBound) ?? doc.mention(startingAt: k - 1) else { return nil }
        let mention = doc.mentions[m]
        return Attribution(speaker: .entity(doc.registry.root(mention.entity)), speakerSpan: mention.span, cue: ":", rule: "transcript")
    }

    private func relabel(_ a: Attribution, _ rule: String) -> Attribution {
        var a = a
        a.rule = rule
        return a
    }


    /// Verbs whose infinitive still reports speech ("went on to say", "was quick to add").
    static let reportingInfinitives: Set<String> = ["say", "add", "tell", "write", "explain", "note", "ask", "declare", "announce", "reply", "respond"]

    /// Words that are cues only in company: "according to", "put it", "shot back", "points
    /// out", "the statement read", "“…,” Trump went on.".
    static let cueWords: Set<String> = ["according", "put", "puts", "shot", "fired", "hit", "point", "points", "read", "went", "goes"]

    func isCue(_ i: Int, _ doc: DocumentAnalysis) -> Bool {
        let t = doc.tokens[i]
        // Most words are neither: one test of their classes settles it.
        guard t.kind == .word, t.quote == nil, t.classes.contains(.speechVerb) || t.classes.contains(.cueWord) else { return false }
        if t.lower == "according", i + 1 < doc.tokens.count, doc.tokens[i + 1].lower == "to" { return true }
        // "Clinton's remark", "the report": a noun, not a verb.
        if i > 0, doc.tokens[i - 1].kind == .possessive || Self.nounMarkers.contains(doc.tokens[i - 1].lower) { return false }
        // "heard him say", "let it continue": after an object pronoun the word is a bare
        // infinitive, not the speech.
        if i > 1, Self.objectPronouns.contains(doc.tokens[i - 1].lower)
            || doc.tokens[i - 1].lower == "it" && ["let", "lets", "make", "makes", "made"].contains(doc.tokens[i - 2].lower) { return false }
        // "plans to counter …": an infinitive of purpose, not the speech ("went on to say" is).
        if i > 0, doc.tokens[i - 1].lower == "to", !Self.reportingInfinitives.contains(t.lower) { return false }
        // "as Rosenthal put it", "the statement read": cues only in these company.
        if t.lower == "put" || t.lower == "puts", i + 1 < doc.tokens.count, doc.tokens[i + 1].lower == "it" { return true }
        // "Hillary shot back", "Bozell points out".
        if ["shot", "fired", "hit"].contains(t.lower) || ["point", "points"].contains(t.lower), i + 1 < doc.tokens.count,
           doc.tokens[i + 1].lower == (t.lower.hasPrefix("point") ? "out" : "back") { return true }
        if t.lower == "read", i > 0, lexicon.documentNouns.contains(doc.tokens[i - 1].lower) { return true }
        // "“You know, it happens,” Trump went on, as if …": going on speaking, not "went on a tour".
        if t.lower == "went" || t.lower == "goes", i + 2 < doc.tokens.count, doc.tokens[i + 1].lower == "on",
           doc.tokens[i + 2].kind == .punctuation { return true }
        // `"…," read the email`: the document comes after the verb.
        if t.lower == "read", i + 2 < doc.tokens.count, Self.nounMarkers.contains(doc.tokens[i + 1].lower),
           doc.tokens[(i + 2)..<min(i + 5, doc.tokens.count)].contains(where: { lexicon.documentNouns.contains($0.lower) }) { return true }
        // A capitalised "States" or "Post" is a name, not a verb, but for a verb that opens its
        // sentence and puts the speaker after it ("Said Comey, “…”").
        return t.classes.contains(.speechVerb) && (!t.isCapitalized || t.text == t.text.uppercased() && t.text.count > 3
            || t.classes.contains(.invertingVerb) && doc.sentences[doc.sentenceOf[i]].lowerBound == i)
    }

    /// `"…" ― Pamela Padilla`: a name after a dash closes the paragraph, or makes the next one
    /// ("- Sanders.").
    private func dashSignature(from k: Int, _ doc: DocumentAnalysis) -> Attribution? {
        // (A double hyphen is two tokens.)
        guard k + 1 < doc.tokens.count, doc.isPunctuation(k, among: "—–―")
                || doc.isPunctuation(k, among: "-") && k > 0 && doc.tokens[k - 1].paragraph != doc.tokens[k].paragraph,
              doc.tokens[k].paragraph == doc.tokens[k + 1].paragraph else { return nil }
        var end = k + 1
        while end < doc.tokens.count, doc.tokens[end].paragraph == doc.tokens[k].paragraph, doc.tokens[end].kind != .quoteMark { end += 1 }
        // In a paragraph of its own the name follows the dash at once ("--additional reporting
        // by …" is a byline).
        var name = k + 1
        while name < end, doc.tokens[name].text == "-" { name += 1 }
        let ownParagraph = k == 0 || doc.tokens[k - 1].paragraph != doc.tokens[k].paragraph
        guard end - k <= 8, let m = doc.mentions(in: (k + 1)..<end).first,
              ownParagraph ? m.tokens.lowerBound == name : doc.registry.resolved(m.entity).kind == .person || m.tokens.lowerBound == k + 1
        else { return nil }
        return Attribution(speaker: .entity(doc.registry.root(m.entity)), speakerSpan: m.span, cue: doc.tokens[k].text, rule: "dash")
    }

    /// `"…," said X` or `"…," X said`, starting at token `k` after the closing mark.
    private func afterQuote(from k: Int, limit: Int, _ doc: DocumentAnalysis, _ phrases: SpeakerPhrase, quoteStart: Int,
                            speakerFirstOnly: Bool = false) -> Attribution? {
        var i = k
        while i < limit, doc.tokens[i].classes.contains(.adverb) { i += 1 }
        if !speakerFirstOnly, i < limit, isCue(i, doc), doc.tokens[i].lower != "according" {
            // Verb first: the speaker phrase follows.
            var end = i + 1
            while end < limit, doc.tokens[end].quote == nil, ![".", ";", ":", "!", "?"].contains(doc.tokens[end].text) { end += 1 }
            if let s = phrases.read(phraseAfterVerb: (i + 1)..<end, before: quoteStart) {
                return Attribution(speaker: s.speaker, speakerSpan: s.span, cue: doc.tokens[i].text, rule: "after:verb-speaker")
            }
        }
        if !speakerFirstOnly, i < limit, doc.tokens[i].lower == "according", i + 2 < limit {
            var end = i + 2
            while end < limit, doc.tokens[end].quote == nil, ![".", ";", ":", ","].contains(doc.tokens[end].text) { end += 1 }
            if let s = phrases.read(phraseAfterVerb: (i + 2)..<end, before: quoteStart) {
                return Attribution(speaker: s.speaker, speakerSpan: s.span, cue: "according to", rule: "after:according")
            }
        }
        // Speaker first: find the verb within a short noun phrase. `“…,” and rejected a report
        // …`: a predicate joined to the quotation's clause has that clause's subject.
        if k + 1 < limit, ["and", "but", "or"].contains(doc.tokens[k].lower), doc.tokens[k + 1].kind == .word, !doc.tokens[k + 1].isCapitalized {
            return nil
        }
        var v = k
        while v < limit, v - k <= 24, doc.quotation(of: v) == nil, ![".", ";", ":", "!", "?"].contains(doc.tokens[v].text) {
            if isCue(v, doc), v > k, doc.tokens[v].lower != "according" {
                if speakerFirstOnly && (v - k > 12 || doc.tokens[v].lower.hasSuffix("ing") || introducesQuotation(after: v, doc)
                                        || reportsOwnWords(after: v, doc)) { return nil }
                if let s = phrases.read(subjectBefore: v, from: k, before: quoteStart) {
                    return Attribution(speaker: s.speaker, speakerSpan: s.span, cue: doc.tokens[v].text, rule: "after:speaker-verb")
                }
                return nil
            }
            v += 1
        }
        return nil
    }

    /// `"…." Alex Salmond said his party would …`: a verb of saying followed by the words it
    /// reports starts a new statement; it attributes no quotation before it. Only an
    /// addressee, time or place may follow a verb that does ("said on Tuesday", "told the BBC").
    private func reportsOwnWords(after v: Int, _ doc: DocumentAnalysis) -> Bool {
        guard !SpeakerPhrase.addressees.contains(doc.tokens[v].lower) else { return false }
        var i = v + 1
        while i < doc.tokens.count, doc.tokens[i].isAdverb { i += 1 }
        guard i < doc.tokens.count, doc.tokens[i].kind == .word, doc.tokens[i].quote == nil else { return false }
        let next = doc.tokens[i]
        return !(Self.afterSayingWords.contains(next.lower) || next.classes.contains(.weekday))
    }

    /// Words that may follow a verb of saying that ends its clause: time, place, manner.
    static let afterSayingWords: Set<String> = ["in", "on", "at", "during", "after", "before", "of", "to", "from", "when", "while",
                                                "as", "yesterday", "today", "tonight", "last", "this", "earlier", "later", "afterwards",
                                                "afterward", "recently", "then", "again", "also", "simply", "via", "through", "by",
                                                "with", "about", "outside", "inside", "under", "over", "following", "and", "but", "adding", "into",
                                                "for", "across", "near", "behind", "beside", "around", "amid", "without"]

    /// `Mr. Zahed said: "…"`: the cue introduces a quotation of its own.
    private func introducesQuotation(after v: Int, _ doc: DocumentAnalysis) -> Bool {
        var i = v + 1
        while i < doc.tokens.count, doc.tokens[i].classes.contains(.adverb) || doc.tokens[i].text == ":" || doc.tokens[i].text == "," { i += 1 }
        return i < doc.tokens.count && doc.tokens[i].quote != nil
    }

    /// `X said: "…"`, `X told Y that "…"`, `according to X, "…"` before the opening mark.
    private func cueBefore(_ outerStart: Int, _ sentence: Range<Int>, _ doc: DocumentAnalysis, _ phrases: SpeakerPhrase) -> Attribution? {
        var v = outerStart - 1
        while v >= sentence.lowerBound {
            if isCue(v, doc) { return attribution(atCue: v, sentence, doc, phrases, quoteStart: outerStart, rule: "before") }
            v -= 1
        }
        return nil
    }

    private func cueAnywhere(_ sentence: Range<Int>, _ doc: DocumentAnalysis, _ phrases: SpeakerPhrase, quoteStart: Int) -> Attribution? {
        for v in sentence where isCue(v, doc) {
            if let a = attribution(atCue: v, sentence, doc, phrases, quoteStart: quoteStart, rule: "sentence") { return a }
        }
        return nil
    }

    private func attribution(atCue v: Int, _ sentence: Range<Int>, _ doc: DocumentAnalysis, _ phrases: SpeakerPhrase,
                             quoteStart: Int, rule: String) -> Attribution? {
        // "Trump went on the attack, saying, "…"": a participle's speaker is the sentence's subject.
        // The comma may stand inside a quotation's closing mark ("“New York values,” saying").
        let afterComma = v > sentence.lowerBound + 1 && doc.tokens[v - 1].kind == .quoteMark && doc.tokens[v - 2].text == ","
        // "TASS quoted Deputy Foreign Minister Andrei Volkonsky as saying", "Xinhua cited a
        // ministry spokesman as saying": the one quoted.
        if doc.tokens[v].lower == "saying", v >= 2, doc.tokens[v - 1].lower == "as",
           let quoting = (max(sentence.lowerBound, v - 12)..<(v - 1)).last(where: { ["quoted", "quotes", "quoting", "cited", "cites"].contains(doc.tokens[$0].lower) }),
           let s = phrases.read(phraseAfterVerb: (quoting + 1)..<(v - 1), before: quoteStart) {
            return Attribution(speaker: s.speaker, speakerSpan: s.span, cue: "quoted as saying", rule: rule + ":quoted")
        }
        let isParticiple = doc.tokens[v].lower.hasSuffix("ing")
        // "…, said Paul Begala, calling it “…”": the participle shares the speaker of the
        // inverted attribution right before it, a name and nothing after it.
        if isParticiple, v >= sentence.lowerBound + 3, doc.tokens[v - 1].text == ",",
           let c = (max(sentence.lowerBound, v - 9)..<(v - 2)).last(where: { isCue($0, doc) }),
           case let first = doc.tokens[c + 1], first.isCapitalized || first.classes.contains(.title) || first.classes.contains(.personNoun),
           !((c + 1)..<(v - 1)).contains(where: { doc.tokens[$0].text == "," || doc.tokens[$0].quote != nil }),
           let s = phrases.read(phraseAfterVerb: (c + 1)..<(v - 1), before: quoteStart), case .entity = s.speaker,
           s.span.end == doc.tokens[v - 2].span.end {
            return Attribution(speaker: s.speaker, speakerSpan: s.span, cue: doc.tokens[v].text, rule: rule + ":participle")
        }
        if isParticiple, v > sentence.lowerBound, afterComma || [",", "then", "as", "before", "after", "upon", "while", "when", "by"].contains(doc.tokens[v - 1].lower),
           let s = phrases.read(sentenceSubjectOf: sentence, before: min(v, quoteStart)) {
            return Attribution(speaker: s.speaker, speakerSpan: s.span, cue: doc.tokens[v].text, rule: rule + ":participle")
        }
        if doc.tokens[v].lower == "according" {
            var end = v + 2
            while end < sentence.upperBound, doc.tokens[end].quote == nil, ![",", ".", ";", ":"].contains(doc.tokens[end].text) { end += 1 }
            guard let s = phrases.read(phraseAfterVerb: (v + 2)..<end, before: quoteStart) else { return nil }
            return Attribution(speaker: s.speaker, speakerSpan: s.span, cue: "according to", rule: rule)
        }
        // "Grieve interrupted me to announce", "went on to say": the infinitive's speaker is the
        // sentence's subject, unless somebody was asked or told to speak.
        if v > sentence.lowerBound, doc.tokens[v - 1].lower == "to",
           !(sentence.lowerBound..<v).contains(where: { SpeakerPhrase.addressees.contains(doc.tokens[$0].lower) }),
           let s = phrases.read(sentenceSubjectOf: sentence, before: min(v, quoteStart)) {
            return Attribution(speaker: s.speaker, speakerSpan: s.span, cue: doc.tokens[v].text, rule: rule + ":infinitive")
        }
        // "Clinton stressed her support of the raid … and said", "… but said": the verb shares the sentence's subject.
        // An adverb may come between ("and later said").
        var conjunction = v - 1
        while conjunction > sentence.lowerBound, doc.tokens[conjunction].classes.contains(.adverb) { conjunction -= 1 }
        if conjunction >= sentence.lowerBound, conjunction < v, ["and", "but"].contains(doc.tokens[conjunction].lower),
           let s = phrases.read(sentenceSubjectOf: sentence, before: min(v, quoteStart)) {
            return Attribution(speaker: s.speaker, speakerSpan: s.span, cue: doc.tokens[v].text, rule: rule + ":coordinated")
        }
        if let s = phrases.read(subjectBefore: v, from: sentence.lowerBound, before: quoteStart) {
            // "Mr. Trump … issued a statement Tuesday saying, “…”", "Clinton responded to the
            // question on Facebook writing, “…”": a participle after words that name nobody, or
            // after a preposition's object, has the sentence's subject.
            if isParticiple, s.speaker.isUnnamed || endsPrepositionalPhrase(v, sentence, doc),
               let subject = phrases.read(sentenceSubjectOf: sentence, before: min(v, quoteStart)) {
                return Attribution(speaker: subject.speaker, speakerSpan: subject.span, cue: doc.tokens[v].text, rule: rule + ":participle")
            }
            return Attribution(speaker: s.speaker, speakerSpan: s.span, cue: doc.tokens[v].text, rule: rule)
        }
        // Inverted: `said X` inside the sentence.
        var end = v + 1
        while end < sentence.upperBound, doc.tokens[end].quote == nil, ![",", ".", ";", ":"].contains(doc.tokens[end].text) { end += 1 }
        if let s = phrases.read(phraseAfterVerb: (v + 1)..<end, before: quoteStart), case .entity = s.speaker {
            return Attribution(speaker: s.speaker, speakerSpan: s.span, cue: doc.tokens[v].text, rule: rule + ":inverted")
        }
        return nil
    }
}
