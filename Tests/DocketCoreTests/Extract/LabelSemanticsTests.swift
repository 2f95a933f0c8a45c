import Testing
@testable import DocketCore

/// The same block is labelled many ways; each must reach the same slot.
@Suite("Label semantics")
struct LabelSemanticsTests {
    static let endUserLabels = [
        "Foreign End-User", "End User (Foreign)", "Block 14 - Foreign End User", "14. Foreign end user",
        "FOREIGN END USER", "ForeignEndUser", "foreign_end_user", "block14_enduser", "Foreignenduser",
        "Name and Address of Foreign End User",
    ]

    @Test(arguments: endUserLabels)
    func endUserBlock(label: String) {
        let slot = SlotResolver(documentType: .dsp5).slot(for: LabelText(TextRecognizer.withoutParentheses(label)))
            ?? SlotResolver(documentType: .dsp5).slot(for: LabelText(label))
        #expect(slot == .party(.endUser, .block), "\(label)")
    }

    @Test(arguments: [
        ("DDTC Registration Code", Slot.identifier(.registrationCode)),
        ("Applicant Registration Code", .identifier(.registrationCode)),
        ("DDTCRegistrationCode", .identifier(.registrationCode)),
        ("Applicant Transaction No.", .identifier(.transactionNumber)),
        ("Application Control Number", .identifier(.applicationControlNumber)),
        ("Date of Application", .date(.submitted)),
        ("Signature Date", .date(.submitted)),
        ("Expiration Date", .date(.expiration)),
        ("Country of Ultimate Destination", .destination),
        ("CountriesOfUltimateDestination", .destination),
        ("Total Value (USD)", .totalValue),
        ("Applicant's name, address and telephone", .party(.applicant, .block)),
        ("Seller in the United States", .party(.seller, .block)),
        ("U.S. Consignor or Freight Forwarder", .party(.consignorOrForwarder, .block)),
        ("Foreign Intermediate Consignee(s)", .party(.intermediateConsignee, .block)),
        ("Signature of Foreign Consignee", .party(.foreignSignatory, .block)),
        ("End User Country", .party(.endUser, .country)),
        ("CityName", .party(.applicant, .city)),
    ])
    func labels(label: String, expected: Slot) {
        let context = label == "CityName" ? [LabelText("Applicant")] : []
        #expect(SlotResolver(documentType: .dsp5).slot(for: LabelText(label), context: context) == expected, "\(label)")
    }

    @Test(arguments: ["Documents on File with Applicant", "Description of Transaction", "Contact Person",
                      "Probable Port of Exit", "Specific Purpose"])
    func notAPartyOrValueLabel(label: String) {
        let slot = SlotResolver(documentType: .dsp5).slot(for: LabelText(label))
        if case .party = slot { Issue.record("\(label) read as a party: \(String(describing: slot))") }
    }

    @Test func rolesFollowTheDocumentFamily() {
        #expect(PartyConcept.consignee.role(for: .dsp5) == .foreignConsignee)
        #expect(PartyConcept.consignee.role(for: .bis748p) == .ultimateConsignee)
        #expect(PartyConcept.endUser.role(for: .bis748p) == .endUser)
        #expect(PartyConcept.endUser.role(for: .dsp73) == .foreignEndUser)
    }

    /// The PDF route reads the page layout as for an unknown document whenever agreement recognition may still
    /// change the type; that is right only if no other type reads a label differently.
    @Test func onlyTheFormsWithOwnReadingReadLabelsDifferentlyFromAnUnknownDocument() {
        let labels = (1...40).flatMap { ["Block \($0)", "\($0).", "b\($0)_name", "Block \($0) Name"] }
            + ["Application Type", "Type of Application", "Block 5 Application Type", "Name", "Country"]
        let unknown = SlotResolver(documentType: .unknown)
        let contexts: [[LabelText]] = [[], [LabelText("Block 14")], [LabelText("End User")]]
        for type in DocumentType.allCases {
            let resolver = SlotResolver(documentType: type)
            let differing = labels.filter { label in
                contexts.contains { resolver.slot(for: LabelText(label), context: $0)
                    != unknown.slot(for: LabelText(label), context: $0) }
            }
            if SlotResolver.typesWithOwnReading.contains(type) {
                #expect(!differing.isEmpty, "\(type) is listed but reads every label as an unknown document")
            } else {
                #expect(differing.isEmpty, "\(type) reads \(differing) differently from an unknown document")
            }
        }
    }

    @Test func streetNumbersAndDatesAreNotBlockLabels() {
        let resolver = SlotResolver(documentType: .dsp5)
        #expect(resolver.slot(for: LabelText("14 Ferncliff Road")) == nil)
        #expect(resolver.slot(for: LabelText("26 Feb 2026")) == nil)
    }

    @Test(arguments: [("Form DSP-5", DocumentType.dsp5),
                      ("APPLICATION/LICENSE FOR PERMANENT EXPORT OF UNCLASSIFIED DEFENSE ARTICLES", .dsp5),
                      ("Nontransfer and Use Certificate", .dsp83), ("FORM BIS-748P", .bis748p),
                      ("MULTIPURPOSE APPLICATION", .bis748p), ("Statement by Ultimate Consignee and Purchaser", .bis711),
                      ("DSP73Application", .dsp73), ("Temporary Import of Unclassified Defense Articles", .dsp61)])
    func titlesClassify(title: String, expected: DocumentType) {
        #expect(Classifier.classify(.init(title: [title])).0 == expected)
    }

    @Test func bodyMentionsAloneDoNotClassify() {
        let (type, reason) = Classifier.classify(.init(body: ["the DSP-83 is attached", "see the DSP-5 application"]))
        #expect(type == .unknown)
        #expect(reason.contains("passing mentions"))
    }
}
