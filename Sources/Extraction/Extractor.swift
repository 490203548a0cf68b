import QuoteGraphModel

/// What the extractor found in one document.
public struct DocumentExtraction: Sendable {
    public var document: DocumentSummary
    public var quotes: [Quote]
    public var entities: [Entity]
    public var relations: [Relation]
    /// Notes about odd input that did not stop extraction (unbalanced quotation marks…).
    public var diagnostics: [Diagnostic]
}

/// Text → quotations with speakers, parties and relations, for one document at a time.
/// A pure function of the text and the lexicons: it never prints and never fails; odd
/// input gives diagnostics.
public struct Extractor: Sendable {
    public let lexicon: Lexicon
    /// Names the user declared to be one party, applied in every document.
    public let aliases: AliasTable
    let gazetteer: Gazetteer
    let wordClasses: WordClassTable

    public init(lexicon: Lexicon = .bundled, aliases: AliasTable = AliasTable()) {
        self.lexicon = lexicon
        gazetteer = Gazetteer(lexicon)
        wordClasses = WordClassTable(lexicon, gazetteer)
        self.aliases = aliases.inferringKinds(lexicon, gazetteer)
    }

    /// Quotations with speakers, parties and relations.
    public func extract(_ document: Document) -> DocumentExtraction {
        var doc = analyse(document)
        let attributions = Attributor(lexicon: lexicon).attribute(doc)
        let found = RelationFinder(lexicon: lexicon, gazetteer: gazetteer).relations(&doc, attributions: attributions)
        let ids = EntityIDs(doc.registry)
        let (quotes, quoteOfSegment) = makeQuotes(document.id, doc, attributions, ids)
        let relations = RelationMerger.merge(found.map { $0.relation(documentID: document.id, ids: ids, quoteIDs: quoteOfSegment) })
        let summary = DocumentSummary(id: document.id, chars: doc.text.count, meta: document.meta)
        return DocumentExtraction(document: summary, quotes: quotes, entities: ids.entities(quotes: quotes, relations: relations),
                                  relations: relations, diagnostics: doc.diagnostics)
    }

    /// Only the quotations with their speakers: the `quotes` command's work, without relations.
    public func quotes(_ document: Document) -> [Quote] {
        let doc = analyse(document)
        return makeQuotes(document.id, doc, Attributor(lexicon: lexicon).attribute(doc), EntityIDs(doc.registry)).quotes
    }

    /// Text → tokens, quoted segments and mentions.
    private func analyse(_ document: Document) -> DocumentAnalysis {
        var doc = DocumentAnalysis(id: document.id, text: document.text, aliases: aliases, wordClasses: wordClasses)
        QuoteClassifier.classify(&doc)
        MentionScanner(lexicon: lexicon, gazetteer: gazetteer).scan(&doc)
        return doc
    }

    private func makeQuotes(_ documentID: String, _ doc: DocumentAnalysis, _ attributions: [Attribution?],
                            _ ids: EntityIDs) -> (quotes: [Quote], idOfSegment: [Int: String]) {
        var quotes: [Quote] = []
        var idOfSegment = [Int: String]()
        for (q, segment) in doc.segments.enumerated() where segment.role == .quotation {
            let a = attributions[q]
            var quote = Quote(id: "q\(quotes.count + 1)", document: documentID, span: segment.span,
                              text: doc.text.string(segment.span), speakerSpan: a?.speakerSpan, cue: a?.cue)
            switch a?.speaker {
            case .entity(let e)?:
                (quote.speaker, quote.speakerName) = ids.speaker(e)
            case .unnamed(let description)?:
                quote.speakerName = description
            case nil:
                break
            }
            idOfSegment[q] = quote.id
            quotes.append(quote)
        }
        return (quotes, idOfSegment)
    }
}
