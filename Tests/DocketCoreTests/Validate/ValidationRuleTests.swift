import Foundation
import Testing
@testable import DocketCore

/// Each rule on a record that breaks it and one that does not. Records are built in code, so each test shows
/// exactly the fact the rule reads.
@Suite("Validation rules: broken and clean records")
struct ValidationRuleTests {
    static let validator: Validator = {
        do { return try Validator.standard(store: RefDataStore()) } catch { fatalError("built-in reference data: \(error)") }
    }()

    /// A clean DSP-5 to Germany: every required block, one end-user there, totals that add up.
    static func dsp5(destination: String = "DE") -> DocketRecord {
        var record = DocketRecord(source: SourceInfo(path: "pkg/dsp5.pdf"))
        record.documentType = .dsp5
        var ids = Identifiers()
        ids.registrationCode = "M12345"
        record.identifiers = ids
        record.destinations = [destination]
        record.parties = [Party(role: .applicant, name: "Acme Optics, Inc.", country: "US"),
                          Party(role: .foreignConsignee, name: "Empfänger GmbH", address: Address(lines: ["Hauptstr. 1"]),
                                country: destination),
                          Party(role: .freightForwarder, name: "Acme Forwarding LLC", country: "US"),
                          Party(role: .foreignEndUser, name: "Endnutzer GmbH", country: destination)]
        var item = Item(line: 1, description: "Thermal imaging core")
        item.quantity = 10
        item.unitValue = 1_000
        item.totalValue = 10_000
        item.usmlCategory = "XII(c)(2)"
        item.sme = false
        record.items = [item]
        record.totalValue = Money(amount: 10_000)
        return record
    }

    /// The empowered official's letter every DDTC submission needs (123.1(c)(3)); a package carries one unless the
    /// test is about its absence.
    static func certificationLetter(making statements: ClosedRange<Int> = 1...4) -> DocketRecord {
        var letter = DocketRecord(source: SourceInfo(path: "pkg/126.13-certification.pdf"))
        letter.documentType = .certification12613
        letter.certification = (1...4).map { Clause(id: "126.13(a)(\($0))", present: statements.contains($0)) }
        letter.parties = [Party(role: .usSignatory, name: "Dana R. Whitfield", title: "Empowered Official",
                                country: "US")]
        return letter
    }

    static func check(_ record: DocketRecord, with others: [DocketRecord] = [], certified: Bool = true,
                      strict: Bool = false) -> DocketRecord {
        validator.validate(package: [record] + others + (certified ? [certificationLetter()] : []), strict: strict)[0]
    }

    static func rules(_ record: DocketRecord) -> [String] { (record.findings ?? []).map(\.rule) }

    @Test func cleanDSP5IsComplete() {
        let checked = Self.check(Self.dsp5())
        #expect(checked.findings == [])
        #expect(checked.complete == true)
    }

    @Test func missingEndUserBlock() {
        var record = Self.dsp5()
        record.parties?.removeAll { $0.role == .foreignEndUser }
        let checked = Self.check(record)
        let finding = checked.findings?.first { $0.rule == "required.block-missing" }
        #expect(finding?.field == "parties[foreignEndUser]")
        #expect(finding?.citation == "22 CFR 123.1(c)(1)")
        #expect(checked.complete == false)
    }

    @Test func nothingReadIsAWarningNotAnError() {
        var statement = DocketRecord(source: SourceInfo(path: "pkg/711.pdf"))
        statement.documentType = .bis711
        let unread = Self.check(statement)
        #expect(Self.rules(unread) == ["required.unread"])
        #expect(unread.complete == true)
        statement.parties = [Party(role: .purchaser, name: "Yushan Optics", country: "TW")]
        #expect(Self.rules(Self.check(statement)) == ["required.block-missing"])
    }

    @Test func consignorAndConsigneeAddressesAreListed() {
        var record = Self.dsp5()
        record.parties?.removeAll { $0.role == .freightForwarder }
        record.parties?.append(Party(role: .foreignIntermediateConsignee, name: "Zwischen GmbH", country: "DE"))
        let checked = Self.check(record)
        #expect(Self.rules(checked) == ["parties.consignor-missing", "parties.consignee-address-missing"])
        #expect(checked.findings?.map(\.citation) == ["22 CFR 123.1(c)(2)", "22 CFR 126.13(b)"])
    }

