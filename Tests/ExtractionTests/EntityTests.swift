import Extraction
import QuoteGraphModel
import Testing

@Suite struct EntityTests {
    private func entity(_ id: String, in text: String) -> Entity? {
        extract(text).entities.first { $0.id == id }
    }

    @Test func premodifierGivesTitleAndAffiliation() {
        let text = "“This is unacceptable,” British Foreign Secretary Dominic Raab said."
        let raab = entity("person:dominic-raab", in: text)
        #expect(raab?.title == "Foreign Secretary")
        #expect(raab?.affiliation == "country:united-kingdom")
    }

    @Test func appositiveGivesTitleAndOrganisation() {
        let text = "“Take this threat seriously,” said Anne Neuberger, cybersecurity director for the US National Security Agency."
        let neuberger = entity("person:anne-neuberger", in: text)
        #expect(neuberger?.title == "cybersecurity director")
        #expect(neuberger?.affiliation == "organisation:national-security-agency")
    }

    @Test func knownAsMergesQuotedAliasesIntoOneGroup() {
        let text = "The hackers belong to a unit known variously as APT29, ‘‘the Dukes’’ or ‘‘Cozy Bear.’’"
        let group = entity("group:apt29", in: text)
        #expect(group != nil)
        let aliases = Set(group?.aliases ?? [])
        #expect(aliases.isSuperset(of: ["Cozy Bear", "Dukes"]))
    }

    @Test func aSentenceAdverbOrANegatedAuxiliaryOpeningASentenceIsNoName() {
        let text = "Sadly comments such as his will mislead voters. But what if Jane Ruiz wins? Don’t Republicans run a risk?"
        #expect(!extract(text).entities.contains { $0.name.hasPrefix("Sadly") || $0.name.hasPrefix("Don") })
    }

    @Test func aNameAGroupIsTrackedAsIsAThreatGroup() {
        let text = "The Cyber Defence Centre attributed the activity to a group it tracks as Granite Owl."
        #expect(entity("group:granite-owl", in: text) != nil)
    }

    @Test func acronymMergesWithTheNameItAbbreviates() {
        let text = "The Communications Security Establishment issued a warning. Later the CSE said more attacks were likely."
        #expect(entity("organisation:communications-security-establishment", in: text)?.aliases.contains("CSE") == true)
        #expect(entity("organisation:cse", in: text) == nil)
    }

    @Test func seatOfGovernmentStandsForItsCountry() {
        let text = "Moscow has denied the allegations, and the Kremlin said it was not involved."
        let russia = entity("country:russia", in: text)
        #expect(russia?.aliases.contains("Moscow") == true)
        #expect(russia?.mentions == 2)
    }

    @Test func entityIDsAreKindAndSlug() {
        #expect(Entity.id(kind: .person, name: "Christopher A. Wray") == "person:christopher-a-wray")
        #expect(Entity.id(kind: .organisation, name: "Zürich Insurance") == "organisation:zurich-insurance")
    }
}

@Suite struct PluralAcronymTests {
    @Test func pluralAcronymIsNoParty() {
        let ids = extract("“We will act,” Home Secretary Priya Marsh told MPs.").entities.map(\.id)
        #expect(ids == ["person:priya-marsh"])
    }
}

@Suite struct NameBoundaryTests {
    @Test func placeAfterAPersonsNameIsNoPartOfIt() {
        let text = """
        Representative Dana Wilde Ostrander of Florida, the party chairwoman, also expressed concern.

        “We will be reaching out to both campaigns,” she said.
        """
        #expect(quotes(text) == [Pair("We will be reaching out to both campaigns", "Dana Wilde Ostrander")])
    }

    @Test func appositiveAfterAPlaceOfAPersonDescribesThePerson() {
        let text = "Republican Rep. Lee Zoller of Cedar Falls, a Trump supporter, said it will help both men."
        let people = extract(text).entities.filter { $0.kind == .person }
        #expect(people.map(\.name) == ["Lee Zoller"])
    }

    @Test func capitalisedRunAfterInIsAPlaceNotAPerson() {
        let text = """
        Governor Rick Dunlap spoke on Monday.

        After his rally in San Jose, California the candidate went further. “Many of them were paid,” he tweeted.
        """
        #expect(quotes(text).first?.speaker == "Rick Dunlap")
    }

    @Test func placeAfterPartyAndOfIsNoPerson() {
        let text = "“They are trying to be free riders,” said Senator Joe Donnell, Democrat of Indiana."
        #expect(!extract(text).entities.contains { $0.kind == .person && $0.name == "Indiana" })
    }

