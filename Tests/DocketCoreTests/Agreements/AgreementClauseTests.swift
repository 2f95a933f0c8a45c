import Testing

import DocketCore

/// A clause written one way, and the agreement type that requires it.
struct ClauseCase: CustomTestStringConvertible, Sendable {
    var id: String
    var type: DocumentType
    var text: String
    var testDescription: String { "\(id): \(text.prefix(60))" }

    init(_ id: String, _ type: DocumentType = .taa, _ text: String) {
        self.id = id
        self.type = type
        self.text = text
    }
}

@Suite struct AgreementClauseTests {
    static let filler = "The parties have agreed on the following terms. Licensor will provide training at its facility."

    // MARK: Present: regulation wording and paraphrases

    static let present: [ClauseCase] = [
        // 124.8(1)
        ClauseCase("124.8(1)", .taa, "This agreement shall not enter into force, and shall not be amended or extended, "
            + "without the prior written approval of the Department of State of the U.S. Government."),
        ClauseCase("124.8(1)", .taa, "Article 14.1 Neither this Agreement nor any amendment or extension of it will "
            + "become effective until the U.S. Department of State has approved it in writing."),
        ClauseCase("124.8(1)", .mla, "The Agreement may not take effect, be modified or be extended unless DDTC "
            + "has first given its written authorization."),
        ClauseCase("124.8(1)", .taa, "Neither this Agreement nor any amendment hereto shall be effective unless and "
            + "until approved in writing by the Directorate of Defense Trade Controls."),
        // 124.8(2)
        ClauseCase("124.8(2)", .taa, "This agreement is subject to all United States laws and regulations relating "
            + "to exports and to all administrative acts of the U.S. Government pursuant to such laws and regulations."),
        ClauseCase("124.8(2)", .taa, "Section 9(b): This Agreement is governed by every U.S. export law and export "
            + "regulation, and by all administrative actions of the United States Government taken under them."),
        // 124.8(3)
        ClauseCase("124.8(3)", .taa, "The parties to this agreement agree that the obligations contained in this "
            + "agreement shall not affect the performance of any obligations created by prior contracts or "
            + "subcontracts which the parties may have individually or collectively with the U.S. Government."),
        ClauseCase("124.8(3)", .mla, "(iii) Nothing in this Agreement shall in any way impair the performance of "
            + "obligations arising under existing or prior contracts and subcontracts between either Party and the "
            + "United States Government."),
        // 124.8(4)
        ClauseCase("124.8(4)", .taa, "No liability will be incurred by or attributed to the U.S. Government in "
            + "connection with any possible infringement of privately owned patent or proprietary rights, either "
            + "domestic or foreign, by reason of the U.S. Government's approval of this agreement."),
        ClauseCase("124.8(4)", .taa, "The United States Government shall not incur any liability by reason of its "
            + "approval of this Agreement for any infringement of patents or other proprietary rights held by "
            + "private parties."),
        ClauseCase("124.14(c)(4)", .wda, "The USG will not be held liable for the violation of privately owned "
            + "intellectual property, domestic or foreign, as a result of approving this agreement."),
        ClauseCase("124.8(4)", .taa, "The Parties acknowledge that approval of this Agreement by the U.S. Government "
            + "does not create any liability of the U.S. Government for infringement of private patents."),
        // 124.8(5)
        ClauseCase("124.8(5)", .taa, "The technical data or defense service exported from the United States in "
            + "furtherance of this agreement and any defense article which may be produced or manufactured from "
            + "such technical data or defense service may not be transferred to a foreign person except pursuant "
            + "to 22 CFR 126.7 or 126.18, as specifically authorized in this agreement, or where prior written "
            + "approval of the Department of State has been obtained."),
        ClauseCase("124.8(5)", .mla, "Clause (v). Technical data and defense services furnished under this "
            + "Agreement, and articles made with them, shall not be retransferred to any foreign national other "
            + "than as permitted by §§ 126.7 or 126.18 of the ITAR, as expressly authorized in this Agreement, or "
            + "with DDTC's prior written consent."),
        ClauseCase("124.8(5)", .taa, "Technical data and defense services exported hereunder, and any defense "
            + "articles produced from them, may not be re-transferred to any foreign person except as permitted by "
            + "22 CFR 126.7 or 126.18, as expressly authorized herein, or with the prior written approval of DDTC."),
        // 124.8(6)
        ClauseCase("124.8(6)", .taa, "All provisions in this agreement which refer to the United States Government "
            + "and the Department of State will remain binding on the parties after the termination of the agreement."),
        ClauseCase("124.8(6)", .mla, "Every provision of this Agreement referring to the U.S. Government or to the "
            + "State Department shall survive the expiration or termination of this Agreement."),
        ClauseCase("124.8(6)", .taa, "Termination of this Agreement shall not release the Parties from any "
            + "provision concerning the U.S. Government or the Department of State; those provisions survive."),
        // 124.9(a)
        ClauseCase("124.9(a)(1)", .mla, "No export, sale, transfer, or other disposition of the licensed article is "
            + "authorized to any country outside the territory wherein manufacture or sale is herein licensed "
            + "without the prior written approval of the U.S. Government unless otherwise exempted by the U.S. "
            + "Government. Sales or other transfers of the licensed article shall be limited to governments of "
            + "countries wherein manufacture or sale is hereby licensed."),
        ClauseCase("124.9(a)(1)", .mla, "Licensee shall not sell or otherwise transfer the Licensed Articles to any "
            + "destination beyond the Sales Territory unless the United States Government approves in writing. "
            + "Such sales are restricted to the governments of the Sales Territory."),
        ClauseCase("124.9(a)(1)", .mla, "Licensee shall not export, sell, transfer or otherwise dispose of the "
            + "Licensed Articles to any country outside the Sales Territory without the prior written approval of "
            + "the U.S. Government. Sales shall be limited to the governments of the Sales Territory."),
        ClauseCase("124.9(a)(2)", .mla, "It is agreed that sales by licensee or its sub-licensees under contracts "
            + "made through the U.S. Government will not include either charges for patent rights in which the U.S. "
            + "Government holds a royalty-free license, or charges for data which the U.S. Government has a right "
            + "to use and disclose to others."),
        ClauseCase("124.9(a)(2)", .mla, "Where Licensee sells through a U.S. Government contract, it shall not charge "
            + "for any patent in which the United States Government holds a royalty free license."),
        ClauseCase("124.9(a)(3)", .mla, "If the U.S. Government is obligated to pay the licensor royalties for the "
            + "use of technical data, any royalties, fees or other charges in connection with purchases of such "
            + "licensed article with funds derived through the U.S. Government may not exceed the total amount the "
            + "U.S. Government would have been obligated to pay the licensor directly."),
        ClauseCase("124.9(a)(3)", .mla, "Royalties charged on purchases funded by the United States Government "
            + "shall be no greater than what the USG would otherwise pay Licensor directly."),
        ClauseCase("124.9(a)(4)", .mla, "If the U.S. Government has made financial or other contributions to the "
            + "design and development of any licensed article, any charges for technical assistance or know-how "
            + "must be proportionately reduced to reflect the U.S. Government contributions."),
        ClauseCase("124.9(a)(4)", .mla, "Where the USG funded part of the design or development, fees for know-how "
            + "on USG-funded purchases will be reduced pro rata."),
        ClauseCase("124.9(a)(5)", .mla, "The parties to this agreement agree that an annual report of sales or other "
            + "transfers pursuant to this agreement of the licensed articles, by quantity, type, U.S. dollar value, "
            + "and purchaser or recipient, shall be provided by Licensee to the Department of State."),
        ClauseCase("124.9(a)(5)", .mla, "Each calendar year Licensor will report to DDTC every sale or transfer of "
            + "Licensed Articles, giving quantity, type, dollar value and recipient."),
        ClauseCase("124.9(a)(6)", .mla, "Licensee agrees to incorporate the following statement as an integral "
            + "provision of a contract, commercial invoice or other appropriate document whenever the licensed "
            + "articles are sold or otherwise transferred: “These items are controlled by the U.S. government and "
            + "authorized for export only to the country of ultimate destination for use by the ultimate consignee "
            + "or end-user(s) herein identified. They may not be resold, transferred, or otherwise disposed of, to "
            + "any other country or to any person other than the authorized ultimate consignee or end-user(s), "
            + "either in their original form or after being incorporated into other items, without first obtaining "
            + "approval from the U.S. government or as otherwise authorized by U.S. law and regulations.”"),
        ClauseCase("124.9(a)(6)", .mla, "Every invoice issued by Licensee shall state: 'These items are controlled "
            + "by the United States government and authorized for export only to the country of ultimate "
            + "destination. They may not be resold or transferred without U.S. government approval.'"),
        // 124.9(b)
        ClauseCase("124.9(b)(1)", .mla, "A completed nontransfer and use certificate (DSP-83) must be executed by "
            + "the foreign end-user and submitted to the Department of State of the United States before any "
            + "transfer may take place. Licensed articles are SME."),
        ClauseCase("124.9(b)(1)", .mla, "Prior to any transfer of the significant military equipment, the end user "
            + "shall sign a Form DSP-83 which Licensor will file with DDTC."),
        ClauseCase("124.9(b)(2)", .mla, "The prior written approval of the U.S. Government must be obtained before "
            + "entering into a commitment for the transfer of the licensed article by sale or otherwise to any "
            + "person or government outside of the approved sales territory. The articles are SME."),
        ClauseCase("124.9(b)(2)", .mla, "Licensee will not commit to transfer any Licensed Article beyond the approved "
            + "territory without first obtaining the approval of the Department of State. The articles are SME."),
        // 124.14(c) (WDA)
        ClauseCase("124.14(c)(1)", .wda, "This agreement shall not enter into force, and may not be amended or "
            + "extended, without the prior written approval of the Department of State of U.S. Government."),
        ClauseCase("124.14(c)(1)", .wda, "Neither this Agreement nor any amendment or extension of it shall take "
            + "effect until DDTC has approved it in writing."),
        ClauseCase("124.14(c)(2)", .wda, "This Agreement is governed by all U.S. export laws and regulations and "
            + "by all administrative acts of the U.S. Government taken under them."),
        ClauseCase("124.14(c)(3)", .wda, "Nothing in this Agreement shall affect the performance of obligations "
            + "under any existing contract of either Party with the United States Government."),
        ClauseCase("124.14(c)(4)", .wda, "The U.S. Government shall not incur any liability for any infringement "
            + "of patent or proprietary rights by reason of approving this Agreement."),
        ClauseCase("124.14(c)(6)", .wda, "Each fiscal year, Distributor will report to the Directorate of Defense "
            + "Trade Controls the quantity, type, dollar value and purchaser of all sales."),
        ClauseCase("124.14(c)(7)", .wda, "Every contract of sale shall carry this statement: These items are "
            + "controlled by the U.S. government and authorized for export only to the country of ultimate "
            + "destination; they may not be resold or transferred without U.S. government approval."),
        ClauseCase("124.14(c)(8)", .wda, "All provisions of this Agreement referring to the United States "
            + "Government or the Department of State survive its expiration."),
        ClauseCase("124.14(c)(2)", .wda, "This agreement is subject to all United States laws and regulations "
            + "related to exports and to all administrative acts of the United States Government pursuant to such "
            + "laws and regulations."),
        ClauseCase("124.14(c)(3)", .wda, "The obligations of this Agreement will not prejudice the performance of "
            + "obligations under prior contracts with the U.S. Government."),
        ClauseCase("124.14(c)(4)", .wda, "No liability will be incurred by or attributed to the U.S. Government in "
            + "connection with any possible infringement of privately owned patent or proprietary rights."),
        ClauseCase("124.14(c)(5)", .wda, "No export, sale, transfer, or other disposition of the defense articles "
            + "covered by this agreement is authorized to any country outside the distribution territory without "
            + "the prior written approval of the Directorate of Defense Trade Controls of the U.S. Department of "
            + "State."),
        ClauseCase("124.14(c)(5)", .wda, "Distributor may not resell the Products outside the Distribution "
            + "Territory unless DDTC has authorized it in writing. Sales are limited to governments in the "
            + "territory."),
        ClauseCase("124.14(c)(6)", .wda, "Distributor shall submit to the Department of State an annual report of "
            + "sales of the articles by quantity, type, dollar value and purchaser."),
        ClauseCase("124.14(c)(7)", .wda, "Distributor agrees to incorporate the following statement in every "
            + "invoice: \"These items are controlled by the U.S. government and authorized for export only to the "
            + "country of ultimate destination for use by the ultimate consignee. They may not be resold, "
            + "transferred, or otherwise disposed of without first obtaining approval from the U.S. government.\""),
        ClauseCase("124.14(c)(8)", .wda, "Provisions of this agreement that refer to the U.S. Government and the "
            + "Department of State shall continue to bind the parties after this agreement terminates."),
        ClauseCase("124.14(c)(9)", .wda, "Sales or other transfers of the licensed article shall be limited to "
            + "governments of the countries in the distribution territory and to private entities seeking to "
            + "procure the licensed article pursuant to a contract with a government within the distribution "
            + "territory."),
        ClauseCase("124.14(c)(9)", .wda, "Distributor will sell only to the governments of countries within the "
            + "Distribution Territory, or to private companies buying under contract with one of them."),
        // 126.18
        ClauseCase("126.18", .taa, "Licensee may transfer technical data to its dual national and third-country "
            + "national employees in accordance with 22 CFR 126.18."),
        ClauseCase("126.18", .taa, "This agreement does not request retransfer to DN/TCN employees of the "
            + "sub-licensees."),
    ]

