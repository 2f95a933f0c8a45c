import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#endif

/// How to start one worker: the docket binary itself with its hidden `worker` subcommand.
public struct WorkerCommand: Sendable {
    public var executable: String
    public var arguments: [String]

    public init(executable: String, arguments: [String]) {
        self.executable = executable
        self.arguments = arguments
    }
}

/// One file handed to a worker.
public struct WorkerJob: Sendable {
    public var path: String
    public var source: SourceInfo

    public init(path: String, source: SourceInfo) {
        self.path = path
        self.source = source
    }
}

/// Runs jobs on worker processes, `count` at a time. A worker that dies or overruns the time limit costs only
/// the file in flight (it gets a `worker-crashed` or `timeout` error record); a fresh worker takes the next file.
public struct WorkerPool: Sendable {
    public var command: WorkerCommand
    public var count: Int
    /// Per-file limit; nil waits forever.
    public var timeout: Duration?

    public init(command: WorkerCommand, count: Int, timeout: Duration?) {
        self.command = command
        self.count = max(1, count)
        self.timeout = timeout
    }

    /// Runs every job and calls `deliver` (from any thread, one call per job) with its record. Returns when all
    /// jobs are delivered.
    public func run(_ jobs: [WorkerJob], deliver: @escaping @Sendable (Int, DocketRecord) -> Void) {
        // A write to a worker that just died must fail with EPIPE, not kill the parent.
        signal(SIGPIPE, SIG_IGN)
        let next = JobCounter()
        let group = DispatchGroup()
        for _ in 0..<min(count, jobs.count) {
            group.enter()
            let thread = Thread { [command, timeout] in
                var slot = WorkerSlot(command: command)
                while true {
                    let index = next.take()
                    guard index < jobs.count else { break }
                    deliver(index, slot.run(jobs[index], timeout: timeout))
                }
                slot.stop()
                group.leave()
            }
            thread.start()
        }
        group.wait()
    }
}

/// Hands out job indices to the pool's threads, each exactly once.
private final class JobCounter: Sendable {
    private let next = Mutex(0)

    func take() -> Int {
        next.withLock { value in
            defer { value += 1 }
            return value
        }
    }
}

/// One worker process, owned by one thread of the pool, restarted after a crash or a timeout.
private struct WorkerSlot {
    let command: WorkerCommand
    private var process: Process?
    private var requests: FileHandle?
    private var replies: LineReader?
    private var log: URL?

    init(command: WorkerCommand) {
        self.command = command
    }

    mutating func run(_ job: WorkerJob, timeout: Duration?, isRetry: Bool = false) -> DocketRecord {
        if process == nil {
            do { try start() } catch {
                return .failure(source: job.source, error: RecordError(
                    code: .internalError, message: "a worker process could not be started (\(error))"))
            }
        }
        guard let process, let requests, let replies else {
            return .failure(source: job.source, error: RecordError(code: .internalError, message: "no worker"))
        }
        do {
            try requests.write(contentsOf: ScanWorker.request(for: job.path))
        } catch {
            // The worker died between two files: restart it once and give the file a fair run.
            let cause = stop()
            guard isRetry else { return run(job, timeout: timeout, isRetry: true) }
            return .failure(source: job.source, error: RecordError(
                code: .workerCrashed, message: "the worker process died before reading this file (\(cause))"))
        }
        let deadline = timeout.map { ContinuousClock.now + $0 }
        switch replies.next(before: deadline) {
        case .line(let line):
            if var record = try? RecordEncoder.decodeRecord(line) {
                record.source.path = job.path
                return record
            }
            stop()
            return .failure(source: job.source, error: RecordError(
                code: .internalError, message: "the worker answered with an unreadable record"))
        case .timedOut:
            kill(process.processIdentifier, SIGKILL)
            stop()
            let limit = timeout.map { "\($0.components.seconds) s" } ?? "the time limit"
            return .failure(source: job.source, error: RecordError(
                code: .timeout, message: "processing took longer than \(limit) and was stopped; "
                    + "raise --timeout if the file is just large"))
        case .end:
            let cause = stop()
            return .failure(source: job.source, error: RecordError(
                code: .workerCrashed, message: "the process reading this file died (\(cause)); the file probably "
                    + "triggers a bug in the PDF or XML library. Other files are unaffected."))
        }
    }

    private mutating func start() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: command.executable)
        process.arguments = command.arguments
        // Without the Swift runtime's backtracer the log's last line is the library's or runtime's own message.
        var environment = ProcessInfo.processInfo.environment
        environment["SWIFT_BACKTRACE"] = "enable=no"
        process.environment = environment
        let requests = Pipe()
        let replies = Pipe()
        process.standardInput = requests
        process.standardOutput = replies
        // The worker's stderr goes to a private log so a dying library's last words can be quoted without
        // garbling the progress display.
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("docket-worker-\(UUID().uuidString).log")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        process.standardError = try FileHandle(forWritingTo: log)
        try process.run()
        self.process = process
        self.requests = requests.fileHandleForWriting
        self.replies = LineReader(descriptor: replies.fileHandleForReading.fileDescriptor)
        self.log = log
        // Keep the read end alive as long as the reader uses its descriptor.
        readEnd = replies.fileHandleForReading
    }

    private var readEnd: FileHandle?

    /// Closes the worker's input, waits for it to end and says how it ended.
    @discardableResult
    mutating func stop() -> String {
        defer {
            process = nil
            requests = nil
            replies = nil
            readEnd = nil
            if let log { try? FileManager.default.removeItem(at: log) }
            log = nil
        }
        guard let process else { return "not running" }
        try? requests?.close()
        process.waitUntilExit()
        var cause = process.terminationReason == .uncaughtSignal
            ? "signal \(process.terminationStatus)\(Self.signalName(process.terminationStatus))"
            : "exit status \(process.terminationStatus)"
        if let log, let text = try? String(contentsOf: log, encoding: .utf8),
           let last = text.split(whereSeparator: \.isNewline).last(where: { !$0.allSatisfy(\.isWhitespace) }) {
            cause += ": " + String(last.prefix(300))
        }
        return cause
    }

    private static func signalName(_ signal: Int32) -> String {
        switch signal {
        case SIGABRT: " SIGABRT"
        case SIGSEGV: " SIGSEGV"
        case SIGBUS: " SIGBUS"
        case SIGILL: " SIGILL"
        case SIGKILL: " SIGKILL, possibly out of memory"
        case SIGTRAP: " SIGTRAP"
        default: ""
        }
    }
}
