import ArgumentParser
import DocketCore
import Foundation

struct Scan: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scan",
        abstract: "Process folders of filings into records, reports, summary.csv and index.html.",
        discussion: """
            Every file below FOLDER is sniffed by content; PDF and XML files are extracted on worker processes \
            (a crash costs only that file), validated per folder (one filing package) and written below OUTDIR \
            mirroring the input tree: NAME.json (the record) and NAME.html (its report). Other files are listed \
            as skipped. A rerun skips files whose content and Docket version are unchanged (--force redoes all), \
            so an interrupted scan resumes. Exit status: 0 all complete, 1 a document is incomplete, 2 a file \
            failed.
            """)

    @Argument(help: "Folders (or files) to scan.")
    var folders: [String]

    @Option(name: .shortAndLong, help: "The output folder.")
    var output: String

    @Option(name: [.customShort("j", allowingJoined: true), .long], help: "Files processed at once, each on its own worker process (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Flag(help: "Extract every file again, ignoring the results of earlier runs.")
    var force = false

    @Option(help: "Seconds one file may take before its worker is stopped (0: no limit).")
    var timeout: Int = 300

    @Option(name: .customLong("progress-every"), help: .hidden)
    var progressEvery: Double = 5

    @OptionGroup var document: DocumentOptions

    func validate() throws {
        if folders.isEmpty { throw ValidationError("Give at least one FOLDER.") }
        if jobs < 1 { throw ValidationError("-j takes a number of workers, 1 or more.") }
        if timeout < 0 { throw ValidationError("--timeout takes seconds, 0 or more.") }
    }

    func run() throws {
        // A parent that blocked these signals (a test runner, some supervisors) must still be able to stop a
        // scan; the resume cache makes stopping at any moment safe.
        var stopping = sigset_t()
        sigemptyset(&stopping)
        sigaddset(&stopping, SIGINT)
        sigaddset(&stopping, SIGTERM)
        pthread_sigmask(SIG_UNBLOCK, &stopping, nil)
        // Fail on a broken mapping or reference file here, once, rather than once per file in every worker.
        _ = try document.pipeline()
        let executable = Bundle.main.executablePath ?? CommandLine.arguments[0]
        let pool = WorkerPool(command: WorkerCommand(executable: executable, arguments: ["worker"] + document.arguments),
                              count: jobs, timeout: timeout == 0 ? nil : .seconds(timeout))
        let outputFolder = URL(fileURLWithPath: output)
        let scan = BatchScan(roots: folders, outputFolder: outputFolder, pool: pool,
                             cache: ScanCache(outputFolder: outputFolder, options: document.fingerprint),
                             force: force, validator: try document.validator())
        let entries = scan.inventory()
        let total = entries.filter { if case .skipped = $0.disposition { false } else { true } }.count
        let style: ScanProgress.Style = isatty(STDERR_FILENO) == 1 ? .bar : .lines(every: .seconds(progressEvery))
        let progress = ScanProgress(total: total, style: style) { FileHandle.standardError.write(Data($0.utf8)) }
        let started = ContinuousClock.now
        let outcome = scan.run(entries, progress: progress)
        progress.finish()
        for row in outcome.rows where row.status == .error {
            Output.diagnostic("\(row.path): \(row.message)")
        }
        outcome.writeFailures.forEach { Output.diagnostic("cannot write \($0)") }
        let counts = Dictionary(grouping: outcome.rows, by: \.status).mapValues(\.count)
        let seconds = String(format: "%.1f", ScanProgress.seconds(ContinuousClock.now - started))
        Output.diagnostic("scan: \(outcome.rows.count) files: \(counts[.ok, default: 0]) read "
            + "(\(outcome.reused) unchanged since the last run), \(counts[.error, default: 0]) failed, "
            + "\(counts[.skipped, default: 0]) skipped, in \(seconds) s -> \(output)/\(ScanLayout.index)")
        try outcome.status.end()
    }
}
