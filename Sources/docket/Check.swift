import ArgumentParser
import DocketCore
import Foundation

struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Completeness report with regulatory citations.",
        discussion: """
            Extracts every input, then applies the completeness and validation rules per filing package (the \
            files of one folder together; stdin alone). Exit status: 0 every document complete, 1 any document \
            incomplete, 2 any input failed. --strict counts warnings as well as errors.
            """)

    @OptionGroup var input: InputOptions

    @OptionGroup var threads: ThreadOptions

    @Option(help: "Report format: text, json (one object; an array for several inputs), ndjson, markdown, html or csv.")
    var format: CheckFormat = .text

    @Flag(help: "Warnings make a document incomplete too.")
    var strict = false

    func run() throws {
        let sources = try input.sources()
        let run = PackageRun(pipeline: try input.pipeline(), validator: try input.validator(), strict: strict,
                             jobs: threads.jobs)
        let records = run.records(for: sources) { FileHandle.standardInput.readDataToEndOfFile() }
        let color = format == .text && isatty(STDOUT_FILENO) == 1
            && (Environment.value("NO_COLOR")?.isEmpty ?? true)
        Output.data(ReportRenderer.render(records, format: format.report, options: ReportOptions(color: color, strict: strict)))
        for record in records {
            if let error = record.error { Output.diagnostic(error.diagnostic(path: record.source.path)) }
        }
        try PackageRun.exitStatus(records).end()
    }
}

/// The CLI spelling of `ReportFormat` (ArgumentParser conformances stay in this module).
enum CheckFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, ndjson, markdown, html, csv

    var report: ReportFormat { ReportFormat(rawValue: rawValue) ?? .text }
}
