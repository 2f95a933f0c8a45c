import Foundation
import Testing

@Suite("docket extract, end to end")
struct ExtractCommandTests {
    @Test func stdinXMLGivesOneObjectAndExitZero() throws {
        let result = try DocketProcess.run(["extract", "-"], stdin: Data("<Filing><Title>x</Title></Filing>".utf8))
        #expect(result.status == 0)
        let record = try result.json()
        #expect(record["schemaVersion"] as? String == "1")
        let source = try #require(record["source"] as? [String: Any])
        #expect(source["format"] as? String == "xml")
        #expect(source["path"] as? String == "-")
        #expect((source["sha256"] as? String)?.count == 64)
        #expect(result.stderr.isEmpty)
    }

    @Test func brokenInputsYieldErrorRecordsAndTheBatchGoesOn() throws {
        let folder = try TemporaryFolder()
        try folder.write("a-good.xml", "<Filing/>")
        try folder.write("b-text named.pdf", "this is not a PDF at all")
        try folder.write("c-malformed.xml", "<Filing>\n  <Party>\n</Filing>")
        try folder.write("d-empty.pdf", Data())
        try folder.write("e-truncated.pdf", "%PDF-1.7\n1 0 obj << /Type /Catalog")
        let result = try DocketProcess.run(["extract", folder.url.path])
        #expect(result.status == 2)
        let lines = result.stdoutLines
        #expect(lines.count == 5, "every input yields exactly one record")
        let records = try (0..<lines.count).map { try result.json(line: $0) }
        let paths = records.compactMap { ($0["source"] as? [String: Any])?["path"] as? String }
        #expect(paths.map { URL(fileURLWithPath: $0).lastPathComponent }
            == ["a-good.xml", "b-text named.pdf", "c-malformed.xml", "d-empty.pdf", "e-truncated.pdf"])
        let codes = records.map { ($0["error"] as? [String: Any])?["code"] as? String }
        #expect(codes == [nil, "unsupported-format", "malformed-xml", "unreadable", "damaged-pdf"])
        let malformed = try #require(records[2]["error"] as? [String: Any])
        #expect(malformed["line"] as? Int == 3)
        #expect(result.stderr.contains("c-malformed.xml:3:"))
        #expect(result.stderr.contains("b-text named.pdf: the content is neither PDF nor XML"))
    }

    @Test func hiddenEntriesOfAFolderAreSkippedAndCountedOnStderrOncePerFolder() throws {
        let folder = try TemporaryFolder()
        let filing = try folder.write("pkg/filing.xml", "<Filing/>")
        try folder.write("pkg/.DS_Store", "Bud1")
        try folder.write("pkg/sub/.~lock.filing.xml#", "lock")
        try folder.write("pkg/.git/config", "[core]")
        let other = try folder.write("clean/other.xml", "<Filing/>")
        let package = folder.url.appendingPathComponent("pkg").path
        let clean = folder.url.appendingPathComponent("clean").path
        for command in ["extract", "check"] {
            let result = try DocketProcess.run([command, "--format", "ndjson", package, clean])
            let paths = try (0..<result.stdoutLines.count).map {
                try #require((try result.json(line: $0)["source"] as? [String: Any])?["path"] as? String)
            }
            #expect(paths == [filing.path, other.path], "\(command): hidden files yield no record")
            let notices = result.stderr.split(separator: "\n").filter { $0.contains("hidden") }
            #expect(notices == ["docket: \(package): skipped 3 hidden files or folders (names beginning with \".\"): "
                + ".DS_Store, .git, sub/.~lock.filing.xml#; give a file's path to read it"], "\(command)")
        }
        // Named directly, a hidden file is read like any other.
        let named = try DocketProcess.run(["extract", folder.url.appendingPathComponent("pkg/.DS_Store").path])
        #expect((try named.json()["error"] as? [String: Any])?["code"] as? String == "unsupported-format")
        #expect(!named.stderr.contains("hidden"))
    }

    @Test func missingFileIsAnErrorRecordNotASilentSkip() throws {
        let result = try DocketProcess.run(["extract", "--format", "ndjson", "/nonexistent/filing.pdf"])
        #expect(result.status == 2)
        let record = try result.json(line: 0)
        #expect((record["error"] as? [String: Any])?["code"] as? String == "unreadable")
    }

    @Test func filesFromWithNulSeparatorsKeepsOrder() throws {
        let folder = try TemporaryFolder()
        let second = try folder.write("Zürich filing.xml", "<Filing/>")
        let first = try folder.write("a.xml", "<Other/>")
        let list = Data((second.path + "\0" + first.path + "\0").utf8)
        let result = try DocketProcess.run(["extract", "--files-from", "-", "-0"], stdin: list)
        #expect(result.status == 0)
        let paths = try (0..<2).map { try result.json(line: $0) }
            .compactMap { ($0["source"] as? [String: Any])?["path"] as? String }
        #expect(paths == [second.path, first.path])
    }

    @Test func filesFromStreamsEachRecordBeforeTheListEnds() throws {
        let folder = try TemporaryFolder()
        // Two folders, two filing packages: a package is validated and written once the list leaves its folder.
        let first = try folder.write("a/first.xml", "<Filing/>")
        let second = try folder.write("b/second.xml", "<Other/>")
        let process = Process()
        process.executableURL = DocketProcess.executable
        process.arguments = ["extract", "--files-from", "-"]
        let input = Pipe()
        let output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        input.fileHandleForWriting.write(Data((first.path + "\n" + second.path + "\n").utf8))
        // The first record must arrive while the list is still open.
        let arrived = Locked(Data())
        let reader = Thread {
            var seen = Data()
            while !seen.contains(UInt8(ascii: "\n")) {
                let chunk = output.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                seen.append(chunk)
            }
            arrived.set(seen)
        }
        reader.start()
        let deadline = Date().addingTimeInterval(30)
        while !reader.isFinished && Date() < deadline { Thread.sleep(forTimeInterval: 0.01) }
        let line = String(decoding: arrived.get(), as: UTF8.self)
        #expect(line.contains(first.path), "the first record came before the list was closed")
        let third = try folder.write("c/third.xml", "<Filing/>")
        input.fileHandleForWriting.write(Data(third.path.utf8))  // a last entry without newline counts too
        try input.fileHandleForWriting.close()
        let rest = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(rest.contains(second.path) && rest.contains(third.path))
        #expect((line + rest).split(separator: "\n").count == 3)
    }

    @Test func shardsPartitionTheInputs() throws {
        let folder = try TemporaryFolder()
        for index in 0..<12 { try folder.write("f\(index).xml", "<Filing n=\"\(index)\"/>") }
        var seen: [String] = []
        for shard in 1...3 {
            let result = try DocketProcess.run(["extract", "--format", "ndjson", "--shard", "\(shard)/3", folder.url.path])
            #expect(result.status == 0)
            seen += result.stdoutLines
        }
        #expect(seen.count == 12)
        #expect(Set(seen).count == 12)
    }

    @Test func outputIsByteStable() throws {
        let folder = try TemporaryFolder()
        try folder.write("x.xml", "<Filing><Party>Acme</Party></Filing>")
        let first = try DocketProcess.run(["extract", folder.url.path])
        let second = try DocketProcess.run(["extract", folder.url.path])
        #expect(first.stdout == second.stdout)
    }

    /// Threads change the speed, never the output: records, their order, packages and stderr are a serial run's.
    @Test func threadedExtractionWritesWhatASerialRunWrites() throws {
        let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Corpus")
        let stdinDocument = corpus.appendingPathComponent("05-dsp5-destination-without-end-user/DSP5-TPC-NO-2026-009.xml")
        let arguments = ["extract", corpus.path, "-", corpus.appendingPathComponent("01-dsp5-clean-de").path]
        let serial = try DocketProcess.run(arguments + ["-j1"], stdin: try Data(contentsOf: stdinDocument))
        #expect(serial.stdoutLines.count > 100)
        for jobs in ["-j2", "-j3"] {
            let threaded = try DocketProcess.run(arguments + [jobs], stdin: try Data(contentsOf: stdinDocument))
            #expect(threaded.status == serial.status)
            #expect(threaded.stdout == serial.stdout)
            #expect(threaded.stderr == serial.stderr)
        }
        let check = try DocketProcess.run(["check", "--format", "csv", "-j2", corpus.path])
        let serialCheck = try DocketProcess.run(["check", "--format", "csv", "-j1", corpus.path])
        #expect(check.status == serialCheck.status)
        #expect(check.stdout == serialCheck.stdout)
        #expect(try DocketProcess.run(["extract", "-j0", corpus.path]).status == 64)
    }

    @Test func usageErrorsExit64() throws {
        let noInput = try DocketProcess.run(["extract"])
        #expect(noInput.status == 64)
        #expect(noInput.stdout.isEmpty)
        let badShard = try DocketProcess.run(["extract", "--shard", "4/3", "x.xml"])
        #expect(badShard.status == 64)
    }

    @Test func closingStdoutEarlyIsQuiet() throws {
        let folder = try TemporaryFolder()
        for index in 0..<200 { try folder.write("f\(index).xml", "<Filing n=\"\(index)\"/>") }
        let shell = Process()
        shell.executableURL = URL(fileURLWithPath: "/bin/sh")
        shell.arguments = ["-c", "'\(DocketProcess.executable.path)' extract --format ndjson '\(folder.url.path)' | head -1"]
        let errors = Pipe()
        let output = Pipe()
        shell.standardError = errors
        shell.standardOutput = output
        try shell.run()
        let stdout = output.fileHandleForReading.readDataToEndOfFile()
        let stderr = errors.fileHandleForReading.readDataToEndOfFile()
        shell.waitUntilExit()
        #expect(String(decoding: stdout, as: UTF8.self).split(separator: "\n").count == 1)
        #expect(String(decoding: stderr, as: UTF8.self).isEmpty)
    }
}
