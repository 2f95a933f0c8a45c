import Foundation
internal import DocketPDF
internal import Mustache

/// What filling a template produced.
public struct FilledTemplate: Sendable {
    enum Content: Sendable {
        case text(String)
        /// A fillable PDF, written by `write(to:)`: poppler saves to a file, never to stdout.
        case pdf(template: Data, fields: [String: PDFFieldValue])
    }

    public var format: TemplateFormat
    let content: Content
    /// What is still needed, in order of first appearance: each also shows as a placeholder in the output.
    public var missing: [MissingField]

    /// The rendered text; nil for a PDF, which only `write(to:)` produces.
    public var text: String? {
        if case .text(let text) = content { return text }
        return nil
    }

    /// Writes the output to `path` atomically (a temporary file beside it, then a rename).
    ///
    /// Throws when the file cannot be written or the PDF cannot be saved; `path` is then untouched.
    public func write(to path: String) throws {
        switch content {
        case .text(let text): try AtomicFile.write(Data(text.utf8), to: path)
        case .pdf(let template, let fields): _ = try PDFFormFiller.fill(template: template, values: fields, to: path)
        }
    }
}

/// Stage 5 (emit), templates: renders one record through one template.
public struct TemplateFiller: Sendable {
    public var fields: RecordFields

    public init(fields: RecordFields) {
        self.fields = fields
    }

    /// Fills `template` in `format` from `record`; `overrides` (`--set key=value`) win over extracted values.
    ///
    /// Throws `TemplateError` when the template has no body in `format` or its PDF body cannot be read.
    public func fill(_ template: LoadedTemplate, format: TemplateFormat, record: DocketRecord,
                     overrides: [String: String] = [:]) throws(TemplateError) -> FilledTemplate {
        guard let body = template.bodies[format] else {
            throw TemplateError(file: template.origin.description, problem: "template \"\(template.name)\" has no "
                + "\(format.rawValue) form (it has " + template.manifest.availableFormats.map(\.rawValue)
                    .joined(separator: ", ") + ")")
        }
        let log = MissingLog()
        let root = FillNode.root(manifest: template.manifest, values: fields.values(for: record),
                                 overrides: overrides, log: log)
        switch body {
        case .mustache(let mustache):
            let rendered = mustache.render(root)
            let text = format == .markdown ? MarkdownValues.settle(rendered) : rendered
            return FilledTemplate(format: format, content: .text(text), missing: log.needed)
        case .pdf(let data):
            let formFields: [PDFFormField]
            do {
                formFields = try PDFReader.read(data).formFields
            } catch {
                throw TemplateError(file: template.origin.description, problem: "its PDF cannot be read (\(error))")
            }
            var values: [String: PDFFieldValue] = [:]
            for field in formFields {
                let value = root.resolve(path: field.name)
                switch (field.kind, value) {
                case (.checkbox, let flag as Bool): values[field.name] = .checkbox(flag)
                case (.checkbox, _): values[field.name] = .checkbox(false)
                case (_, let text as String): values[field.name] = .text(text)
                default: values[field.name] = .text("")
                }
            }
            return FilledTemplate(format: format, content: .pdf(template: data, fields: values), missing: log.needed)
        }
    }
}

/// A value a filled template still needs.
public struct MissingField: Sendable, Equatable {
    /// "foreign end-user address (DSP-5 Block 14)", as the placeholder names it.
    public var needed: String
    /// The key `--set KEY=VALUE` fills; nil inside a list, which comes only from the filing.
    public var key: String?
}

/// What the rendering asked for and did not get, collected while the template looks values up.
final class MissingLog {
    private(set) var needed: [MissingField] = []

    func note(_ value: MissingValue) {
        let field = MissingField(needed: value.needed, key: value.key)
        if !needed.contains(field) { needed.append(field) }
    }
}

/// A missing value: the text shown in the output and the need it is listed under.
struct MissingValue {
    var needed: String
    var key: String?
    var text: String { "[[MISSING: \(needed)]]" }
}

/// One object of the view model. Every lookup goes through `child(named:)`, so a placeholder is logged exactly
/// when the template shows it, and a name the manifest never declared shows as missing instead of a blank.
final class FillNode: MustacheParent {
    private let values: [String: Any]
    /// Root only: names that may legitimately be absent (declared, optional) and resolve to nothing.
    private let quietNames: Set<String>?
    private let log: MissingLog

    private init(values: [String: Any], quietNames: Set<String>?, log: MissingLog) {
        self.values = values
        self.quietNames = quietNames
        self.log = log
    }

    static func root(manifest: TemplateManifest, values: [String: FieldValue], overrides: [String: String],
                     log: MissingLog) -> FillNode {
        var merged = values
        for (key, text) in overrides { merged[key] = .text(text) }
        let resolved = resolve(merged, declared: manifest.fields, element: nil, log: log)
        return FillNode(values: resolved, quietNames: Set(manifest.fields.flatMap(\.allKeys)), log: log)
    }

    /// Values as Mustache sees them, with a placeholder for every required field that has no value.
    private static func resolve(_ values: [String: FieldValue], declared: [TemplateField], element: String?,
                                log: MissingLog) -> [String: Any] {
        var resolved: [String: Any] = [:]
        let byKey = Dictionary(declared.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        for (key, value) in values {
            switch value {
            case .text(let text): resolved[key] = text
            case .flag(let flag): resolved[key] = flag
            case .list(let elements):
                let field = byKey[key]
                var nodes = elements.enumerated().map { index, element in
                    FillNode(values: resolve(element, declared: field?.fields ?? [],
                                             element: "\(field?.label ?? key) \(index + 1)", log: log),
                             quietNames: nil, log: log)
                }
                // A required list with nothing in it still shows one row of placeholders, as a paper form would.
                if nodes.isEmpty, let field, field.isRequired {
                    nodes = [FillNode(values: resolve([:], declared: field.fields ?? [], element: field.label, log: log),
                                      quietNames: nil, log: log)]
                }
                resolved[key] = nodes
            }
        }
        for field in declared where field.isRequired && resolved[field.key] == nil {
            resolved[field.key] = MissingValue(needed: TemplateField.needed(for: field, element: element),
                                               key: element == nil ? field.key : nil)
        }
        return resolved
    }

    func child(named name: String) -> Any? {
        if let value = values[name] {
            guard let placeholder = value as? MissingValue else { return value }
            log.note(placeholder)
            return placeholder.text
        }
        // Inside a list element an unknown name climbs to the root, which decides.
        guard let quietNames, !quietNames.contains(name) else { return nil }
        let placeholder = MissingValue(needed: "\(name) (not declared in the template's manifest)", key: nil)
        log.note(placeholder)
        return placeholder.text
    }

    /// A PDF field name as a path: `applicantName`, `items.2.description` (1-based element numbers).
    func resolve(path: String) -> Any? {
        var node: FillNode = self
        var value: Any?
        for component in path.split(separator: ".").map(String.init) {
            if let number = Int(component) {
                guard let list = value as? [FillNode], number >= 1, number <= list.count else { return nil }
                node = list[number - 1]
                value = node
                continue
            }
            value = node.child(named: component)
            if let next = value as? FillNode { node = next }
        }
        return value
    }
}
