import Foundation
import Testing
@testable import DocketXML

private func parse(_ text: String, limits: XMLLimits = .standard) throws(XMLError) -> XMLTree {
    try XMLParser.parse(Data(text.utf8), limits: limits)
}

@Suite("XML parsing")
struct XMLParserTests {
    @Test func namespacesAttributesCDATAAndLines() throws {
        let tree = try parse("""
            <?xml version="1.0" encoding="UTF-8"?>
            <f:Filing xmlns:f="urn:docket:filing" xmlns="urn:docket:default" version="2">
              <!-- applicant block -->
              <Applicant code="M12345">
                <Name><![CDATA[Acme & Sons <Defense>]]></Name>
              </Applicant>
              <f:Item line="1">Radar</f:Item>
              <f:Item line="2">Antenna</f:Item>
            </f:Filing>
            """)
        #expect(tree.root.name == "Filing")
        #expect(tree.root.prefix == "f")
        #expect(tree.root.namespaceURI == "urn:docket:filing")
        #expect(tree.namespaces == ["f": "urn:docket:filing", "": "urn:docket:default"])
        #expect(tree.root.attribute("version") == "2")
        let applicant = try #require(tree.root.elements.first)
        #expect(applicant.namespaceURI == "urn:docket:default")
        #expect(applicant.line == 4)
        #expect(applicant.attribute("code") == "M12345")
        #expect(applicant.elements.first?.ownText == "Acme & Sons <Defense>")
        #expect(tree.root.children.contains(.comment(" applicant block ")))
        let items = tree.root.elements.filter { $0.name == "Item" }
        #expect(items.map(\.path) == ["/f:Filing[1]/f:Item[1]", "/f:Filing[1]/f:Item[2]"])
        #expect(items.map(\.line) == [7, 8])
    }

    /// ownText trims without Foundation when it can; the answer must be Foundation's either way.
    @Test func ownTextTrimsAsFoundationDoes() throws {
        let samples = ["", " ", "\n\t", " a ", "a", "\u{00A0}x\u{00A0}", "\u{2003}", "x\u{0085}", "\r\n", " \r\nb\r\n ",
                       "é ", " é", "\u{2028}a", "a\u{2029}", "  Norway\n", "\u{0301}a", "a\u{0301} ", "\u{FEFF}a"]
        for text in samples {
            #expect(XMLElement.trimmed(text) == text.trimmingCharacters(in: .whitespacesAndNewlines),
                    "\(text.debugDescription)")
        }
        let tree = try parse("<a>\n  <b>  Norway <!-- c --> \n</b><c><![CDATA[ x ]]>\u{00A0}</c></a>")
        #expect(tree.root.elements.map(\.ownText) == ["Norway", "x"])
        var element = tree.root.elements[0]
        element.children = [.text(" Sweden ")]
        #expect(element.ownText == "Sweden")
    }

    @Test func utf16WithBOMAndDeclaredLatin1() throws {
        let text = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><a>Münchén</a>"
        var utf16 = Data([0xFF, 0xFE])
        utf16.append(text.data(using: .utf16LittleEndian) ?? Data())
        #expect(try XMLParser.parse(utf16).root.ownText == "Münchén")

        var latin1 = Data("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><a>caf".utf8)
        latin1.append(0xE9)
        latin1.append(contentsOf: Array("</a>".utf8))
        #expect(try XMLParser.parse(latin1).root.ownText == "café")
    }

    @Test func malformedReportsLineAndColumn() {
        #expect(throws: XMLError.self) { try parse("<a>\n  <b>\n</a>") }
        do {
            _ = try parse("<a>\n  <b>\n</a>")
        } catch {
            guard case .malformed(let line, let column, let message) = error else {
                Issue.record("expected malformed, got \(error)")
                return
            }
            #expect(line == 3)
            #expect(column > 0)
            #expect(message.contains("mismatch"))
        }
    }

    @Test func invalidUTF8IsAnErrorNotGarbage() {
        var data = Data("<?xml version=\"1.0\" encoding=\"UTF-8\"?><a>".utf8)
        data.append(contentsOf: [0xC3, 0x28])
        data.append(contentsOf: Array("</a>".utf8))
        #expect(throws: XMLError.self) { try XMLParser.parse(data) }
    }

    @Test func emptyInput() {
        #expect(throws: XMLError.empty) { try XMLParser.parse(Data()) }
    }

    @Test func internalEntitiesExpand() throws {
        let tree = try parse("""
            <!DOCTYPE a [<!ENTITY co "Acme Corp"><!ENTITY full "&co;, Inc.">]>
            <a name="&co;">&full;</a>
            """)
        #expect(tree.root.ownText == "Acme Corp, Inc.")
        #expect(tree.root.attribute("name") == "Acme Corp")
    }
}

