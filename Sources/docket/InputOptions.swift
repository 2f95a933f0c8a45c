import ArgumentParser
import DocketCore
import Foundation

/// The input flags every document-reading subcommand shares.
struct InputOptions: ParsableArguments {
    @Argument(help: "Files or folders to read; `-` reads one document from stdin.")
    var paths: [String] = []

    @Option(name: .customLong("files-from"), help: "Read input paths from FILE (`-` for stdin), one per line.")
    var filesFrom: String?

    @Flag(name: [.customShort("0"), .customLong("null")], help: "Paths in --files-from are NUL-separated (find -print0).")
    var nulSeparated = false

    @Option(help: "Process only share K of N of the inputs (e.g. 2/8), for running N workers in parallel.")
    var shard: String?

    @OptionGroup var document: DocumentOptions

    func validate() throws {
        if paths.isEmpty && filesFrom == nil {
            throw ValidationError("Give at least one PATH (or `-` for stdin), or --files-from.")
        }
        if shard != nil && Shard(shard ?? "") == nil {
            throw ValidationError("--shard takes K/N with 1 <= K <= N, e.g. --shard 2/8.")
        }
        if paths.contains("-") && filesFrom == "-" {
            throw ValidationError("stdin cannot carry both a document and the --files-from list.")
        }
    }

    /// The inputs in order, with the shard applied.
    func sources() throws -> [InputSource] {
        var sources: [InputSource] = []
        try forEachSource { sources.append($0) }
        return sources
    }

    /// Each input in order, with the shard applied; paths from --files-from as they arrive, so a slow producer
    /// sees results before its list ends.
    /// `whenWaiting` runs before each read of the list that would wait for its producer.
    func forEachSource(whenWaiting: () throws -> Void = {}, _ body: (InputSource) throws -> Void) throws {
        let shard = shard.flatMap(Shard.init)
        func take(_ listed: [String]) throws {
            let sources = InputCollector.collect(listed) { folder, hidden in
                Output.diagnostic(InputCollector.hiddenSkipped(folder: folder, hidden: hidden))
            }
            for source in sources where shard?.contains(source.displayPath) ?? true {
                try body(source)
            }
        }
        try take(paths)
        guard let filesFrom else { return }
        let list: FileHandle
        if filesFrom == "-" {
            list = FileHandle.standardInput
        } else {
            do {
                list = try FileHandle(forReadingFrom: URL(fileURLWithPath: filesFrom))
            } catch {
                throw ValidationError("--files-from \(filesFrom): the list cannot be read.")
            }
        }
        try InputCollector.forEachListed(in: list, nulSeparated: nulSeparated, whenWaiting: whenWaiting) { try take([$0]) }
    }

    var ingestOptions: IngestOptions { document.ingestOptions }

    func pipeline() throws -> Pipeline { try document.pipeline() }

    func validator() throws -> Validator { try document.validator() }
}

/// How documents are read, shared by every command that reads them (and passed on to scan's workers).
struct DocumentOptions: ParsableArguments {
    @Option(help: "Password for encrypted PDFs.")
    var password: String?

    @Option(name: .customLong("mapping"), help: "A dialect mapping file (JSON) for an XML dialect; repeatable.")
    var mappingFiles: [String] = []

    @Option(name: .customLong("mappings"), help: "A folder of dialect mapping files (default: $DOCKET_MAPPINGS).")
    var mappingFolder: String?

    @Option(help: "A folder of reference-data files that replace the built-in ones of the same name.")
    var refdata: String?

    var ingestOptions: IngestOptions { IngestOptions(password: password) }

    /// The same options as command-line arguments, for a worker process that must read documents the same way.
    var arguments: [String] {
        var arguments: [String] = []
        if let password { arguments += ["--password", password] }
        for file in mappingFiles { arguments += ["--mapping", file] }
        if let mappingFolder { arguments += ["--mappings", mappingFolder] }
        if let refdata { arguments += ["--refdata", refdata] }
        return arguments
    }

    /// Changes whenever an option or a file it names changes, so cached results of other options are not reused.
    var fingerprint: String {
        var material = Data(arguments.joined(separator: "\u{0}").utf8)
        let folders = [mappingFolder ?? Environment.value("DOCKET_MAPPINGS"), refdata].compactMap { $0 }
        for file in mappingFiles + folders.flatMap(InputCollector.filesUnder) {
            material.append(FileManager.default.contents(atPath: file) ?? Data())
        }
        return Ingest.sha256Hex(material)
    }

    /// The pipeline with this run's mappings and reference data; a broken mapping or reference file is a usage
    /// error that names the file, before any input is read.
    func pipeline() throws -> Pipeline {
        let folders = [mappingFolder ?? Environment.value("DOCKET_MAPPINGS")].compactMap { $0 }
        do {
            let mappings = try MappingLibrary.userMappings(files: mappingFiles, folders: folders)
            return Pipeline(ingestOptions: ingestOptions, normalizers: try Normalizers.over(store),
                            userMappings: mappings)
        } catch {
            throw ValidationError("\(error)")
        }
    }

    /// The built-in rules over this run's reference data; a broken reference file is a usage error.
    func validator() throws -> Validator {
        do {
            return try Validator.standard(store: store)
        } catch {
            throw ValidationError("\(error)")
        }
    }

    var store: RefDataStore { RefDataStore(overrideDirectory: refdata.map { URL(fileURLWithPath: $0) }) }
}

/// How a command lays out records on stdout.
enum RecordFormat: String, ExpressibleByArgument, CaseIterable {
    case json
    case ndjson
}

/// How many documents `extract` and `check` read at once, on threads of their one process.
struct ThreadOptions: ParsableArguments {
    @Option(name: [.customShort("j", allowingJoined: true), .long],
            help: "Documents extracted at once, on threads of this process; output order does not change (default: the number of cores).")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    func validate() throws {
        if jobs < 1 { throw ValidationError("-j takes a number of threads, 1 or more.") }
    }
}
