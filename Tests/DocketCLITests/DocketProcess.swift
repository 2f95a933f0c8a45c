import Foundation
import Testing

/// Runs the built `docket` binary the way a user or a pipe does, capturing stdout, stderr and the exit status.
struct DocketProcess {
    struct Result {
        var status: Int32
        var stdout: Data
        var stderr: String
        var stdoutText: String { String(decoding: stdout, as: UTF8.self) }
        var stdoutLines: [String] { stdoutText.split(separator: "\n").map(String.init) }

        /// The whole of stdout as one JSON object (`--format json`).
        func json() throws -> [String: Any] {
            try #require(JSONSerialization.jsonObject(with: stdout) as? [String: Any])
        }

        /// One NDJSON line as a JSON object.
        func json(line index: Int) throws -> [String: Any] {
            try #require(JSONSerialization.jsonObject(with: Data(stdoutLines[index].utf8)) as? [String: Any])
        }
    }

    /// The `docket` executable beside the test bundle (SwiftPM builds it because the test target depends on it).
    static var executable: URL {
        let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        return bundle.appendingPathComponent("docket")
    }

    /// `launcher` runs docket through another program (`/usr/bin/time`, `setpriv`); `timeout` kills a run that
    /// hangs, so a regression fails the test instead of stalling the suite (the status is then the signal's).
    static func run(_ arguments: [String], stdin: Data? = nil, environment: [String: String] = [:],
                    currentDirectory: URL? = nil, launcher: [String] = [], timeout: TimeInterval? = nil,
                    binary: URL = executable) throws -> Result {
        let process = Process()
        let executable = binary
        if let program = launcher.first {
            process.executableURL = URL(fileURLWithPath: program)
            process.arguments = Array(launcher.dropFirst()) + [executable.path] + arguments
        } else {
            process.executableURL = executable
            process.arguments = arguments
        }
        var env = ProcessInfo.processInfo.environment
        env.merge(environment) { $1 }
        process.environment = env
        if let currentDirectory { process.currentDirectoryURL = currentDirectory }
        let output = Pipe()
        let errors = Pipe()
        let input = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = stdin == nil ? FileHandle.nullDevice : input
        try process.run()
        if let timeout {
            DispatchQueue.global().asyncAfter(deadline: .now() + timeout) { [process] in
                if process.isRunning { process.terminate() }
            }
        }
        // Drain both pipes concurrently so a large stdout can never block the child on a full stderr pipe.
        let stderrData = Locked(Data())
        let drain = Thread { stderrData.set(errors.fileHandleForReading.readDataToEndOfFile()) }
        drain.start()
        if let stdin {
            input.fileHandleForWriting.write(stdin)
            try input.fileHandleForWriting.close()
        }
        let stdoutData = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        while !drain.isFinished { Thread.sleep(forTimeInterval: 0.005) }
        return Result(status: process.terminationStatus, stdout: stdoutData,
                      stderr: String(decoding: stderrData.get(), as: UTF8.self))
    }
}

final class Locked<Value>: @unchecked Sendable {
    private var value: Value
    private let lock = NSLock()
    init(_ value: Value) { self.value = value }
    func get() -> Value { lock.withLock { value } }
    func set(_ newValue: Value) { lock.withLock { value = newValue } }
}

/// A fresh temporary folder per test, removed afterwards.
struct TemporaryFolder: ~Copyable {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("docket-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    @discardableResult
    func write(_ name: String, _ contents: String) throws -> URL {
        try write(name, Data(contents.utf8))
    }

    @discardableResult
    func write(_ name: String, _ data: Data) throws -> URL {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: file)
        return file
    }
}

enum Fixtures {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures")
    static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }
}
