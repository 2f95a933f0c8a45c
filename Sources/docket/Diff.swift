import ArgumentParser
import DocketCore
import Foundation

struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Compare two filings or extraction JSON files by meaning.",
        discussion: """
            A and B are filings (PDF or XML) or extraction JSON, in any combination. Parties are matched by role \
            and normalized name, items by line or classification, clauses by id. Exit status: 0 identical, \
            1 different, 2 an input could not be read.
            """)

    enum Layout: String, ExpressibleByArgument, CaseIterable {
        case text
        case json
    }

    @Argument(help: "The older document (filing or extraction JSON).")
    var old: String

    @Argument(help: "The newer document (filing or extraction JSON).")
    var new: String

    @Option(help: "text (grouped, coloured on a terminal) or json (a list of changes).")
    var format: Layout = .text

    @OptionGroup var document: DocumentOptions

    func validate() throws {
        if old == "-" && new == "-" { throw ValidationError("stdin can carry only one of the two documents.") }
    }

    func run() throws {
        let run = PackageRun(pipeline: try document.pipeline(), validator: try document.validator())
        var records: [DocketRecord] = []
        for path in [old, new] {
            switch DiffInput.record(at: path, run: run) {
            case .success(let record): records.append(record)
            case .failure(let error): Output.diagnostic(error.diagnostic(path: path))
            }
        }
        guard records.count == 2 else { throw ExitCode(ExitStatus.inputFailed.rawValue) }
        let changes = RecordDiff().changes(from: records[0], to: records[1])
        switch format {
        case .json:
            Output.data(try DiffRenderer.json(changes, old: old, new: new) + Data("\n".utf8))
        case .text:
            let color = isatty(STDOUT_FILENO) == 1 && (Environment.value("NO_COLOR")?.isEmpty ?? true)
            Output.data(Data(DiffRenderer.text(changes, old: old, new: new, color: color).utf8))
        }
        try (changes.isEmpty ? ExitStatus.success : .findings).end()
    }
}
