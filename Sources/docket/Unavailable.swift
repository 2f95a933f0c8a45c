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

struct Fill: UnavailableCommand {
    static let configuration = CommandConfiguration(abstract: "Fill a template from an extracted filing.")
    static let plannedCapability = "templates are being built."
    @Argument var paths: [String] = []
}

struct Templates: UnavailableCommand {
    static let configuration = CommandConfiguration(abstract: "List templates and the fields each needs.")
    static let plannedCapability = "templates are being built."
}
