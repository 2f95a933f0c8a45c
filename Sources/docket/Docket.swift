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

    /// The commands that extract documents in their own process (scan leaves it to its workers). Only they gain
    /// from the warm-up; any other run would wait for it before exiting.
    static let extractingCommands: [any ParsableCommand.Type] = [Extract.self, Check.self, Fill.self, Diff.self,
                                                                  Worker.self, Accuracy.self]

    static func main() {
        Allocator.configure()
        let arguments = CommandLine.arguments.dropFirst()
        let helpOrVersion: Set = ["-h", "--help", "--version"]
        if let command = arguments.first, !arguments.contains(where: helpOrVersion.contains),
           extractingCommands.contains(where: { $0.configuration.commandName == command }) {
            Warmup.begin()
        }
        main(nil)
    }
}
