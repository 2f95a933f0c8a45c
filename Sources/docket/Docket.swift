import ArgumentParser
import DocketCore

@main
struct Docket: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "docket",
        abstract: "Extract, check and fill US export-control filings (ITAR / EAR).",
        version: DocketVersion.string
    )
}
