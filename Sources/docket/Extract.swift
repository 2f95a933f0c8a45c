import ArgumentParser
import DocketCore
import Foundation

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract parties, items and identifiers into the common schema (JSON).",
        discussion: """
            One input gives one JSON object; several inputs or a folder give NDJSON, one record per input in \
            order, with the completeness findings of `docket check` (exit status stays 0). An input that cannot \
            be read gives an error record and exit status 2.
            """)

    @OptionGroup var input: InputOptions

    @OptionGroup var threads: ThreadOptions

    @Option(help: "Output layout: json (one pretty object) or ndjson (one line per input). Default: json for one input.")
    var format: RecordFormat?

    func run() throws {
        let run = PackageRun(pipeline: try input.pipeline(), validator: try input.validator(), jobs: threads.jobs)
        let standardInput = { FileHandle.standardInput.readDataToEndOfFile() }
        var status = ExitStatus.success
        func emit(_ record: DocketRecord, _ layout: RecordFormat) throws {
            if record.isFailure { status = .inputFailed }
            try Output.record(record, format: layout)
        }
        if input.filesFrom != nil {
            // A list is a stream: each package goes out as soon as the list moves on to another folder.
            if format == .json { throw ValidationError("--files-from gives NDJSON; drop --format json.") }
            try run.stream(each: { body, whenWaiting in try input.forEachSource(whenWaiting: whenWaiting, body) },
                           standardInput: standardInput) { try emit($0, .ndjson) }
        } else {
            let sources = try input.sources()
            let layout = format ?? (sources.count == 1 ? .json : .ndjson)
            if layout == .json && sources.count > 1 {
                throw ValidationError("--format json takes one input; use ndjson for \(sources.count).")
            }
            try run.stream(sources, standardInput: standardInput) { try emit($0, layout) }
        }
        try status.end()
    }
}
