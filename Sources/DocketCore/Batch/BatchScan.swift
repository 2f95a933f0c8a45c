public import Foundation
import Synchronization

/// `docket scan`: every file below some folders to a record, a report, a summary row; nothing lost.
///
/// Files are extracted on worker processes (crash isolation), cached for resuming, validated one filing package
/// (folder) at a time as soon as the package's last record is in, and written atomically below the output folder.
/// Output bytes depend only on the inputs and options, never on worker count or timing.
public struct BatchScan: Sendable {
    public var roots: [String]
    public var outputFolder: URL
    public var pool: WorkerPool
    public var cache: ScanCache
    /// Ignore cached records and extract everything again.
    public var force: Bool
    public var validator: Validator
    public var strict: Bool

    public init(roots: [String], outputFolder: URL, pool: WorkerPool, cache: ScanCache, force: Bool,
                validator: Validator, strict: Bool = false) {
        self.roots = roots
        self.outputFolder = outputFolder
        self.pool = pool
        self.cache = cache
        self.force = force
        self.validator = validator
        self.strict = strict
    }

    public struct Outcome: Sendable {
        public var rows: [ScanSummaryRow]
        /// Files whose cached record was reused.
        public var reused: Int
        /// Outputs that could not be written (path: reason); the scan still finishes the rest.
        public var writeFailures: [String]

        /// 2 when any file failed or an output could not be written, 1 when a document is incomplete, else 0.
        public var status: ExitStatus {
            if !writeFailures.isEmpty || rows.contains(where: { $0.status == .error }) { return .inputFailed }
            return rows.contains(where: { $0.complete == false }) ? .findings : .success
        }
    }

    /// Lists the files (for the progress total) without reading any output.
    public func inventory() -> [ScanEntry] {
        ScanInventory.collect(roots, excluding: outputFolder.path)
    }

    /// Runs the scan over `entries` (from `inventory()`); `progress` hears of every file with a record.
    public func run(_ entries: [ScanEntry], progress: ScanProgress? = nil) -> Outcome {
        let state = ScanState(entries: entries)
        var jobs: [(index: Int, job: WorkerJob)] = []
        var reused = 0
        var ready: [Int: DocketRecord] = [:]
        for (index, entry) in entries.enumerated() {
            switch entry.disposition {
            case .skipped: continue
            case .failed(let error): ready[index] = .failure(source: entry.sourceInfo, error: error)
            case .process:
                if !force, let sha256 = entry.sha256, var record = cache.record(for: entry.relativePath, sha256: sha256) {
                    record.source.path = entry.path
                    ready[index] = record
                    reused += 1
                } else {
                    jobs.append((index, WorkerJob(path: entry.path, source: entry.sourceInfo)))
                }
            }
        }
        for (index, record) in ready.sorted(by: { $0.key < $1.key }) {
            finish(index, record, state: state, progress: progress)
        }
        let indices = jobs.map(\.index)
        pool.run(jobs.map(\.job)) { [self] position, record in
            let index = indices[position]
            do {
                // A crash or timeout may not recur (memory pressure, a longer --timeout): the next run retries.
                let transient: Set<ErrorCode> = [.workerCrashed, .timeout, .internalError]
                if !(record.error.map { transient.contains($0.code) } ?? false) {
                    try cache.store(record, for: entries[index].relativePath)
                }
            } catch {
                state.noteWriteFailure("\(cache.folder.path): \(error.localizedDescription)")
            }
            finish(index, record, state: state, progress: progress)
        }
        let rows = state.finalRows()
        write(Data(SummaryCSV.render(rows).utf8), to: ScanLayout.summary, state: state)
        let title = "Docket scan of " + roots.joined(separator: ", ")
        write(Data(ScanIndexHTML.render(rows, title: title).utf8), to: ScanLayout.index, state: state)
        return Outcome(rows: rows, reused: reused, writeFailures: state.writeFailures())
    }