    @Test func relativeClauseGivesAffiliationButNoTitle() {
        let text = "Derek Maddox, who served as U.S. ambassador to Burma, said the trip mattered."
        let maddox = extract(text).entities.first { $0.name == "Derek Maddox" }
        #expect(maddox?.affiliation == "country:united-states")
        #expect(maddox?.title == nil)
    }

    @Test func headlineRunBeforeAFirstNameIsNoTitle() {
        let text = "Poll: Democrat Voters Worried About Mara Quist’s Health\n\nMara Quist spoke on Monday."
        #expect(extract(text).entities.first { $0.name == "Mara Quist" }?.title == nil)
    }

    @Test func monthBeforeANameIsADate() {
        let text = "At a June Pruitt campaign event in Ohio, 62-year-old Brenda Jolson railed against the plan. “They should speak English in public,” she said."
        #expect(quotes(text).first?.speaker == "Brenda Jolson")
        #expect(!extract(text).entities.contains { $0.name == "June Pruitt" })
    }

    @Test func oneWordSpeakerAfterTheIsAnOrganisation() {
        let text = "Ministers braced for a backlash as the Treasury confirmed the cuts on Tuesday."
        #expect(extract(text).entities.first { $0.name == "Treasury" }?.kind == .organisation)
    }

    @Test func theWithADemonymThatSpeaksIsTheCountry() {
        let ids = extract("The Chinese said the admiral was wrong.").entities.map(\.id)
        #expect(ids == ["country:china"])
    }

    @Test func victimPhraseWithoutARelationIsNoParty() {
        let ids = extract("Greyline’s chief analyst Martin Osei said the attack was old.").entities.map(\.id)
        #expect(ids == ["person:martin-osei"])
    }

    @Test func possessorOpensAnAppositiveTitle() {
        let text = "Martin Cole, Greyline’s chief analyst, said the attack was old."
        #expect(extract(text).entities.first { $0.name == "Martin Cole" }?.title == "Greyline’s chief analyst")
    }

    @Test func titleBeforeANameSetOffByCommasIsItsTitle() {
        let text = "Labour’s shadow chancellor, Tom Baird, said the plan was wrong. Ann Lee, Kevin Bishop, Kim Wall, and others signed."
        let entities = extract(text).entities
        #expect(entities.first { $0.name == "Tom Baird" }?.title == "Labour’s shadow chancellor")
        #expect(entities.first { $0.name == "Kim Wall" }?.title == nil)
    }

    @Test func longTitleBeforeAFirstNameIsTheTitle() {
        let text = "“Senator Wells voted twice to protect gun dealers,” Lake County Public Advocate Trish Varga said."
        #expect(quotes(text).first?.speaker == "Trish Varga")
        #expect(extract(text).entities.first { $0.name == "Trish Varga" }?.title == "Lake County Public Advocate")
    }

    @Test func newStartsAPlaceNameAtTheStartOfASentence() {
        let names = extract("New Jersey Gov. Chris Christie said no.").entities.map(\.name)
        #expect(names.contains("New Jersey") && !names.contains("Jersey"))
    }

    @Test func modifierBeforeACapitalisedRunMakesNoPersonOfIt() {
        let text = """
        Marta Quell, executive director of National Tenants United, a union backing the bill, said her group would march.

        “We will be a force inside and outside,” she said.
        """
        #expect(quotes(text).first?.speaker == "Marta Quell")
        #expect(!extract(text).entities.contains { $0.kind == .person && $0.name.contains("United") })
    }
}

@Suite struct PlaceAsSpeakerTests {
    @Test func placeBeforeAPossessiveAfterSaidIsNoSpeaker() {
        let text = """
        “We are going to have a generational wipeout,” said Ohio’s Rick Walden, a Republican consultant.

        To Ohio consultant Walden, the party line is just plain silly. “This is them whistling past the graveyard,” he said.
        """
        #expect(quotes(text).map(\.speaker) == ["Rick Walden", "Rick Walden"])
        #expect(!extract(text).entities.contains { $0.kind == .person && $0.name == "Ohio" })
    }

    @Test func caribbeanCountryIsACountryNotAPerson() {
        let text = "Pressed again, Lopez talks about his parents’ Dominican Republic, where “baseball and politics are the national sport,” he says."
        #expect(extract(text).entities.contains { $0.id == "country:dominican-republic" })
    }
}

@Suite struct HonorificTests {
    @Test func honorificPicksThePersonOfItsSexAmongNamesakes() {
        let text = """
        Paul Renner and Anna Renner arrived in Des Moines on Monday.

        “We will win this state,” Mrs. Renner said. “It is ours,” Mr. Renner added.
        """
        #expect(quotes(text).map(\.speaker) == ["Anna Renner", "Paul Renner"])
    }

