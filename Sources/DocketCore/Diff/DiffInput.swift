import Foundation

/// One side of a diff: a filing (extracted now) or an extraction JSON record (a reviewer's corrected copy).
public enum DiffInput {
    /// The record for `path`. A filing is extracted and validated on its own, exactly as `docket extract FILE`
    /// does, so its findings compare with those of a saved extraction. Fails with the input's error when the
    /// filing cannot be read or extracted, or the JSON is not a Docket record.
    public static func record(at path: String, run: PackageRun) -> Result<DocketRecord, RecordError> {
        let document: InputDocument
        switch InputCollector.read(path == "-" ? .standardInput : .file(path),
                                   standardInput: { FileHandle.standardInput.readDataToEndOfFile() }) {
        case .failure(let error): return .failure(error)
        case .success(let read): document = read
        }
        if FormatSniffer.sniff(document.data) == nil,
           document.data.first(where: { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }) == UInt8(ascii: "{") {
            do {
                let record = try RecordEncoder.decodeRecord(document.data)
                return record.error.map { .failure($0) } ?? .success(record)
            } catch {
                return .failure(RecordError(code: .badJSON,
                                            message: "the JSON is not a Docket record (\(Self.reason(error)))"))
            }
        }
        let extracted = run.pipeline.run(document)
        guard let record = run.validator.validate(package: [extracted], strict: run.strict).first else {
            return .failure(RecordError(code: .internalError, message: "validation returned no record"))
        }
        return record.error.map { .failure($0) } ?? .success(record)
    }

    private static func reason(_ error: any Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, _): "missing \(key.stringValue)"
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context),
             DecodingError.dataCorrupted(let context):
            context.codingPath.map(\.stringValue).joined(separator: ".") + ": " + context.debugDescription
        default: "\(error)"
        }
    }
}
