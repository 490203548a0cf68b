import Testing

@Suite struct QuotationFindingTests {
    @Test func straightQuotesWithSpeakerAfter() {
        #expect(quotes(#""We will win this fight," said Maria Lopez."#) == [Pair("We will win this fight", "Maria Lopez")])
    }

    @Test func curlyQuotesWithSpeakerBeforeAndColon() {
        #expect(quotes("Senator Ann Ruiz said: “The bill is dead for this session.”") == [Pair("The bill is dead for this session.", "Ann Ruiz")])
    }

    @Test func doubledSingleCurlyMarksAreDoubleQuotes() {
        let text = "‘‘The company’s books were clean,’’ said auditor Paul Graves."
        #expect(quotes(text) == [Pair("The company’s books were clean", "Paul Graves")])
    }

    @Test func doubledStraightApostrophesAreDoubleQuotes() {
        let text = "''I have never been edited,'' Mr. Larry King told me."
        #expect(quotes(text) == [Pair("I have never been edited", "Larry King")])
    }

    @Test func backtickPairsOpenAQuotation() {
        let text = "``We are ready for the storm,'' the mayor, Ellen Park, said."
        #expect(quotes(text).map(\.text) == ["We are ready for the storm"])
    }

    @Test func singleCurlyMarksQuoteWhenNoDoubleMarksDo() {
        let text = "‘We have been let down by the council,’ said resident Mary Hughes."
        #expect(quotes(text) == [Pair("We have been let down by the council", "Mary Hughes")])
    }

    @Test func guillemetsAndLowHighMarks() {
        #expect(quotes("«Nous ne céderons pas sur ce point», said Pierre Martin.").map(\.text) == ["Nous ne céderons pas sur ce point"])
        #expect(quotes("„Wir werden das nicht hinnehmen“, said Klaus Weber.").map(\.text) == ["Wir werden das nicht hinnehmen"])
    }

    @Test func mismatchedCurlyAndStraightMarksStillPair() {
        #expect(quotes("“The plan has failed completely,\" said Tom Hale.").map(\.text) == ["The plan has failed completely"])
    }

    @Test func apostrophesAreNotQuotationMarks() {
        let text = "The union’s leader didn’t comment on the workers’ strike, which began in the ’90s."
        #expect(quotes(text).isEmpty)
    }

    @Test func quotationInterruptedByAttributionGivesTwoQuotations() {
        let text = "“We tried everything,” Lee Chan said. “Nothing worked at all.”"
        #expect(quotes(text) == [Pair("We tried everything", "Lee Chan"), Pair("Nothing worked at all.", "Lee Chan")])
    }

