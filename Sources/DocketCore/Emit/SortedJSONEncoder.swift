public import Foundation

/// Foundation's `JSONEncoder` output for `[.sortedKeys, .withoutEscapingSlashes]` (and `.prettyPrinted`), byte for
/// byte, without building its value tree first.
///
/// `JSONEncoder` turns the whole record into a tree of boxed values, then sorts and writes it: for a 1,500-page
/// agreement that tree was three times the size of the JSON. Here a container only collects its entries, a nested
/// value is encoded when its parent writes it, and each entry goes straight into the output; what is held at once
/// is the entries of the containers on the current path. Where this differs from Foundation in any byte,
/// `SortedJSONEncoderTests` (which compares the two on every Corpus record and on edge cases) fails.
public struct SortedJSONEncoder: Sendable {
    public var pretty: Bool

    public init(pretty: Bool) {
        self.pretty = pretty
    }

    public func encode<Value: Encodable>(_ value: Value) throws -> Data {
        var writer = JSONByteWriter(pretty: pretty, sink: nil)
        try writer.write(value, at: CodingPathNode(), topLevel: true)
        return writer.finish()
    }

    /// The same bytes handed to `sink` a block at a time as they are written, so a large record is never held
    /// whole: a 1,500-page agreement's 33 MB of JSON was the largest thing alive in its run. If encoding throws,
    /// the blocks already handed over stay written. `terminator` goes out with the last block, so a record shorter
    /// than a block reaches the sink in one piece (one `write`, which a pipe keeps whole up to `PIPE_BUF`).
    public func encode<Value: Encodable>(_ value: Value, terminator: UInt8? = nil,
                                         to sink: @escaping (UnsafeBufferPointer<UInt8>) -> Void) throws {
        var writer = JSONByteWriter(pretty: pretty, sink: sink)
        try writer.write(value, at: CodingPathNode(), topLevel: true)
        if let terminator { writer.append(terminator) }
        _ = writer.finish()
    }
}

/// A value a container was given, written when the container is written.
enum PendingJSON {
    case null
    case bool(Bool)
    case string(String)
    /// A number already in its JSON spelling.
    case number(String)
    case double(Double)
    case float(Float)
    case value(any Encodable)
    case object(PendingObject)
    case array(PendingArray)
    /// A `superEncoder()`: whatever was encoded into it.
    case encoder(DeferringEncoder)
}

// Exclusivity is unchecked on these hot properties: each is reached only through its container while the value
// that owns the container encodes itself, and the runtime checks were a tenth of the encoding time.
final class PendingObject {
    @exclusivity(unchecked) var keys: [String] = []
    @exclusivity(unchecked) var values: [PendingJSON] = []
}

final class PendingArray {
    @exclusivity(unchecked) var elements: [PendingJSON] = []
}

struct JSONByteWriter {
    private let pretty: Bool
    private var indent = 0
    /// Output is gathered in a small buffer and moved to `output` a block at a time, so the record's bytes are
    /// held once (a `Data` grows in place) instead of in an array and again in the `Data` made from it.
    private var buffer: [UInt8] = []
    private var output = Data()
    /// Where full blocks go instead of `output`, when the caller streams.
    private let sink: ((UnsafeBufferPointer<UInt8>) -> Void)?
    private static let blockSize = 1 << 16
    /// Foundation's own limit: deeper nesting is refused rather than overflowing the stack.
    private static let maximumDepth = 512
    private var depth = 0

    init(pretty: Bool, sink: ((UnsafeBufferPointer<UInt8>) -> Void)?) {
        self.pretty = pretty
        self.sink = sink
        buffer.reserveCapacity(Self.blockSize + 1024)
    }

    mutating func finish() -> Data {
        flushBlock()
        return output
    }

    // MARK: - Values

    mutating func write<Value: Encodable>(_ value: Value, at path: CodingPathNode, topLevel: Bool = false) throws {
        // The types `JSONEncoder` writes in its own way rather than through their `encode(to:)`; the type is compared
        // before casting, as a failed cast for every struct cost more than the rest of the dispatch.
        if Value.self == Decimal.self, let decimal = value as? Decimal {
            append(decimal.description)
        } else if Value.self == Data.self, let data = value as? Data {
            writeString(data.base64EncodedString())
        } else if Value.self == URL.self, let url = value as? URL {
            writeString(url.absoluteString)
        } else {
            let encoder = DeferringEncoder(path: path)
            try value.encode(to: encoder)
            if topLevel && encoder.storage == nil {
                throw EncodingError.invalidValue(value, EncodingError.Context(
                    codingPath: [], debugDescription: "Top-level \(Value.self) did not encode any values."))
            }
            try writeStorage(of: encoder)
        }
    }

