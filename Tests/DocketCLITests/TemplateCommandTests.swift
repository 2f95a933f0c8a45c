import Foundation
import Testing

/// `docket fill` and `docket templates`, run as a user runs them, from the repository root so paths in the
/// output are the relative ones the goldens hold.
@Suite struct TemplateCommandTests {
    static let root = Fixtures.root.deletingLastPathComponent().deletingLastPathComponent()
    static let transmittalAnswers = [
        "--set", "submittedDate=2026-05-04", "--set", "registrationCode=M31742",
        "--set", "usGovernmentContract=None; the data was developed at private expense and derives from no bid or proposal.",
        "--set", "securityClassification=Unclassified.", "--set", "patentSecrecy=None.",
        "--set", "fmsCredits=None.", "--set", "classifiedInformation=None.", "--set", "securityOffices=Not applicable: no classified exports.",
    ]

    struct GoldenCase: CustomTestStringConvertible, Sendable {
        var golden: String
        var arguments: [String]
        var status: Int32
        var testDescription: String { golden }
    }

    /// One golden per template and format. Re-record with DOCKET_RECORD_GOLDEN=1 after a deliberate change.
    static let goldenCases: [GoldenCase] = [
        GoldenCase(golden: "dsp5-worksheet.md", arguments: ["--template", "dsp5-worksheet",
            "Corpus/01-dsp5-clean-de/DSP-5_HAV-2026-0117.pdf"], status: 0),
        GoldenCase(golden: "dsp83-worksheet.md", arguments: ["--template", "dsp83-worksheet",
            "Corpus/02-dsp5-sme-with-dsp83-gb/DSP-83_LMD-EX-26-044.pdf"], status: 0),
        GoldenCase(golden: "transmittal-letter.md", arguments: ["--template", "transmittal-letter"]
            + transmittalAnswers + ["Corpus/21-taa-amendment-de-no/TA-4821-24_TAA_Halvorsen-Nordwerk.pdf"], status: 0),
        GoldenCase(golden: "transmittal-letter-unanswered.md", arguments: ["--template", "transmittal-letter",
            "Corpus/22-mla-sme-kr/MA-2290-25_MLA_Corval-Hanbit.pdf"], status: 1),
        GoldenCase(golden: "clause-block.md", arguments: ["--template", "clause-block",
            "Corpus/25-taa-missing-clause-sa/TA-6034-26_TAA_Anvil-AlNakheel.pdf"], status: 0),
        GoldenCase(golden: "clause-block-mla.txt", arguments: ["--template", "clause-block", "--format", "text",
            "Corpus/22-mla-sme-kr/MA-2290-25_MLA_Corval-Hanbit.pdf"], status: 0),
        GoldenCase(golden: "bis711-statement.txt", arguments: ["--template", "bis711-statement", "--format", "text",
            "--set", "endUse=Capital equipment at the consignee's Abu Dhabi facility.",
            "Corpus/19-bis748p-600series-ae/BIS-711_Falaj.pdf"], status: 0),
        // The end use comes from the filing's own statement when no --set gives it.
        GoldenCase(golden: "bis711-statement-from-filing.md", arguments: ["--template", "bis711-statement",
            "Corpus/19-bis748p-600series-ae/BIS-711_Falaj.pdf"], status: 0),
        GoldenCase(golden: "deficiency-memo.md", arguments: ["--template", "deficiency-memo",
            "Tests/Fixtures/templates/dsp5-sme-with-findings.json"], status: 0),
        GoldenCase(golden: "deficiency-memo.html", arguments: ["--template", "deficiency-memo", "--format", "html",
            "Tests/Fixtures/templates/dsp5-sme-with-findings.json"], status: 0),
        GoldenCase(golden: "deficiency-memo.txt", arguments: ["--template", "deficiency-memo", "--format", "text",
            "Tests/Fixtures/templates/dsp5-sme-with-findings.json"], status: 0),
    ]

