import DocketCore
import Foundation
import Testing

/// Every input a fuzzer saved (crash, timeout, out-of-memory or slow unit, `Tests/Fuzz/Crashers/<target>/`) is
/// replayed through the entry point that found it: it must finish, quickly, with a sane result.
@Suite("Fuzz crasher regressions")
struct FuzzCrasherTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fuzz/Crashers")

    static func inputs(_ target: String) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent(target).path)) ?? []
        return names.filter { !$0.hasPrefix(".") && $0 != "README.md" }.sorted().map { target + "/" + $0 }
    }

    static var all: [String] { inputs("xml") + inputs("normalizers") + inputs("text-fields") }

    @Test func crashersAreKept() {
        // The first fuzzing runs saved inputs for the XML and text targets; losing them loses the regressions.
        #expect(Self.inputs("xml").count >= 4)
        #expect(Self.inputs("text-fields").count >= 6)
    }

    @Test(arguments: all)
    func replays(_ name: String) throws {
        let data = try Data(contentsOf: Self.folder.appendingPathComponent(name))
        let started = Date()
        switch name.split(separator: "/").first {
        case "xml":
            let record = try #require(FuzzEntry.xml(data), "saved XML input is not sniffed as XML")
            #expect(record.schemaVersion == "1")
            #expect(record.source.format == .xml)
            if record.error == nil { #expect(record.findings != nil) }
        case "normalizers":
            _ = FuzzEntry.normalizers(data)
        default:
            let record = FuzzEntry.textFields(data)
            #expect(record.error == nil)
            #expect(record.source.pageCount == String(decoding: data, as: UTF8.self)
                .split(separator: "\u{0C}", omittingEmptySubsequences: false).count)
            #expect(record.documentType != nil)
        }
        // The fuzzer's limit was 10 s under ASan on a loaded machine; a plain debug build has no excuse to be slow.
        #expect(Date().timeIntervalSince(started) < 10, "\(name) took \(Date().timeIntervalSince(started)) s")
    }
}