    @Test func honorificOfTheOtherSexIsNoNamesake() {
        let text = """
        Donald Pruitt spoke first.

        “I am proud of him,” Mrs. Pruitt said.
        """
        #expect(quotes(text).first?.speaker == "Mrs. Pruitt")
        #expect(extract(text).entities.first { $0.name == "Donald Pruitt" }?.title == nil)
    }

    @Test func relativeClauseAfterANameIsNoAppositive() {
        let text = "Mr. Pruitt, whose own chief of staff resigned, is running again."
        #expect(extract(text).entities.first { $0.kind == .person }?.title == "Mr.")
    }

    @Test func listOfTitledPeopleAfterANameIsNoAppositive() {
        let text = "Hackers targeted people affiliated with President Joe Biden, Vice President Kamala Harris and Senator Ann Marlow."
        #expect(extract(text).entities.first { $0.name == "Joe Biden" }?.title == "President")
    }

    @Test func appositiveOwnedByATitledNameKeepsItsTitle() {
        let text = "“We were never close,” said Uzi Arad, Mr. Netanyahu’s former national security adviser."
        #expect(extract(text).entities.first { $0.name == "Uzi Arad" }?.title == "Mr. Netanyahu’s former national security adviser")
    }
}

/// Organisation names that open with a place, and their short forms.
@Suite struct PlaceOrganisationTests {
    private func entity(_ id: String, in text: String) -> Entity? {
        extract(text).entities.first { $0.id == id }
    }

    @Test func countryBeforeAnOrganisationWordOpensTheOrganisationsName() {
        let text = "“We have nothing to add at this time,” the U.S. Army said on Tuesday."
        #expect(quotes(text).first?.speaker == "U.S. Army")
        #expect(entity("organisation:us-army", in: text)?.affiliation == "country:united-states")
        #expect(extract(text).entities.allSatisfy { $0.kind != .person })
    }

    @Test func seatBeforeANewspaperWordIsTheNewspaper() {
        let text = "“The report is accurate,” the Washington Post said."
        #expect(quotes(text).first?.speaker == "Washington Post")
        #expect(entity("organisation:washington-post", in: text)?.affiliation == nil)
        #expect(entity("country:united-states", in: text) == nil)
    }

    @Test func countryBeforeALongerNameStaysTheCountry() {
        let text = "Officials at the US National Security Agency and the U.S. Department of Justice met on Monday."
        #expect(entity("organisation:national-security-agency", in: text) != nil)
        #expect(entity("organisation:department-of-justice", in: text) != nil)
    }

    @Test func oneWordOrganisationIsTheOneWhoseNameEndsWithIt() {
        let text = """
        The Washington Post first reported the talks on Monday.

        “The talks have stalled,” the Post said.
        """
        #expect(quotes(text).first?.speaker == "Washington Post")
        #expect(entity("organisation:washington-post", in: text)?.aliases == ["Post"])
    }

    @Test func oneWordOrganisationWithTwoNamesakesStaysItself() {
        let text = """
        The New York Times and the Financial Times reported the talks.

        “The talks have stalled,” the Times said.
        """
        #expect(quotes(text).first?.speaker == "Times")
    }

    @Test func oneWordNameAfterASpokespersonsForIsAnOrganisation() {
        let text = "A spokesperson for Synnovis, the pathology firm that was hit, said: “We are deeply sorry.”"
        #expect(entity("organisation:synnovis", in: text) != nil)
        #expect(quotes(text).first?.speaker == "A spokesperson for Synnovis")
    }

    @Test func partyWordBeforeACandidateIsNoOrganisation() {
        let text = "A spokesman for Democratic presidential candidate Ann Marlow called the report false."
        #expect(entity("organisation:democratic", in: text) == nil)
    }

    @Test func longCommaFramedTitleBeforeANameIsTheTitle() {
        let text = "The European Union’s foreign policy chief, Federica Mogherini, said in a tweet: “The EU stands with the Netherlands.”"
        #expect(entity("person:federica-mogherini", in: text)?.title == "European Union’s foreign policy chief")
    }

    @Test func familyNameWrittenFirstIsTheFullName() {
        let text = """
        Foreign Ministry spokesman Zhao Lijian rejected the accusations on Thursday.

        “We firmly oppose all kinds of cyberattacks,” Zhao said.
        """
        #expect(quotes(text).first?.speaker == "Zhao Lijian")
        #expect(entity("person:zhao", in: text) == nil)
    }

