import Crypto
import Foundation
import Testing
@testable import DocketPDF

/// Every PDF fixture is read and compared with the `.expect.json` its generator wrote beside it.
@Suite("PDF fixtures")
struct PDFFixtureTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/pdf")

    static var names: [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return files.filter { $0.hasSuffix(".pdf") }.sorted()
    }

    static func load(_ name: String) throws -> (Data, [String: Any]) {
        let data = try Data(contentsOf: folder.appendingPathComponent(name))
        let expectURL = folder.appendingPathComponent(String(name.dropLast(4)) + ".expect.json")
        let expect = try #require(JSONSerialization.jsonObject(with: Data(contentsOf: expectURL)) as? [String: Any])
        return (data, expect)
    }

    @Test func fixturesExist() {
        #expect(Self.names.count >= 16)
    }

    @Test(arguments: names)
    func fixture(_ name: String) throws {
        let (data, expect) = try Self.load(name)
        let outcome = try #require(expect["outcome"] as? String)
        switch outcome {
        case "ok":
            let content = try PDFReader.read(data)
            try check(content, against: expect)
        case "needs-password":
            #expect(throws: PDFError.passwordRequired) { try PDFReader.read(data) }
            let wrong = try #require((expect["with_wrong_password"] as? [String: Any])?["password"] as? String)
            #expect(throws: PDFError.wrongPassword) { try PDFReader.read(data, password: wrong) }
            let password = try #require(expect["user_password"] as? String)
            try check(try PDFReader.read(data, password: password), against: expect)
        case "error":
            let code = try #require(expect["error_code"] as? String)
            do {
                _ = try PDFReader.read(data)
                Issue.record("\(name) was accepted")
            } catch {
                #expect(Self.code(of: error) == code, "\(name): \(error)")
            }
        case "error-or-partial":
            do {
                let content = try PDFReader.read(data)
                #expect(content.metadata.pageCount >= 0)
            } catch {
                #expect(Self.code(of: error) == "damaged-pdf")
            }
        default:
            Issue.record("unknown outcome \(outcome)")
        }
    }

    static func code(of error: PDFError) -> String {
        switch error {
        case .notPDF: "not-pdf"
        case .damaged: "damaged-pdf"
        case .passwordRequired: "password-required"
        case .wrongPassword: "wrong-password"
        case .writeFailed: "write-failed"
        }
    }

    private func check(_ content: PDFContent, against expect: [String: Any]) throws {
        if let pageCount = expect["page_count"] as? Int {
            #expect(content.metadata.pageCount == pageCount)
            #expect(content.pages.count == pageCount)
        }
        if let encrypted = expect["encrypted"] as? Bool {
            #expect(content.metadata.isEncrypted == encrypted)
        }
        // A file poppler had to repair says so; a sound one never does.
        let partial = expect["partial"] as? Bool ?? false
        #expect(content.metadata.structureProblems.isEmpty == !partial, "\(content.metadata.structureProblems)")
        if let needle = expect["xfa_datasets_contains"] as? String {
            let datasets = String(decoding: try #require(content.xfaDatasets, "no XFA datasets"), as: UTF8.self)
            #expect(datasets.contains(needle))
            #expect(datasets.hasPrefix("<xfa:datasets") && datasets.hasSuffix("</xfa:datasets>"))
        } else {
            #expect(content.xfaDatasets == nil)
        }
        for page in expect["pages"] as? [[String: Any]] ?? [] {
            let number = try #require(page["page"] as? Int)
            let expected = page["lines_in_order"] as? [String] ?? []
            let actual = content.pages[number - 1].lines.map(\.text)
            #expect(isSubsequence(expected, of: actual), "page \(number) reading order:\n\(actual.joined(separator: "\n"))")
        }
        if let metadata = expect["metadata"] as? [String: Any] {
            let meta = content.metadata
            let pairs: [(String, String?)] = [("title", meta.title), ("author", meta.author),
                                              ("subject", meta.subject), ("keywords", meta.keywords),
                                              ("creator", meta.creator), ("producer", meta.producer)]
            for (key, value) in pairs {
                if let expected = metadata[key] as? String { #expect(value == expected, "\(key)") }
            }
            if let created = metadata["creation_date"] as? String {
                #expect(meta.creationDate.map { $0.ISO8601Format() } == created)
            }
        }
        if let form = expect["form"] as? [String: Any] {
            #expect(content.metadata.hasXFA == (form["has_xfa"] as? Bool ?? false))
            for field in form["fields"] as? [[String: Any]] ?? [] {
                let name = try #require(field["name"] as? String)
                let actual = try #require(content.formFields.first { $0.name == name }, "field \(name)")
                #expect(actual.alternateName == field["tooltip"] as? String, "\(name) tooltip")
                #expect(actual.isReadOnly == field["read_only"] as? Bool, "\(name) read-only")
                switch field["type"] as? String {
                case "text", "choice":
                    let expected = (field["value"] as? String).flatMap { $0.isEmpty ? nil : $0 }
                    #expect(actual.value == expected, "\(name) value")
                    if let options = field["options"] as? [String] { #expect(actual.options == options) }
                case "checkbox":
                    #expect(actual.kind == .checkbox)
                    #expect(actual.isOn == field["checked"] as? Bool, "\(name) state")
                default:
                    break
                }
                #expect(actual.rect.width > 0 && actual.rect.height > 0)
            }
        }
        let attachments = expect["attachments"] as? [[String: Any]] ?? []
        #expect(content.attachments.count == attachments.count)
        for attachment in attachments {
            let name = try #require(attachment["name"] as? String)
            let actual = try #require(content.attachments.first { $0.name == name }, "attachment \(name)")
            let digest = SHA256.hash(data: actual.data).map { String(format: "%02x", $0) }.joined()
            #expect(digest == attachment["sha256"] as? String)
            #expect(actual.description == attachment["description"] as? String)
        }
    }

    private func isSubsequence(_ expected: [String], of actual: [String]) -> Bool {
        var remaining = expected[...]
        for line in actual where line == remaining.first { remaining = remaining.dropFirst() }
        return remaining.isEmpty
    }
}

@Suite("PDF geometry")
struct PDFGeometryTests {
    @Test func wordsHaveBoxesInsideTheirLineAndPage() throws {
        let (data, _) = try PDFFixtureTests.load("single-column.pdf")
        let content = try PDFReader.read(data)
        for page in content.pages {
            #expect(!page.lines.isEmpty)
            for line in page.lines {
                #expect(line.bbox.x0 >= 0 && line.bbox.x1 <= page.width && line.bbox.y1 <= page.height)
                for word in line.words {
                    #expect(word.bbox.x0 >= line.bbox.x0 - 0.01 && word.bbox.x1 <= line.bbox.x1 + 0.01)
                    #expect(!word.text.contains(" "))
                }
                #expect(line.words.map(\.text).joined(separator: " ") == line.text.split(separator: " ").joined(separator: " "))
            }
        }
    }

    @Test func twoColumnsComeOutColumnByColumn() throws {
        let (data, _) = try PDFFixtureTests.load("two-column.pdf")
        let lines = try PDFReader.read(data).pages[0].lines
        let left = try #require(lines.firstIndex { $0.text.hasPrefix("Party A:") })
        let right = try #require(lines.firstIndex { $0.text.hasPrefix("Party B:") })
        let lastLeft = try #require(lines.firstIndex { $0.text == "agreement." })
        #expect(left < lastLeft && lastLeft < right)
        #expect(lines[right].bbox.x0 > lines[left].bbox.x1)
    }

    @Test func formFieldRectanglesUseTopLeftOrigin() throws {
        let (data, _) = try PDFFixtureTests.load("form.pdf")
        let content = try PDFReader.read(data)
        let name = try #require(content.formFields.first { $0.name == "block14.name" })
        let label = try #require(content.pages[0].lines.first { $0.text.hasPrefix("Block 14 - Applicant name") })
        // The field sits on the same row as its label, to the right of it.
        #expect(abs(name.rect.midY - label.bbox.midY) < 12)
        #expect(name.rect.x0 > label.bbox.x0)
    }
}
