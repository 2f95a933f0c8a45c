import Foundation
import Testing

/// The hostile inputs a folder from outside can hold, each run end to end through the built binary: one record
/// per file, a diagnostic on stderr for each failure, the documented exit status, bounded time and memory.
@Suite("Hostile inputs end to end")
struct HostileInputTests {
    static let root = Fixtures.root.deletingLastPathComponent().deletingLastPathComponent()

    /// Runs docket under GNU time: its result, peak resident set size in KiB and CPU seconds (user + system;
    /// wall time says more about the other jobs on a shared machine than about docket).
    static func measured(_ arguments: [String], timeout: TimeInterval)
        throws -> (result: DocketProcess.Result, peakKiB: Int, cpuSeconds: Double) {
        let folder = try TemporaryFolder()
        let report = folder.url.appendingPathComponent("time.txt").path
        let result = try DocketProcess.run(arguments, launcher: ["/usr/bin/time", "-f", "%M %U %S", "-o", report],
                                           timeout: timeout)
        let text = try String(contentsOfFile: report, encoding: .utf8)
        let fields = try #require(text.split(separator: "\n").last, "time said: \(text)").split(separator: " ")
        try #require(fields.count == 3, "time said: \(text)")
        let kib = try #require(Int(fields[0]))
        let cpu = try #require(Double(fields[1])) + (try #require(Double(fields[2])))
        return (result, kib, cpu)
    }

    static func records(_ result: DocketProcess.Result) throws -> [String: [String: Any]] {
        var byPath: [String: [String: Any]] = [:]
        for index in result.stdoutLines.indices {
            let record = try result.json(line: index)
            let path = try #require((record["source"] as? [String: Any])?["path"] as? String)
            #expect(byPath[path] == nil, "two records for \(path)")
            byPath[path] = record
        }
        return byPath
    }

    static func errorMessage(_ record: [String: Any]?) -> String? {
        (record?["error"] as? [String: Any])?["message"] as? String
    }

    static func rules(_ record: [String: Any]) -> [String] {
        (record["findings"] as? [[String: Any]] ?? []).compactMap { $0["rule"] as? String }
    }

    @Test func fifteenHundredPages() throws {
        let folder = try TemporaryFolder()
        let pdf = folder.url.appendingPathComponent("large.pdf").path
        let generator = Process()
        generator.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        generator.arguments = ["python3", Self.root.appendingPathComponent("scripts/make-fixtures.py").path, "--large", pdf]
        try generator.run()
        generator.waitUntilExit()
        try #require(generator.terminationStatus == 0)

        let (result, peakKiB, cpuSeconds) = try Self.measured(["extract", pdf], timeout: 900)
        #expect(result.status == 0, "\(result.stderr)")
        let record = try result.json()
        let source = try #require(record["source"] as? [String: Any])
        #expect(source["pageCount"] as? Int == 1500)
        #expect(record["documentType"] as? String == "DSP-5")
        let parties = record["parties"] as? [[String: Any]] ?? []
        #expect(parties.contains { $0["name"] as? String == "Acme Defense Systems, Inc." })
        // Generous bounds for a debug build: measured 19 s CPU and 114 MiB peak. The quadratic row lookup this
        // test caught took over 10 CPU minutes.
        #expect(cpuSeconds < 120, "took \(cpuSeconds) s of CPU")
        #expect(peakKiB < 1_000_000, "peak RSS \(peakKiB) KiB")
    }

    @Test(arguments: ["xfa.pdf", "xfa-objstm.pdf"])
    func xfaFormWithData(_ name: String) throws {
        let result = try DocketProcess.run(["extract", Fixtures.path("pdf/" + name)], timeout: 120)
        #expect(result.status == 0, "\(result.stderr)")
        let record = try result.json()
        let finding = try #require((record["findings"] as? [[String: Any]])?.first { $0["rule"] as? String == "ingest.xfa-form" })
        #expect(finding["severity"] as? String == "warning")
        #expect((finding["message"] as? String)?.contains("XFA datasets") == true)
    }

    @Test(arguments: ["corrupt-xref.pdf", "truncated-tail.pdf"])
    func repairedPDFIsReportedAsPartial(_ name: String) throws {
        let result = try DocketProcess.run(["extract", Fixtures.path("pdf/" + name)], timeout: 120)
        #expect(result.status == 0, "\(result.stderr)")
        let record = try result.json()
        #expect(record["error"] == nil)
        #expect(Self.rules(record).contains("ingest.partial-document"))
        #expect(record["documentType"] as? String == "DSP-5")
    }

    @Test func soundPDFIsNotPartial() throws {
        let result = try DocketProcess.run(["extract", Fixtures.path("pdf/single-column.pdf")], timeout: 120)
        #expect(!Self.rules(try result.json()).contains("ingest.partial-document"))
    }