    @Test func knownFirstNameAloneIsNoFamilyName() {
        let text = """
        Finance minister Lou Jiwei spoke on Monday, and Treasury Secretary Jacob Lew listened.

        “We are under pressure,” Lou said.
        """
        #expect(entity("person:lou", in: text) != nil)
    }
}

@Suite struct CodeNameTests {
    @Test func diseaseOrModelCodeIsNoOrganisation() {
        let text = "China is leading the world in COVID-19 research, and the F-35 program is late, WFTV9 reported."
        let names = Set(extract(text).entities.map(\.name))
        #expect(!names.contains("COVID-19") && !names.contains("F-35"))
        #expect(names.contains("WFTV9"))
    }
}

/// Organisation names whose words are joined by "and".
@Suite struct CoordinatedOrganisationNameTests {
    private func names(_ text: String) -> Set<String> { Set(extract(text).entities.map(\.name)) }

    @Test func wordsJoinedByAndBeforeAnOrganisationWordAreOneName() {
        let text = "“We are reviewing the data,” the Food and Drug Administration said."
        #expect(quotes(text).first?.speaker == "Food and Drug Administration")
    }

    @Test func nameHeadedByAnOrganisationWordGoesOnPastAnd() {
        let text = "The Centers for Disease Control and Prevention and the Cybersecurity and Infrastructure Security Agency issued a warning."
        #expect(names(text).isSuperset(of: ["Centers for Disease Control and Prevention", "Cybersecurity and Infrastructure Security Agency"]))
    }

    @Test func titleAfterTheJoinedNameStaysTheTitle() {
        let text = "“This is a critical moment,” Health and Human Services Secretary Alex Azar said."
        let azar = extract(text).entities.first { $0.name == "Alex Azar" }
        #expect(azar?.title == "Secretary")
        #expect(azar?.affiliation == "organisation:health-and-human-services")
    }

    @Test func partiesJoinedByAndStayApart() {
        let text = "Senator Ann Kolb met Barack Obama. Obama and White House aides left, and the University of Chicago and Professor Dan Reyes stayed."
        let found = names(text)
        #expect(!found.contains { $0.contains(" and ") })
    }
}

/// The bundled table of well-known organisations.
@Suite struct OrganisationTableTests {
    private func entity(_ id: String, in text: String) -> Entity? {
        extract(text).entities.first { $0.id == id }
    }

    @Test func companyInTheTableThatSpeaksIsAnOrganisation() {
        let text = "Microsoft said on Friday that hackers had read executives’ email."
        #expect(entity("organisation:microsoft", in: text) != nil)
        #expect(entity("person:microsoft", in: text) == nil)
    }

    @Test func stateBodyInTheTableBelongsToItsCountry() {
        let text = "Investigators blamed the GRU for the attack."
        #expect(entity("organisation:gru", in: text)?.affiliation == "country:russia")
    }

    @Test func longerNameThanTheTableHoldsStaysWhole() {
        let text = "The Microsoft Threat Intelligence Center published the report."
        #expect(entity("organisation:microsoft-threat-intelligence-center", in: text) != nil)
    }

    @Test func contractedPronounOpeningAQuotationIsNoPerson() {
        let text = """
        "I'd say it's a wake-up call," Easterly said. "Every company needs to look at its own defenses.

        "And they need to do it now."

        The hackers, according to Microsoft, used a "password spray attack" to compromise a test account.
        """
        #expect(!extract(text).entities.contains { $0.name == "I'd" })
    }

    @Test func tableNamesTheTextDoesNotUseAreNoAliases() {
        let exxon = extract("Exxon said it would appeal.").entities.first { $0.kind == .organisation }
        #expect(exxon?.name == "Exxon")
        #expect(exxon?.aliases == [])
        let nsa = extract("The National Security Agency said it was aware. Later the NSA said more.").entities.first { $0.kind == .organisation }
        #expect(nsa?.name == "National Security Agency")
        #expect(nsa?.aliases == ["NSA"])
    }
}

/// Threat groups named by their description, and parliamentary titles.
@Suite struct DescribedGroupTests {
    private func entity(_ id: String, in text: String) -> Entity? {
        extract(text).entities.first { $0.id == id }
    }

    @Test func nameAfterAThreatGroupNounIsAGroup() {
        let text = "The ransomware group Lockjaw and the ransomware gang Black Basta took credit."
        #expect(entity("group:lockjaw", in: text) != nil)
        #expect(entity("group:black-basta", in: text) != nil)
    }

    @Test func nameAfterACommaFramedGangIsAGroup() {
        let text = "The gang behind the attack, Qilin, is one of the most aggressive. Qilin denied targeting hospitals."
        #expect(entity("group:qilin", in: text) != nil)
        #expect(entity("person:qilin", in: text) == nil)
    }