    @Test(arguments: present)
    func detectsClauseInOneLine(_ example: ClauseCase) {
        let passages = Fixture.pdf([Self.filler, example.text, Self.filler])
        let clause = Fixture.clause(example.id, in: passages, type: example.type)
        #expect(clause?.present == true)
        #expect(clause?.evidence?.page == 1)
        #expect(clause?.evidence?.text?.isEmpty == false)
    }

    /// The same wording wrapped into lines, hyphenated at a line end, and broken across a page.
    @Test(arguments: present)
    func detectsClauseSplitAcrossLinesAndPages(_ example: ClauseCase) {
        var lines = Fixture.wrapped(example.text, width: 55)
        // Hyphenate the first long word that ends a line.
        if let index = lines.indices.dropLast().first(where: { lines[$0].split(separator: " ").last?.count ?? 0 > 8 }),
           let last = lines[index].split(separator: " ").last, last.allSatisfy(\.isLetter) {
            let cut = last.index(last.startIndex, offsetBy: 4)
            lines[index] = lines[index].dropLast(last.count) + last[..<cut] + "-"
            lines[index + 1] = String(last[cut...]) + " " + lines[index + 1]
        }
        let half = max(1, lines.count / 2)
        let passages = Fixture.pdf([[Self.filler] + Array(lines[..<half]), Array(lines[half...]) + [Self.filler]])
        let clause = Fixture.clause(example.id, in: passages, type: example.type)
        #expect(clause?.present == true)
    }

