import ArgumentParser
import DocketCore
import Foundation

struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Compare two filings or extraction JSON files.")
    @Argument var paths: [String] = []
    func run() throws { throw ExitCode(69) }
}
