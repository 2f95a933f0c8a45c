import ArgumentParser
import DocketCore
import Foundation

/// The worker process `docket scan` starts: not for people, hence hidden.
struct Worker: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "worker",
        abstract: "Internal: extract the files whose paths arrive on stdin, one NDJSON record per path.",
        shouldDisplay: false)

    @OptionGroup var document: DocumentOptions

    func run() throws {
        ScanWorker.serve(pipeline: try document.pipeline())
    }
}
