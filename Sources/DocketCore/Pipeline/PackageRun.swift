public import Foundation

/// Extraction followed by validation, one filing package at a time: what `docket check` and `docket extract`
/// run. Every input still yields exactly one record, in input order.
public struct PackageRun: Sendable {
    public var pipeline: Pipeline
    public var validator: Validator
    /// Warnings count against completeness (`--strict`).
    public var strict: Bool

    public init(pipeline: Pipeline, validator: Validator, strict: Bool = false) {
        self.pipeline = pipeline
        self.validator = validator
        self.strict = strict
    }

    /// Every input, grouped into packages by folder wherever it appears in the list; records in input order.
    public func records(for sources: [InputSource], standardInput: () -> Data) -> [DocketRecord] {
        let extracted = sources.map { pipeline.run($0, standardInput: standardInput) }
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
        try stream(each: { body in try sources.forEach(body) }, standardInput: standardInput, emit: emit)
    }

    /// The same for inputs that arrive one by one (`--files-from -`): `each` calls its argument per input.
    public func stream(each: ((InputSource) throws -> Void) throws -> Void, standardInput: () -> Data,
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
                try each { source in
                    let next = FilingPackages.key(for: source.displayPath)
                    if next != key || next == "-" { try flush() }
                    key = next
                    pending.append(pipeline.run(source, standardInput: standardInput))
                }
                try flush()
            }
        }
    }

    /// 2 when any input failed, else 1 when any document is incomplete, else 0.
    public static func exitStatus(_ records: [DocketRecord]) -> ExitStatus {
        if records.contains(where: \.isFailure) { return .inputFailed }
        return records.contains { $0.complete == false } ? .findings : .success
    }
}
