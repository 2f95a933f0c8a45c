import Foundation

/// What a template is and what it needs: the sidecar `NAME.json` beside the template's body files.
///
/// The manifest is the one place a field's human label and regulatory block live; the placeholder for a
/// missing value is made from it (`MissingValue`).
public struct TemplateManifest: Codable, Sendable, Equatable {
    public var name: String
    public var title: String
    public var description: String?
    /// Output format ("markdown", "text", "html", "pdf") to the body file, relative to the manifest.
    public var formats: [String: String]
    public var fields: [TemplateField]

    /// The formats this template renders, in the order `TemplateFormat.allCases` lists them.
    public var availableFormats: [TemplateFormat] {
        TemplateFormat.allCases.filter { formats[$0.rawValue] != nil }
    }
}

public struct TemplateField: Codable, Sendable, Equatable {
    /// The view-model key the template refers to (`{{foreignEndUserAddress}}`, a PDF field's name).
    public var key: String
    /// What the value is, for a person: "foreign end-user address".
    public var label: String
    /// Where it goes on the form or in the regulation: "DSP-5 Block 14", "22 CFR 124.12(a)(3)".
    public var citation: String?
    /// False for values whose absence is legitimate (no findings, no sublicensees); default true.
    public var required: Bool?
    /// For a list (`items`, `parties`, `findings`): the fields of each element.
    public var fields: [TemplateField]?

    public init(key: String, label: String, citation: String? = nil, required: Bool? = nil,
                fields: [TemplateField]? = nil) {
        self.key = key
        self.label = label
        self.citation = citation
        self.required = required
        self.fields = fields
    }

    public var isRequired: Bool { required ?? true }

    /// "foreign end-user address (DSP-5 Block 14)": what the placeholder and the stderr list say is needed.
    public var needed: String { citation.map { "\(label) (\($0))" } ?? label }

    /// What a missing value in a list names: `element` numbers the member ("article 2: quantity (...)").
    static func needed(for field: TemplateField, element: String?) -> String {
        element.map { "\($0): \(field.needed)" } ?? field.needed
    }

    var allKeys: [String] { [key] + (fields ?? []).flatMap(\.allKeys) }
}

/// The formats a template can be rendered in.
public enum TemplateFormat: String, Codable, Sendable, CaseIterable {
    case markdown
    case text
    case html
    case pdf

    /// The format an output file name asks for (`-o memo.html`), if its extension names one.
    public init?(fileExtension: String) {
        switch fileExtension.lowercased() {
        case "md", "markdown": self = .markdown
        case "txt", "text": self = .text
        case "html", "htm": self = .html
        case "pdf": self = .pdf
        default: return nil
        }
    }
}
