import Foundation
import Testing
@testable import DocketCore

@Test func debugLabels() throws {
    for raw in ["Applicant Transaction No.", "DDTC Registrant Code", "Total Value (USD)", "Seller in the United States", "U.S. Consignor or Freight Forwarder"] {
        let label = LabelText(raw)
        print("LBL", raw, label.words, SlotResolver(documentType: .dsp5).slot(for: label) as Any, TextRecognizer.isWholeLabel(label))
    }
}
