import Foundation
import Testing
@testable import DocketCore

private let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

/// What `SortedJSONEncoder` promises: Foundation's bytes. `JSONEncoder` is the reference here and only here.
private func foundationBytes<Value: Encodable>(_ value: Value, pretty: Bool) throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = pretty
        ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
    return try encoder.encode(value)
}

private func expectSameBytes<Value: Encodable>(_ value: Value, _ comment: String = "",
                                               sourceLocation: SourceLocation = #_sourceLocation) throws {
    for pretty in [false, true] {
        let expected = try foundationBytes(value, pretty: pretty)
        let actual = try SortedJSONEncoder(pretty: pretty).encode(value)
        #expect(actual == expected, """
            \(comment) pretty=\(pretty)
            Foundation: \(String(decoding: expected, as: UTF8.self))
            ours:       \(String(decoding: actual, as: UTF8.self))
            """, sourceLocation: sourceLocation)
        let streamed = try streamedBlocks(value, pretty: pretty, terminator: UInt8(ascii: "\n"))
        #expect(Data(streamed.joined()) == expected + [UInt8(ascii: "\n")], "\(comment) pretty=\(pretty) streamed",
                sourceLocation: sourceLocation)
    }
}

private func streamedBlocks<Value: Encodable>(_ value: Value, pretty: Bool, terminator: UInt8?) throws -> [[UInt8]] {
    nonisolated(unsafe) var blocks: [[UInt8]] = []
    try SortedJSONEncoder(pretty: pretty).encode(value, terminator: terminator) { blocks.append(Array($0)) }
    return blocks
}

/// Containers a synthesized conformance never makes: nested keyed and unkeyed containers, super encoders, a key
/// given twice, nil in a keyed and an unkeyed container, every integer width.
private struct HandWritten: Encodable {
    enum Keys: String, CodingKey { case b, a, nested, list, again, parent, zero }
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode("second", forKey: .b)
        try container.encodeNil(forKey: .a)
        var nested = container.nestedContainer(keyedBy: Keys.self, forKey: .nested)
        try nested.encode(Int8.min, forKey: .b)
        try nested.encode(UInt64.max, forKey: .a)
        var list = container.nestedUnkeyedContainer(forKey: .list)
        try list.encode(Int16.max)
        try list.encodeNil()
        try list.encode(UInt8(7))
        var inner = list.nestedContainer(keyedBy: Keys.self)
        try inner.encode(Float(1.25), forKey: .zero)
        var innerList = list.nestedUnkeyedContainer()
        try innerList.encode(Int32.min)
        try innerList.encode(Int64.max)
        try innerList.encode(UInt16(9))
        try innerList.encode(UInt32(10))
        try innerList.encode(UInt(11))
        try list.encode(Decimal(string: "-0.0050"))
        try container.encode(1, forKey: .again)
        try container.encode(2, forKey: .again)
        try SuperValue().encode(to: container.superEncoder(forKey: .parent))
        try SuperValue().encode(to: container.superEncoder())
        var unkeyedSuper = container.nestedUnkeyedContainer(forKey: .zero)
        try SuperValue().encode(to: unkeyedSuper.superEncoder())
    }
}

private struct SuperValue: Encodable {
    var x = [0.5, -0.0, 100]
    var label = "super"
}

/// A value whose `encode(to:)` writes nothing.
private struct Silent: Encodable {
    func encode(to encoder: any Encoder) throws {}
}

private enum Colour: String, Codable { case red, blueGreen = "blue-green" }

private struct Everything: Encodable {
    var strings: [String]
    var optionals: [String?]
    var empty: [Int] = []
    var emptyObject: [String: Int] = [:]
    var dictionary: [String: Int]
    var doubles: [Double]
    var floats: [Float]
    var decimals: [Decimal]
    var colours: [Colour] = [.red, .blueGreen]
    var date = Date(timeIntervalSinceReferenceDate: 123_456.789)
    var url = URL(string: "https://www.pmddtc.state.gov/ddtc_public?id=a b")
    var data = Data([0, 1, 2, 250, 255])
    var silent = Silent()
    var nestedOptional: Int?? = .some(nil)
    var flags = [true, false]
    var nestedArrays: [[[Int]]] = [[], [[]], [[1, 2], [3]]]
}

@Suite("SortedJSONEncoder writes Foundation's bytes")
struct SortedJSONEncoderTests {
    @Test func edgeCases() throws {
        let controls = String((0..<0x20).map { Character(Unicode.Scalar(UInt8($0))) })
        try expectSameBytes(Everything(
            strings: ["", "plain", "a\"b\\c/d", controls, "\u{7F}é\u{2028}\u{2029}😀\u{FFFD}", "e\u{301}", "tab\tend\n"],
            optionals: ["x", nil, ""],
            dictionary: ["b": 1, "B": 2, "a10": 3, "a9": 4, "_x": 5, "Z": 6, "é": 7, "e": 8, "\u{FFFD}": 9, "😀": 10,
                         "": 11, "a b": 12, "identifiers.agreementNumber": 13, "destinations.DE": 14],
            doubles: [0, -0.0, 1, -1, 0.1, 1.5, 100, 1e15, 1e16, 1e17, 123_456_789_012_345_680, 1e-5, 0.0001, 1e-7,
                      12.34, 3.14159, 1e21, 1e22, .leastNonzeroMagnitude, .greatestFiniteMagnitude, 0.1 + 0.2, 72.00999999999999,
                      85.19, 482.39, 612, 792.0000001],
            floats: [0, 1.1, -2.5, 1e-3, 3.4e38, .leastNonzeroMagnitude],
            decimals: [0, 12.5, Decimal(string: "12.50") ?? 0, Decimal(string: "-1234567890.123456789") ?? 0,
                       Decimal(string: "1e-30") ?? 0, Decimal(string: "340282366920938463463374607431768211455") ?? 0]))
        try expectSameBytes(HandWritten())
    }

    @Test func fragmentsAndTopLevelContainers() throws {
        try expectSameBytes("top \"level\"")
        try expectSameBytes(42)
        try expectSameBytes(2.5)
        try expectSameBytes(Decimal(string: "7.10"))
        try expectSameBytes(true)
        try expectSameBytes([String]())
        try expectSameBytes([String: [Int]]())
        // Nothing at all at the top is an error on both sides; nested, it is an empty object (`edgeCases`).
        #expect(throws: EncodingError.self) { try foundationBytes(Silent(), pretty: false) }
        #expect(throws: EncodingError.self) { try SortedJSONEncoder(pretty: false).encode(Silent()) }
        try expectSameBytes(Optional<Int>.none)
        try expectSameBytes([["k": [Colour.red]]])
    }

    @Test func nonFiniteNumbersAreRefusedWithTheirPath() throws {
        struct Box: Encodable { var evidence: [String: [Double]] }
        for value in [Double.nan, .infinity, -.infinity] {
            let box = Box(evidence: ["bbox": [1, value]])
            #expect(throws: EncodingError.self) { try foundationBytes(box, pretty: false) }
            do {
                _ = try SortedJSONEncoder(pretty: false).encode(box)
                Issue.record("\(value) was encoded")
            } catch EncodingError.invalidValue(_, let context) {
                #expect(context.codingPath.map(\.stringValue) == ["evidence", "bbox", "Index 1"])
            }
        }
    }

    /// A record larger than a block reaches the sink in pieces, the terminator riding on the last, and a small one
    /// in a single piece, so a short NDJSON line is one `write`.
    @Test func streamingHandsOverBlocksAsTheyFill() throws {
        let large = (0..<20_000).map { "party \($0)" }
        let blocks = try streamedBlocks(large, pretty: false, terminator: UInt8(ascii: "\n"))
        #expect(blocks.count > 1)
        #expect(blocks.dropLast().allSatisfy { $0.count >= 1 << 16 })
        #expect(blocks.last?.last == UInt8(ascii: "\n"))
        #expect(Data(blocks.joined()) == (try SortedJSONEncoder(pretty: false).encode(large)) + [UInt8(ascii: "\n")])
        #expect(try streamedBlocks(["small"], pretty: true, terminator: nil).count == 1)
    }

    @Test func deepNestingIsRefusedNotOverflowed() throws {
        indirect enum Nest: Encodable {
            case leaf
            case node(Nest)
            func encode(to encoder: any Encoder) throws {
                var container = encoder.unkeyedContainer()
                if case .node(let inner) = self { try container.encode(inner) }
            }
        }
        var nest = Nest.leaf
        for _ in 0..<600 { nest = .node(nest) }
        #expect(throws: EncodingError.self) { try SortedJSONEncoder(pretty: false).encode(nest) }
    }

    /// Every Corpus document's record and the records as one array (what `scan` and reports encode), pretty and
    /// compact: the shapes real output takes, with evidence boxes, decimals and keyed evidence maps.
    @Test func everyCorpusRecord() throws {
        let corpus = repository.appendingPathComponent("Corpus")
        let files = try #require(FileManager.default.enumerator(atPath: corpus.path)).compactMap { $0 as? String }
            .filter { $0.hasSuffix(".pdf") || $0.hasSuffix(".xml") }.sorted()
        #expect(files.count >= 60)
        let pipeline = Pipeline()
        var records: [DocketRecord] = []
        for file in files {
            let record = pipeline.run(.file(corpus.appendingPathComponent(file).path)) { Data() }
            try expectSameBytes(record, file)
            records.append(record)
        }
        try expectSameBytes(records, "all records")
        let validated = try Validator.standard(store: RefDataStore()).validate(package: records, strict: false)
        try expectSameBytes(validated, "validated records")
    }
}
