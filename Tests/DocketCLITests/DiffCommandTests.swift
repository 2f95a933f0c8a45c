import Foundation
import Testing

@Suite("docket diff, end to end")
struct DiffCommandTests {
    static let package = ScanCommandTests.corpus.appendingPathComponent("21-taa-amendment-de-no")
    static let agreement = package.appendingPathComponent("TA-4821-24_TAA_Halvorsen-Nordwerk.pdf").path
    static let amendment = package.appendingPathComponent("TA-4821-24A_Amendment-1.pdf").path

    static func changes(_ result: DocketProcess.Result) throws -> [[String: Any]] {
        try #require(try result.json()["changes"] as? [[String: Any]])
    }

    static func change(_ changes: [[String: Any]], _ path: String) throws -> [String: Any] {
        try #require(changes.first { $0["path"] as? String == path }, "no change at \(path)")
    }

    @Test func anAmendmentAddsALicenseeRaisesTheValueAndWidensTheTerritory() throws {
        let result = try DocketProcess.run(["diff", Self.agreement, Self.amendment, "--format", "json"])
        #expect(result.status == 1)
        let changes = try Self.changes(result)
        let licensee = try Self.change(changes, "parties[licensee: Fjellvik Forsvarsteknologi AS]")
        #expect(licensee["kind"] as? String == "added")
        #expect((licensee["new"] as? String)?.hasSuffix(", NO") == true)
        #expect((licensee["newEvidence"] as? [String: Any])?["page"] as? Int == 1)
        let value = try Self.change(changes, "totalValue")
        #expect(value["kind"] as? String == "changed")
        #expect(value["old"] as? String == "2400000 USD")
        #expect(value["new"] as? String == "3150000 USD")
        #expect((value["oldEvidence"] as? [String: Any])?["text"] as? String != nil)
        #expect((value["newEvidence"] as? [String: Any])?["text"] as? String != nil)
        #expect(try Self.change(changes, "agreement.retransferTerritory[NO]")["kind"] as? String == "added")
        #expect(try Self.change(changes, "identifiers.agreementNumber")["new"] as? String == "TA-4821-24A")
        // The German licensee is in both: matched by role and normalized name, so no change is invented.
        #expect(!changes.contains { ($0["path"] as? String)?.contains("Nordwerk") == true })
    }

    /// (golden file, old input, new input), inputs relative to the repository: an agreement and its amendment;
    /// a classification request and an export application (application type, end use, item manufacturer); a
    /// complete 126.13 letter and one without its (a)(4) statement and Part 130 paragraph.
    static let goldenPairs = [
        ("diff-TA-4821-24-amendment.txt", "Corpus/21-taa-amendment-de-no/TA-4821-24_TAA_Halvorsen-Nordwerk.pdf",
         "Corpus/21-taa-amendment-de-no/TA-4821-24A_Amendment-1.pdf"),
        ("diff-BIS-748P-classification-to-export.txt",
         "Corpus/17-bis748p-classification-request/BIS-748P_classification_Z820511.pdf",
         "Corpus/16-bis748p-license-sg/BIS-748P_Z817304.pdf"),
        ("diff-126.13-certification-incomplete.txt", "Corpus/02-dsp5-sme-with-dsp83-gb/126.13-certification.pdf",
         "Tests/Fixtures/packages/certification-incomplete/126.13-certification.pdf"),
    ]

