public import Foundation

/// JSON for records and other outputs: one configuration, so every command writes the same bytes.
public enum RecordEncoder {
    /// Pretty JSON (one document for a person) or one compact line (NDJSON for a pipe).
    public static func encode<Value: Encodable>(_ value: Value, pretty: Bool) throws -> Data {
        let encoder = JSONEncoder()
        // Sorted keys make output byte-stable across runs and Foundation versions: golden files rely on it.
        encoder.outputFormatting = pretty
            ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            : [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(value)
    }

    public static func decodeRecord(_ data: Data) throws -> DocketRecord {
        try JSONDecoder().decode(DocketRecord.self, from: data)
    }
}
