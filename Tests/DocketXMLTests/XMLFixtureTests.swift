import Foundation
import Testing
@testable import DocketXML

/// Every XML fixture is parsed and compared with the `.expect.json` its generator wrote beside it.
@Suite("XML fixtures")
struct XMLFixtureTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/xml")

    static var names: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.hasSuffix(".xml") }.sorted()
    }

    @Test func fixturesExist() {
        #expect(Self.names.count >= 14)
    }

    @Test(arguments: names)
    func fixture(_ name: String) throws {
        let data = try Data(contentsOf: Self.folder.appendingPathComponent(name))
        let expectURL = Self.folder.appendingPathComponent(String(name.dropLast(4)) + ".expect.json")
        let expect = try #require(JSONSerialization.jsonObject(with: Data(contentsOf: expectURL)) as? [String: Any])
        let start = ContinuousClock.now
        defer { #expect(ContinuousClock.now - start < .seconds(10), "\(name) must be handled in bounded time") }
        switch expect["outcome"] as? String {
        case "ok":
            try checkTree(try XMLParser.parse(data), expect)
        case "ok-with-warning":
            let tree = try XMLParser.parse(data)
            #expect(!tree.warnings.isEmpty)
            #expect(tree.root.allText.contains(try #require(expect["name_text"] as? String)))
            for marker in expect["must_not_contain"] as? [String] ?? [] { #expect(!tree.root.allText.contains(marker)) }
        case "error":
            do {
                let tree = try XMLParser.parse(data)
                Issue.record("\(name) was accepted: \(tree.root.allText.prefix(80))")
            } catch {
                #expect(Self.errorClass(error) == expect["error_class"] as? String, "\(name): \(error)")
                if let line = expect["line"] as? Int { #expect(error.line == line) }
            }
        default:
            Issue.record("unknown outcome in \(name)")
        }
    }

    static func errorClass(_ error: XMLError) -> String {
        switch error {
        case .malformed, .empty: "malformed"
        case .entityExpansionLimit: "entity-expansion"
        case .depthLimit: "depth"
        case .externalEntity: "external-entity"
        case .tooLarge: "too-large"
        case .xpath: "xpath"
        }
    }

    private func checkTree(_ tree: XMLTree, _ expect: [String: Any]) throws {
        let root = try #require(expect["root"] as? [String: Any])
        #expect(tree.root.name == root["local_name"] as? String)
        #expect(tree.root.namespaceURI == root["namespace"] as? String)
        #expect(tree.root.prefix == root["prefix"] as? String)
        if let declarations = root["namespace_declarations"] as? [String: String] { #expect(tree.namespaces == declarations) }
        var all: [XMLElement] = []
        func walk(_ element: XMLElement) {
            all.append(element)
            element.elements.forEach(walk)
        }
        walk(tree.root)
        for expected in expect["elements"] as? [[String: Any]] ?? [] {
            let line = try #require(expected["line"] as? Int)
            let name = try #require(expected["local_name"] as? String)
            let element = try #require(all.first { $0.line == line && $0.name == name }, "<\(name)> on line \(line)")
            #expect(element.namespaceURI == expected["namespace"] as? String)
            if let text = expected["text"] as? String { #expect(element.ownText == text) }
            for (key, value) in expected["attributes"] as? [String: String] ?? [:] {
                let attribute = element.attributes.first { attribute in
                    key.hasPrefix("{") ? "{\(attribute.namespaceURI ?? "")}\(attribute.name)" == key : attribute.name == key
                }
                #expect(attribute?.value == value, "attribute \(key) of <\(name)>")
            }
        }
        // Comments before the root element belong to the prolog, which the tree does not keep.
        if let comments = (expect["comment_lines"] as? [Int])?.filter({ $0 > tree.root.line }) {
            let count = all.reduce(0) { sum, element in
                sum + element.children.filter { if case .comment = $0 { true } else { false } }.count
            }
            #expect(count == comments.count)
        }
    }
}