    /// What an `encode(to:)` left in its encoder; nothing at all is written as an empty object, as Foundation does.
    private mutating func writeStorage(of encoder: DeferringEncoder) throws {
        switch encoder.storage {
        case .object(let object): try writeObject(object, at: encoder.path)
        case .array(let array): try writeArray(array, at: encoder.path)
        case nil: try writeObject(PendingObject(), at: encoder.path)
        case let single?:
            try write(single) { encoder.path }
        }
    }

    /// `path` is made only for a value that encodes itself, or for an error: most entries are strings and numbers.
    mutating func write(_ pending: PendingJSON, path: () -> CodingPathNode) throws {
        switch pending {
        case .null: append("null")
        case .bool(let flag): append(flag ? "true" : "false")
        case .string(let string): writeString(string)
        case .number(let spelling): append(spelling)
        case .double(let number): append(try Self.spelling(of: number, at: path))
        case .float(let number): append(try Self.spelling(of: number, at: path))
        case .value(let value): try write(value, at: path())
        case .object(let object): try writeObject(object, at: path())
        case .array(let array): try writeArray(array, at: path())
        case .encoder(let encoder): try writeStorage(of: encoder)
        }
    }

    /// `description` without a trailing ".0", as `JSONEncoder` spells floating-point numbers.
    static func spelling<Number: BinaryFloatingPoint & CustomStringConvertible>(
        of number: Number, at path: () -> CodingPathNode
    ) throws -> String {
        guard number.isFinite else {
            throw EncodingError.invalidValue(number, EncodingError.Context(
                codingPath: path().keys, debugDescription: "Unable to encode \(Number.self).\(number) directly in JSON."))
        }
        var spelling = number.description
        if spelling.utf8.last == UInt8(ascii: "0"), spelling.utf8.dropLast().last == UInt8(ascii: ".") {
            spelling.removeLast(2)
        }
        return spelling
    }

    private mutating func writeObject(_ object: PendingObject, at path: CodingPathNode) throws {
        try descend()
        defer { depth -= 1 }
        let keys = object.keys
        let values = object.values
        // Sorted by UTF-8 bytes, as Foundation sorts outside Apple platforms; a key given twice keeps its last value.
        var order = Array(keys.indices)
        order.sort { a, b in
            if keys[a].utf8.lexicographicallyPrecedes(keys[b].utf8) { return true }
            return a < b && !keys[b].utf8.lexicographicallyPrecedes(keys[a].utf8)
        }
        if order.count > 1 {
            order = order.indices.compactMap { position in
                position + 1 < order.count && keys[order[position + 1]] == keys[order[position]] ? nil : order[position]
            }
        }
        append(UInt8(ascii: "{"))
        if pretty {
            append(UInt8(ascii: "\n"))
            indent += 1
            if !order.isEmpty { writeIndent() }
        }
        for (position, index) in order.enumerated() {
            if position > 0 {
                append(UInt8(ascii: ","))
                if pretty {
                    append(UInt8(ascii: "\n"))
                    writeIndent()
                }
            }
            writeString(keys[index])
            if pretty { append(" : ") } else { append(UInt8(ascii: ":")) }
            try write(values[index]) { CodingPathNode(parent: path, key: JSONKey(keys[index])) }
        }
        if pretty {
            append(UInt8(ascii: "\n"))
            indent -= 1
            writeIndent()
        }
        append(UInt8(ascii: "}"))
    }

    private mutating func writeArray(_ array: PendingArray, at path: CodingPathNode) throws {
        try descend()
        defer { depth -= 1 }
        append(UInt8(ascii: "["))
        if pretty {
            append(UInt8(ascii: "\n"))
            indent += 1
        }
        for (position, element) in array.elements.enumerated() {
            if position > 0 {
                append(UInt8(ascii: ","))
                if pretty { append(UInt8(ascii: "\n")) }
            }
            if pretty { writeIndent() }
            try write(element) { CodingPathNode(parent: path, key: JSONKey(index: position)) }
        }
        if pretty {
            append(UInt8(ascii: "\n"))
            indent -= 1
            writeIndent()
        }
        append(UInt8(ascii: "]"))
    }

    private mutating func descend() throws {
        depth += 1
        guard depth < Self.maximumDepth else {
            throw EncodingError.invalidValue(depth, EncodingError.Context(
                codingPath: [], debugDescription: "Too many nested arrays or dictionaries."))
        }
    }

    // MARK: - Bytes

