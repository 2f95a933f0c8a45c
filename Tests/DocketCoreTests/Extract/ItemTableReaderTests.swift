import Testing

@testable import DocketCore

@Suite struct ItemTableReaderTests {
    /// The byte path for ASCII cells must agree with the `Character` definition it stands in for.
    @Test(arguments: [
        ("$1,250.00", true), ("(3)", true), ("12", true), ("", false), ("$", false), ("(.)", false), ("12a", false),
        ("1 250", false), ("1\r\n", false), ("€1.250,00", true), ("£", false), ("12€a", false), ("٣٤", true),
        ("5\u{301}", true),
    ])
    func numericCells(text: String, numeric: Bool) {
        #expect(ItemTableReader.isNumeric(text) == numeric)
        let stripped = text.filter { !"$,.€£()".contains($0) }
        #expect(numeric == (!stripped.isEmpty && stripped.allSatisfy(\.isNumber)), "the original definition")
    }
}