    @Test func nameAfterAnAdvocacyGroupIsNoThreatGroup() {
        let text = "The advocacy group MoveOn said it would protest."
        #expect(entity("group:moveon", in: text) == nil)
    }

    @Test func theGroupSaidIsTheGroupNamedBefore() {
        let text = "The gang behind the attack, Qilin, denied targeting hospitals. In a message to the BBC, the group said: «We are not to blame.»"
        #expect(quotes(text).first?.speaker == "Qilin")
    }

    @Test func memberOfParliamentIsATitle() {
        let text = "Labour MP Dawn Butler said the government had been ‘asleep at the wheel’."
        #expect(entity("person:dawn-butler", in: text)?.title == "MP")
        #expect(quotes(text).first?.speaker == "Dawn Butler")
    }
}

/// Datelines, court titles and appositives with a relative clause.
@Suite struct NewsConventionTests {
    private func names(_ text: String) -> [String] { extract(text).entities.map(\.name) }

    @Test func datelineNamesNoParty() {
        let text = """
        JACKSON, Miss. (AP) — A federal judge blocked the law on Tuesday.

        LONDON (Reuters) - Britain accused Russia of cyber attacks.
        """
        #expect(names(text) == ["United Kingdom", "Russia"])
    }

    @Test func courtWordsBeforeJudgeAreTitle() {
        let text = "“The law is unconstitutional,” wrote U.S. District Judge Carlton Reeves."
        let judge = extract(text).entities.first { $0.name == "Carlton Reeves" }
        #expect(judge?.title == "District Judge")
        #expect(!names(text).contains("District"))
    }

    @Test func relativeClauseEndsAnAppositiveTitle() {
        let text = "Gov. Tate Reeves, a Republican who is not related to the judge, said the state would appeal."
        #expect(extract(text).entities.first { $0.name == "Tate Reeves" }?.title == "a Republican")
    }

    @Test func datelineWithADateNamesNoParty() {
        let text = "FRANKFURT, March 4 (Reuters) - Shares of Halvorsen Freight fell on Tuesday."
        #expect(!names(text).contains("FRANKFURT"))
    }

    @Test func councilTitleIsNoPartOfTheName() {
        let text = "Councilman Harold Brisk called the plan “a betrayal of working families.”"
        #expect(extract(text).entities.first?.name == "Harold Brisk")
        #expect(extract(text).entities.first?.title == "Councilman")
    }

    @Test func organisationThatCalledSomethingDeclaresNoAliasThe() {
        let text = "The Research Foundation called the study important, and the Children’s Hospital agreed."
        #expect(!extract(text).entities.contains { $0.name == "the" || $0.aliases.contains("the") })
    }
}

/// Organisations introduced by the words before them, and common nouns that name nobody.
@Suite struct IntroducedOrganisationTests {
    private func entity(_ id: String, in text: String) -> Entity? {
        extract(text).entities.first { $0.id == id }
    }

    @Test func companyAfterASpokeswomansForIsNoSpeaker() {
        let text = "Jane Roe, a spokeswoman for Halvorsen Freight, said: “We are investigating.”"
        #expect(quotes(text).first?.speaker == "Jane Roe")
        #expect(entity("organisation:halvorsen-freight", in: text) != nil)
    }

    @Test func companyAfterAChiefExecutiveOfIsAnOrganisation() {
        let text = "Victor Saldana, the chief executive of Oakmont Financial, said: “You cannot build a culture over video calls.”"
        #expect(quotes(text).first?.speaker == "Victor Saldana")
        #expect(entity("organisation:oakmont-financial", in: text) != nil)
    }

    @Test func descriptorNounIntroducesAnOrganisation() {
        let text = "Cloud software provider Nimbusly said the outage was over. “There is no evidence of an attack,” the company said."
        #expect(entity("organisation:nimbusly", in: text) != nil)
        #expect(quotes(text).first?.speaker == "Nimbusly")
    }

    @Test func workplaceAfterAPersonsOfDoesNotSpeak() {
        let text = "Analyst Marisa Coyle of Forrester-Lane said the incident would “raise hard questions about the vendor.”"
        #expect(quotes(text).first?.speaker == "Marisa Coyle")
    }

    @Test func strategistForAPersonWorksForThePerson() {
        let text = "Stuart Vance, a strategist for Mitt Romney, said the race was close."
        #expect(entity("organisation:mitt-romney", in: text) == nil)
    }

    @Test func capitalisedCommonNounsNamePeopleNoParty() {
        let text = "Prosecutors said he took $2 million. Police said he fled. “Nobody told us anything,” said Dolores Ng."
        #expect(extract(text).entities.map(\.name) == ["Dolores Ng"])
    }

