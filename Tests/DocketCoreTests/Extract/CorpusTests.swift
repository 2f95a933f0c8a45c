import Foundation
import Testing
@testable import DocketCore

private let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

/// The record for a corpus document, with its path made relative so golden files do not depend on the checkout.
private func record(_ relative: String) throws -> Data {
    var record = Pipeline().run(.file(repository.appendingPathComponent(relative).path)) { Data() }
    record.source.path = relative
    return try RecordEncoder.encode(record, pretty: true)
}

@Suite("Corpus: golden records, determinism, accuracy floor")
struct CorpusTests {
    /// One document per input kind. Re-record with DOCKET_RECORD_GOLDEN=1 after a deliberate change, and review
    /// the diff: a missing golden file fails rather than being written silently.
    static let goldenDocuments = [
        "Corpus/01-dsp5-clean-de/DSP-5_HAV-2026-0117.pdf",
        "Corpus/02-dsp5-sme-with-dsp83-gb/DSP-5_LMD-EX-26-044.pdf",
        "Corpus/07-dsp5-proscribed-cn/DSP-5_cover_CMS-2026-CN-001.pdf",
        "Corpus/13-dsp85-xml-gb/dsp85-LMD-85-GB-2026-02.xml",
        "Corpus/20-bis748p-xfdl-tw/BIS748P_Z829902.xfdl.xml",
        "Corpus/21-taa-amendment-de-no/TA-4821-24A_Amendment-1.pdf",
        "Corpus/01-dsp5-clean-de/126.13-certification.pdf",
    ]

    @Test(arguments: goldenDocuments)
    func golden(_ document: String) throws {
        let actual = try record(document)
        let name = URL(fileURLWithPath: document).deletingPathExtension().lastPathComponent + ".json"
        let golden = repository.appendingPathComponent("Tests/Golden").appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["DOCKET_RECORD_GOLDEN"] == "1" {
            try actual.write(to: golden)
            return
        }
        let expected = try #require(try? Data(contentsOf: golden), "no golden file \(name); record with DOCKET_RECORD_GOLDEN=1")
        let same = actual == expected
        #expect(same, "\(document) differs from Tests/Golden/\(name):\n\(String(decoding: actual, as: UTF8.self))")
    }

    @Test func sameInputSameBytes() throws {
        for document in Self.goldenDocuments.prefix(3) {
            #expect(try record(document) == record(document))
        }
    }

    /// Regression floor, set just under the figures recorded in the README. Raise it when extraction improves;
    /// never lower it to make a change pass.
    @Test func accuracyFloor() throws {
        let report = try AccuracyRun.run(corpus: repository.appendingPathComponent("Corpus").path, pipeline: Pipeline())
        #expect(report.documents >= 66)
        #expect(report.documentTypeAccuracy == 1)
        let floors: [String: Double] = ["identifiers": 0.99, "dates": 0.99, "destinations": 0.99, "totalValue": 0.99,
                                        "parties": 0.98, "items": 0.99, "clauses": 1.0, "statements": 1.0]
        for (field, floor) in floors {
            let score = try #require(report.fields[field])
            #expect(score.f1 >= floor, "\(field) F1 \(score.f1) fell below \(floor)")
        }
        // A clause reported present when the agreement lacks it is the one error a reviewer cannot afford.
        #expect(report.fields["clauses"]?.falsePositives == 0)
        // Likewise a Part 130 statement or a 126.13 statement read where the filing makes none.
        #expect(report.fields["statements"]?.falsePositives == 0)
    }
}
