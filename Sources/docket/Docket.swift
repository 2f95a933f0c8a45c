import ArgumentParser
import DocketCore

@main
struct Docket: ParsableCommand {
    static let configuration = CommandConfiguration(
        // Every command names itself: left out, ArgumentParser derives the name by reflecting on the type,
        // on every start-up.
        commandName: "docket",
        abstract: "Extract, check and fill US export-control filings (ITAR / EAR).",
        discussion: """
            Data goes to stdout, diagnostics to stderr. Exit status: 0 success, 1 findings (incomplete, \
            unfilled or different), 2 an input failed, 64 usage error, 69 not available.
            """,
        version: DocketVersion.string,
        subcommands: [Extract.self, Check.self, Fill.self, Templates.self, Diff.self, Scan.self, Dump.self, Accuracy.self,
                      Refdata.self, Worker.self]
    )
}