    @Test(arguments: goldenCases)
    func templateMatchesItsGolden(_ golden: GoldenCase) throws {
        let result = try DocketProcess.run(["fill"] + golden.arguments, currentDirectory: Self.root)
        #expect(result.status == golden.status, "stderr: \(result.stderr)")
        // Exit 1 exactly when placeholders remain, and stderr names each of them.
        let placeholders = Self.placeholders(in: result.stdoutText)
        #expect(placeholders.isEmpty == (golden.status == 0))
        for needed in placeholders {
            #expect(result.stderr.contains("missing: \(needed)"), "\(needed) not listed on stderr")
        }
        let file = Fixtures.root.deletingLastPathComponent().appendingPathComponent("Golden/templates/\(golden.golden)")
        if ProcessInfo.processInfo.environment["DOCKET_RECORD_GOLDEN"] == "1" {
            try result.stdout.write(to: file)
        }
        let expected = try #require(try? String(contentsOf: file, encoding: .utf8),
                                    "no golden file \(golden.golden); record with DOCKET_RECORD_GOLDEN=1")
        #expect(result.stdoutText == expected)
    }

    static func placeholders(in text: String) -> [String] {
        text.matches(of: /\[\[MISSING: (.+?)\]\]/).map { String($0.output.1) }
    }

    @Test func missingValuesShowAsPlaceholdersAndFailTheRun() throws {
        let result = try DocketProcess.run(["fill", "--template", "dsp5-worksheet",
                                            "Tests/Fixtures/templates/dsp5-without-end-user.json"],
                                           currentDirectory: Self.root)
        #expect(result.status == 1)
        let needed = "foreign end-user address (DSP-5 Block 14)"
        #expect(result.stdoutText.contains("[[MISSING: \(needed)]]"))
        #expect(result.stderr.contains(
            "docket: Tests/Fixtures/templates/dsp5-without-end-user.json: missing: \(needed) (--set foreignEndUserAddress=...)"))
        #expect(result.stderr.contains("missing: foreign end-user name (DSP-5 Block 14)"))
        // Present values are filled, not blanked along with the missing ones.
        #expect(result.stdoutText.contains("Corval Signal Technologies, Inc."))
        #expect(!result.stdoutText.contains("|  |"), "a silent blank cell")
    }

    @Test func setFillsWhatTheFilingLacks() throws {
        let result = try DocketProcess.run(["fill", "--template", "dsp5-worksheet",
                                            "--set", "foreignEndUserName=Hanbit Defence Co.",
                                            "Tests/Fixtures/templates/dsp5-without-end-user.json"],
                                           currentDirectory: Self.root)
        #expect(result.stdoutText.contains("| 14 Foreign end-user | Hanbit Defence Co., [[MISSING: foreign end-user address"))
        #expect(!result.stderr.contains("foreign end-user name"))
    }

    @Test func outputFileIsWrittenAndItsExtensionPicksTheFormat() throws {
        let folder = try TemporaryFolder()
        let out = folder.url.appendingPathComponent("memo/deficiency.html").path
        let result = try DocketProcess.run(["fill", "--template", "deficiency-memo", "-o", out,
                                            "Tests/Fixtures/templates/dsp5-sme-with-findings.json"],
                                           currentDirectory: Self.root)
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(result.stdout.isEmpty)
        let written = try String(contentsOfFile: out, encoding: .utf8)
        #expect(written.hasPrefix("<!DOCTYPE html>"))
        #expect(written.contains("(&lt;fees &amp; commissions&gt;)"))
    }

    @Test func userTemplateDirectoryOverridesABuiltIn() throws {
        let folder = try TemporaryFolder()
        try folder.write("dsp5-worksheet.json", """
            {"name": "dsp5-worksheet", "title": "Our own DSP-5 cover sheet", "formats": {"text": "cover.txt"},
             "fields": [{"key": "transactionNumber", "label": "our reference", "citation": "Block 1"},
                        {"key": "projectCode", "label": "internal project code", "citation": "house rule 7"}]}
            """)
        try folder.write("cover.txt", "Ref {{transactionNumber}} / {{projectCode}} / {{licenseeNmae}}\n")
        let result = try DocketProcess.run(["fill", "--template", "dsp5-worksheet", "--template-dir", folder.url.path,
                                            "Corpus/01-dsp5-clean-de/DSP-5_HAV-2026-0117.pdf"],
                                           currentDirectory: Self.root)
        // The misspelt, undeclared key shows as missing too instead of vanishing.
        #expect(result.stdoutText == "Ref HAV-2026-0117 / [[MISSING: internal project code (house rule 7)]] / "
            + "[[MISSING: licenseeNmae (not declared in the template's manifest)]]\n")
        #expect(result.status == 1)
        #expect(result.stderr.contains("missing: internal project code (house rule 7) (--set projectCode=...)"))

        let listing = try DocketProcess.run(["templates", "--template-dir", folder.url.path, "--format", "json"])
        let templates = try #require(JSONSerialization.jsonObject(with: listing.stdout) as? [[String: Any]])
        let ours = try #require(templates.first { $0["name"] as? String == "dsp5-worksheet" })
        #expect(ours["title"] as? String == "Our own DSP-5 cover sheet")
        #expect((ours["origin"] as? String)?.hasSuffix("dsp5-worksheet.json") == true)
        #expect(templates.count == 6)
    }

    @Test func brokenUserTemplateIsAUsageErrorNamingTheFile() throws {
        let folder = try TemporaryFolder()
        try folder.write("memo.json", #"{"name": "memo", "title": "x", "formats": {"text": "memo.txt"}, "fields": []}"#)
        try folder.write("memo.txt", "{{#open}} never closed\n")
        let result = try DocketProcess.run(["templates", "--template-dir", folder.url.path])
        #expect(result.status == 64)
        #expect(result.stderr.contains("memo.txt: is not a valid Mustache template"))
    }

    @Test func templatesListsEveryBuiltInWithItsFields() throws {
        let result = try DocketProcess.run(["templates", "--format", "json"])
        #expect(result.status == 0)
        let templates = try #require(JSONSerialization.jsonObject(with: result.stdout) as? [[String: Any]])
        #expect(templates.compactMap { $0["name"] as? String } == [
            "bis711-statement", "clause-block", "deficiency-memo", "dsp5-worksheet", "dsp83-worksheet",
            "transmittal-letter",
        ])
        let dsp5 = try #require(templates.first { $0["name"] as? String == "dsp5-worksheet" })
        let fields = try #require(dsp5["fields"] as? [[String: Any]])
        #expect(fields.contains { $0["key"] as? String == "foreignEndUserAddress"
            && $0["citation"] as? String == "DSP-5 Block 14" })
        let text = try DocketProcess.run(["templates"])
        #expect(text.stdoutText.contains("    foreignEndUserAddress: foreign end-user address (DSP-5 Block 14)\n"))
        #expect(text.stdoutText.contains("dsp83-worksheet  [markdown, pdf]\n"))
    }

    @Test func unknownTemplateAndPDFWithoutOutputAreUsageErrors() throws {
        let unknown = try DocketProcess.run(["fill", "--template", "dsp-99", "Corpus/01-dsp5-clean-de/DSP-5_HAV-2026-0117.pdf"],
                                            currentDirectory: Self.root)
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("no template named \"dsp-99\"; available: bis711-statement"))
        let pdf = try DocketProcess.run(["fill", "--template", "dsp83-worksheet", "--format", "pdf",
                                         "Corpus/01-dsp5-clean-de/DSP-5_HAV-2026-0117.pdf"], currentDirectory: Self.root)
        #expect(pdf.status == 64)
        #expect(pdf.stdout.isEmpty)
    }

    @Test func unreadableInputExitsTwo() throws {
        let folder = try TemporaryFolder()
        let broken = try folder.write("broken.json", "{\"schemaVersion\": 1")
        let result = try DocketProcess.run(["fill", "--template", "deficiency-memo", broken.path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("broken.json: not an extraction record"))
        #expect(result.stdout.isEmpty)
    }
}
