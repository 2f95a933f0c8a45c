import ArgumentParser
import DocketCore

/// Subcommands whose capability is not built yet: they say so and exit 69, never printing made-up output.
protocol UnavailableCommand: ParsableCommand {
    static var plannedCapability: String { get }
}

extension UnavailableCommand {
    func run() throws {
        Output.diagnostic("`\(Self._commandName)` is not yet available in this build: "
            + Self.plannedCapability)
        throw ExitCode(ExitStatus.unavailable.rawValue)
    }
}

struct Diff: UnavailableCommand {
    static let configuration = CommandConfiguration(abstract: "Compare two filings or extraction JSON files.")
    static let plannedCapability = "field-level diff is being built."
    @Argument var paths: [String] = []
}

struct Scan: UnavailableCommand {
    static let configuration = CommandConfiguration(abstract: "Process a folder of filings into reports.")
    static let plannedCapability = "batch scanning is being built."
    @Argument var paths: [String] = []
}
