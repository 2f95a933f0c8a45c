import DocketCore
import Testing

@Suite struct DateNormalizerTests {
    @Test(
        arguments: [
            ("March 3, 2026", "2026-03-03"), ("Mar. 3, 2026", "2026-03-03"), ("Mar 3 2026", "2026-03-03"),
            ("MARCH 3, 2026", "2026-03-03"), ("March 3rd, 2026", "2026-03-03"), ("3 March 2026", "2026-03-03"),
            ("3 Mar 2026", "2026-03-03"), ("3rd March, 2026", "2026-03-03"), ("03/03/2026", "2026-03-03"),
            ("3/3/26", "2026-03-03"), ("2026-03-03", "2026-03-03"), ("2026/03/03", "2026-03-03"),
            ("03-Mar-2026", "2026-03-03"), ("3-mar-26", "2026-03-03"), ("20260303", "2026-03-03"),
            ("the 3rd day of March, 2026", "2026-03-03"), ("this 3rd day of March 2026", nil),
            ("The 21st day of September, 2025", "2025-09-21"), ("2026-03-03T14:05:00Z", "2026-03-03"),
            ("2026-03-03T14:05:00.123+01:00", "2026-03-03"), ("2026-03-03 14:05", "2026-03-03"),
            ("Sept. 30, 2025", "2025-09-30"), ("September 30, 2025", "2025-09-30"),
            ("Tuesday, March 3, 2026", "2026-03-03"),
            ("12/31/2025", "2025-12-31"), ("31/12/2025", "2025-12-31"), ("04/05/2026", "2026-04-05"),
            ("03.04.2026", "2026-04-03"), ("29 February 2024", "2024-02-29"), ("1 January 1999", "1999-01-01"),
            ("7/4/98", "1998-07-04"), ("2026-3-3", "2026-03-03"), ("Dated: March 3, 2026", "2026-03-03"),
            ("3 Mär 2026", "2026-03-03"), ("  March   3 ,  2026 ", "2026-03-03"), ("2026 March 3", "2026-03-03"),
            ("March 03, 2026.", "2026-03-03"),
        ] as [(String, String?)])
    func monthFirstByDefault(text: String, expected: String?) {
        #expect(DateNormalizer().normalize(text) == expected)
    }

    @Test(
        arguments: [
            ("04/05/2026", "2026-05-04"), ("3/3/26", "2026-03-03"), ("31/12/2025", "2025-12-31"),
            ("12/31/2025", nil), ("March 3, 2026", "2026-03-03"), ("2026-03-04", "2026-03-04"),
        ] as [(String, String?)])
    func dayFirstWhenTold(text: String, expected: String?) {
        #expect(DateNormalizer(numericOrder: .dayFirst).normalize(text) == expected)
    }

    @Test(arguments: [
        "February 30, 2026", "2026-02-29", "31 April 2026", "13/13/2026", "2026-13-01", "2026-00-10", "0/1/2026",
        "", "N/A", "March 2026", "March 3", "3/3", "2026", "Marchember 3, 2026", "3/3/2026/4", "3/3-2026",
        "20261303", "202603", "March 3, 2026 and April 4, 2026", "1 January 1850", "99/99/99", "March 32, 2026",
        "32 March 2026", "3 March 20266", "Effective upon signature", "3/4/226",
    ])
    func rejectsWhatIsNotOneRealDate(text: String) {
        #expect(DateNormalizer().normalize(text) == nil)
    }
}
