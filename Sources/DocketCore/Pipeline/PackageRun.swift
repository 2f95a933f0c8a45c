public import Foundation

/// Extraction followed by validation, one filing package at a time: what `docket check` and `docket extract`
/// run. Every input still yields exactly one record, in input order.
public struct PackageRun: Sendable {
    public var pipeline: Pipeline
    public var validator: Validator
    /// Warnings count against completeness (`--strict`).
    public var strict: Bool
    /// How many documents are extracted at once, on threads of this process; records still come out in input
    /// order, byte for byte as a serial run writes them.
    public var jobs: Int

    public init(pipeline: Pipeline, validator: Validator, strict: Bool = false, jobs: Int = 1) {
        self.pipeline = pipeline
        self.validator = validator
        self.strict = strict
        self.jobs = jobs
    }

    /// Every input, grouped into packages by folder wherever it appears in the list; records in input order.
    public func records(for sources: [InputSource], standardInput: () -> Data) -> [DocketRecord] {
        var extracted: [DocketRecord] = []
        extracted.reserveCapacity(sources.count)
        let pool = OrderedPool<Extracted>(width: min(jobs, sources.count))
        for source in sources {
            add(source, to: pool, standardInput: standardInput)
            pool.deliverReady { extracted.append($0.record) }
        }
        pool.deliverAll { extracted.append($0.record) }
        var checked = extracted
        for package in FilingPackages.group(sources.map(\.displayPath)) {
            let validated = validator.validate(package: package.map { extracted[$0] }, strict: strict)
            for (index, record) in zip(package, validated) { checked[index] = record }
        }
        return checked
    }

    /// Streams validated records: a package is a run of consecutive inputs from one folder (how folders and
    /// `find` list them), emitted as soon as the next folder starts, so a long batch never waits for its end.
    public func stream(_ sources: [InputSource], standardInput: () -> Data,
                       emit: (DocketRecord) throws -> Void) throws {
        // One document has nothing to share the cores with, and a thread's own malloc arena would only cost memory.
        try stream(each: { body, _ in try sources.forEach(body) }, width: min(jobs, sources.count),
                   standardInput: standardInput, emit: emit)
    }

    /// The same for inputs that arrive one by one (`--files-from -`): `each` calls its first argument per input,
    /// and its second whenever it is about to wait for the producer, so that records finished on other threads
    /// go out then and a slow producer sees them before its list ends.
    public func stream(each: Inputs, standardInput: () -> Data,
                       emit: (DocketRecord) throws -> Void) throws {
        try stream(each: each, width: jobs, standardInput: standardInput, emit: emit)
    }

    /// A producer of inputs: it calls `body` per input, and `whenWaiting` before it blocks for more.
    public typealias Inputs = (_ body: (InputSource) throws -> Void, _ whenWaiting: () throws -> Void) throws -> Void

    private func stream(each: Inputs, width: Int, standardInput: () -> Data,
                        emit: (DocketRecord) throws -> Void) throws {
        // `each` calls back into this function's state; nothing escapes the call.
        try withoutActuallyEscaping(standardInput) { standardInput in
            try withoutActuallyEscaping(emit) { emit in
                var pending: [DocketRecord] = []
                var key: String?
                func flush() throws {
                    for record in validator.validate(package: pending, strict: strict) { try emit(record) }
                    pending.removeAll()
                }
                func accept(_ extracted: Extracted) throws {
                    if extracted.package != key || extracted.package == "-" { try flush() }
                    key = extracted.package
                    pending.append(extracted.record)
                }
                let pool = OrderedPool<Extracted>(width: width)
                try each({ source in
                    add(source, to: pool, standardInput: standardInput)
                    try pool.deliverReady(accept)
                }, { try pool.deliverAll(accept) })
                try pool.deliverAll(accept)
                try flush()
            }
        }
    }

    /// One input's record with the filing package (folder) it belongs to.
    private struct Extracted: Sendable {
        var package: String
        var record: DocketRecord
    }

    /// Standard input can be read only on the caller's thread, and only in its turn; files go to the workers.
    private func add(_ source: InputSource, to pool: OrderedPool<Extracted>, standardInput: () -> Data) {
        let package = FilingPackages.key(for: source.displayPath)
        guard source != .standardInput else {
            return pool.add(finished: Extracted(package: package, record: pipeline.run(source, standardInput: standardInput)))
        }
        pool.add { [pipeline] in Extracted(package: package, record: pipeline.run(source, standardInput: { Data() })) }
    }

    /// 2 when any input failed, else 1 when any document is incomplete, else 0.
    public static func exitStatus(_ records: [DocketRecord]) -> ExitStatus {
        if records.contains(where: \.isFailure) { return .inputFailed }
        return records.contains { $0.complete == false } ? .findings : .success
    }
}