    @Test func unrecoverablePDFIsAnErrorRecord() throws {
        let path = Fixtures.path("pdf/truncated.pdf")
        let result = try DocketProcess.run(["extract", path], timeout: 120)
        #expect(result.status == 2)
        let error = try #require(try result.json()["error"] as? [String: Any])
        #expect(error["code"] as? String == "damaged-pdf")
        #expect(result.stderr.hasPrefix("docket: \(path): the PDF is damaged"))
    }

    @Test func namesWithSpacesAndNonASCII() throws {
        let folder = try TemporaryFolder()
        let name = "Filing 2026 – Müller & Söhne 東京 (copy).pdf"
        let file = try folder.write("Ordner mit Leerzeichen/" + name,
                                    Data(contentsOf: URL(fileURLWithPath: Fixtures.path("pdf/single-column.pdf"))))
        let byFile = try DocketProcess.run(["extract", file.path], timeout: 120)
        #expect(byFile.status == 0, "\(byFile.stderr)")
        #expect((try byFile.json()["source"] as? [String: Any])?["path"] as? String == file.path)

        let byFolder = try DocketProcess.run(["extract", "--format", "ndjson", folder.url.path], timeout: 120)
        #expect(byFolder.status == 0)
        let records = try Self.records(byFolder)
        #expect(Array(records.keys) == [folder.url.path + "/Ordner mit Leerzeichen/" + name])
        #expect(records.values.first?["documentType"] as? String == "DSP-5")
    }

    /// An unreadable file, a folder link back to its parent, a link to a folder already walked, a dangling link
    /// and a named pipe called x.pdf. Root reads anything, so as root the run drops to nobody: the permission
    /// failure is real either way.
    @Test func troublesomeFolder() throws {
        let folder = try TemporaryFolder()
        let base = folder.url.path
        let pdf = try Data(contentsOf: URL(fileURLWithPath: Fixtures.path("pdf/single-column.pdf")))
        try folder.write("good.pdf", pdf)
        try folder.write("sub/inner.pdf", pdf)
        let secret = try folder.write("secret.pdf", pdf)
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: secret.path)
        let manager = FileManager.default
        try manager.createSymbolicLink(atPath: base + "/sub/loop", withDestinationPath: "..")
        try manager.createSymbolicLink(atPath: base + "/alias", withDestinationPath: "sub")
        try manager.createSymbolicLink(atPath: base + "/dangling.pdf", withDestinationPath: "missing.pdf")
        try #require(mkfifo(base + "/x.pdf", 0o644) == 0)

        var launcher: [String] = []
        var binary = DocketProcess.executable
        var environment: [String: String] = [:]
        let bin = try TemporaryFolder()
        if geteuid() == 0 {
            launcher = ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
            // nobody may not reach the build folder of a checkout, nor LeakSanitizer's suppression file in it:
            // the binary runs from a copy, and leaks are left to the other end-to-end runs.
            binary = bin.url.appendingPathComponent("docket")
            try FileManager.default.copyItem(at: DocketProcess.executable, to: binary)
            environment["ASAN_OPTIONS"] = "detect_leaks=0"
        }
        let result = try DocketProcess.run(["extract", "--format", "ndjson", base], environment: environment,
                                           launcher: launcher, timeout: 120, binary: binary)
        #expect(result.status == 2, "\(result.stderr)")
        let records = try Self.records(result)
        // The loop and the alias lead to folders already walked: their files have their records once.
        #expect(Set(records.keys) == Set(["good.pdf", "sub/inner.pdf", "secret.pdf", "dangling.pdf", "x.pdf"]
            .map { base + "/" + $0 }))
        #expect(records[base + "/good.pdf"]?["error"] == nil)
        #expect(records[base + "/sub/inner.pdf"]?["documentType"] as? String == "DSP-5")
        #expect(Self.errorMessage(records[base + "/secret.pdf"])?.contains("permission denied") == true)
        #expect(Self.errorMessage(records[base + "/dangling.pdf"]) == "a symbolic link whose target does not exist")
        #expect(Self.errorMessage(records[base + "/x.pdf"])?.hasPrefix("a named pipe, not a regular file") == true)
        for path in ["secret.pdf", "dangling.pdf", "x.pdf"] {
            #expect(result.stderr.contains("docket: \(base)/\(path): "), "stderr: \(result.stderr)")
        }
        #expect(result.stderr.split(separator: "\n").count == 3, "stderr: \(result.stderr)")
    }

    @Test func namedPipeGivenDirectlyDoesNotBlock() throws {
        let folder = try TemporaryFolder()
        let fifo = folder.url.appendingPathComponent("pipe.xml").path
        try #require(mkfifo(fifo, 0o644) == 0)
        let result = try DocketProcess.run(["extract", fifo], timeout: 60)
        #expect(result.status == 2)
        #expect((try result.json()["error"] as? [String: Any])?["code"] as? String == "unreadable")
    }
}
