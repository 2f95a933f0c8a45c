import ArgumentParser
import DocketCore
import Foundation

/// stdout for data, stderr for diagnostics; each record flushed as it is written, so pipes see it at once.
enum Output {
    static func data(_ bytes: Data) {
        FileHandle.standardOutput.write(bytes)
    }

    static func line(_ text: String) {
        data(Data((text + "\n").utf8))
    }

    static func diagnostic(_ text: String) {
        FileHandle.standardError.write(Data(("docket: " + text + "\n").utf8))
    }

    /// Writes one record: pretty JSON for a single document, a compact line for NDJSON. The JSON goes out as it is
    /// encoded rather than gathered first; a record's encoding cannot fail part-way, since its only floating-point
    /// values are evidence boxes, which `PDFRect.rounded` keeps finite.
    static func record(_ record: DocketRecord, format: RecordFormat) throws {
        try RecordEncoder.encode(record, pretty: format == .json, terminator: UInt8(ascii: "\n")) { block in
            data(Data(buffer: block))
        }
        if let error = record.error {
            diagnostic(error.diagnostic(path: record.source.path))
        }
    }
}

extension ExitStatus {
    /// Ends a command's run with this status. Success returns, and the process ends from `main`: a thrown
    /// `ExitCode(0)` still goes through ArgumentParser's error reporting, about 1% of a one-document run.
    func end() throws {
        guard self != .success else { return }
        throw ExitCode(rawValue)
    }
}
