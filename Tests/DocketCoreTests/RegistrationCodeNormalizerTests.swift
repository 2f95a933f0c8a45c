import DocketCore
import Testing

@Suite struct RegistrationCodeNormalizerTests {
    let normalizer = RegistrationCodeNormalizer()

    @Test(
        arguments: [
            ("M-12345", "M12345"), ("M 12345", "M12345"), ("m12345", "M12345"), ("K-1234", "K1234"), ("M1234", "M1234"),
            (" k 12345 ", "K12345"), ("M-123456", nil), ("M-123", nil), ("G-7010", nil), ("X12345", nil),
            ("M12345A", nil),
            ("", nil), ("12345", nil), ("MK12345", nil),
        ] as [(String, String?)])
    func registrationCodes(text: String, expected: String?) {
        #expect(normalizer.registrationCode(text) == expected)
    }

    @Test(
        arguments: [
            ("TA 4821-24", "TA-4821-24", "TA-4821-24", nil), ("ta-4821-24a", "TA-4821-24A", "TA-4821-24", "A"),
            ("TA-4821-24 Amendment B", "TA-4821-24B", "TA-4821-24", "B"),
            ("TA-4821-24A", "TA-4821-24A", "TA-4821-24", "A"),
            ("TA4821-24", "TA-4821-24", "TA-4821-24", nil), ("MA-123-19", "MA-123-19", "MA-123-19", nil),
            ("WDA-55-20-C", "WDA-55-20C", "WDA-55-20", "C"), ("DA 98765 21", "DA-98765-21", "DA-98765-21", nil),
            ("TA-9876-13 Amendment 3", "TA-9876-13 Amendment 3", "TA-9876-13", "3"),
            ("TA-9876-13AB", "TA-9876-13AB", "TA-9876-13", "AB"),
            ("TA-9876-13 amdt. 12", "TA-9876-13 Amendment 12", "TA-9876-13", "12"),
        ] as [(String, String, String, String?)])
    func agreementNumbers(text: String, canonical: String, base: String, amendment: String?) throws {
        let number = try #require(normalizer.agreementNumber(text))
        #expect(number.canonical == canonical)
        #expect(number.base == base)
        #expect(number.amendment == amendment)
    }

    @Test(arguments: [
        "", "TA", "TA-4821", "XA-4821-24", "TA-482101-24", "TA-4821-2024", "TA-4821-2", "TA-4821-24 Amendment",
        "TA-4821-24 ABC", "TA-4821-24 Amendment 1234", "TA-4821-24 A B", "TAA-4821-24", "4821-24", "TA-ABCD-24",
    ])
    func rejectsOtherAgreementNumbers(text: String) {
        #expect(normalizer.agreementNumber(text) == nil)
    }

    @Test(
        arguments: [
            ("050312345", "050312345"), ("T050312345", "050312345"), ("C050312345", "050312345"),
            ("050-312-345", "050312345"),
            ("05031234", nil), ("0503123456", nil), ("X050312345", nil), ("", nil), ("M12345", nil),
        ] as [(String, String?)])
    func licenseNumbers(text: String, expected: String?) {
        #expect(normalizer.licenseNumber(text) == expected)
    }

    @Test(
        arguments: [
            ("Z123456", "Z123456"), ("z-123456", "Z123456"), ("Z 123456", "Z123456"), ("Z12345", nil),
            ("Z1234567", nil),
            ("D123456", nil), ("", nil),
        ] as [(String, String?)])
    func applicationControlNumbers(text: String, expected: String?) {
        #expect(normalizer.applicationControlNumber(text) == expected)
    }
}
