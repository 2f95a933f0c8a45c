public import Foundation

/// The stages composed: ingest -> extract -> normalize -> validate. Every input yields exactly one record.
public struct Pipeline: Sendable {
    public var ingestOptions: IngestOptions
    /// Stage 2 and 3: a parsed layer to a normalized record. Swappable so tests can isolate a stage.
    public var extract: @Sendable (consuming IngestedDocument) -> DocketRecord

    public init(ingestOptions: IngestOptions = IngestOptions(),
                extract: @escaping @Sendable (consuming IngestedDocument) -> DocketRecord = Extraction.record(for:)) {
        self.ingestOptions = ingestOptions
        self.extract = extract
    }

    /// The standard stages with the run's reference data and the user's dialect mappings, tried before the
    /// built-in ones.
    public init(ingestOptions: IngestOptions, normalizers: Normalizers, userMappings: [DialectMapping]) {
        self.init(ingestOptions: ingestOptions) { document in
            Extraction.record(for: document, normalizers: normalizers,
                              mappings: userMappings + Extraction.builtInMappings)
        }
    }

    /// Runs one input through every stage; a failure at any stage becomes the input's error record.
    public func run(_ input: InputDocument) -> DocketRecord {
        let ingested: IngestedDocument
        do {
            ingested = try Ingest.ingest(input, options: ingestOptions)
        } catch {
            return .failure(source: Ingest.sourceInfo(for: input), error: error)
        }
        return extract(consume ingested)
    }

    /// Reads and runs one source; an unreadable source still yields its record.
    public func run(_ source: InputSource, standardInput: () -> Data) -> DocketRecord {
        switch InputCollector.read(source, standardInput: standardInput) {
        case .success(let input): run(input)
        case .failure(let error): .failure(source: SourceInfo(path: source.displayPath), error: error)
        }
    }
}