    @Test func capitalizedClauseIsNotTakenForHeadings() {
        let passages = Fixture.pdf([
            "ARTICLE 12 REQUIRED STATEMENTS",
            "THIS AGREEMENT SHALL NOT ENTER INTO FORCE, AND SHALL NOT BE AMENDED",
            "OR EXTENDED, WITHOUT THE PRIOR WRITTEN APPROVAL OF THE DEPARTMENT OF",
            "STATE OF THE U.S. GOVERNMENT.",
        ])
        #expect(Fixture.clause("124.8(1)", in: passages, type: .taa)?.present == true)
    }

    @Test func curlyQuotesAndDiacriticsDoNotMatter() {
        let text = "No liability will be incurred by or attributed to the U.S. Government in connection with any "
            + "possible infringement of privately owned patent or proprietary rights, by reason of the "
            + "U.S. Government’s approval of this agreement."
        #expect(Fixture.clause("124.8(4)", in: Fixture.pdf([text]), type: .taa)?.present == true)
    }

    // MARK: 124.8(5) forms

    @Test func retransferCurrentFormHasNoNote() {
        let clause = Fixture.clause("124.8(5)", in: Fixture.pdf([Self.present.first { $0.id == "124.8(5)" }?.text ?? ""]), type: .taa)
        #expect(clause?.present == true)
        #expect(clause?.note == nil)
    }

