import ArgumentParser
import DocketCore
import Foundation

struct Refdata: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "refdata",
        abstract: "List the reference data loaded: each file's title, version, as-of date, source and origin.",
        discussion: "--refdata DIR shows which files the folder replaces; a broken replacement is a usage error.")

    @Option(help: "A folder of reference-data files that replace the built-in ones of the same name.")
    var refdata: String?

    @Option(help: "Output: text or json.")
    var format: RefdataFormat = .text

    func run() throws {
        let store = RefDataStore(overrideDirectory: refdata.map { URL(fileURLWithPath: $0) })
        let listing: [RefDataInfo]
        do {
            listing = try store.listing()
        } catch {
            throw ValidationError("\(error)")
        }
        for name in store.unknownOverrideFiles() {
            Output.diagnostic("\(refdata ?? ""): \(name) is not a reference-data file Docket reads; it is ignored.")
        }
        switch format {
        case .text: Output.data(Data(RefDataListing.text(listing).utf8))
        case .json:
            var bytes = try RecordEncoder.encode(listing, pretty: true)
            bytes.append(UInt8(ascii: "\n"))
            Output.data(bytes)
        }
    }
}

enum RefdataFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}
