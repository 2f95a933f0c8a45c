import Foundation
import Testing
@testable import DocketCore

@Test func debugLabels() throws {
    for raw in ["DDTCRegistrationCode", "USMLCategory", "USConsignorOrFreightForwarder", "CountriesOfUltimateDestination", "ForeignEndUser", "PDFFile", "Item"] {
        let label = LabelText(raw)
        print("LBL", raw, label.words, SlotResolver(documentType: .dsp5).slot(for: label) as Any)
    }
}
