import ArgumentParser
import DocketCore
import Foundation

struct Accuracy: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "accuracy",
        abstract: "Score extraction against the ground truth beside each corpus document (X.truth.json).",
        discussion: "Prints per-field precision, recall and F1, then completeness accuracy and citation recall of the "
            + "completeness rules; --misses lists every wrong or missed fact and finding.")

    @Argument(help: "A corpus folder.")
    var corpus = "Corpus"

    @Flag(help: "List every wrong or missed fact.")
    var misses = false

    @Option(help: "Write the report as JSON to this file.")
    var json: String?

    func run() throws {
        let report = try AccuracyRun.run(corpus: corpus, pipeline: Pipeline(), validator: try Validator.standard(store: RefDataStore()))
        Output.line(report.table())
        if misses { report.misses.forEach(Output.line) }
        if let json {
            try AtomicFile.write(try RecordEncoder.encode(report, pretty: true), to: json)
        }
    }
}
