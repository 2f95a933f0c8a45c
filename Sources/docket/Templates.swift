import ArgumentParser
import DocketCore
import Foundation

struct Templates: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "templates",
        abstract: "List templates and the fields each needs.",
        discussion: """
            A template is a manifest NAME.json (name, title, formats, fields with label and citation) beside its \
            Mustache bodies or fillable PDF. --fields lists every key a template can use.
            """)

    enum Layout: String, ExpressibleByArgument {
        case text
        case json
    }

    @Option(help: "text (default) or json.")
    var format: Layout = .text

    @Option(name: .customLong("template-dir"), help: "A folder of your own templates; they replace built-ins of the same name.")
    var templateDirectory: String?

    @Flag(help: "List every key the record provides to templates instead.")
    var fields = false

    func run() throws {
        if fields {
            let catalog = RecordFields.catalog
            switch format {
            case .json:
                try emit(catalog.map { ["key": $0.key, "meaning": $0.meaning] })
            case .text:
                for entry in catalog { Output.line("\(entry.key)\t\(entry.meaning)") }
            }
            return
        }
        let library: TemplateLibrary
        do {
            library = try TemplateLibrary.load(userDirectory: templateDirectory)
        } catch {
            throw ValidationError("\(error)")
        }
        switch format {
        case .json:
            try emit(library.templates.map(TemplateListing.init))
        case .text:
            for template in library.templates {
                let manifest = template.manifest
                Output.line("\(manifest.name)  [\(manifest.availableFormats.map(\.rawValue).joined(separator: ", "))]"
                    + (template.origin == .builtIn ? "" : "  from \(template.origin)"))
                Output.line("  \(manifest.title)")
                for line in Self.fieldLines(manifest.fields, indent: "    ") { Output.line(line) }
            }
        }
    }

    private func emit(_ value: some Encodable) throws {
        var bytes = try RecordEncoder.encode(value, pretty: true)
        bytes.append(UInt8(ascii: "\n"))
        Output.data(bytes)
    }

    private static func fieldLines(_ fields: [TemplateField], indent: String) -> [String] {
        fields.flatMap { field in
            ["\(indent)\(field.key): \(field.needed)\(field.isRequired ? "" : " [optional]")"]
                + fieldLines(field.fields ?? [], indent: indent + "  ")
        }
    }
}

/// One template in `docket templates --format json`.
private struct TemplateListing: Encodable {
    var name: String
    var title: String
    var description: String?
    var formats: [String]
    var origin: String
    var fields: [TemplateField]

    init(_ template: LoadedTemplate) {
        name = template.manifest.name
        title = template.manifest.title
        description = template.manifest.description
        formats = template.manifest.availableFormats.map(\.rawValue)
        origin = template.origin.description
        fields = template.manifest.fields
    }
}
