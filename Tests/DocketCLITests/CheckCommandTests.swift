import Foundation
import Testing

private let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Corpus")
private func document(_ relative: String) -> String { corpus.appendingPathComponent(relative).path }

@Suite("docket check and docket refdata, end to end")
struct CheckCommandTests {
    static let clean = [document("01-dsp5-clean-de/DSP-5_HAV-2026-0117.pdf"), document("01-dsp5-clean-de/126.13-certification.pdf")]
    static let placeholders = document("04-dsp5-na-see-attached-jp/DSP-5 BPO-0226-JP.pdf")
    static let warnings = [document("15-dsp5-warning-lb-cy/DSP-5_KTD-26-LB-002.pdf"),
                           document("15-dsp5-warning-lb-cy/126.13-certification.pdf")]

    @Test func completePackageExitsZero() throws {
        let result = try DocketProcess.run(["check"] + Self.clean)
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(result.stdoutText.contains("DSP-5_HAV-2026-0117.pdf  [DSP-5]  COMPLETE"))
        #expect(result.stdoutText.hasSuffix("2 documents: 2 complete, 0 incomplete; 0 errors, 0 warnings, 0 info\n"))
    }

    @Test func incompleteDocumentExitsOne() throws {
        let result = try DocketProcess.run(["check", Self.placeholders])
        #expect(result.status == 1)
        #expect(result.stdoutText.contains("The seller block is answered \"See Attached\""))
        #expect(!result.stdoutText.contains("\u{1B}["), "no colour when stdout is not a terminal")
    }

    /// A classification request is complete without consignees or quantities, and incomplete without the blocks
    /// it does fill; the letterhead BIS-711 beside a BIS-748P is read, not just flagged for a look.
    @Test func bisClassificationRequestAndLetterheadStatement() throws {
        let classification = document("17-bis748p-classification-request/BIS-748P_classification_Z820511.pdf")
        let letter = document("20-bis748p-xfdl-tw/BIS-711_letterhead_Yushan.pdf")
        for path in [classification, letter] {
            let result = try DocketProcess.run(["check", path])
            #expect(result.status == 0, "\(path): \(result.stdoutText)")
        }
        let fixture = Fixtures.path("filings/bis748p-classification-incomplete.pdf")
        let incomplete = try DocketProcess.run(["check", "--format", "csv", fixture])
        #expect(incomplete.status == 1)
        #expect(incomplete.stdoutText.contains("items[1].eccn"))
        #expect(incomplete.stdoutText.contains("Line 2: the ECCN (Block 22(a)) has no entry"))
        #expect(incomplete.stdoutText.contains("parties[usSignatory]"))
    }

    @Test func strictCountsWarnings() throws {
        #expect(try DocketProcess.run(["check"] + Self.warnings).status == 0)
        let strict = try DocketProcess.run(["check", "--strict", "--format", "ndjson"] + Self.warnings)
        #expect(strict.status == 1)
        let record = try strict.json(line: 0)
        #expect(record["complete"] as? Bool == false)
        let findings = try #require(record["findings"] as? [[String: Any]])
        #expect(findings.map { $0["citation"] as? String } == ["22 CFR 126.1(d)(2)", "22 CFR 126.1(d)(2)"])
    }

    @Test func failedInputExitsTwoWithADiagnostic() throws {
        let folder = try TemporaryFolder()
        let broken = try folder.write("broken.pdf", "%PDF-1.7 not really")
        let result = try DocketProcess.run(["check", "--format", "csv", broken.path, Self.placeholders])
        #expect(result.status == 2)
        #expect(result.stderr.hasPrefix("docket: \(broken.path): "))
        let rows = result.stdoutText.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(rows.count == 1 + 1 + 4, "header, the failed input, three placeholders and no 126.13 letter")
        #expect(rows[1].contains(",failed,error,input."))
    }