    @Test(arguments: [
        "The technical data or defense service exported from the United States in furtherance of this agreement "
            + "and any defense article which may be produced or manufactured from such technical data or defense "
            + "service may not be transferred to a foreign person except pursuant to §§ 124.16 and 126.18, as "
            + "specifically authorized in this agreement, or where prior written approval of the Department of "
            + "State has been obtained.",
        "Technical data exported hereunder may not be transferred to a foreign person except pursuant to 22 CFR "
            + "126.18, as specifically authorized in this agreement, or with prior written approval of the "
            + "Department of State.",
    ])
    func retransferOldFormIsNoted(_ text: String) {
        let clause = Fixture.clause("124.8(5)", in: Fixture.pdf([text]), type: .taa)
        #expect(clause?.present == true)
        #expect(clause?.note == "cites only 126.18: pre-2024 wording")
    }

    // MARK: Absent and near misses

    static let nearMisses: [ClauseCase] = [
        ClauseCase("124.8(1)", .taa, "This Agreement shall enter into force on the date of its signature by both "
            + "parties and may be amended by mutual written consent. DDTC approval has been requested."),
        ClauseCase("124.8(2)", .taa, "This Agreement shall be governed by the laws of the Commonwealth of Virginia. "
            + "Each party shall comply with applicable export regulations."),
        ClauseCase("124.8(3)", .taa, "Licensee shall perform its obligations under this Agreement diligently. "
            + "Licensor holds several U.S. Government contracts."),
        ClauseCase("124.8(4)", .taa, "Licensor owns the patents listed in Annex C and Licensee shall not infringe "
            + "them. The U.S. Government must approve this agreement before any export."),
        ClauseCase("124.8(4)", .taa, "Neither party shall incur liability for patent infringement caused by the "
            + "other. The U.S. Government will review this agreement."),
        ClauseCase("124.8(5)", .taa, "Licensee shall not transfer any technical data to a third party without "
            + "Licensor's prior written consent."),
        ClauseCase("124.8(5)", .taa, "Technical data may be transferred to the sub-licensees listed in Appendix B "
            + "as authorized by the Department of State."),
        ClauseCase("124.8(6)", .taa, "Articles 7 (Confidentiality) and 11 (Payment) shall survive termination. "
            + "This Agreement was approved by the Department of State."),
        ClauseCase("124.9(a)(1)", .mla, "The sales territory consists of Japan. Licensee may manufacture the "
            + "Licensed Articles in Japan."),
        ClauseCase("124.9(a)(2)", .mla, "Licensee shall pay Licensor a royalty of five percent of net sales."),
        ClauseCase("124.9(a)(3)", .mla, "Licensee shall pay royalties quarterly. The U.S. Government is a customer "
            + "of Licensor."),
        ClauseCase("124.9(a)(4)", .mla, "The U.S. Government funded the original design of the radar."),
        ClauseCase("124.9(a)(5)", .mla, "Licensee shall send Licensor a quarterly report of production."),
        ClauseCase("124.9(a)(6)", .mla, "Licensee shall mark all invoices with the export classification."),
        ClauseCase("124.14(c)(5)", .wda, "The distribution territory consists of Norway and Denmark."),
        ClauseCase("124.14(c)(9)", .wda, "Distributor may sell the products to any customer in its territory."),
        ClauseCase("126.18", .taa, "Licensee employees shall sign a confidentiality agreement."),
    ]