    @Test func possessiveCountryTitleBeforeACommaFramedNameIsTheTitle() {
        let text = "Japan’s Chief Cabinet Secretary, Hiroshi Tanabe, said: “We are seriously concerned about the launch.”"
        #expect(entity("person:hiroshi-tanabe", in: text)?.title == "Japan’s Chief Cabinet Secretary")
        #expect(extract(text).entities.filter { $0.kind == .person }.count == 1)
    }

    @Test func newspaperAddressedBeforeAColonIsNoSpeaker() {
        let text = "Former governor Jeb Bush broke down what was wrong to the Dutch newspaper NRC Handelsblad: “What Trump did was so insensitive.”"
        #expect(quotes(text).first?.speaker != "NRC Handelsblad")
    }
}

/// Bodies every country has ("Foreign Ministry") are one per country.
@Suite struct CountryBodyTests {
    @Test func twoCountriesForeignMinistriesStayApart() {
        let text = """
        China’s Foreign Ministry accused the Philippines of provoking tensions.

        Vietnam’s Foreign Ministry said in a statement that it opposed “any action that complicates the situation.”
        """
        let names = Set(extract(text).entities.map(\.name))
        #expect(names.isSuperset(of: ["Foreign Ministry (China)", "Foreign Ministry (Vietnam)"]))
        #expect(quotes(text).first?.speaker == "Foreign Ministry (Vietnam)")
    }

    @Test func laterUnqualifiedMentionIsTheOneCountrysBody() {
        let text = "China’s Foreign Ministry accused the Philippines of provoking tensions. “We urge restraint,” the Foreign Ministry said."
        #expect(quotes(text).first?.speaker == "Foreign Ministry (China)")
        #expect(extract(text).entities.filter { $0.kind == .organisation }.count == 1)
    }

    @Test func peoplesRepublicOfChinaIsChinaNotTaiwan() {
        let text = "\"These defendants stole designs to benefit the People's Republic of China,\" the prosecutor said."
        let countries = extract(text).entities.filter { $0.kind == .country }
        #expect(countries.map(\.name) == ["China"])
        #expect(countries.first?.aliases == ["People's Republic of China"])
    }

    @Test func ransomwareGangsAndMoreStateGroupsAreKnownGroups() {
        let text = "The FBI said LockBit hit the hospital, and Mandiant tied the intrusion to Star Blizzard, also known as Cold River."
        let groups = extract(text).entities.filter { $0.kind == .group }
        #expect(Set(groups.map(\.name)) == ["LockBit", "Star Blizzard"])
        #expect(groups.first { $0.name == "Star Blizzard" }?.affiliation == "country:russia")
    }

    @Test func titleFramedByCommasMakesAPersonOfAnUnknownName() {
        let text = "The ambassador, Zhakor Kovrin, rejected the claims."
        #expect(extract(text).entities.first { $0.kind == .person }?.name == "Zhakor Kovrin")
    }

    @Test func framedTitleWithAPortfolioAndAPossessorGivesTheAffiliation() {
        let text = "Norway's minister of digitalisation, Karlotte Aasen, said the attack was serious."
        let person = extract(text).entities.first { $0.kind == .person }
        #expect(person?.name == "Karlotte Aasen")
        #expect(person?.title == "Norway's minister of digitalisation")
        #expect(person?.affiliation == "country:norway")
    }

    @Test func wordsBeforeATitleAfterAPossessiveAreItsPortfolio() {
        let text = "Iran's Oil Minister Javad Ostadi spoke on Monday."
        let entities = extract(text).entities
        #expect(!entities.contains { $0.kind == .organisation })
        #expect(entities.first { $0.kind == .person }?.title == "Oil Minister")
        #expect(entities.first { $0.kind == .person }?.affiliation == "country:iran")
    }

    @Test func surnameWithItsParticleJoinsTheFullName() {
        let text = "Pieter Van der Merwe won the vote. Mr. Van der Merwe said it was close."
        #expect(extract(text).entities.filter { $0.kind == .person }.map(\.name) == ["Pieter Van der Merwe"])
    }

    @Test func namesAfterACommaAndAnAliasCueAreTheNamedGroupsAliases() {
        let text = "Crimson Pika, also known as TraderTraitor and Jade Sleet, stole $300 million, the FBI said."
        let groups = extract(text).entities.filter { $0.kind == .group }
        #expect(groups.map(\.name) == ["Crimson Pika"])
        #expect(groups.first?.aliases == ["TraderTraitor", "Jade Sleet"])
    }

