import Foundation
import Testing

/// `docket scan` end to end through the built binary: outputs, skipped files, crash isolation, timeouts, resume,
/// determinism and progress.
@Suite("docket scan, end to end")
struct ScanCommandTests {
    static let corpus = SchemaConformanceTests.root.appendingPathComponent("Corpus")

    /// A scratch input tree holding copies of some corpus packages (folder names kept).
    static func inputTree(_ packages: [String], in folder: borrowing TemporaryFolder) throws -> URL {
        let input = folder.url.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: input, withIntermediateDirectories: true)
        for package in packages {
            try FileManager.default.copyItem(at: corpus.appendingPathComponent(package),
                                             to: input.appendingPathComponent(package))
        }
        return input
    }

    /// Every file below `root` (relative path to bytes), the hidden resume cache left out.
    static func tree(_ root: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let enumerator = try #require(FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil))
        for case let url as URL in enumerator {
            let relative = String(url.standardizedFileURL.path.dropFirst(root.standardizedFileURL.path.count + 1))
            guard !relative.hasPrefix(".docket"), !url.hasDirectoryPath,
                  let data = FileManager.default.contents(atPath: url.path) else { continue }
            files[relative] = data
        }
        return files
    }

    /// summary.csv as rows of cells (the test inputs need no quoted newlines).
    static func summary(_ output: URL) throws -> [[String]] {
        let text = try String(contentsOf: output.appendingPathComponent("summary.csv"), encoding: .utf8)
        #expect(text.hasSuffix("\r\n"), "RFC 4180 lines end in CRLF")
        return text.components(separatedBy: "\r\n").dropLast().map(Self.cells)
    }

    static func cells(_ line: String) -> [String] {
        var cells: [String] = []
        var cell = ""
        var quoted = false
        var characters = Array(line)[...]
        while let character = characters.popFirst() {
            if quoted {
                if character == "\"" {
                    if characters.first == "\"" { cell.append("\""); characters.removeFirst() } else { quoted = false }
                } else {
                    cell.append(character)
                }
            } else if character == "\"" {
                quoted = true
            } else if character == "," {
                cells.append(cell)
                cell = ""
            } else {
                cell.append(character)
            }
        }
        return cells + [cell]
    }

    static func row(_ rows: [[String]], _ path: String) throws -> [String] {
        try #require(rows.first { $0.first == path }, "no summary row for \(path)")
    }

    @Test func hiddenFilesAndFoldersAreListedAsSkippedWithTheReason() throws {
        let folder = try TemporaryFolder()
        try folder.write("in/a/filing.xml", "<Filing/>")
        try folder.write("in/a/.DS_Store", "Bud1")
        try folder.write("in/.drafts/DSP-5 draft.xml", "<Filing/>")
        // The output folder inside the input: its own hidden resume cache must not show as a skipped row.
        let output = folder.url.appendingPathComponent("in/out")
        let result = try DocketProcess.run(["scan", folder.url.appendingPathComponent("in").path, "-o", output.path])
        #expect(result.status == 0)
        let rows = try Self.summary(output)
        #expect(try Self.row(rows, "a/.DS_Store")[2...7] == ["skipped", "", "0", "0", "", "hidden file"])
        #expect(try Self.row(rows, ".drafts")[2...7]
            == ["skipped", "", "0", "0", "", "hidden folder (its files are not scanned)"])
        #expect(try Self.row(rows, "a/filing.xml")[2] == "ok")
        #expect(rows.count == 4, "header, two hidden entries, one filing: \(rows)")
        #expect(!rows.contains { $0[0].hasPrefix(".drafts/") || $0[0].hasPrefix("out/") })
    }

    @Test func mirrorsRecordsAndReportsAndListsEverythingElse() throws {
        let folder = try TemporaryFolder()
        let input = try Self.inputTree(["11-dsp61-xml-ca"], in: folder)
        try folder.write("in/=HYPERLINK(\"x\"),<b>.txt", "not a filing")
        try folder.write("in/odd/claims-to-be.pdf", "plain text with a PDF name")
        try folder.write("in/odd/broken.xml", "<Filing>\n<Party>\n</Filing>")
        try FileManager.default.createSymbolicLink(atPath: input.appendingPathComponent("odd/loop").path,
                                                   withDestinationPath: input.path)
        try FileManager.default.createSymbolicLink(atPath: input.appendingPathComponent("odd/self.pdf").path,
                                                   withDestinationPath: "self.pdf")
        #expect(mkfifo(input.appendingPathComponent("odd/queue").path, 0o600) == 0)
        let output = folder.url.appendingPathComponent("out")
        let result = try DocketProcess.run(["scan", input.path, "-o", output.path])
        #expect(result.status == 2, "three files failed")
        let rows = try Self.summary(output)
        #expect(rows.first == ["path", "type", "status", "complete", "errors", "warnings", "code", "message"])
        let paths = rows.dropFirst().map { $0[0].hasPrefix("'") ? String($0[0].dropFirst()) : $0[0] }
        #expect(paths == paths.sorted(), "rows in path order")
        #expect(try Self.row(rows, "11-dsp61-xml-ca/DSP61-OBM-I-26-0042.xml")[1...3] == ["DSP-61", "ok", "yes"])
        #expect(try Self.row(rows, "11-dsp61-xml-ca/DSP61-OBM-I-26-0042.truth.json")[2] == "skipped")
        #expect(try Self.row(rows, "'=HYPERLINK(\"x\"),<b>.txt")[2] == "skipped", "formula neutralized")
        #expect(try Self.row(rows, "odd/claims-to-be.pdf")[2...6] == ["error", "", "0", "0", "unsupported-format"])
        #expect(try Self.row(rows, "odd/broken.xml")[6] == "malformed-xml")
        #expect(try Self.row(rows, "odd/loop")[7].contains("symbolic link to a folder"))
        #expect(try Self.row(rows, "odd/self.pdf")[2...6] == ["error", "", "0", "0", "unreadable"], "a link loop")
        #expect(try Self.row(rows, "odd/queue")[2...7] == ["skipped", "", "0", "0", "", "not a regular file (a pipe, socket or device)"])

        let record = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: output.appendingPathComponent(
            "11-dsp61-xml-ca/DSP61-OBM-I-26-0042.xml.json"))) as? [String: Any])
        #expect(record["documentType"] as? String == "DSP-61")
        #expect(record["complete"] as? Bool == true, "validated as a package")
        let broken = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: output.appendingPathComponent(
            "odd/broken.xml.json"))) as? [String: Any])
        #expect((broken["error"] as? [String: Any])?["line"] as? Int == 3)
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("odd/broken.xml.html").path))
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("odd/loop.json").path))

        let index = try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(index.contains("href=\"11-dsp61-xml-ca/DSP61-OBM-I-26-0042.xml.html\""))
        #expect(index.contains("=HYPERLINK(&quot;x&quot;),&lt;b&gt;.txt"), "names are escaped")
        #expect(!index.contains("<b>"))
        #expect(!index.contains("src=") && !index.contains("<link"), "self-contained")
        #expect(result.stderr.contains("odd/claims-to-be.pdf: the content is neither PDF nor XML"))
    }

    @Test func eachFolderIsOneFilingPackage() throws {
        let folder = try TemporaryFolder()
        let input = try Self.inputTree(["02-dsp5-sme-with-dsp83-gb"], in: folder)
        let license = "02-dsp5-sme-with-dsp83-gb/DSP-5_LMD-EX-26-044.pdf"
        try FileManager.default.createDirectory(at: input.appendingPathComponent("alone"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: input.appendingPathComponent(license),
                                         to: input.appendingPathComponent("alone/DSP-5_LMD-EX-26-044.pdf"))
        let output = folder.url.appendingPathComponent("out")
        let result = try DocketProcess.run(["scan", input.path, "-o", output.path])
        #expect(result.status == 1, "a document is incomplete")
        let rows = try Self.summary(output)
        // The SME license with its DSP-83 and 126.13 letter beside it is complete; the same file alone lacks both
        // (its Part 130 statement is in its own Block 7, so that one travels with it).
        #expect(try Self.row(rows, license)[3...5] == ["yes", "0", "0"])
        #expect(try Self.row(rows, "alone/DSP-5_LMD-EX-26-044.pdf")[3...5] == ["no", "2", "0"])
        let alone = try String(contentsOf: output.appendingPathComponent("alone/DSP-5_LMD-EX-26-044.pdf.json"), encoding: .utf8)
        #expect(alone.contains("\"sme.dsp83-missing\""))
        let report = try String(contentsOf: output.appendingPathComponent("alone/DSP-5_LMD-EX-26-044.pdf.html"), encoding: .utf8)
        #expect(report.contains("DSP-83"), "the per-document report shows the finding")
    }

    @Test func inputsUntouchedAndOutputsIdenticalWhateverTheWorkerCount() throws {
        let folder = try TemporaryFolder()
        let input = try Self.inputTree(["02-dsp5-sme-with-dsp83-gb", "21-taa-amendment-de-no", "11-dsp61-xml-ca"],
                                       in: folder)
        let before = try Self.tree(input)
        let one = folder.url.appendingPathComponent("j1")
        let two = folder.url.appendingPathComponent("j2")
        #expect(try DocketProcess.run(["scan", input.path, "-o", one.path, "-j1"]).status == 0)
        #expect(try DocketProcess.run(["scan", input.path, "-o", two.path, "-j", "3"]).status == 0)
        #expect(try Self.tree(input) == before, "inputs are never modified")
        let first = try Self.tree(one)
        #expect(first.count == 2 + 2 * 9, "summary, index and a record and report per filing")
        #expect(first == (try Self.tree(two)))
    }

    @Test func aWorkerThatDiesCostsOnlyItsFileAndARerunRetriesIt() throws {
        let folder = try TemporaryFolder()
        let input = try Self.inputTree(["02-dsp5-sme-with-dsp83-gb"], in: folder)
        let output = folder.url.appendingPathComponent("out")
        let crashed = try DocketProcess.run(["scan", input.path, "-o", output.path, "-j", "1"],
                                            environment: ["DOCKET_TEST_CRASH_ON": "DSP-5_LMD-EX-26-044.pdf"])
        #expect(crashed.status == 2)
        let rows = try Self.summary(output)
        #expect(try Self.row(rows, "02-dsp5-sme-with-dsp83-gb/DSP-5_LMD-EX-26-044.pdf")[6] == "worker-crashed")
        #expect(try Self.row(rows, "02-dsp5-sme-with-dsp83-gb/DSP-5_LMD-EX-26-044.pdf")[7].contains("SIGABRT"))
        // The files after the crash, on the restarted worker, are read.
        #expect(try Self.row(rows, "02-dsp5-sme-with-dsp83-gb/DSP-83_LMD-EX-26-044.pdf")[2] == "ok")
        #expect(try Self.row(rows, "02-dsp5-sme-with-dsp83-gb/126.13-certification.pdf")[2] == "ok")
        try Self.expectRecordsConform(output)

        let rerun = try DocketProcess.run(["scan", input.path, "-o", output.path])
        #expect(rerun.status == 0)
        #expect(rerun.stderr.contains("(2 unchanged since the last run)"), "only the crashed file is redone")
        #expect(try Self.row(try Self.summary(output), "02-dsp5-sme-with-dsp83-gb/DSP-5_LMD-EX-26-044.pdf")[2] == "ok")
    }

    @Test func aHungWorkerIsStoppedAtTheTimeLimit() throws {
        let folder = try TemporaryFolder()
        let input = try Self.inputTree(["11-dsp61-xml-ca"], in: folder)
        let output = folder.url.appendingPathComponent("out")
        let started = Date()
        // The limit leaves room for a loaded machine (the suite runs tests in parallel on shared cores): only the
        // hung file may reach it.
        let result = try DocketProcess.run(["scan", input.path, "-o", output.path, "--timeout", "10"],
                                           environment: ["DOCKET_TEST_HANG_ON": "DSP61-OBM-I-26-0042.xml"])
        #expect(Date().timeIntervalSince(started) < 60)
        #expect(result.status == 2)
        let rows = try Self.summary(output)
        #expect(try Self.row(rows, "11-dsp61-xml-ca/DSP61-OBM-I-26-0042.xml")[6] == "timeout")
        #expect(try Self.row(rows, "11-dsp61-xml-ca/126.13-certification.pdf")[2] == "ok")
        try Self.expectRecordsConform(output)
    }

    /// Every record a scan wrote (timeout and crash records included) validates against the published schema.
    static func expectRecordsConform(_ output: URL) throws {
        let records = try tree(output).filter { $0.key.hasSuffix(".json") }.sorted { $0.key < $1.key }
        #expect(!records.isEmpty)
        var lines = Data()
        for (_, data) in records {
            lines.append(try JSONSerialization.data(withJSONObject: try JSONSerialization.jsonObject(with: data)))
            lines.append(UInt8(ascii: "\n"))
        }
        try SchemaConformanceTests.expectConforming(ndjson: lines)
    }

    @Test(arguments: [SIGTERM, SIGINT])
    func anInterruptedScanResumes(signal: Int32) throws {
        let folder = try TemporaryFolder()
        let input = try Self.inputTree(["21-taa-amendment-de-no", "23-wda-nl"], in: folder)
        let output = folder.url.appendingPathComponent("out")
        let scan = Process()
        scan.executableURL = DocketProcess.executable
        scan.arguments = ["scan", input.path, "-o", output.path, "-j", "1"]
        scan.standardError = FileHandle.nullDevice
        try scan.run()
        let cache = output.appendingPathComponent(".docket/cache")
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline, Self.cached(cache) < 1 {
            Thread.sleep(forTimeInterval: 0.05)
        }
        kill(scan.processIdentifier, signal)
        scan.waitUntilExit()
        let done = Self.cached(cache)
        #expect(done >= 1)
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("summary.csv").path),
                "the scan was stopped before its end")

        let resumed = try DocketProcess.run(["scan", input.path, "-o", output.path])
        #expect(resumed.status == 0)
        #expect(resumed.stderr.contains("(\(done) unchanged since the last run)"))
        let fresh = folder.url.appendingPathComponent("fresh")
        #expect(try DocketProcess.run(["scan", input.path, "-o", fresh.path]).status == 0)
        #expect(try Self.tree(output) == (try Self.tree(fresh)), "a resumed scan ends where an uninterrupted one does")

        let again = try DocketProcess.run(["scan", input.path, "-o", output.path])
        let total = try Self.summary(output).dropFirst().filter { $0[2] == "ok" }.count
        #expect(again.stderr.contains("(\(total) unchanged since the last run)"))
        let forced = try DocketProcess.run(["scan", input.path, "-o", output.path, "--force"])
        #expect(forced.stderr.contains("(0 unchanged since the last run)"))
    }

    /// Cache entries written so far (the hidden folder is where resuming reads from).
    static func cached(_ cache: URL) -> Int {
        guard let enumerator = FileManager.default.enumerator(atPath: cache.path) else { return 0 }
        return enumerator.allObjects.compactMap { $0 as? String }.filter { $0.hasSuffix(".json") }.count
    }

    @Test func progressIsPlainLinesWhenStderrIsNotATerminal() throws {
        let folder = try TemporaryFolder()
        let input = try Self.inputTree(["02-dsp5-sme-with-dsp83-gb"], in: folder)
        let result = try DocketProcess.run(["scan", input.path, "-o", folder.url.appendingPathComponent("out").path,
                                            "--progress-every", "0"])
        let lines = result.stderr.split(separator: "\n").filter { $0.hasPrefix("docket: scan: ") && $0.contains(" files/s") }
        #expect(lines.count == 3)
        #expect(lines.map { $0.split(separator: " ")[2] } == ["1/3", "2/3", "3/3"])
        #expect(lines.last?.hasSuffix("ETA 0:00, 0 failed") == true)
        #expect(!result.stderr.contains("\r") && !result.stderr.contains("\u{1B}"))
    }

    @Test func progressIsABarRedrawnInPlaceOnATerminal() throws {
        let folder = try TemporaryFolder()
        let input = try Self.inputTree(["02-dsp5-sme-with-dsp83-gb"], in: folder)
        let output = folder.url.appendingPathComponent("out")
        // script(1) gives the scan a pseudo-terminal; its transcript is what a user sees.
        let command = "'\(DocketProcess.executable.path)' scan '\(input.path)' -o '\(output.path)' 2>&1 >/dev/null"
        let transcript = folder.url.appendingPathComponent("typescript")
        let script = Process()
        script.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        script.arguments = ["-qec", command, transcript.path]
        script.standardOutput = FileHandle.nullDevice
        try script.run()
        script.waitUntilExit()
        let text = try String(contentsOf: transcript, encoding: .utf8)
        #expect(text.contains("\r\u{1B}[K[########################] 3/3 files"))
        #expect(!text.contains("docket: scan: 1/3"), "no periodic lines on a terminal")
    }

    @Test func usageErrors() throws {
        #expect(try DocketProcess.run(["scan", "x"]).status == 64, "-o is required")
        #expect(try DocketProcess.run(["scan", "x", "-o", "y", "-j", "0"]).status == 64)
    }
}