    @Test(arguments: nearMisses)
    func nearMissIsNotAClause(_ example: ClauseCase) {
        let passages = Fixture.pdf([Self.filler, example.text, Self.filler])
        let analysis = AgreementAnalyzer.analyze(passages, type: example.type)
        let clause = analysis.clauses.first { $0.id == example.id }
        #expect(clause?.present != true, "false present: \(clause?.evidence?.text ?? "")")
    }

    @Test func tableOfContentsIsNotTheClause() {
        let passages = Fixture.pdf([
            "TABLE OF CONTENTS",
            "Article 8 No Liability of the U.S. Government for Patent Infringement ........ 9",
            "Article 9 Survival of U.S. Government Provisions After Termination .......... 10",
            "Article 10 Entry into Force Subject to Department of State Approval ........ 11",
            "ARTICLE 8 NO LIABILITY OF THE U.S. GOVERNMENT FOR PATENT INFRINGEMENT",
            "See 22 CFR 124.8 for the statements required in this Agreement.",
        ])
        let analysis = AgreementAnalyzer.analyze(passages, type: .taa)
        #expect(analysis.clauses.count == 6)
        #expect(analysis.clauses.allSatisfy { !$0.present })
    }

    /// Every word family the clauses use, in sentences that say something else.
    static let vocabularySoup = [
        "The U.S. Government is a customer of Licensor. Licensor holds patents on the receiver.",
        "Licensee shall not infringe Licensor's patents. The Department of State reviews exports.",
        "This Agreement enters into force on signature. It may be amended or extended by the Parties.",
        "Each Party shall comply with the laws of Virginia. Export documents are prepared by Licensor.",
        "Licensor has prior contracts with many customers. Obligations under this Agreement are listed in Annex A.",
        "Licensee shall not transfer Licensor's confidential information to third parties without Licensor's consent.",
        "Confidentiality obligations survive termination of this Agreement.",
        "The territory comprises Japan. Licensee may sell to commercial customers in the territory.",
        "Royalties are five percent of net sales. Fees shall not exceed the agreed budget.",
        "Licensee shall send Licensor a quarterly production report.",
        "Licensee designs its own test equipment. Development costs are shared equally by the Parties.",
        "Invoices shall state the part number and the country of origin.",
        "The end user will receive training before delivery. SME items are listed in Annex B.",
        "Employees of Licensee shall sign confidentiality undertakings.",
        "Distributor stores the products in its warehouse and delivers them to governments on request.",
    ]