    @Test func destinationWithoutEndUser() {
        var record = Self.dsp5()
        record.destinations = ["DE", "SE"]
        record.items?[0].description = "Technical data: interface control document"
        let checked = Self.check(record)
        #expect(Self.rules(checked) == ["destination.no-end-user"])
        #expect(checked.findings?.first?.citation == "22 CFR 123.9(a)")
        #expect(checked.findings?.first?.message.contains("Sweden") == true)
    }

    @Test func hardwareGoesToOneCountry() {
        var record = Self.dsp5()
        record.destinations = ["DE", "FR"]
        record.parties?.append(Party(role: .foreignEndUser, name: "Utilisateur SA", country: "FR"))
        #expect(Self.rules(Self.check(record)) == ["destination.hardware-one-country"])
    }

    @Test func lineAndDeclaredTotals() {
        var record = Self.dsp5()
        record.items?[0].totalValue = 9_000
        #expect(Self.rules(Self.check(record)).sorted() == ["value.declared-total", "value.line-total"])
        record.items?[0].totalValue = 10_000
        record.totalValue = Money(amount: Decimal(string: "10000.004") ?? 0)
        #expect(Self.rules(Self.check(record)) == [], "half a cent is rounding, not a mismatch")
    }

    @Test func moneyIsWrittenTheWayFilersWriteIt() {
        #expect(ValueArithmeticRule.money(214_000) == "$214,000.00")
        #expect(ValueArithmeticRule.money(Decimal(string: "240999.9") ?? 0) == "$240,999.90")
        #expect(ValueArithmeticRule.money(5) == "$5.00")
    }

    @Test func datesOrderedAndValidityAtMostFourYears() {
        var record = Self.dsp5()
        var dates = Dates()
        dates.effective = "2026-03-01"
        dates.expiration = "2030-03-01"
        record.dates = dates
        #expect(Self.rules(Self.check(record)) == [])
        record.dates?.expiration = "2030-03-02"
        #expect(Self.rules(Self.check(record)) == ["dates.license-validity"])
        record.dates?.expiration = "2026-02-01"
        #expect(Self.rules(Self.check(record)) == ["dates.order"])
    }

    @Test func policyOfDenialIsAnError() {
        let checked = Self.check(Self.dsp5(destination: "CN"))
        #expect(Self.rules(checked) == ["itar126.policy-of-denial"])
        #expect(checked.findings?.first?.citation == "22 CFR 126.1(d)(1)")
        #expect(checked.complete == false)
    }

    @Test func denialWithExceptionsIsAWarningNamingTheParagraph() {
        var record = Self.dsp5(destination: "LB")
        record.parties?.append(Party(role: .foreignIntermediateConsignee, name: "Paphos Maritime Ltd",
                                     address: Address(lines: ["27 Poseidonos Avenue"]), country: "CY"))
        let checked = Self.check(record)
        #expect(checked.findings?.map(\.severity) == [.warning, .warning])
        #expect(checked.findings?.allSatisfy { $0.citation == "22 CFR 126.1(d)(2)" } == true)
        #expect(checked.findings?[0].message.contains("126.1(t)") == true)
        #expect(checked.findings?[1].message.contains("126.1(r)") == true)
        #expect(checked.complete == true)
        #expect(Self.check(record, strict: true).complete == false, "--strict counts warnings")
    }

    @Test func earGroupsOnBISForms() {
        var record = DocketRecord(source: SourceInfo(path: "pkg/748p.xml"))
        record.documentType = .bis748p
        record.parties = [Party(role: .applicant, name: "Acme", country: "US"),
                          Party(role: .ultimateConsignee, name: "Lion City Networks Pte Ltd", country: "SG")]
        var item = Item(line: 1)
        item.eccn = "5A002.a"
        item.quantity = 4
        record.items = [item]
        record.destinations = ["SG"]
        #expect(Self.rules(Self.check(record)) == [])
        record.destinations = ["IR"]
        let embargo = Self.check(record).findings?.first
        #expect(embargo?.rule == "ear.embargoed-destination")
        #expect(embargo?.citation == "15 CFR 746.7")
        #expect(embargo?.message.contains("15 CFR 746.7") == true)
        // The Part 746 sections as 15 CFR 746.1 lists them: Cuba 746.2, North Korea 746.4, Syria 746.9.
        for (country, section) in [("CU", "15 CFR 746.2"), ("KP", "15 CFR 746.4"), ("SY", "15 CFR 746.9")] {
            record.destinations = [country]
            #expect(Self.check(record).findings?.first?.citation == section, "\(country)")
        }
        record.destinations = ["VE"]
        #expect(Self.check(record).findings?.first?.rule == "ear.arms-embargoed-destination")
    }