    @Test func aNameCalledAfterACommaIsNoAlias() {
        let text = "Radio host Len Berman, called Donald Trump on Monday, and the FBI, called Jade Sleet a threat."
        let entities = extract(text).entities
        #expect(entities.first { $0.name == "Donald Trump" }?.kind == .person)
        #expect(!entities.contains { $0.aliases.contains("Jade Sleet") })
    }

    @Test func systemAndAssemblyEndOrganisationNames() {
        let text = "Lakeshore Health System said it was hit. The UN General Assembly voted on Tuesday."
        let organisations = Set(extract(text).entities.filter { $0.kind == .organisation }.map(\.name))
        #expect(organisations.isSuperset(of: ["Lakeshore Health System", "UN General Assembly"]))
        #expect(!extract(text).entities.contains { $0.kind == .person })
    }

    @Test func aHeadingIsNobodysEmployer() {
        let text = "SUMMARY\n\nDeputy Treasury Secretary Alan Moritz said the sanctions would bite."
        #expect(extract(text).entities.first { $0.name == "Alan Moritz" }?.affiliation == nil)
    }

    @Test func aParagraphOfCapitalsIsAHeadingNotAParty() {
        let text = "SUMMARY\n\n(LEAD)\n\nThe FBI said NATO was briefed.\n\nNATO\n\n-- ENDS --"
        #expect(Set(extract(text).entities.filter { $0.kind == .organisation }.map(\.name)) == ["FBI", "NATO"])
    }

    @Test func aliasAfterWhichIsAlsoTrackedAsJoinsTheGroup() {
        let text = "Kimsuky, which is also tracked as APT43, targeted employees of the companies, the police said."
        let groups = extract(text).entities.filter { $0.kind == .group }
        #expect(groups.map(\.name) == ["Kimsuky"])
        #expect(groups.first?.aliases.contains("APT43") == true)
    }

    @Test func aliasAfterAPartOfAPartyIsNotThePartysName() {
        let text = "The Foreign Office said a unit of the GRU, known as Unit 29155, was responsible for the hacking."
        let entities = extract(text).entities
        #expect(entities.contains { $0.name == "GRU" })
        #expect(!entities.contains { $0.name == "Unit" || $0.aliases.contains("Unit") || $0.aliases.contains("Unit 29155") && $0.name == "GRU" })
    }

    @Test func pluralSubjectOfSayIsNoPerson() {
        let text = "Growers in the Mekong Delta say prices fell. Democrats say the bill is dead. Bryne went on to say more."
        let persons = extract(text).entities.filter { $0.kind == .person }.map(\.name)
        #expect(persons == ["Bryne"])
    }

    @Test func baseFormOfASpeechVerbMakesNoPersonOfTheWordBefore() {
        let text = "Telephone call centres are expected to be busy. Voters call it a nuisance."
        #expect(!extract(text).entities.contains { $0.kind == .person })
    }

    @Test func bodyAfterAPossessiveIsNamedWithItsOwner() {
        let text = "A spokesman for the Information Commissioner's Office said it would be classed as marketing."
        let entities = extract(text).entities
        #expect(entities.map(\.name) == ["Information Commissioner's Office"])
        #expect(entities.first?.kind == .organisation)
    }

    @Test func ampersandJoinsAFirmsName() {
        let text = "Mortgage lender Bradford & Bingley cut rates. Overall, B&B said that \"housing market fundamentals remain strong\". AT&T fell."
        let entities = extract(text).entities
        #expect(entities.map(\.name) == ["Bradford & Bingley", "AT&T"])
        #expect(entities.first?.aliases == ["B&B"])
        #expect(quotes(text).first?.speaker == "Bradford & Bingley")
        #expect(!extract("Prez Jim & Sarah met Rudy Giuliani & Sen. Jeff Sessions.").entities.contains { $0.name.contains("&") })
    }

    @Test func knightCalledByFirstNameIsTheKnight() {
        let text = "Manchester United boss Sir Alex Ferguson was furious. \"We were robbed,\" said Sir Alex."
        #expect(quotes(text).first?.speaker == "Alex Ferguson")
        #expect(extract(text).entities.filter { $0.kind == .person }.map(\.name) == ["Alex Ferguson"])
    }

    @Test func seatLettersAloneNameNoParty() {
        let text = "The Manchester Central MP, whose seat includes the ground, pledged to take the matter \"to Tony Blair if necessary\"."
        #expect(extract(text).entities.map(\.name) == ["Tony Blair"])
    }

