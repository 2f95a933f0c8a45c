public import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The worker side of `docket scan`: a child process that reads one request line (a JSON string holding a path)
/// at a time and answers with one record line. A crash in poppler or libxml2 kills only this process.
public enum ScanWorker {
    /// Serves requests until `input` ends. Every request gets exactly one line back, written in one call so the
    /// parent never reads half a record from a live worker.
    public static func serve(pipeline: Pipeline, input: FileHandle = .standardInput,
                             output: FileHandle = .standardOutput) {
        let reader = LineReader(descriptor: input.fileDescriptor)
        while let line = reader.next() {
            let record: DocketRecord
            if let path = try? JSONDecoder().decode(String.self, from: line) {
                TestHooks.misbehave(on: path)
                record = pipeline.run(.file(path)) { Data() }
            } else {
                record = .failure(source: SourceInfo(path: String(decoding: line, as: UTF8.self)),
                                  error: RecordError(code: .internalError, message: "the worker got a garbled request"))
            }
            guard var bytes = try? RecordEncoder.encode(record, pretty: false) else { return }
            bytes.append(UInt8(ascii: "\n"))
            do { try output.write(contentsOf: bytes) } catch { return }
        }
    }

    /// The request line the parent sends for `path`.
    static func request(for path: String) -> Data {
        // A JSON string keeps paths with newlines or odd bytes on one line.
        var data = (try? JSONEncoder().encode(path)) ?? Data()
        data.append(UInt8(ascii: "\n"))
        return data
    }
}

/// Test-only ways to make a worker fail, so crash isolation and timeouts can be tested end to end.
///
/// Compiled into debug builds only (the test build); a release binary ignores these variables.
/// `DOCKET_TEST_CRASH_ON=NAME` aborts the worker when it is handed a file whose name or sha256 is NAME;
/// `DOCKET_TEST_HANG_ON=NAME` makes it hang instead.
enum TestHooks {
    static func misbehave(on path: String) {
        #if DEBUG
        let environment = ProcessInfo.processInfo.environment
        let name = URL(fileURLWithPath: path).lastPathComponent
        func matches(_ key: String) -> Bool {
            guard let wanted = environment[key], !wanted.isEmpty else { return false }
            if wanted == name { return true }
            guard wanted.count == 64, let data = try? Data(contentsOf: URL(fileURLWithPath: path)) else { return false }
            return Ingest.sha256Hex(data) == wanted
        }
        if matches("DOCKET_TEST_CRASH_ON") { abort() }
        if matches("DOCKET_TEST_HANG_ON") {
            while true { sleep(3600) }
        }
        #endif
    }
}

/// Reads `\n`-terminated (or NUL-terminated) lines from a file descriptor, optionally waiting no longer than a
/// deadline.
final class LineReader {
    enum Outcome {
        case line(Data)
        case end
        case timedOut
    }

    let descriptor: Int32
    let separator: UInt8
    private var buffer = Data()

    init(descriptor: Int32, separator: UInt8 = UInt8(ascii: "\n")) {
        self.descriptor = descriptor
        self.separator = separator
    }

    /// What is left after the end of input: a final line without its terminator.
    var remainder: Data { buffer }

    /// The next line without its terminator, or nil at the end of input.
    func next() -> Data? {
        if case .line(let line) = next(before: nil) { return line }
        return nil
    }

    /// The next line; `.timedOut` when `deadline` passes first, `.end` when the writer closed its end (a
    /// final line without a terminator stays in `remainder`: from a dying worker it is half a record).
    func next(before deadline: ContinuousClock.Instant?) -> Outcome {
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        while true {
            if let newline = buffer.firstIndex(of: separator) {
                let line = buffer[buffer.startIndex..<newline]
                buffer = Data(buffer[(newline + 1)...])
                return .line(Data(line))
            }
            if let deadline {
                let remaining = deadline - ContinuousClock.now
                if remaining <= .zero { return .timedOut }
                let milliseconds = Int32(clamping: remaining.components.seconds * 1000
                    + remaining.components.attoseconds / 1_000_000_000_000_000 + 1)
                var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
                let ready = poll(&poller, 1, milliseconds)
                if ready == 0 { continue }
                if ready < 0 {
                    if errno == EINTR { continue }
                    return .end
                }
            }
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 && errno == EINTR { continue }
            if count <= 0 { return .end }
            buffer.append(contentsOf: chunk[0..<count])
        }
    }
}
