import Foundation
import Testing
@testable import DocketCore

private let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

@Suite("Corpus: completeness verdicts and citations")
struct CompletenessCorpusTests {
    /// Regression floor at the measured figures: every verdict right and no finding the truth does not expect.
    /// Never lower it to make a change pass.
    @Test func completenessFloor() throws {
        let report = try AccuracyRun.run(corpus: repository.appendingPathComponent("Corpus").path, pipeline: Pipeline(),
                                         validator: try Validator.standard(store: RefDataStore()))
        let score = try #require(report.completeness)
        #expect(score.documents >= 58)
        #expect(score.citationRecall == 1, "\(report.misses.filter { $0.contains("finding missing") })")
        #expect(score.completeCorrect >= 58, "\(report.misses.filter { $0.contains("complete") })")
        #expect(score.falseFindings == 0, "\(report.misses.filter { $0.contains("finding extra") })")
    }
}