    /// A BIS-748P classification request as 15 CFR 748 Supplement No. 1 has it filled: Blocks 1-5, 14, 22(a)-(d),
    /// (i), 24 and 25, and no consignee, end-user, quantity or price.
    static func classificationRequest() -> DocketRecord {
        var record = DocketRecord(source: SourceInfo(path: "pkg/748p-classification.pdf"))
        record.documentType = .bis748p
        record.applicationType = .classificationRequest
        var dates = Dates()
        dates.submitted = "2026-03-30"
        record.dates = dates
        record.parties = [Party(role: .applicant, name: "Corval Signal Technologies, Inc.", country: "US"),
                          Party(role: .usSignatory, name: "Priya N. Raman", title: "Export Compliance Director",
                                country: "US")]
        var item = Item(line: 1)
        item.eccn = "5A002.a"
        item.partNumber = "KX-440"
        item.manufacturer = "Corval Signal Technologies, Inc."
        record.items = [item]
        record.destinations = []
        return record
    }

    @Test func classificationRequestNeedsNoConsigneeOrQuantity() {
        let checked = Self.check(Self.classificationRequest())
        #expect(checked.findings == [])
        #expect(checked.complete == true)
        var export = Self.classificationRequest()
        export.applicationType = .export
        let fields = (Self.check(export).findings ?? []).map(\.field)
        #expect(fields == ["parties[ultimateConsignee]", "items[0].quantity"], "an export needs what a classification request does not")
    }

