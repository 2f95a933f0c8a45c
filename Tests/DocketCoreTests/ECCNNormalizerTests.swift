import DocketCore
import Testing

@Suite struct ECCNNormalizerTests {
    @Test(
        arguments: [
            ("3a001.A.1", "3A001.a.1"), ("3A001 a.1", "3A001.a.1"), ("3A001.a.1.b", "3A001.a.1.b"),
            ("9A610.x", "9A610.x"),
            ("9A515.y.1", "9A515.y.1"), ("0A501", "0A501"), ("EAR99", "EAR99"), ("ear 99", "EAR99"),
            ("EAR-99", "EAR99"),
            ("E.A.R. 99", "EAR99"), ("5A992.c", "5A992.c"), ("ECCN 5A002.a.1", "5A002.a.1"), ("ECCN: 3E001", "3E001"),
            ("  4d001 ", "4D001"), ("3A001. a. 1", "3A001.a.1"), ("1C351.d.10", "1C351.d.10"), ("0Y521", nil),
            ("9E003.a.1.a", "9E003.a.1.a"), ("3A001.a.5.a.1", "3A001.a.5.a.1"), ("6A003.b.4.a", "6A003.b.4.a"),
            ("3A001.", "3A001"), ("9a610.X", "9A610.x"), ("2B999.i", "2B999.i"), ("ECCN #3A991", "3A991"),
        ] as [(String, String?)])
    func canonicalForm(text: String, expected: String?) {
        #expect(ECCNNormalizer().normalize(text) == expected)
    }

    @Test(arguments: [
        "", "3F001", "A3001", "3A01", "3A0011", "3A001a.1", "3A001.1", "3A001.a.1234", "3A001.abcde", "EAR100",
        "EAR9", "XI(a)", "N/A", "3A001 and 3A002", "3A001.a-1", "3A001/a", "33001", "3a00x", "EAR 99 (NLR)",
    ])
    func rejectsWhatIsNotAnECCN(text: String) {
        #expect(ECCNNormalizer().normalize(text) == nil)
    }
}
