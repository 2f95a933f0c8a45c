import DocketCore
import Testing

@Suite struct USMLNormalizerTests {
    @Test(arguments: [
        ("Category XI(a)(3)(i)", "XI(a)(3)(i)", false), ("XI (a)(3)(i)", "XI(a)(3)(i)", false),
        ("XI(a)(3)(i)", "XI(a)(3)(i)", false), ("Cat. 11 (a)", "XI(a)", false), ("USML XI(a)", "XI(a)", false),
        ("Category XI, paragraph (a)(3)(i)", "XI(a)(3)(i)", false), ("*XI(a)", "XI(a)", true),
        ("XI(a)* (SME)", "XI(a)", true), ("11(a)", "XI(a)", false), ("Category VIII(h)(1)", "VIII(h)(1)", false),
        ("XXI", "XXI", false), ("XI(x)", "XI(x)", false), ("XI", "XI", false), ("I", "I", false),
        ("Category 21", "XXI", false), ("cat xi(A)(3)(I)", "XI(a)(3)(i)", false), ("XI *(a)", "XI(a)", true),
        ("XI(a)*(3)", "XI(a)(3)", true), ("USML Cat. IV(h)(1)(iv)(A)", "IV(h)(1)(iv)(A)", false),
        ("XII(e)(2)(ii)(B)(1)", "XII(e)(2)(ii)(B)(1)", false), ("XI(a) SME", "XI(a)", true),
        ("XI(a) [SME]", "XI(a)", true), ("XI(a) Non-SME", "XI(a)", false),
        ("VIII(h)(1) (non-SME)", "VIII(h)(1)", false),
        ("Category XV(e)(11)", "XV(e)(11)", false), ("U.S.M.L. Category III", "III", false),
        ("USML: XIX(f)", "XIX(f)", false),
        ("3(a)", "III(a)", false), ("  Category   XI  (c)  ", "XI(c)", false), ("XIV(f)(2)", "XIV(f)(2)", false),
        ("Category XI, para. (b)", "XI(b)", false), ("XX(a)(1)", "XX(a)(1)", false), ("XVIII", "XVIII", false),
        ("*Category XI", "XI", true), ("No. XI(d)", "XI(d)", false),
    ])
    func recognizes(text: String, citation: String, sme: Bool) throws {
        let result = try #require(USMLNormalizer().normalize(text))
        #expect(result.citation == citation)
        #expect(result.sme == sme)
    }

    @Test func categoryNumberIsTheAESCode() throws {
        #expect(try #require(USMLNormalizer().normalize("XIX(f)")).categoryNumber == 19)
        #expect(try #require(USMLNormalizer().normalize("Cat. 4")).categoryNumber == 4)
    }

    @Test(arguments: [
        "", "XXII", "22", "0", "00", "IIII", "VX", "IIV", "XI(aa)", "XI(3)", "XI(a)(b)", "XI(a)(3)(4)", "XI(a)(03)",
        "XI(a)(3)(iiii)", "XI(a)(3)(i)(AA)", "XI(a)(3)(i)(A)(1)(a)", "(a)", "XI and XII", "XI, XII", "XI(a) and (b)",
        "3A001", "EAR99", "Category", "XI(a)(MT)", "*XI(a) non-SME", "XI(", "XI(a", "N/A", "11a", "-5", "Category XI(",
        "XI(a)(3)(i) SME non-SME",
    ])
    func rejectsWhatIsNotOneCitation(text: String) {
        #expect(USMLNormalizer().normalize(text) == nil)
    }
}