    @Test(arguments: [DocumentType.taa, .mla, .wda])
    func unrelatedUseOfTheVocabularyIsNoClause(_ type: DocumentType) {
        let analysis = AgreementAnalyzer.analyze(Fixture.pdf(Self.vocabularySoup.flatMap { Fixture.wrapped($0) }),
                                                 type: type)
        let present = analysis.clauses.filter(\.present).map { "\($0.id): \($0.evidence?.text ?? "")" }
        #expect(present.isEmpty, "\(present)")
        if type == .mla { #expect(analysis.clauses.contains { $0.id == "124.9(b)(2)" }) }
    }

    @Test func emptyAgreementListsEveryRequiredClauseAsAbsent() {
        let passages = Fixture.pdf([Self.filler])
        #expect(AgreementAnalyzer.analyze(passages, type: .taa).clauses.map(\.id)
            == ["124.8(1)", "124.8(2)", "124.8(3)", "124.8(4)", "124.8(5)", "124.8(6)"])
        #expect(AgreementAnalyzer.analyze(passages, type: .mla).clauses.count == 12)
        #expect(AgreementAnalyzer.analyze(passages, type: .wda).clauses.count == 9)
    }

    @Test func smeProductionAddsSection124_9b() {
        let passages = Fixture.pdf(["Scope: radar receiver, USML Category XI(a)(3)(i) SME, to be manufactured."])
        let ids = AgreementAnalyzer.analyze(passages, type: .mla).clauses.map(\.id)
        #expect(ids.contains("124.9(b)(1)") && ids.contains("124.9(b)(2)"))
    }