    /// JSON's escapes for the quote, the backslash and control characters; everything else, "/" included
    /// (`.withoutEscapingSlashes`), is copied as UTF-8.
    private mutating func writeString(_ string: String) {
        append(UInt8(ascii: "\""))
        var string = string
        string.withUTF8 { utf8 in
            // Most strings need no escape: one scan, one copy.
            guard utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) else {
                append(utf8)
                return
            }
            var runStart = 0
            for (index, byte) in utf8.enumerated() {
                let escape: StaticString
                switch byte {
                case UInt8(ascii: "\""): escape = "\\\""
                case UInt8(ascii: "\\"): escape = "\\\\"
                case 0x08: escape = "\\b"
                case 0x0C: escape = "\\f"
                case 0x0A: escape = "\\n"
                case 0x0D: escape = "\\r"
                case 0x09: escape = "\\t"
                case 0x00..<0x20: escape = "\\u00"
                default: continue
                }
                append(UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                append(escape)
                if escape.utf8CodeUnitCount == 4 {  // "\u00": two hex digits follow
                    append(Self.hexDigit(byte >> 4))
                    append(Self.hexDigit(byte & 0x0F))
                }
                runStart = index + 1
            }
            append(UnsafeBufferPointer(rebasing: utf8[runStart...]))
        }
        append(UInt8(ascii: "\""))
    }

    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
    }

    private mutating func writeIndent() {
        for _ in 0..<(2 * indent) { buffer.append(UInt8(ascii: " ")) }
    }

    mutating func append(_ byte: UInt8) {
        buffer.append(byte)
        if buffer.count >= Self.blockSize { flushBlock() }
    }

    private mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { append($0) }
    }

    private mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { append($0) }
    }

    private mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= Self.blockSize { flushBlock() }
    }

    private mutating func flushBlock() {
        if let sink {
            buffer.withUnsafeBufferPointer(sink)
        } else {
            output.append(contentsOf: buffer)
        }
        buffer.removeAll(keepingCapacity: true)
    }
}

/// The coding path as links to the parent: one small object per nested value instead of a copied array, turned
/// into an array only when an `encode(to:)` or an error asks for it.
final class CodingPathNode {
    let parent: CodingPathNode?
    let key: (any CodingKey)?

    init() {
        parent = nil
        key = nil
    }

    init(parent: CodingPathNode, key: any CodingKey) {
        self.parent = parent
        self.key = key
    }

    var keys: [any CodingKey] {
        var keys: [any CodingKey] = []
        var node: CodingPathNode? = self
        while let current = node, let key = current.key {
            keys.append(key)
            node = current.parent
        }
        return keys.reversed()
    }
}

/// Coding path entries for keys met while writing.
struct JSONKey: CodingKey {
    var stringValue: String
    var intValue: Int?

    init(_ string: String) {
        stringValue = string
    }

    init(index: Int) {
        stringValue = "Index \(index)"
        intValue = index
    }

    init?(stringValue: String) {
        self.stringValue = stringValue
    }

    init?(intValue: Int) {
        self.init(index: intValue)
    }
}

// MARK: - The Encoder

/// Records what a value's `encode(to:)` puts in it; nested values stay unencoded until they are written.
final class DeferringEncoder: Encoder {
    let path: CodingPathNode
    var codingPath: [any CodingKey] { path.keys }
    var userInfo: [CodingUserInfoKey: Any] { [:] }
    @exclusivity(unchecked) var storage: PendingJSON?

    init(path: CodingPathNode) {
        self.path = path
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        let object: PendingObject
        if case .object(let existing)? = storage {
            object = existing
        } else {
            object = PendingObject()
            storage = .object(object)
        }
        return KeyedEncodingContainer(DeferringKeyedContainer<Key>(object: object, path: path))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        let array: PendingArray
        if case .array(let existing)? = storage {
            array = existing
        } else {
            array = PendingArray()
            storage = .array(array)
        }
        return DeferringUnkeyedContainer(array: array, path: path)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        DeferringSingleValueContainer(encoder: self)
    }
}

/// The spelling of each primitive, shared by the three container kinds.
private enum Primitive {
    static func integer<Integer: BinaryInteger>(_ value: Integer) -> PendingJSON { .number(value.description) }
}

