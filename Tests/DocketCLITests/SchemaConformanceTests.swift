import Foundation
import Testing

/// Every record `docket extract` writes for the corpus and the fixtures, results and error records alike,
/// validates against the published schema in docs/schema.
@Suite("Published JSON Schema")
struct SchemaConformanceTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    @Test func corpusAndFixtureRecordsConform() throws {
        let result = try DocketProcess.run([
            "extract", "--format", "ndjson", Self.root.appendingPathComponent("Corpus").path,
            Self.root.appendingPathComponent("Tests/Fixtures").path,
        ])
        #expect(result.stdoutLines.count > 100)
        try Self.expectConforming(ndjson: result.stdout)
    }

    /// Runs the schema validator over NDJSON records; each violation is reported.
    static func expectConforming(ndjson: Data) throws {
        let output = try TemporaryFolder()
        let records = try output.write("records.ndjson", ndjson)
        let validator = Process()
        validator.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        validator.arguments = ["python3", Self.root.appendingPathComponent("scripts/validate-schema.py").path,
                               Self.root.appendingPathComponent("docs/schema/docket-record-v1.schema.json").path,
                               records.path]
        let pipe = Pipe()
        validator.standardOutput = pipe
        try validator.run()
        let report = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        validator.waitUntilExit()
        #expect(validator.terminationStatus == 0, "schema violations:\n\(report)")
    }
}
