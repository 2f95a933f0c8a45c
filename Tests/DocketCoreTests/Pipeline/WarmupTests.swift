import Testing

@testable import DocketCore

@Suite("Warmup: the start-up work done on a second thread")
struct WarmupTests {
    /// The warm-up saves only the work its sample makes the extraction do: the sample must go through
    /// classification, the labelled blocks, the item table and the party roles, as a real DSP-5 page does.
    @Test func theSampleIsReadAsTheDSP5ItStandsFor() throws {
        let record = Extraction.record(for: Warmup.sample)
        #expect(record.error == nil)
        #expect(record.documentType == .dsp5)
        let items = try #require(record.items)
        #expect(items.count == 1)
        #expect(items.first?.usmlCategory != nil)
        let roles = Set((record.parties ?? []).map(\.role))
        #expect(roles.contains(.applicant))
        #expect(roles.contains(.foreignEndUser))
        #expect(record.identifiers?.registrationCode == "M12345")
    }
}
