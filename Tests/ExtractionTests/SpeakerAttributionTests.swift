import Testing

@Suite struct SpeakerAttributionTests {
    @Test func pronounAfterQuoteResolvesToLastNamedSpeaker() {
        let text = """
        Governor Lisa Grant signed the order on Monday.

        “It is the right thing to do for our state,” she said.
        """
        #expect(quotes(text) == [Pair("It is the right thing to do for our state", "Lisa Grant")])
    }

    @Test func pronounResolvesToTheSubjectOfThePreviousSentence() {
        let text = """
        “The numbers do not add up,” said analyst Mark Ross.

        Sylvania’s prime minister, Tomas Berg, was more cautious. “We are studying the report carefully,” he said.
        """
        #expect(quotes(text).last == Pair("We are studying the report carefully", "Tomas Berg"))
    }

    @Test func surnameAloneResolvesToTheFullName() {
        let text = """
        Hospital director Amina Yusuf opened the new wing on Friday.

        “We waited ten years for this building,” Yusuf said.
        """
        #expect(quotes(text) == [Pair("We waited ten years for this building", "Amina Yusuf")])
    }

    @Test func continuationParagraphBelongsToThePreviousSpeaker() {
        let text = """
        “The vote was a disgrace to this chamber,” said Rep. Carl Hines (D-Ore.).

        “I have never seen anything like it in twenty years.”
        """
        #expect(quotes(text).map(\.speaker) == ["Carl Hines", "Carl Hines"])
    }

    @Test func organisationSpeaksThroughDefiniteDescription() {
        let text = """
        The Ministry of Health published new figures on Tuesday.

        “Vaccination rates have doubled since March,” the ministry said.
        """
        #expect(quotes(text) == [Pair("Vaccination rates have doubled since March", "Ministry of Health")])
    }

    @Test func documentSpeaksForItsIssuer() {
        let text = "A CSE bulletin said the company was breached, ‘‘almost certainly attempting to steal its intellectual property.’’"
        #expect(quotes(text).first?.speaker == "CSE")
    }

    @Test func unnamedSpeakerIsReportedAsDescribed() {
        let text = "“We expect more arrests this week,” a senior administration official said."
        #expect(quotes(text) == [Pair("We expect more arrests this week", "a senior administration official")])
    }

    @Test func accordingToNamesTheSpeaker() {
        let text = "According to Dr. Helen Park, “the outbreak peaked two weeks ago in the north.”"
        #expect(quotes(text).first?.speaker == "Helen Park")
    }

    @Test func appositiveBetweenSpeakerAndVerbIsSkipped() {
        let text = "“We’ve seen some compromises in research organisations,” Scott Jones, head of the CSE’s Cyber Center, told a committee."
        #expect(quotes(text).first?.speaker == "Scott Jones")
    }

    @Test func transcriptLabelNamesTheSpeaker() {
        let text = """
        Senator Mike Pence spoke to Chris Wallace on Sunday.

        "PENCE: Well, look, the question really should be about the issues."
        """
        #expect(quotes(text).first?.speaker == "Mike Pence")
    }

    @Test func dashSignatureAfterQuotationNamesTheSpeaker() {
        let text = "“The most unqualified candidate ever to run for office.” ― Francisco Herrero"
        #expect(quotes(text).first?.speaker == "Francisco Herrero")
    }

    @Test func quotationWithNoAttributionHasNoSpeaker() {
        #expect(quotes("“Nobody saw anything that night in the square.”").first?.speaker == nil)
    }
}

@Suite struct DescribedSpeakerTests {
    @Test func partyAndRoleDescriptionResolvesToThePersonNamedEarlier() {
        let text = """
        Kremlin spokesman Dmitry Peskov spoke to reporters on Monday.

        “Russia has nothing to do with these attempts,” the Kremlin representative said.
        """
        #expect(quotes(text).first?.speaker == "Dmitry Peskov")
    }

    @Test func nameBetweenCommasAfterATitleIsTheSpeaker() {
        let text = "“The attackers waited for months,” Greyline’s chief analyst, Martin Osei, said in the report."
        #expect(quotes(text).first?.speaker == "Martin Osei")
    }
}

@Suite struct InitialsTests {
    @Test func dottedInitialsArePartOfAPersonsName() {
        let text = "“This is a disgusting day,” said Rep. G.K. Butterfield (D-N.C.), head of the Congressional Black Caucus."
        #expect(quotes(text).first?.speaker == "G.K. Butterfield")
    }
}