private struct DeferringKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let object: PendingObject
    let path: CodingPathNode
    var codingPath: [any CodingKey] { path.keys }

    private func set(_ value: PendingJSON, _ key: Key) {
        object.keys.append(key.stringValue)
        object.values.append(value)
    }

    mutating func encodeNil(forKey key: Key) throws { set(.null, key) }
    mutating func encode(_ value: Bool, forKey key: Key) throws { set(.bool(value), key) }
    mutating func encode(_ value: String, forKey key: Key) throws { set(.string(value), key) }
    mutating func encode(_ value: Double, forKey key: Key) throws { set(.double(value), key) }
    mutating func encode(_ value: Float, forKey key: Key) throws { set(.float(value), key) }
    mutating func encode(_ value: Int, forKey key: Key) throws { set(Primitive.integer(value), key) }
    mutating func encode(_ value: Int8, forKey key: Key) throws { set(Primitive.integer(value), key) }
    mutating func encode(_ value: Int16, forKey key: Key) throws { set(Primitive.integer(value), key) }
    mutating func encode(_ value: Int32, forKey key: Key) throws { set(Primitive.integer(value), key) }
    mutating func encode(_ value: Int64, forKey key: Key) throws { set(Primitive.integer(value), key) }
    mutating func encode(_ value: UInt, forKey key: Key) throws { set(Primitive.integer(value), key) }
    mutating func encode(_ value: UInt8, forKey key: Key) throws { set(Primitive.integer(value), key) }
    mutating func encode(_ value: UInt16, forKey key: Key) throws { set(Primitive.integer(value), key) }
    mutating func encode(_ value: UInt32, forKey key: Key) throws { set(Primitive.integer(value), key) }
    mutating func encode(_ value: UInt64, forKey key: Key) throws { set(Primitive.integer(value), key) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { set(.value(value), key) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
        -> KeyedEncodingContainer<NestedKey> {
        let nested = PendingObject()
        set(.object(nested), key)
        return KeyedEncodingContainer(DeferringKeyedContainer<NestedKey>(object: nested,
                                                                         path: CodingPathNode(parent: path, key: key)))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        let nested = PendingArray()
        set(.array(nested), key)
        return DeferringUnkeyedContainer(array: nested, path: CodingPathNode(parent: path, key: key))
    }

    mutating func superEncoder() -> any Encoder {
        let encoder = DeferringEncoder(path: CodingPathNode(parent: path, key: JSONKey("super")))
        object.keys.append("super")
        object.values.append(.encoder(encoder))
        return encoder
    }

    mutating func superEncoder(forKey key: Key) -> any Encoder {
        let encoder = DeferringEncoder(path: CodingPathNode(parent: path, key: key))
        set(.encoder(encoder), key)
        return encoder
    }
}

private struct DeferringUnkeyedContainer: UnkeyedEncodingContainer, PendingValueSink {
    let array: PendingArray
    let path: CodingPathNode
    var codingPath: [any CodingKey] { path.keys }
    var count: Int { array.elements.count }

    func add(_ value: PendingJSON) { array.elements.append(value) }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type)
        -> KeyedEncodingContainer<NestedKey> {
        let nested = PendingObject()
        let nestedPath = CodingPathNode(parent: path, key: JSONKey(index: count))
        add(.object(nested))
        return KeyedEncodingContainer(DeferringKeyedContainer<NestedKey>(object: nested, path: nestedPath))
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        let nested = PendingArray()
        let nestedPath = CodingPathNode(parent: path, key: JSONKey(index: count))
        add(.array(nested))
        return DeferringUnkeyedContainer(array: nested, path: nestedPath)
    }

    mutating func superEncoder() -> any Encoder {
        let encoder = DeferringEncoder(path: CodingPathNode(parent: path, key: JSONKey(index: count)))
        add(.encoder(encoder))
        return encoder
    }
}

/// The unkeyed and the single-value container take values the same way: one call that records each.
private protocol PendingValueSink {
    func add(_ value: PendingJSON)
}

extension PendingValueSink {
    mutating func encodeNil() throws { add(.null) }
    mutating func encode(_ value: Bool) throws { add(.bool(value)) }
    mutating func encode(_ value: String) throws { add(.string(value)) }
    mutating func encode(_ value: Double) throws { add(.double(value)) }
    mutating func encode(_ value: Float) throws { add(.float(value)) }
    mutating func encode(_ value: Int) throws { add(Primitive.integer(value)) }
    mutating func encode(_ value: Int8) throws { add(Primitive.integer(value)) }
    mutating func encode(_ value: Int16) throws { add(Primitive.integer(value)) }
    mutating func encode(_ value: Int32) throws { add(Primitive.integer(value)) }
    mutating func encode(_ value: Int64) throws { add(Primitive.integer(value)) }
    mutating func encode(_ value: UInt) throws { add(Primitive.integer(value)) }
    mutating func encode(_ value: UInt8) throws { add(Primitive.integer(value)) }
    mutating func encode(_ value: UInt16) throws { add(Primitive.integer(value)) }
    mutating func encode(_ value: UInt32) throws { add(Primitive.integer(value)) }
    mutating func encode(_ value: UInt64) throws { add(Primitive.integer(value)) }
    mutating func encode<T: Encodable>(_ value: T) throws { add(.value(value)) }
}

private struct DeferringSingleValueContainer: SingleValueEncodingContainer, PendingValueSink {
    let encoder: DeferringEncoder
    var codingPath: [any CodingKey] { encoder.codingPath }

    func add(_ value: PendingJSON) { encoder.storage = value }
}
