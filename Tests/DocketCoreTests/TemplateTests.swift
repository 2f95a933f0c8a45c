import Foundation
import Testing

@testable import DocketCore

@Suite struct TemplateTests {
    @Test func embeddedTemplatesMatchTheFilesOnDisk() throws {
        let directory = repositoryRoot.appendingPathComponent("Templates")
        let onDisk = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { !$0.hasPrefix(".") }
        let embedded = Set(EmbeddedTemplates.files.keys).union(EmbeddedTemplates.binaryFiles.keys)
        #expect(Set(onDisk) == embedded, "rerun scripts/embed-refdata.py")
        for name in onDisk {
            let file = try Data(contentsOf: directory.appendingPathComponent(name))
            let copy = EmbeddedTemplates.files[name].map { Data($0.utf8) }
                ?? EmbeddedTemplates.binaryFiles[name].flatMap { Data(base64Encoded: $0) }
            let identical = copy == file
            #expect(identical, "\(name) drifted: rerun scripts/embed-refdata.py")
        }
    }

    @Test func everyBuiltInLoadsAndNamesOnlyCatalogKeysOrUserValues() throws {
        let library = try TemplateLibrary.load()
        #expect(library.templates.count == 6)
        for template in library.templates {
            #expect(!template.manifest.fields.isEmpty, "\(template.name)")
            for field in template.manifest.fields {
                #expect(!field.label.isEmpty && field.citation?.isEmpty != true, "\(template.name).\(field.key)")
            }
        }
    }

    /// 22 CFR 123.10, 124.7, 124.12 and 126.13 number their paragraphs (a)(1), (a)(2)...; a citation that skips the
    /// letter ("124.7(2)") names no paragraph of the regulation, unlike 124.8, whose clauses are (1) to (6).
    @Test func manifestCitationsNameParagraphsAsTheRegulationNumbersThem() throws {
        func citations(_ fields: [TemplateField]) -> [String] {
            fields.flatMap { [$0.citation].compactMap { $0 } + citations($0.fields ?? []) }
        }
        let unlettered = try Regex(#"\b(123\.10|124\.7|124\.12|126\.13)\(\d"#)
        for template in try TemplateLibrary.load().templates {
            for citation in citations(template.manifest.fields) {
                #expect(citation.firstMatch(of: unlettered) == nil, "\(template.name): \(citation)")
            }
        }
    }

    @Test func aPipeInAValueStaysInsideItsMarkdownTableCell() throws {
        let manifest = TemplateManifest(
            name: "t", title: "t", formats: ["markdown": "t.md"],
            fields: [TemplateField(key: "endUse", label: "end use"),
                     TemplateField(key: "items", label: "article", fields: [
                        TemplateField(key: "description", label: "description")])])
        let template = LoadedTemplate(manifest: manifest, origin: .builtIn, bodies: [
            .markdown: try TemplateBody.mustache("Purpose: {{endUse}}\n\n| purpose | {{endUse}} |\n| --- | --- |\n"
                + "{{#items}}| article | {{description}} |\n{{/items}}", format: .markdown)])
        var record = DocketRecord(source: SourceInfo(path: "x.pdf"))
        record.endUse = "radar | sonar"
        record.items = [Item(line: 1, description: "Mast\\|boom\nassembly")]
        let filled = try TemplateFiller(fields: try RecordFields(store: RefDataStore()))
            .fill(template, format: .markdown, record: record)
        // Prose keeps the value as extracted; in a row, a pipe, a backslash before it and a line break are defused.
        #expect(filled.text == "Purpose: radar | sonar\n\n| purpose | radar \\| sonar |\n| --- | --- |\n"
            + "| article | Mast\\\\\\|boom assembly |\n")
    }

    @Test func theBuiltInDSP5WorksheetKeepsAPipedEndUseInOneCell() throws {
        let library = try TemplateLibrary.load()
        let worksheet = try #require(library.template(named: "dsp5-worksheet"))
        var record = DocketRecord(source: SourceInfo(path: "x.pdf"))
        record.endUse = "Spares | repair"
        let filled = try TemplateFiller(fields: try RecordFields(store: RefDataStore()))
            .fill(worksheet, format: .markdown, record: record)
        let row = try #require(filled.text?.split(separator: "\n").first { $0.hasPrefix("| 20 ") })
        #expect(row == "| 20 Specific purpose | Spares \\| repair |")
        let text = try #require(filled.text)
        #expect(!text.contains(MarkdownValues.open) && !text.contains(MarkdownValues.close))
    }

    @Test func placeholderComesFromTheManifest() throws {
        let manifest = TemplateManifest(
            name: "t", title: "t", formats: ["text": "t.txt"],
            fields: [TemplateField(key: "foreignEndUserAddress", label: "foreign end-user address",
                                   citation: "DSP-5 Block 14"),
                     TemplateField(key: "items", label: "article", fields: [
                        TemplateField(key: "quantity", label: "quantity", citation: "Block 8")])])
        let template = LoadedTemplate(manifest: manifest, origin: .builtIn, bodies: [
            .text: try TemplateBody.mustache("{{foreignEndUserAddress}}|{{#items}}{{quantity}};{{/items}}", format: .text)])
        var record = DocketRecord(source: SourceInfo(path: "x.pdf"))
        var item = Item(line: 1, description: "radar")
        item.quantity = nil
        record.items = [item, Item(line: 2)]
        record.items?[1].quantity = 3
        let filled = try TemplateFiller(fields: try RecordFields(store: RefDataStore()))
            .fill(template, format: .text, record: record)
        #expect(filled.text == "[[MISSING: foreign end-user address (DSP-5 Block 14)]]|"
            + "[[MISSING: article 1: quantity (Block 8)]];3;")
        #expect(filled.missing.map(\.needed) == ["foreign end-user address (DSP-5 Block 14)",
                                                 "article 1: quantity (Block 8)"])
        #expect(filled.missing.map(\.key) == ["foreignEndUserAddress", nil])
    }

    @Test(arguments: [
        (Decimal(409500), "USD 409,500.00"), (Decimal(string: "1234567.5") ?? 0, "USD 1,234,567.50"),
        (Decimal(12), "USD 12.00"), (Decimal(string: "-1000.456") ?? 0, "USD -1,000.46"),
    ])
    func moneyIsFormattedWithoutTheLocale(amount: Decimal, expected: String) {
        #expect(RecordFields.format(Money(amount: amount)) == expected)
    }

    @Test func clauseBlockTakesItsTextFromReferenceData() throws {
        let clauses = try RefDataStore().load(Part124ClausesFile.self).entries
        var record = DocketRecord(source: SourceInfo(path: "mla.pdf"))
        record.documentType = .mla
        record.agreement = Agreement(clauses: [Clause(id: "124.8(1)", present: true)])
        let values = try RecordFields(store: RefDataStore()).values(for: record)
        guard case .list(let insert) = values["clausesToInsert"] else {
            Issue.record("no clausesToInsert")
            return
        }
        let ids = insert.compactMap { element -> String? in
            if case .text(let id) = element["id"] { return id }
            return nil
        }
        // No SME item: 124.9(b) stays out; 124.8(1) is present, so it is not inserted.
        #expect(ids == ["124.8(2)", "124.8(3)", "124.8(4)", "124.8(5)", "124.8(6)", "124.9(a)(1)", "124.9(a)(2)",
                        "124.9(a)(3)", "124.9(a)(4)", "124.9(a)(5)", "124.9(a)(6)"])
        let text = clauses.first { $0.id == "124.8(4)" }?.regulationText
        #expect(insert[2]["text"] == text.map(FieldValue.text))
    }
}