@Suite("XML hostile input")
struct XMLHostileTests {
    @Test func externalFileEntityIsRefusedNotRead() {
        #expect(throws: XMLError.externalEntity(name: "xxe", systemID: "file:///etc/passwd", line: 2)) {
            try parse("""
                <!DOCTYPE a [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <a>before&xxe;after</a>
                """)
        }
    }

    @Test func externalDTDIsNeverLoaded() throws {
        let tree = try parse("""
            <!DOCTYPE a SYSTEM "file:///etc/passwd">
            <a>ok</a>
            """)
        #expect(tree.root.ownText == "ok")
        #expect(tree.warnings == ["the external DTD file:///etc/passwd was not loaded"])
    }

    @Test func externalParameterEntityIsNeverLoaded() throws {
        let tree = try parse("""
            <!DOCTYPE a [<!ENTITY % remote SYSTEM "http://127.0.0.1:9/evil.dtd"> %remote;]>
            <a>ok</a>
            """)
        #expect(tree.root.ownText == "ok")
    }

    @Test func billionLaughsFailsFast() {
        var doctype = "<!DOCTYPE lolz [<!ENTITY lol0 \"lol\">"
        for level in 1...9 {
            let previous = String(repeating: "&lol\(level - 1);", count: 10)
            doctype += "<!ENTITY lol\(level) \"\(previous)\">"
        }
        let document = doctype + "]><lolz>&lol9;</lolz>"
        let start = ContinuousClock.now
        #expect(throws: XMLError.self) { try parse(document) }
        #expect(ContinuousClock.now - start < .seconds(5))
    }

    @Test func quadraticBlowupHitsTheBudget() {
        let big = String(repeating: "x", count: 10_000)
        let document = "<!DOCTYPE a [<!ENTITY big \"\(big)\">]><a>"
            + String(repeating: "&big;", count: 1_000) + "</a>"
        #expect(throws: XMLError.self) { try parse(document) }
    }

    @Test func deepNestingIsRefused() {
        let depth = 50_000
        let document = String(repeating: "<a>", count: depth) + String(repeating: "</a>", count: depth)
        do {
            _ = try parse(document)
            Issue.record("50,000 levels of nesting were accepted")
        } catch {
            guard case .depthLimit = error else {
                Issue.record("expected depthLimit, got \(error)")
                return
            }
        }
    }

    @Test func ownDepthLimitApplies() {
        let document = String(repeating: "<a>", count: 20) + String(repeating: "</a>", count: 20)
        #expect(throws: XMLError.depthLimit(line: 1)) { try parse(document, limits: XMLLimits(maxDepth: 10)) }
    }
}

@Suite("XPath")
struct XPathTests {
    private let document = Data("""
        <Filing xmlns="urn:x">
          <Party role="endUser"><Name>Bavaria Aero GmbH</Name></Party>
          <Party role="consignee">
            <Name>Nordic Freight AB</Name>
          </Party>
        </Filing>
        """.utf8)

    @Test func namespacedQueriesWithLinesAndPaths() throws {
        let engine = try XMLQueryEngine(document)
        engine.register(prefix: "x", namespaceURI: "urn:x")
        let names = try engine.evaluate("//x:Party/x:Name")
        #expect(names.map(\.value) == ["Bavaria Aero GmbH", "Nordic Freight AB"])
        #expect(names.map(\.line) == [2, 4])
        #expect(names.last?.path == "/Filing[1]/Party[2]/Name[1]")
        let roles = try engine.evaluate("//x:Party/@role")
        #expect(roles.map(\.value) == ["endUser", "consignee"])
        #expect(roles.first?.path == "/Filing[1]/Party[1]/@role")
        #expect(try engine.evaluate("count(//x:Party)").first?.value == "2")
    }

    @Test func relativeQueries() throws {
        let engine = try XMLQueryEngine(document)
        engine.register(prefix: "x", namespaceURI: "urn:x")
        let parties = try engine.evaluate("//x:Party")
        let second = try #require(parties.last?.reference)
        #expect(try engine.evaluate("x:Name", relativeTo: second).map(\.value) == ["Nordic Freight AB"])
    }

    @Test func badExpressionThrows() throws {
        let engine = try XMLQueryEngine(document)
        #expect(throws: XMLError.self) { try engine.evaluate("//y:Party") }
        #expect(throws: XMLError.self) { try engine.evaluate("//[") }
    }
}
