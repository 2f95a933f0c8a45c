public import Foundation

/// JSON for records and other outputs: one configuration, so every command writes the same bytes.
public enum RecordEncoder {
    /// Pretty JSON (one document for a person) or one compact line (NDJSON for a pipe), in `JSONEncoder`'s bytes
    /// with `[.sortedKeys, .withoutEscapingSlashes]`: sorted keys make output byte-stable, and golden files rely on
    /// it. `SortedJSONEncoder` writes those bytes without `JSONEncoder`'s value tree (decision 0012).
    public static func encode<Value: Encodable>(_ value: Value, pretty: Bool) throws -> Data {
        try SortedJSONEncoder(pretty: pretty).encode(value)
    }

    /// `encode(_:pretty:)`'s bytes handed to `sink` in blocks as they are made (see `SortedJSONEncoder`).
    public static func encode<Value: Encodable>(_ value: Value, pretty: Bool, terminator: UInt8? = nil,
                                                to sink: @escaping (UnsafeBufferPointer<UInt8>) -> Void) throws {
        try SortedJSONEncoder(pretty: pretty).encode(value, terminator: terminator, to: sink)
    }

    public static func decodeRecord(_ data: Data) throws -> DocketRecord {
        try JSONDecoder().decode(DocketRecord.self, from: data)
    }
}