    @Test func standardInputIsItsOwnPackage() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: Self.placeholders))
        let result = try DocketProcess.run(["check", "--format", "ndjson", "-"], stdin: data)
        #expect(result.status == 1)
        #expect(result.stdoutLines.count == 1)
        #expect(try result.json(line: 0)["complete"] as? Bool == false)
    }

    @Test func smeWithoutCertificateInTheFolder() throws {
        let folder = corpus.appendingPathComponent("03-dsp5-sme-no-dsp83-kr").path
        let withCertificate = corpus.appendingPathComponent("02-dsp5-sme-with-dsp83-gb")
        let pdfs = { (dir: URL) in
            try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".pdf") }.sorted()
                .map { dir.appendingPathComponent($0).path }
        }
        let missing = try DocketProcess.run(["check", "--format", "markdown"] + pdfs(URL(fileURLWithPath: folder)))
        #expect(missing.status == 1)
        #expect(missing.stdoutText.contains("| error | 22 CFR 123.1(c)(5) |"))
        #expect(try DocketProcess.run(["check"] + pdfs(withCertificate)).status == 0)
    }

    @Test func htmlIsOneFile() throws {
        let result = try DocketProcess.run(["check", "--format", "html", Self.placeholders])
        #expect(result.status == 1)
        #expect(result.stdoutText.hasPrefix("<!DOCTYPE html>"))
        #expect(result.stdoutText.contains("page 2"))
    }

    @Test func extractCarriesFindingsButExitsZero() throws {
        let result = try DocketProcess.run(["extract", Self.placeholders])
        #expect(result.status == 0)
        let record = try result.json()
        #expect(record["complete"] as? Bool == false)
        let rules = (record["findings"] as? [[String: Any]] ?? []).compactMap { $0["rule"] as? String }
        #expect(rules.filter { $0 == "required.not-an-entry" }.count == 3)
    }

    @Test func extractValidatesConsecutiveFilesOfAFolderTogether() throws {
        let dsp5 = document("02-dsp5-sme-with-dsp83-gb/DSP-5_LMD-EX-26-044.pdf")
        let dsp83 = document("02-dsp5-sme-with-dsp83-gb/DSP-83_LMD-EX-26-044.pdf")
        let letter = document("02-dsp5-sme-with-dsp83-gb/126.13-certification.pdf")
        let together = try DocketProcess.run(["extract", "--format", "ndjson", dsp5, dsp83, letter])
        #expect(try together.json(line: 0)["complete"] as? Bool == true)
        let alone = try DocketProcess.run(["extract", dsp5])
        #expect(alone.status == 0)
        #expect(try alone.json()["complete"] as? Bool == false, "an SME application without its DSP-83")
    }

    /// The rules of one generated filing package (Tests/Fixtures/packages, from scripts/make-fixtures.py), by file.
    static func packageRules(_ name: String) throws -> (status: Int32, rules: [String: [String]]) {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/packages").appendingPathComponent(name)
        let result = try DocketProcess.run(["check", "--format", "ndjson", folder.path])
        var rules: [String: [String]] = [:]
        for index in result.stdoutLines.indices {
            let record = try result.json(line: index)
            let path = ((record["source"] as? [String: Any])?["path"] as? String) ?? ""
            rules[URL(fileURLWithPath: path).lastPathComponent] = (record["findings"] as? [[String: Any]] ?? [])
                .compactMap { $0["rule"] as? String }.filter { !$0.hasPrefix("extract.") }
        }
        return (result.status, rules)
    }

    @Test func part130StatementOnALargeSaleToAForeignNavy() throws {
        let missing = try Self.packageRules("part130-missing")
        #expect(missing.status == 1)
        #expect(missing.rules["DSP-5_NFO-2026-0412.xml"] == ["part130.statement-missing"])
        #expect(missing.rules["126.13-certification.pdf"] == [])
        let enclosed = try Self.packageRules("part130-enclosed")
        #expect(enclosed.status == 0, "the cover letter says the statement is enclosed")
        #expect(enclosed.rules["DSP-5_NFO-2026-0412.xml"] == [])
        let saidNotRequired = try Self.packageRules("part130-said-not-required")
        #expect(saidNotRequired.status == 0, "a warning: the filer may know the navy is not the buyer")
        #expect(saidNotRequired.rules["DSP-5_NFO-2026-0412.xml"] == ["part130.said-not-required"])
    }

    @Test func certificationLetterMakesEveryStatement() throws {
        let package = try Self.packageRules("certification-incomplete")
        #expect(package.status == 1)
        #expect(package.rules["126.13-certification.pdf"] == ["certification.statement-missing"])
        #expect(package.rules["DSP-5_NFO-2026-0412.xml"] == [], "the letter is there, so the application has one")
        let complete = try Self.packageRules("part130-missing")
        #expect(complete.rules["126.13-certification.pdf"] == [])
    }

    @Test func dsp85DestinationsMatchTheParties() throws {
        let package = try Self.packageRules("dsp85-mismatch")
        #expect(package.status == 1)
        #expect(package.rules["DSP-85_NFO-85-0007.xml"]
            == ["destination.dsp85-no-party", "destination.dsp85-country-not-listed"])
        #expect(package.rules["DSP-83_NFO-85-0007.xml"] == [])
    }

    @Test func refdataListsEveryFile() throws {
        let text = try DocketProcess.run(["refdata"])
        #expect(text.status == 0)
        #expect(text.stdoutText.contains("usml  United States Munitions List (22 CFR 121.1)\n  version  "))
        let json = try DocketProcess.run(["refdata", "--format", "json"])
        let files = try #require(JSONSerialization.jsonObject(with: json.stdout) as? [[String: Any]])
        #expect(files.map { $0["name"] as? String } == ["countries", "usml", "ccl", "itar-126-1", "ear-country-groups",
                                                          "nato-plus", "part124-clauses"])
        #expect(files.allSatisfy { $0["origin"] as? String == "built-in" && ($0["entries"] as? Int ?? 0) > 0 })
    }

    @Test func refdataOverrideIsShownAndABrokenOneRefused() throws {
        let folder = try TemporaryFolder()
        let builtIn = try DocketProcess.run(["refdata", "--format", "json"])
        let files = try #require(JSONSerialization.jsonObject(with: builtIn.stdout) as? [[String: Any]])
        #expect(files.count == 7)
        // A newer 126.1 file in the same format: same entries, a later as-of date.
        let original = try #require(String(data: try Data(contentsOf: corpus.deletingLastPathComponent()
            .appendingPathComponent("RefData/itar-126-1.json")), encoding: .utf8))
        let newer = original.replacingOccurrences(of: "\"asOf\": \"", with: "\"asOf\": \"2099-01-01\", \"oldAsOf\": \"")
        let path = try folder.write("itar-126-1.json", newer)
        let listed = try DocketProcess.run(["refdata", "--refdata", folder.url.path])
        #expect(listed.status == 0)
        #expect(listed.stdoutText.contains("as of    2099-01-01\n  entries  25\n  origin   \(path.path)\n"))
        try folder.write("itar-126-1.json", "{\"name\": \"itar-126-1\"}")
        let broken = try DocketProcess.run(["check", "--refdata", folder.url.path, Self.placeholders])
        #expect(broken.status == 64)
        #expect(broken.stderr.contains("itar-126-1.json"))
    }
}
