import ArgumentParser
import DocketCore
import Foundation

struct Extract: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Extract parties, items and identifiers into the common schema (JSON).",
        discussion: """
            One input gives one JSON object; several inputs or a folder give NDJSON, one record per input in \
            order. An input that cannot be read gives an error record and exit status 2.
            """)

    @OptionGroup var input: InputOptions

    @Option(help: "Output layout: json (one pretty object) or ndjson (one line per input). Default: json for one input.")
    var format: RecordFormat?

    func run() throws {
        let pipeline = try input.pipeline()
        var status = ExitStatus.success
        func emit(_ source: InputSource, _ layout: RecordFormat) throws {
            let record = pipeline.run(source) { FileHandle.standardInput.readDataToEndOfFile() }
            if record.isFailure { status = .inputFailed }
            try Output.record(record, format: layout)
        }
        if input.filesFrom != nil {
            // A list is a stream: each record goes out as soon as its path has been read.
            if format == .json { throw ValidationError("--files-from gives NDJSON; drop --format json.") }
            try input.forEachSource { try emit($0, .ndjson) }
        } else {
            let sources = try input.sources()
            let layout = format ?? (sources.count == 1 ? .json : .ndjson)
            if layout == .json && sources.count > 1 {
                throw ValidationError("--format json takes one input; use ndjson for \(sources.count).")
            }
            for source in sources { try emit(source, layout) }
        }
        throw ExitCode(status.rawValue)
    }
}
