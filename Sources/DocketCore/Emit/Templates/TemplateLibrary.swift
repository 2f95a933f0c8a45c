import Foundation
internal import Mustache

/// Where a template came from.
public enum TemplateOrigin: Sendable, Equatable, CustomStringConvertible {
    case builtIn
    /// A manifest in the `--template-dir` folder, by path.
    case directory(path: String)

    public var description: String {
        switch self {
        case .builtIn: "built-in"
        case .directory(let path): path
        }
    }
}

/// A template that could not be loaded; the message names the file and what is wrong with it.
public struct TemplateError: Error, Sendable, Equatable, CustomStringConvertible {
    public var file: String
    public var problem: String

    public var description: String { "\(file): \(problem)" }
}

/// One template's body in one format.
enum TemplateBody: Sendable {
    case mustache(MustacheTemplate)
    case pdf(Data)

    /// Parses a Mustache body; Mustache escapes for HTML by default, so text bodies switch that off to show
    /// values exactly as extracted, and Markdown bodies mark values for `MarkdownValues.settle`.
    static func mustache(_ text: String, format: TemplateFormat) throws -> TemplateBody {
        let type = switch format {
        case .html: "HTML"
        case .markdown: MarkdownValues.contentType
        default: "TEXT"
        }
        let pragma = "{{% CONTENT_TYPE: \(type) }}"
        return .mustache(try MustacheTemplate(string: pragma + text))
    }
}

/// A manifest with its parsed bodies, checked when loaded so a broken template fails before any input is read.
public struct LoadedTemplate: Sendable {
    public var manifest: TemplateManifest
    public var origin: TemplateOrigin
    let bodies: [TemplateFormat: TemplateBody]

    public var name: String { manifest.name }
}

/// The built-in templates (embedded in the binary from `Templates/`) and the user's own from `--template-dir`.
public struct TemplateLibrary: Sendable {
    /// By name, sorted; a user template replaces the built-in one of the same name.
    public private(set) var templates: [LoadedTemplate]

    /// Loads the built-in templates, then every `*.json` manifest in `userDirectory`.
    ///
    /// Throws `TemplateError` for an unreadable folder, a manifest that is not valid JSON or names a missing
    /// body file, a body that is not valid Mustache, or a field key used twice.
    public static func load(userDirectory: String? = nil) throws(TemplateError) -> TemplateLibrary {
        var byName: [String: LoadedTemplate] = [:]
        let builtIn = BuiltInFiles()
        for manifestName in builtIn.manifestNames {
            let template = try loadTemplate(manifestName, from: builtIn, origin: .builtIn)
            byName[template.name] = template
        }
        if let userDirectory {
            let folder = DirectoryFiles(folder: URL(fileURLWithPath: userDirectory))
            for manifestName in try folder.manifestNames() {
                let origin = TemplateOrigin.directory(path: folder.path(manifestName))
                let template = try loadTemplate(manifestName, from: folder, origin: origin)
                byName[template.name] = template
            }
        }
        return TemplateLibrary(templates: byName.keys.sorted().compactMap { byName[$0] })
    }

    public func template(named name: String) -> LoadedTemplate? {
        templates.first { $0.name == name }
    }

    private static func loadTemplate(_ manifestName: String, from files: some TemplateFiles,
                                     origin: TemplateOrigin) throws(TemplateError) -> LoadedTemplate {
        let location = files.path(manifestName)
        let manifest: TemplateManifest
        do {
            manifest = try JSONDecoder().decode(TemplateManifest.self, from: try files.data(manifestName))
        } catch {
            throw TemplateError(file: location, problem: "is not a template manifest (\(error))")
        }
        // Keys are unique per level: a list element's `totalValue` is not the record's `totalValue`.
        func checkUnique(_ fields: [TemplateField]) throws(TemplateError) {
            var seen = Set<String>()
            for field in fields {
                guard seen.insert(field.key).inserted else {
                    throw TemplateError(file: location, problem: "field \"\(field.key)\" is declared twice")
                }
                try checkUnique(field.fields ?? [])
            }
        }
        try checkUnique(manifest.fields)
        var bodies: [TemplateFormat: TemplateBody] = [:]
        for (formatName, file) in manifest.formats.sorted(by: { $0.key < $1.key }) {
            guard let format = TemplateFormat(rawValue: formatName) else {
                throw TemplateError(file: location, problem: "unknown format \"\(formatName)\" (use "
                    + TemplateFormat.allCases.map(\.rawValue).joined(separator: ", ") + ")")
            }
            let data: Data
            do {
                data = try files.data(file)
            } catch {
                throw TemplateError(file: files.path(file), problem: "cannot be read (named by \(manifestName))")
            }
            if format == .pdf {
                bodies[format] = .pdf(data)
                continue
            }
            do {
                bodies[format] = try TemplateBody.mustache(String(decoding: data, as: UTF8.self), format: format)
            } catch {
                throw TemplateError(file: files.path(file), problem: "is not a valid Mustache template (\(error))")
            }
        }
        guard !bodies.isEmpty else { throw TemplateError(file: location, problem: "names no format") }
        return LoadedTemplate(manifest: manifest, origin: origin, bodies: bodies)
    }
}

/// The files a template set is read from: the embedded copy or a folder.
protocol TemplateFiles {
    func data(_ name: String) throws -> Data
    func path(_ name: String) -> String
}

private struct BuiltInFiles: TemplateFiles {
    struct Missing: Error {}

    var manifestNames: [String] { EmbeddedTemplates.files.keys.filter { $0.hasSuffix(".json") }.sorted() }

    func data(_ name: String) throws -> Data {
        if let text = EmbeddedTemplates.files[name] { return Data(text.utf8) }
        if let base64 = EmbeddedTemplates.binaryFiles[name], let data = Data(base64Encoded: base64) { return data }
        throw Missing()
    }

    func path(_ name: String) -> String { "built-in \(name)" }
}

private struct DirectoryFiles: TemplateFiles {
    var folder: URL

    func manifestNames() throws(TemplateError) -> [String] {
        do {
            return try FileManager.default.contentsOfDirectory(atPath: folder.path)
                .filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.sorted()
        } catch {
            throw TemplateError(file: folder.path, problem: "the template folder cannot be read")
        }
    }

    func data(_ name: String) throws -> Data { try Data(contentsOf: folder.appendingPathComponent(name)) }

    func path(_ name: String) -> String { folder.appendingPathComponent(name).path }
}