    @Test func classificationRequestStillNeedsItsBlocks() {
        var record = Self.classificationRequest()
        record.items?[0].eccn = nil
        record.items?[0].manufacturer = nil
        var second = Item(line: 2)
        second.eccn = "5A992.c"
        record.items?.append(second)
        let checked = Self.check(record)
        #expect(checked.findings?.map(\.field) == ["items[0].eccn", "items[1].partNumber", "items[0].manufacturer",
                                                   "items[1].manufacturer"])
        #expect(checked.findings?.allSatisfy { $0.rule == "required.block-missing" && $0.citation == "15 CFR 748 Supplement No. 1" } == true)
        #expect(checked.findings?.first?.message.hasPrefix("Line 1: the ECCN (Block 22(a)) has no entry") == true)
        #expect(checked.complete == false)

        var noItems = Self.classificationRequest()
        noItems.items = []
        noItems.parties?.removeAll { $0.role == .usSignatory }
        noItems.dates = nil
        #expect(Self.check(noItems).findings?.map(\.field) == ["dates.submitted", "items", "parties[usSignatory]"])
    }

    @Test func applicationTypeReadsTheOneTypeNamed() {
        #expect(RecordBuilder.applicationType("Classification Request") == .classificationRequest)
        #expect(RecordBuilder.applicationType("Re-export") == .reexport)
        #expect(RecordBuilder.applicationType("EXPORT") == .export)
        #expect(RecordBuilder.applicationType("Export / Reexport / Classification Request") == nil, "a blank form's choices")
        #expect(RecordBuilder.applicationType("Special comprehensive") == nil)
    }

    @Test func usmlCategoryAndParagraphExist() {
        var record = Self.dsp5()
        record.items?[0].usmlCategory = "XXV(a)"
        #expect(Self.rules(Self.check(record)) == ["classification.usml-unknown"])
        record.items?[0].usmlCategory = "XII(z)"
        #expect(Self.rules(Self.check(record)) == ["classification.usml-unknown"])
        record.items?[0].usmlCategory = "XII(f)(9)"
        let unlisted = Self.check(record)
        #expect(Self.rules(unlisted) == ["classification.usml-subparagraph-unlisted"])
        #expect(unlisted.complete == true)
    }

    @Test func eccnExistsAndEARItemsSitUnderX() {
        var record = Self.dsp5()
        record.items?[0].usmlCategory = nil
        record.items?[0].eccn = "9Z999"
        #expect(Self.rules(Self.check(record)).sorted()
            == ["classification.ear-item-without-x", "classification.eccn-unknown"])
        record.items?[0].eccn = "3A001.a.1"
        record.items?[0].usmlCategory = "XI(x)"
        #expect(Self.rules(Self.check(record)) == [])
    }

    @Test func smeNeedsADSP83InThePackage() {
        var record = Self.dsp5()
        record.items?[0].sme = true
        let alone = Self.check(record)
        #expect(Self.rules(alone) == ["sme.dsp83-missing"])
        #expect(alone.findings?.first?.citation == "22 CFR 123.1(c)(5)")
        var certificate = DocketRecord(source: SourceInfo(path: "pkg/dsp83.pdf"))
        certificate.documentType = .dsp83
        #expect(Self.rules(Self.check(record, with: [certificate])) == [])
    }

    static func taa(value: Decimal = 400_000) -> DocketRecord {
        var record = DocketRecord(source: SourceInfo(path: "pkg/taa.pdf"))
        record.documentType = .taa
        var agreement = Agreement(clauses: (1...6).map { Clause(id: "124.8(\($0))", present: true) })
        agreement.term = Term(start: "2026-01-01", end: "2030-12-31", years: 5)
        record.agreement = agreement
        record.totalValue = Money(amount: value)
        return record
    }

    @Test func agreementClausesAndTerm() {
        #expect(Self.rules(Self.check(Self.taa())) == [])
        var record = Self.taa()
        record.agreement?.clauses[3].present = false
        let missing = Self.check(record).findings?.first
        #expect(missing?.rule == "agreement.clause-missing")
        #expect(missing?.citation == "22 CFR 124.8(4)")
        record = Self.taa()
        record.agreement?.term = Term(start: "2026-01-01", end: nil)
        let noEnd = Self.check(record).findings
        #expect(noEnd?.map(\.rule) == ["agreement.term-end-date"])
        #expect(noEnd?.first?.citation == "22 CFR 124.7(a)(3)", "124.7(a)(3): the agreement must specify its duration")
        record.agreement?.term = Term(start: "2026-01-01", end: "2036-01-02")
        let long = Self.check(record).findings
        #expect(long?.map(\.rule) == ["agreement.term-too-long"])
        // 124.7 sets no maximum: the 10 years are DDTC practice, cited to the DDTC guidelines and said so.
        #expect(long?.first?.citation.hasPrefix("DDTC Guidelines for Preparing Electronic Agreements") == true)
        #expect(long?.first?.message.contains("No regulation sets a maximum") == true)
        record.agreement?.term = Term(start: "2026-01-01", end: "2036-01-01")
        #expect(Self.rules(Self.check(record)) == [], "exactly 10 years is allowed")
    }

    @Test func transmittalItemsAndPart130() {
        var letter = DocketRecord(source: SourceInfo(path: "pkg/letter.pdf"))
        letter.documentType = .unknown
        var agreement = Agreement()
        agreement.transmittal = [Clause(id: "124.12(a)(1)", present: true), Clause(id: "124.12(a)(6)", present: false),
                                 Clause(id: "124.12(b)(4)", present: false)]
        letter.agreement = agreement
        let checkedLetter = Self.check(letter)
        #expect(checkedLetter.findings?.map(\.citation) == ["22 CFR 124.12(a)(6)"], "(b)(4) only with sublicensing")
        #expect(Self.rules(Self.check(Self.taa(value: 400_000), with: [letter])) == [])
        let large = Self.check(Self.taa(value: 4_800_000), with: [letter])
        #expect(Self.rules(large) == ["agreement.part130-statement"])
        letter.agreement?.transmittal?[1].present = true
        #expect(Self.rules(Self.check(Self.taa(value: 4_800_000), with: [letter])) == [])
    }

    @Test func congressionalThresholdsAreInfo() {
        var record = Self.dsp5(destination: "DE")
        record.items?[0].quantity = 1
        record.items?[0].unitValue = 60_000_000
        record.items?[0].totalValue = 60_000_000
        record.totalValue = Money(amount: 60_000_000)
        record.part130Statement = .provided
        #expect(Self.rules(Self.check(record)) == [], "NATO-plus: $100M for articles")
        record = Self.dsp5(destination: "AE")
        record.items?[0].quantity = 1
        record.items?[0].unitValue = 60_000_000
        record.items?[0].totalValue = 60_000_000
        record.totalValue = Money(amount: 60_000_000)
        record.part130Statement = .provided
        let checked = Self.check(record)
        #expect(Self.rules(checked) == ["threshold.congressional-notification"])
        #expect(checked.findings?.first?.severity == .info)
        #expect(checked.complete == true)
    }

    // MARK: 126.13 certification letter, Part 130 statement, DSP-85 Block 17

    @Test func everySubmissionNeedsTheCertificationLetter() {
        let alone = Self.check(Self.dsp5(), certified: false)
        #expect(Self.rules(alone) == ["certification.letter-missing"])
        #expect(alone.findings?.first?.citation == "22 CFR 123.1(c)(3)")
        #expect(alone.findings?.first?.severity == .error)
        #expect(alone.complete == false)
        #expect(Self.check(Self.dsp5()).findings == [])
        #expect(Self.rules(Self.check(Self.taa(), certified: false)) == ["certification.letter-missing"],
                "agreements too (126.13(a))")
        var temporary = Self.dsp5()
        temporary.documentType = .dsp61
        #expect(Self.rules(Self.check(temporary, certified: false)).contains("certification.letter-missing"))
        var bis = DocketRecord(source: SourceInfo(path: "pkg/748p.xml"))
        bis.documentType = .bis748p
        bis.parties = [Party(role: .applicant, name: "Acme", country: "US")]
        bis.items = [Item(line: 1)]
        #expect(!Self.rules(Self.check(bis, certified: false)).contains("certification.letter-missing"),
                "BIS: not DDTC")
        // A transmittal letter that also certifies counts.
        var combined = DocketRecord(source: SourceInfo(path: "pkg/letter.pdf"))
        combined.documentType = .unknown
        combined.certification = Self.certificationLetter().certification
        #expect(Self.rules(Self.check(Self.taa(), with: [combined], certified: false)) == [])
    }

    @Test func theLetterMakesAllFourStatements() {
        let complete = Self.check(Self.certificationLetter())
        #expect(complete.findings == [])
        let partial = Self.check(Self.certificationLetter(making: 1...3), certified: false)
        #expect(Self.rules(partial) == ["certification.statement-missing"])
        #expect(partial.findings?.first?.citation == "22 CFR 126.13(a)(4)")
        #expect(partial.findings?.first?.message.contains("citizen") == true)
        #expect(partial.complete == false)
        var bare = Self.certificationLetter()
        bare.certification = nil
        #expect(Self.check(bare, certified: false).findings?.count == 4, "a titled certification that states nothing")
        var unsigned = Self.certificationLetter()
        unsigned.parties = []
        let checked = Self.check(unsigned, certified: false)
        #expect(Self.rules(checked) == ["certification.unsigned"])
        #expect(checked.findings?.first?.severity == .warning)
        #expect(checked.complete == true)
    }

    static func largeDSP5(endUser: String = "Endnutzer GmbH", value: Decimal = 900_000) -> DocketRecord {
        var record = Self.dsp5()
        record.items?[0].unitValue = value / 10
        record.items?[0].totalValue = value
        record.totalValue = Money(amount: value)
        record.parties?[3].name = endUser
        return record
    }

    @Test func part130StatementOnLargeLicenseApplications() {
        #expect(Self.check(Self.largeDSP5(value: 499_999)).findings == [], "below $500,000")
        let unknownBuyer = Self.check(Self.largeDSP5())
        #expect(Self.rules(unknownBuyer) == ["part130.statement-missing"])
        #expect(unknownBuyer.findings?.first?.severity == .warning, "the form does not show who the buyer serves")
        #expect(unknownBuyer.findings?.first?.citation == "22 CFR 123.1(c)(6)")
        #expect(unknownBuyer.findings?.first?.message.contains("does not show whether") == true)
        #expect(unknownBuyer.complete == true)
        #expect(Self.rules(Self.check(Self.largeDSP5(value: Part130.threshold))) == ["part130.statement-missing"],
                "$500,000 or more: the threshold is shared with 124.12(a)(6)")
        let navy = Self.check(Self.largeDSP5(endUser: "Royal Danish Navy, Materiel Command"))
        #expect(Self.rules(navy) == ["part130.statement-missing"])
        #expect(navy.findings?.first?.severity == .error)
        #expect(navy.complete == false)
        #expect(Self.check(Self.largeDSP5(endUser: "Navystar Holdings AG")).findings?.first?.severity == .warning,
                "a word inside a company name is not an armed force")
        // The statement anywhere in the package satisfies the rule: a block of the form or a letter beside it.
        var statement = Self.certificationLetter()
        statement.part130Statement = .provided
        #expect(Self.check(Self.largeDSP5(endUser: "Ministry of Defence"), with: [statement]).findings == [])
        var notRequired = Self.certificationLetter()
        notRequired.part130Statement = .notRequired
        #expect(Self.check(Self.largeDSP5(), with: [notRequired]).findings == [])
        let contradicted = Self.check(Self.largeDSP5(endUser: "General Headquarters, UAE Armed Forces"),
                                      with: [notRequired])
        #expect(Self.rules(contradicted) == ["part130.said-not-required"])
        #expect(contradicted.findings?.first?.severity == .warning)
        var classified = Self.largeDSP5(endUser: "Royal Navy")
        classified.documentType = .dsp85
        let dsp85 = Self.check(classified, with: [Self.nontransferCertificate])
        #expect(Self.rules(dsp85) == ["part130.statement-missing"])
        #expect(dsp85.findings?.first?.severity == .warning, "a DSP-85 may be a temporary export")
        #expect(dsp85.findings?.first?.message.contains("if the DSP-85 is for a permanent export") == true)
        var temporary = Self.largeDSP5(endUser: "Royal Navy")
        temporary.documentType = .dsp73
        #expect(!Self.rules(Self.check(temporary)).contains { $0.hasPrefix("part130.") },
                "123.1(c)(6): permanent exports")
    }

    static func dsp85(destinations: [String], endUser: String, consignee: String) -> DocketRecord {
        var record = Self.dsp5(destination: destinations[0])
        record.documentType = .dsp85
        record.destinations = destinations
        record.parties?[1].country = consignee
        record.parties?[3].country = endUser
        return record
    }

    static var nontransferCertificate: DocketRecord {
        var certificate = DocketRecord(source: SourceInfo(path: "pkg/dsp83.pdf"))
        certificate.documentType = .dsp83
        return certificate
    }

    @Test func dsp85DestinationsMatchBlock17() {
        // The DSP-85 always needs a DSP-83 (classified); file one so only the destination rule speaks.
        let certificate = Self.nontransferCertificate
        func rules(_ record: DocketRecord) -> [String] { Self.rules(Self.check(record, with: [certificate])) }
        #expect(rules(Self.dsp85(destinations: ["GB"], endUser: "GB", consignee: "GB")) == [])
        let extraDestination = Self.check(Self.dsp85(destinations: ["GB", "AU"], endUser: "GB", consignee: "GB"),
                                          with: [certificate])
        #expect(Self.rules(extraDestination) == ["destination.dsp85-no-party"], "one finding, not also no-end-user")
        #expect(extraDestination.findings?.first?.field == "destinations.AU")
        #expect(extraDestination.findings?.first?.citation == "DSP-85 instructions, Block 17")
        let unlisted = Self.check(Self.dsp85(destinations: ["GB"], endUser: "GB", consignee: "CA"), with: [certificate])
        #expect(Self.rules(unlisted) == ["destination.dsp85-country-not-listed"])
        #expect(unlisted.findings?.first?.message.contains("Canada") == true)
        #expect(unlisted.complete == false)
        #expect(rules(Self.dsp85(destinations: ["GB", "AU"], endUser: "AU", consignee: "GB")) == [],
                "a consignee counts as much as an end-user")
    }

    @Test func errorRecordsPassThrough() {
        let failed = DocketRecord.failure(source: SourceInfo(path: "x.pdf"), error: RecordError(code: .notPDF, message: "no"))
        #expect(Self.check(failed) == failed)
    }
}
