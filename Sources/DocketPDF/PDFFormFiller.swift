public import Foundation
internal import CPoppler

/// A value for one AcroForm field.
public enum PDFFieldValue: Sendable, Equatable {
    case text(String)
    case checkbox(Bool)
}

/// Fills AcroForm fields of a template PDF and saves the result as a new file.
public enum PDFFormFiller {
    /// Opens `template` (bytes, so the template file is never opened for writing), sets every field named in
    /// `values`, and writes the document to a temporary file beside `outputPath` before renaming it there.
    ///
    /// Returns the names in `values` that the template has no field for. Throws `PDFError` when the template
    /// cannot be opened or the result cannot be saved; `outputPath` is then untouched.
    public static func fill(template: Data, values: [String: PDFFieldValue],
                            to outputPath: String) throws(PDFError) -> [String] {
        let document = try PopplerDocumentHandle(data: template, password: nil)
        var unused = Set(values.keys)
        let pageCount = poppler_document_get_n_pages(document.pointer)
        for index in 0..<pageCount {
            guard let page = poppler_document_get_page(document.pointer, index) else { continue }
            defer { g_object_unref(UnsafeMutableRawPointer(page)) }
            guard let mapping = poppler_page_get_form_field_mapping(page) else { continue }
            defer { poppler_page_free_form_field_mapping(mapping) }
            forEach(in: mapping) { raw in
                let entry = raw.assumingMemoryBound(to: PopplerFormFieldMapping.self).pointee
                guard let field = entry.field, let name = takeString(poppler_form_field_get_name(field)),
                      let value = values[name] else { return }
                unused.remove(name)
                switch (value, poppler_form_field_get_field_type(field)) {
                case (.text(let text), POPPLER_FORM_FIELD_TEXT):
                    poppler_form_field_text_set_text(field, text)
                case (.checkbox(let on), POPPLER_FORM_FIELD_BUTTON):
                    poppler_form_field_button_set_state(field, on ? 1 : 0)
                default:
                    unused.insert(name)
                }
            }
        }
        try save(document, to: outputPath)
        return unused.sorted()
    }

    private static func save(_ document: PopplerDocumentHandle, to outputPath: String) throws(PDFError) {
        let target = URL(fileURLWithPath: outputPath).standardizedFileURL
        let folder = target.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw .writeFailed("\(folder.path): \(error.localizedDescription)")
        }
        // Same folder, so the final rename never crosses a file system and a reader never sees half a file.
        let temporary = folder.appendingPathComponent(".\(target.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
        let uri = temporary.absoluteString
        let saved: Bool = try withGError({ error in
            poppler_document_save(document.pointer, uri, error) != 0 ? true : nil
        }, mapError: { _, _, message in .writeFailed(message) })
        guard saved, rename(temporary.path, target.path) == 0 else {
            try? FileManager.default.removeItem(at: temporary)
            throw .writeFailed("\(target.path): cannot be replaced (errno \(errno))")
        }
    }
}
