import Foundation
import Testing

/// The DSP-83 AcroForm template filled through poppler: a new, valid PDF whose fields hold the values, which
/// `docket extract` reads back; the template and the source filing are never touched.
@Suite struct FillablePDFTests {
    static let root = TemplateCommandTests.root
    static let source = "Corpus/02-dsp5-sme-with-dsp83-gb/DSP-83_LMD-EX-26-044.pdf"

    static func digest(_ path: String) throws -> Data {
        try Data(contentsOf: root.appendingPathComponent(path))
    }

    static func tool(_ name: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [name] + arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test func filledPDFRoundTripsThroughExtraction() throws {
        let folder = try TemporaryFolder()
        let out = folder.url.appendingPathComponent("DSP-83 filled.pdf").path
        let before = (try Self.digest(Self.source), try Self.digest("Templates/dsp83-worksheet.pdf"))
        let fill = try DocketProcess.run(["fill", "--template", "dsp83-worksheet", "-o", out, Self.source],
                                         currentDirectory: Self.root)
        #expect(fill.status == 0, "stderr: \(fill.stderr)")
        #expect(fill.stdout.isEmpty)
        #expect((try Self.digest(Self.source), try Self.digest("Templates/dsp83-worksheet.pdf")) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.url.path) == ["DSP-83 filled.pdf"],
                "no temporary file left behind")

        #expect(try Self.tool("qpdf", ["--check", out]).status == 0)
        let text = try Self.tool("pdftotext", ["-layout", out, "-"]).output
        #expect(text.contains("Receiver/exciter unit for airborne fire-control radar, X-band"))
        #expect(text.contains("USD 790,000.00"))

        let original = try DocketProcess.run(["extract", Self.source], currentDirectory: Self.root).json()
        let again = try DocketProcess.run(["extract", out]).json()
        #expect(again["documentType"] as? String == "DSP-83")
        for key in ["identifiers", "totalValue"] {
            #expect(NSDictionary(dictionary: again[key] as? [String: Any] ?? [:])
                == NSDictionary(dictionary: original[key] as? [String: Any] ?? [:]), "\(key)")
        }
        func parties(_ record: [String: Any]) -> [String] {
            (record["parties"] as? [[String: Any]] ?? []).filter { $0["role"] as? String != "foreignSignatory" }
                .map { "\($0["role"] ?? "") \($0["name"] ?? "") \($0["country"] ?? "")" }.sorted()
        }
        #expect(parties(again) == parties(original))
        let signatory = (again["parties"] as? [[String: Any]])?.first { $0["role"] as? String == "foreignSignatory" }
        #expect(signatory?["name"] as? String == "Gareth Penrose")
        func items(_ record: [String: Any]) -> [String] {
            (record["items"] as? [[String: Any]] ?? []).map { item in
                ["description", "quantity", "usmlCategory", "totalValue", "currency"].map { "\(item[$0] ?? "-")" }
                    .joined(separator: "|")
            }
        }
        #expect(items(again) == items(original))
    }

    @Test func missingValuesAreVisibleInTheFilledForm() throws {
        let folder = try TemporaryFolder()
        let out = folder.url.appendingPathComponent("dsp83.pdf").path
        let fill = try DocketProcess.run(["fill", "--template", "dsp83-worksheet", "--format", "pdf", "-o", out,
                                          "Corpus/01-dsp5-clean-de/DSP-5_HAV-2026-0117.pdf"],
                                         currentDirectory: Self.root)
        #expect(fill.status == 1)
        #expect(fill.stderr.contains("missing: foreign signatory name (DSP-83 certification, 22 CFR 123.10(a))"))
        let dump = try DocketProcess.run(["dump", out]).stdoutText
        #expect(dump.contains("[[MISSING: foreign signatory name (DSP-83 certification, 22 CFR 123.10(a))]]"))
        #expect(dump.contains("Halvorsen Avionics Corporation"))
    }
}

extension FillablePDFTests {
    /// The committed PDF template is what the committed script writes, byte for byte (the script is deterministic).
    @Test func committedPDFTemplateMatchesItsScript() throws {
        let check = try Self.tool("python3", [Self.root.appendingPathComponent("scripts/make-templates.py").path, "--check"])
        #expect(check.status == 0, "rerun scripts/make-templates.py and scripts/embed-refdata.py")
    }
}