    @Test func annualReportWithoutReportingPartyIsNoted() {
        let text = "An annual report of sales of the licensed articles shall be provided to the Department of State."
        let clause = Fixture.clause("124.9(a)(5)", in: Fixture.pdf([text]), type: .mla)
        #expect(clause?.present == true)
        #expect(clause?.note == "does not name the party that files the report")
    }
}

/// Sentences common in real agreements that share words with a mandatory clause but are not it.
@Suite struct AgreementBoilerplateNearMissTests {
    static let cases: [ClauseCase] = [
        ClauseCase("124.8(1)", .taa, "The effective date of this Agreement is the date of DDTC approval, which must be "
            + "obtained prior to any export. This Agreement may be amended by the Parties in writing."),
        ClauseCase("124.8(1)", .taa, "The effective date shall be the date on which DDTC approval is received, and no "
            + "export shall take place before it. This Agreement may be amended in writing."),
        ClauseCase("124.8(2)", .taa, "Each Party shall comply with all applicable export laws and regulations of the "
            + "United States. Administrative fees are payable by Licensee."),
        ClauseCase("124.8(3)", .taa, "This Agreement supersedes all prior agreements and contracts between the "
            + "Parties concerning its subject matter. Licensor also sells to the U.S. Government."),
        ClauseCase("124.8(4)", .taa, "The U.S. Government shall not be liable for any delay in approving this "
            + "Agreement. Licensor's fees are due within 30 days. Licensor warrants that the technical data does "
            + "not infringe any patent."),
        ClauseCase("124.8(4)", .taa, "The Parties agree that: (a) Licensee shall not be liable for shipping delays; "
            + "(b) the U.S. Government has approved the export; and (c) Licensor handles patent infringement claims."),
        ClauseCase("124.8(6)", .taa, "This Agreement shall remain in effect until December 31, 2030 unless "
            + "terminated earlier, in which case the U.S. Party shall notify DDTC of the termination."),
        ClauseCase("124.9(a)(2)", .mla, "Information in the public domain is not Proprietary Information. The U.S. "
            + "Government is not a party to this Agreement. Fees are payable quarterly."),
        ClauseCase("124.9(a)(3)", .mla, "Total fees under this Agreement shall not exceed $2,000,000. Licensor would "
            + "otherwise invoice monthly."),
        ClauseCase("124.9(a)(5)", .mla, "Licensee shall give Licensor an annual report of sales for royalty "
            + "purposes. Licensor shall send the Department of State a copy of the signed Agreement."),
        ClauseCase("124.14(c)(9)", .wda, "Distributor shall deliver the products only to government-approved "
            + "carriers serving the distribution territory."),
    ]

    @Test(arguments: cases)
    func boilerplateIsNotAClause(_ example: ClauseCase) {
        let passages = Fixture.pdf(Fixture.wrapped(example.text))
        let clause = AgreementAnalyzer.analyze(passages, type: example.type).clauses.first { $0.id == example.id }
        #expect(clause?.present == false, "false present: \(clause?.evidence?.text ?? "")")
    }

    @Test func mlaCarryingSMEClausesListsThem() {
        let text = "A completed nontransfer and use certificate (DSP-83) must be executed by the foreign end-user "
            + "and submitted to the Department of State before any transfer may take place."
        let analysis = AgreementAnalyzer.analyze(Fixture.pdf([text]), type: .mla)
        #expect(analysis.coversSME)
        #expect(analysis.clauses.first { $0.id == "124.9(b)(1)" }?.present == true)
        #expect(analysis.clauses.first { $0.id == "124.9(b)(2)" }?.present == false)
    }
}