    @Test func multiParagraphQuotationContinuesAcrossParagraphs() {
        let text = """
        Judge Ruth Olsen said: “The evidence was overwhelming in every respect.

        “The defendants showed no remorse at any point in the trial.”
        """
        #expect(quotes(text) == [Pair("The evidence was overwhelming in every respect.", "Ruth Olsen"),
                                 Pair("The defendants showed no remorse at any point in the trial.", "Ruth Olsen")])
    }

    @Test func straightMarkAfterAFullStopInsideAQuotationOpensTheNextParagraphsQuotation() {
        // A quotation over two paragraphs whose break was lost: the second opening mark follows
        // the first paragraph's full stop, and no closing mark comes before it.
        let text = #""It is just more bitter and personal," the defender Tom Ashby said. "There's an edge. "If we beat them it will be our sweetest win.""#
        #expect(quotes(text) == [Pair("It is just more bitter and personal", "Tom Ashby"), Pair("There's an edge.", "Tom Ashby"),
                                 Pair("If we beat them it will be our sweetest win.", "Tom Ashby")])
    }

    @Test func straightMarkAfterAWordInsideAQuotationStillClosesIt() {
        let text = #"He called the plan "a disaster for the town" and left. "We will fight it," said Rosa Vance."#
        #expect(quotes(text).map(\.text) == ["a disaster for the town", "We will fight it"])
    }

    @Test func missingClosingMarkRecoversAtParagraphEnd() {
        let text = """
        “This is only the beginning of the protest, said organiser Dan Moss.

        “We will be back next week with more people,” said Sue Bell.
        """
        let found = quotes(text)
        #expect(found.count == 2)
        #expect(found.last == Pair("We will be back next week with more people", "Sue Bell"))
    }

    @Test func quotedNamesAfterKnownAsAreNotQuotations() {
        let text = "The unit, known as ‘‘the Dukes’’ or ‘‘Cozy Bear,’’ used malware called ‘‘WellMess.’’"
        #expect(quotes(text).isEmpty)
    }

    @Test func scareQuotesAreNotQuotations() {
        #expect(quotes("He called the plan a “disaster” and the rollout “chaotic.”").isEmpty)
    }

    @Test func shortTitleCasedPhraseIsATitleNotAQuotation() {
        #expect(quotes("She starred in “The Long Night Ahead” last year.").isEmpty)
    }

    @Test func shortSentenceWithCapitalisedWordsIsAQuotation() {
        #expect(quotes("“We can win on Tuesday,” said Mayor Dana Kowal.") == [Pair("We can win on Tuesday", "Dana Kowal")])
    }

    @Test func fewWordsRightAfterAVerbOfSayingAreAQuotation() {
        let text = "Asked whether he would run, Mayor Ben Ruiz said, “Probably.” A man in the crowd yelled “Stay there!” Later the mayor pledged “cooperation” and told “Morning Ledger” he was tired."
        #expect(quotes(text).map(\.text) == ["Probably.", "Stay there!"])
    }

    @Test func openingMarkMisprintedAsClosingEndsTheQuotation() {
        let text = "“If we lose Iowa, that could create real problems for us here,“ said Jim Corbin, a Democratic congressman."
        #expect(quotes(text) == [Pair("If we lose Iowa, that could create real problems for us here", "Jim Corbin")])
    }

    @Test func shortSentenceOfItsOwnIsAQuotation() {
        let text = "“You got the names of everybody here?” Okafor said. “Okay, great!”"
        #expect(quotes(text).map(\.speaker) == ["Okafor", "Okafor"])
    }

    @Test func shortShoutBeforeItsSpeakerIsAQuotation() {
        #expect(quotes("“Mexico!” the audience screamed back.") == [Pair("Mexico!", "the audience")])
    }

    @Test func titleWithThePeriodInsideTheMarksIsATitle() {
        #expect(quotes("He said it Thursday morning on “Breakfast with the Nation.”").isEmpty)
    }

    @Test func titleAfterAPossessiveOrAWorksNounIsATitleEvenBeforeAnAttribution() {
        let text = "Appearing Sunday on the Union Channel’s “Morning Ledger,” Senator Ruth Ames said she would run. She also hosts the podcast “So, That Happened.”"
        #expect(quotes(text).isEmpty)
    }

    @Test func longTitleWithASubtitleIsATitle() {
        #expect(quotes("Newspapers have been reading his new book, “Broken Harbor: How to Make the Coast Great Again” this week.").isEmpty)
    }

    @Test func markupAttributeValuesAreNotQuotations() {
        let text = "<tweet tweet-author=\"@cityhall\" tweet-date=\"March 9, 2016\">Roads close at noon.</tweet>"
        #expect(quotes(text).isEmpty)
    }

    @Test func straightSingleMarksQuoteInBritishStyle() {
        let text = "'We will not be deterred by those who want it to fail,' Home Secretary Priya Marsh told MPs. 'The public expect us to act.'"
        #expect(quotes(text) == [Pair("We will not be deterred by those who want it to fail", "Priya Marsh"),
                                 Pair("The public expect us to act.", "Priya Marsh")])
    }

    @Test func straightSingleMarkBeforeADigitClipsAYear() {
        let text = "Music of the '90s is back, the voters' favourite station says, and nobody minds at all."
        #expect(quotes(text).isEmpty)
    }

    @Test func singleQuotedPhraseAsAParagraphIsASubheading() {
        let text = """
        She was fired in 2005.

        'A change warrior.'

        Fiorina has told the story many times.
        """
        #expect(quotes(text).isEmpty)
    }

    @Test func shortSentenceWithAPeriodIsStillAQuotation() {
        #expect(quotes("“It was not me at all.” The mayor left the room.").map(\.text) == ["It was not me at all."])
    }
}

@Suite struct ShortQuotationTests {
    @Test func oneWordAnswerWithItsAttributionIsAQuotation() {
        #expect(quotes("“No,” said former President Bill Clinton.") == [Pair("No", "Bill Clinton")])
        #expect(quotes("“Why?” she asked. Senator Ann Ruiz had no answer.").map(\.text) == ["Why?"])
    }

    @Test func oneWordShoutWithItsAttributionIsAQuotation() {
        #expect(quotes("“Out!” the crowd yelled.") == [Pair("Out!", "the crowd")])
    }

    @Test func oneQuotedWordWithoutAttributionStaysAScareQuote() {
        #expect(quotes("The plan was “dead,” according to the memo, and “buried.”").isEmpty)
    }

    @Test func dottedAbbreviationBeforeANameEndsNoSentence() {
        let text = "“We will prevail in the end,” U.S. President Joe Biden said."
        #expect(quotes(text) == [Pair("We will prevail in the end", "Joe Biden")])
    }

    @Test func dottedAbbreviationBeforeASentenceOpenerEndsTheSentence() {
        let text = "The talks were held in the U.S. The host, Chuck Winters, said “it was a good day for all of us.”"
        #expect(extract(text).quotes.first?.speakerName == "Chuck Winters")
    }

    @Test func threeWordPhraseEndingTheSentenceOutsideTheMarksIsAQuotation() {
        let text = "The Fire Brigades Union said the figures showed the service was \"at breaking point\"."
        #expect(quotes(text) == [Pair("at breaking point", "Fire Brigades Union")])
        #expect(quotes("Critics called the scheme \"a costly gimmick\" on Tuesday.").isEmpty)
    }

    @Test func singleMarksAroundDoubleMarksQuoteTheWhole() {
        let text = "‘My father used to say \"you can't farm on a promise\", and he was right,’ Mr McAllister said."
        #expect(quotes(text) == [Pair("My father used to say \"you can't farm on a promise\", and he was right", "McAllister")])
    }

    @Test func apostropheBeforeADoubleQuotationIsNoOuterQuotation() {
        let text = "‘The students’ union said \"we will strike on Monday\", the officer said."
        #expect(quotes(text).map(\.text) == ["we will strike on Monday"])
    }
}
