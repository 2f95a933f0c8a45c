public import Foundation

/// The record a template is filled from: a filing run through the pipeline, or an extraction JSON file.
public enum FillSource {
    /// Reads `source`: JSON (a record written by `docket extract`, `check` ...) is decoded, anything else is
    /// extracted. The record is then validated with its filing package (the other filings in its folder), so
    /// the deficiency memo sees cross-document findings; findings a JSON record already carries are kept once.
    ///
    /// Returns an error record when the input cannot be read, ingested or decoded.
    public static func record(_ source: InputSource, pipeline: Pipeline, validator: Validator,
                              standardInput: () -> Data) -> DocketRecord {
        let input: InputDocument
        switch InputCollector.read(source, standardInput: standardInput) {
        case .success(let read): input = read
        case .failure(let error): return .failure(source: SourceInfo(path: source.displayPath), error: error)
        }
        if isJSON(input.data) {
            do {
                return validated(try RecordEncoder.decodeRecord(input.data), package: [], validator: validator)
            } catch {
                return .failure(source: SourceInfo(path: input.path),
                                error: RecordError(code: .badJSON, message: "not an extraction record (\(error))"))
            }
        }
        let record = pipeline.run(input)
        guard !record.isFailure, case .file(let path) = source else { return validated(record, package: [], validator: validator) }
        let siblings = InputCollector.filesUnder(FilingPackages.key(for: path)).filter { sibling in
            sibling != path && !sibling.hasSuffix(".json") && FilingPackages.key(for: sibling) == FilingPackages.key(for: path)
        }
        let package = siblings.map { pipeline.run(.file($0)) { Data() } }
        return validated(record, package: package, validator: validator)
    }

    private static func validated(_ record: DocketRecord, package: [DocketRecord], validator: Validator) -> DocketRecord {
        guard !record.isFailure, let checked = validator.validate(package: [record] + package).first else {
            return record
        }
        var unique = checked
        unique.findings = (checked.findings ?? []).reduce(into: [Finding]()) { kept, finding in
            if !kept.contains(finding) { kept.append(finding) }
        }
        return unique
    }

    /// A record is a JSON object; a PDF or XML filing never starts with `{`.
    private static func isJSON(_ data: Data) -> Bool {
        data.first { !($0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 || $0 == 0xEF || $0 == 0xBB || $0 == 0xBF) }
            == UInt8(ascii: "{")
    }
}
