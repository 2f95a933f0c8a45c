import ArgumentParser
import DocketCore
import Foundation

struct Dump: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dump",
        abstract: "Print the ingested layer: PDF lines with boxes, form fields, attachments; or the XML tree.",
        discussion: "A debugging view, and the snapshot format of Docket's wrapper tests.")

    @OptionGroup var input: InputOptions

    @Flag(help: "Also list every word with its bounding box.")
    var words = false

    func run() throws {
        var status = ExitStatus.success
        for source in try input.sources() {
            switch InputCollector.read(source, standardInput: { FileHandle.standardInput.readDataToEndOfFile() }) {
            case .failure(let error):
                status = .inputFailed
                Output.diagnostic(error.diagnostic(path: source.displayPath))
            case .success(let document):
                do {
                    let ingested = try Ingest.ingest(document, options: input.ingestOptions)
                    Output.data(Data(DumpRenderer.render(ingested, options: .init(words: words)).utf8))
                } catch {
                    status = .inputFailed
                    Output.diagnostic(error.diagnostic(path: source.displayPath))
                }
            }
        }
        try status.end()
    }
}