    @Test func weekdayAfterAJobAndFirstNameIsASurname() {
        let text = "\"We can win,\" said England sevens coach Mike Friday. Obama met Hillary Friday."
        #expect(quotes(text).first?.speaker == "Mike Friday")
        let names = extract(text).entities.map(\.name)
        #expect(names.contains("Mike Friday") && !names.contains("Hillary Friday") && !names.contains("England"))
    }

    @Test func aNameStaysInItsSentence() {
        let text = "The fund was run by D.E. Shaw & Co. Obama spoke later."
        #expect(!extract(text).entities.contains { $0.name.contains("Obama") && $0.name.contains("Shaw") })
    }

    @Test func webAddressIsOneWordAndAnOrganisation() {
        let text = "\"Bungie got everything right,\" Claude Errera, editor of fansite Halo.Bungie.Org, said. \"It is encouraging for Sony,\" John Houlihan, editor of Computerandvideogames.com told BBC News. He left.The end."
        #expect(quotes(text).map(\.speaker) == ["Claude Errera", "John Houlihan"])
        let entities = extract(text).entities
        #expect(entities.first { $0.name == "Computerandvideogames.com" }?.kind == .organisation)
        #expect(!entities.contains { $0.name.contains("left.The") })
        #expect(extract("The story ran on Breitbart.com. It spread.").entities.map(\.name) == ["Breitbart.com"])
    }

    @Test func nameBeforeTheSpeakersJobIsNotTheSpeaker() {
        let text = "\"We go forward,\" says Riverside manager Lorenzo Bianchi-Ferreira. They are two points behind leaders Castlegate Rovers."
        #expect(quotes(text).first?.speaker == "Lorenzo Bianchi-Ferreira")
        #expect(extract(text).entities.filter { $0.kind == .person }.map(\.name) == ["Lorenzo Bianchi-Ferreira"])
    }

    @Test func southAsianHonorificsAndOfficesAreTitles() {
        let text = "Local MLA Smt. Jayanti Behera opened the school. Government Chief Whip Prafulla Kumar Jena said it was late."
        let persons = extract(text).entities.filter { $0.kind == .person }
        #expect(persons.map(\.name) == ["Jayanti Behera", "Prafulla Kumar Jena"])
        #expect(persons.last?.title == "Chief Whip")
    }

    @Test func oneWordAfterATitlesForIsItsPortfolio() {
        let text = "Minister for Housing and Urban Development Smt. Sunanda Pattnaik informed the House. \"It will be done,\" she averred."
        #expect(quotes(text).first?.speaker == "Sunanda Pattnaik")
        #expect(!extract(text).entities.contains { $0.name == "Housing" })
    }

    @Test func demonymBeforeANounAfterSaidIsNoSurname() {
        let text = "Ciaran Rooney, a cybersecurity analyst, said Chinese groups typically targeted payroll providers."
        #expect(!extract(text).entities.contains { $0.kind == .person && $0.name == "Chinese" })
        #expect(quotes("\"It is easy,\" said Cuban.").first?.speaker == "Cuban")
    }

    @Test func organisationAfterANameAndOfIsTheAffiliation() {
        let text = "Special Agent Thomas Reyes of the FBI's Cincinnati field office said the gang was paid. James Pethokoukis of the American Enterprise Institute agreed."
        let entities = extract(text).entities
        #expect(entities.first { $0.name == "Thomas Reyes" }?.affiliation == "organisation:fbi")
        #expect(entities.first { $0.name == "James Pethokoukis" }?.affiliation != "country:united-states")
    }

    @Test func theGroupIsAlsoKnownAsNamesTheGroupBefore() {
        let text = "The bureau attributed the attack to a group called Black Lynx. The group is also known as LynxLocker. \"We did not endanger patients,\" LynxLocker said."
        let groups = extract(text).entities.filter { $0.kind == .group }
        #expect(groups.map(\.name) == ["Black Lynx"])
        #expect(groups.first?.aliases == ["LynxLocker"])
        #expect(quotes(text).first?.speaker == "Black Lynx")
    }
    @Test func anElectTitleIsATitleNotPartOfTheName() {
        let people = extract("New Jersey Governor-elect Phil Murphy said on Wednesday that “everything is on the table” for the state.").entities
        #expect(people.contains { $0.name == "Phil Murphy" && $0.title == "Governor-elect" })
    }
    @Test func banksAndAgenciesNamedLikePeopleAreOrganisations() {
        let entities = extract("Merrill Lynch said profits rose. Morgan Stanley said it would cut jobs. Wells Fargo was fined, Reuters reported.").entities
        for name in ["Merrill Lynch", "Morgan Stanley", "Wells Fargo", "Reuters"] {
            #expect(entities.contains { $0.name == name && $0.kind == .organisation }, "\(name)")
        }
    }
}