    /// Takes one file's extraction record; when it completes its package, validates the package and writes the
    /// package's outputs.
    private func finish(_ index: Int, _ record: DocketRecord, state: ScanState, progress: ScanProgress?) {
        if let package = state.deliver(record, at: index) {
            let validated = validator.validate(package: package.map(\.record), strict: strict)
            for ((member, _), checked) in zip(package, validated) {
                let relative = state.entries[member].relativePath
                if let json = try? RecordEncoder.encode(checked, pretty: true) {
                    write(json + Data("\n".utf8), to: ScanLayout.recordPath(for: relative), state: state)
                }
                write(Data(HTMLReport.render([checked]).utf8), to: ScanLayout.reportPath(for: relative), state: state)
                state.store(ScanSummaryRow(entry: state.entries[member], record: checked), at: member)
            }
        }
        progress?.advance(failed: record.isFailure)
    }

    /// Writes atomically, and not at all when the file already holds these bytes (a resumed scan leaves finished
    /// outputs untouched).
    private func write(_ data: Data, to relativePath: String, state: ScanState) {
        let path = outputFolder.appendingPathComponent(relativePath).path
        if let existing = FileManager.default.contents(atPath: path), existing == data { return }
        do {
            try AtomicFile.write(data, to: path)
        } catch {
            state.noteWriteFailure("\(path): \(error.localizedDescription)")
        }
    }
}

/// What the pool's threads share: records as they arrive and how many each package still waits for.
private final class ScanState: Sendable {
    struct Counts {
        var extracted: [DocketRecord?]
        /// Only until the package is validated: a long scan keeps summary rows, not every record.
        var rows: [ScanSummaryRow?]
        var waiting: [String: Int]
        var writeFailures: [String] = []
    }

    let entries: [ScanEntry]
    /// Each package's members in scan order.
    private let members: [String: [Int]]
    private let counts: Mutex<Counts>

    init(entries: [ScanEntry]) {
        self.entries = entries
        var members: [String: [Int]] = [:]
        for (index, entry) in entries.enumerated() {
            if case .skipped = entry.disposition { continue }
            members[entry.packageKey, default: []].append(index)
        }
        self.members = members
        let waiting = members.mapValues(\.count)
        counts = Mutex(Counts(extracted: Array(repeating: nil, count: entries.count),
                              rows: entries.map { entry in
                                  guard case .skipped(let reason) = entry.disposition else { return nil }
                                  return ScanSummaryRow(entry: entry, record: nil, reason: reason)
                              }, waiting: waiting))
    }

    /// Stores a record; returns the whole package, members in scan order, when this was its last record.
    func deliver(_ record: DocketRecord, at index: Int) -> [(index: Int, record: DocketRecord)]? {
        let key = entries[index].packageKey
        return counts.withLock { counts in
            counts.extracted[index] = record
            counts.waiting[key, default: 1] -= 1
            guard counts.waiting[key] == 0 else { return nil }
            let package = members[key, default: []].compactMap { member in
                counts.extracted[member].map { (member, $0) }
            }
            for member in members[key, default: []] { counts.extracted[member] = nil }
            return package
        }
    }

    func store(_ row: ScanSummaryRow, at index: Int) {
        counts.withLock { $0.rows[index] = row }
    }

    /// Every file's row in scan order; a file whose package never completed (cannot happen unless a worker
    /// thread died) still gets an error row rather than vanishing.
    func finalRows() -> [ScanSummaryRow] {
        counts.withLock { counts in
            entries.indices.map { index in
                counts.rows[index] ?? ScanSummaryRow(entry: entries[index], record: .failure(
                    source: entries[index].sourceInfo,
                    error: RecordError(code: .internalError, message: "no record was produced")))
            }
        }
    }

    func noteWriteFailure(_ message: String) {
        counts.withLock { $0.writeFailures.append(message) }
    }

    func writeFailures() -> [String] {
        counts.withLock { $0.writeFailures.sorted() }
    }
}
