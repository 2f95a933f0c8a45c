import ArgumentParser
import DocketCore
import Foundation

struct Fill: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fill",
        abstract: "Fill a template from a filing (PDF/XML) or an extraction JSON file.",
        discussion: """
            Every value the filing does not provide shows as [[MISSING: what is needed (block)]]; the missing \
            values are listed on stderr and the exit status is 1 until none remain. `docket templates` lists the \
            templates and their fields. A PDF template is written only to -o.
            """)

    @Option(help: "The template to fill (see `docket templates`).")
    var template: String

    @Option(name: .shortAndLong, help: "Write to FILE (atomically) instead of stdout; required for PDF.")
    var output: String?

    @Option(help: "markdown, text, html or pdf. Default: the -o extension if the template has it, else its first.",
            transform: { name in
                guard let format = TemplateFormat(rawValue: name) else {
                    throw ValidationError("--format takes markdown, text, html or pdf.")
                }
                return format
            })
    var format: TemplateFormat?

    @Option(name: .customLong("template-dir"), help: "A folder of your own templates; they replace built-ins of the same name.")
    var templateDirectory: String?

    @Option(name: .customLong("set"), help: "KEY=VALUE: a value the filing lacks (or a correction); repeatable.")
    var settings: [String] = []

    @OptionGroup var input: InputOptions

    func validate() throws {
        if input.paths.count != 1 || input.filesFrom != nil {
            throw ValidationError("fill takes exactly one PATH (a filing or an extraction JSON file).")
        }
        for setting in settings where !setting.contains("=") {
            throw ValidationError("--set takes KEY=VALUE, got \"\(setting)\".")
        }
    }

    func run() throws {
        let library: TemplateLibrary
        do {
            library = try TemplateLibrary.load(userDirectory: templateDirectory)
        } catch {
            throw ValidationError("\(error)")
        }
        guard let chosen = library.template(named: template) else {
            throw ValidationError("no template named \"\(template)\"; available: "
                + library.templates.map(\.name).joined(separator: ", "))
        }
        let formats = chosen.manifest.availableFormats
        let fromExtension = output.flatMap { TemplateFormat(fileExtension: URL(fileURLWithPath: $0).pathExtension) }
        let resolved = format ?? fromExtension.flatMap { formats.contains($0) ? $0 : nil } ?? formats[0]
        if resolved == .pdf && output == nil {
            throw ValidationError("a PDF template needs -o FILE.")
        }
        let store = input.document.store
        let filler: TemplateFiller
        let validator: Validator
        do {
            filler = TemplateFiller(fields: try RecordFields(store: store))
            validator = try Validator.standard(store: store)
        } catch {
            throw ValidationError("\(error)")
        }
        let sources = try input.sources()
        guard let source = sources.first else { throw ValidationError("no input.") }
        let record = FillSource.record(source, pipeline: try input.pipeline(), validator: validator) {
            FileHandle.standardInput.readDataToEndOfFile()
        }
        if let error = record.error {
            Output.diagnostic(error.diagnostic(path: record.source.path))
            throw ExitCode(ExitStatus.inputFailed.rawValue)
        }
        let overrides = Dictionary(settings.map { setting in
            let parts = setting.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            return (String(parts[0]), String(parts[1]))
        }, uniquingKeysWith: { $1 })
        let filled: FilledTemplate
        do {
            filled = try filler.fill(chosen, format: resolved, record: record, overrides: overrides)
        } catch {
            throw ValidationError("\(error)")
        }
        if let output {
            do {
                try filled.write(to: output)
            } catch {
                Output.diagnostic("\(output): \(error)")
                throw ExitCode(ExitStatus.inputFailed.rawValue)
            }
        } else if let text = filled.text {
            Output.data(Data(text.utf8))
        }
        for missing in filled.missing {
            Output.diagnostic("\(record.source.path): missing: \(missing.needed)"
                + (missing.key.map { " (--set \($0)=...)" } ?? ""))
        }
        try (filled.missing.isEmpty ? ExitStatus.success : ExitStatus.findings).end()
    }
}
