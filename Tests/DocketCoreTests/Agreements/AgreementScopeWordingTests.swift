import Testing
@testable import DocketCore

/// Scope descriptions worded the ways the corpus agreements were missed in: the subject only in the heading,
/// "will be limited to", and table rows running into the scope sentence.
@Suite struct AgreementScopeWordingTests {
    @Test func subjectOnlyInTheHeading() {
        let passages = Fixture.pdf([
            "Section 4. Technical Data",
            "The U.S. Party will furnish structural repair manuals, composite lay-up repair procedures and",
            "repair qualification test data for the tail-boom assembly.",
            "Section 5. Defense Services",
            "The U.S. Party will provide on-site repair training at the Licensee's depot.",
        ])
        let analysis = AgreementAnalyzer.analyze(passages, type: .taa)
        #expect(analysis.technicalData?.hasPrefix("The U.S. Party will furnish structural repair manuals") == true)
        #expect(analysis.technicalDataEvidence?.page == 1)
        #expect(analysis.defenseServices?.hasPrefix("The U.S. Party will provide on-site repair training") == true)
    }

    @Test func limitedToAfterTableRows() {
        let passages = Fixture.pdf([
            "2 Sonar preamplifier module, spare OBM-HMS-PA2 Category XI(c)(1) No 150",
            "3 Sonar dome window panel OBM-HMS-DW Category XI(c)(1) No 40",
            "ARTICLE 3 - TECHNICAL DATA",
            "3.1 Technical Data furnished under this Agreement will be limited to operation, installation and",
            "repair data for the Defense Articles.",
        ])
        let analysis = AgreementAnalyzer.analyze(passages, type: .wda)
        #expect(analysis.agreement.technicalData
            == "Technical Data furnished under this Agreement will be limited to operation, installation and repair data for the Defense Articles.")
    }

    @Test func aHeadingFollowedByAnUnrelatedSentenceIsNoScope() {
        let passages = Fixture.pdf([
            "Section 4. Technical Data",
            "Section 5. Governing Law",
            "This Agreement is governed by the laws of the State of Kansas.",
        ])
        #expect(AgreementAnalyzer.analyze(passages, type: .taa).technicalData == nil)
    }
}