    @Test(arguments: goldenPairs)
    func textOutputMatchesItsGolden(golden name: String, old: String, new: String) throws {
        let result = try DocketProcess.run(["diff", old, new], currentDirectory: SchemaConformanceTests.root)
        #expect(result.status == 1)
        #expect(!result.stdoutText.contains("\u{1B}"), "no colour when stdout is not a terminal")
        let golden = SchemaConformanceTests.root.appendingPathComponent("Tests/Golden/" + name)
        let actual = result.stdoutText
        if ProcessInfo.processInfo.environment["DOCKET_RECORD_GOLDEN"] == "1" {
            try Data(actual.utf8).write(to: golden)
        }
        let expected = try #require(try? String(contentsOf: golden, encoding: .utf8),
                                    "no golden file; record with DOCKET_RECORD_GOLDEN=1")
        #expect(actual == expected)
    }

    @Test(arguments: [("env -u NO_COLOR", true), ("env NO_COLOR=1", false)])
    func colouredOnATerminalUnlessNoColor(prefix: String, coloured: Bool) throws {
        let folder = try TemporaryFolder()
        let transcript = folder.url.appendingPathComponent("typescript")
        let script = Process()
        script.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        script.arguments = ["-qec", "\(prefix) '\(DocketProcess.executable.path)' diff '\(Self.agreement)' '\(Self.amendment)'",
                            transcript.path]
        script.standardOutput = FileHandle.nullDevice
        try script.run()
        script.waitUntilExit()
        let text = try String(contentsOf: transcript, encoding: .utf8)
        #expect(text.contains("totalValue"))
        #expect(text.contains("\u{1B}[32m+ parties[licensee: Fjellvik Forsvarsteknologi AS]\u{1B}[0m") == coloured)
        #expect(text.contains("\u{1B}[") == coloured)
    }

    @Test func aReviewedRecordAgainstAFreshExtraction() throws {
        let fresh = try DocketProcess.run(["extract", Self.amendment])
        var record = try fresh.json()
        var parties = try #require(record["parties"] as? [[String: Any]])
        let licensee = try #require(parties.firstIndex { $0["name"] as? String == "Nordwerk Wehrtechnik GmbH" })
        parties[licensee]["name"] = "NORDWERK WEHRTECHNIK GMBH"  // a reviewer's spelling: the same party
        parties[licensee]["country"] = "AT"
        record["parties"] = parties
        var items = try #require(record["items"] as? [[String: Any]])
        items[0]["sme"] = true
        record["items"] = items
        record["destinations"] = ["DE"]
        let folder = try TemporaryFolder()
        let reviewed = try folder.write("reviewed.json", try JSONSerialization.data(withJSONObject: record))

        let result = try DocketProcess.run(["diff", reviewed.path, Self.amendment, "--format", "json"])
        #expect(result.status == 1)
        let changes = try Self.changes(result)
        #expect(changes.count == 3, "\(changes)")
        let country = try Self.change(changes, "parties[licensee: NORDWERK WEHRTECHNIK GMBH].country")
        #expect(country["old"] as? String == "AT")
        #expect(country["new"] as? String == "DE")
        let sme = try Self.change(changes, "items[line 1].sme")
        #expect(sme["old"] as? String == "true")
        #expect(sme["new"] as? String == "false")
        #expect(try Self.change(changes, "destinations[NO]")["kind"] as? String == "added")
    }

    @Test func identicalMeaningExitsZero() throws {
        let folder = try TemporaryFolder()
        let extracted = try folder.write("a.json", try DocketProcess.run(["extract", Self.amendment]).stdout)
        let result = try DocketProcess.run(["diff", extracted.path, Self.amendment])
        #expect(result.status == 0)
        #expect(result.stdoutText.contains("mean the same"))
        // A document with findings: a saved extraction carries them, a fresh one must find the same.
        let withFindings = ScanCommandTests.corpus.appendingPathComponent(
            "25-taa-missing-clause-sa/TA-6034-26_TAA_Anvil-AlNakheel.pdf").path
        let saved = try DocketProcess.run(["extract", withFindings])
        #expect(try (saved.json()["findings"] as? [Any])?.isEmpty == false)
        let savedFile = try folder.write("b.json", saved.stdout)
        #expect(try DocketProcess.run(["diff", savedFile.path, withFindings]).status == 0)
        let json = try DocketProcess.run(["diff", Self.amendment, Self.amendment, "--format", "json"])
        #expect(json.status == 0)
        #expect(try Self.changes(json).isEmpty)
    }

    @Test func anInputThatCannotBeReadExitsTwo() throws {
        let folder = try TemporaryFolder()
        let notARecord = try folder.write("x.json", "{\"hello\": 1}")
        let result = try DocketProcess.run(["diff", notARecord.path, Self.amendment])
        #expect(result.status == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("x.json: the JSON is not a Docket record"))
        #expect(try DocketProcess.run(["diff", "/nonexistent.pdf", Self.amendment]).status == 2)
    }
}
