public import Foundation
internal import CPoppler

/// Reads a whole PDF into plain values: metadata, text with geometry, form fields and attachments.
public enum PDFReader {
    /// Reads `data` as a PDF.
    ///
    /// Throws `PDFError.notPDF` when the bytes have no `%PDF-` header, `.passwordRequired` or `.wrongPassword`
    /// for encrypted files, and `.damaged` when poppler cannot rebuild the document.
    public static func read(_ data: Data, password: String? = nil) throws(PDFError) -> PDFContent {
        let document = try PopplerDocumentHandle(data: data, password: password)
        return document.content(rawBytes: data)
    }

    /// True when a `%PDF-` header appears where readers accept it (within the first 1024 bytes).
    public static func hasPDFHeader(_ data: Data) -> Bool {
        let window = data.prefix(1024)
        return window.range(of: Data("%PDF-".utf8)) != nil
    }
}

/// Owns one `PopplerDocument`. It never leaves this module and never crosses a task boundary.
final class PopplerDocumentHandle {
    let pointer: OpaquePointer

    init(data: Data, password: String?) throws(PDFError) {
        guard PDFReader.hasPDFHeader(data) else { throw .notPDF }
        let bytes = data.withUnsafeBytes { buffer in g_bytes_new(buffer.baseAddress, gsize(buffer.count)) }
        defer { g_bytes_unref(bytes) }
        pointer = try withGError({ error in
            docket_poppler_open(bytes, password, error)
        }, mapError: { domain, code, message in
            if domain == docket_poppler_error_quark() && code == Int32(POPPLER_ERROR_ENCRYPTED.rawValue) {
                return password == nil ? .passwordRequired : .wrongPassword
            }
            return .damaged(message)
        })
    }

    deinit { g_object_unref(UnsafeMutableRawPointer(pointer)) }

    func content(rawBytes: Data) -> PDFContent {
        let pageCount = Int(poppler_document_get_n_pages(pointer))
        var pages: [PDFPage] = []
        var fields: [PDFFormField] = []
        var warnings: [String] = []
        pages.reserveCapacity(pageCount)
        for index in 0..<pageCount {
            guard let page = poppler_document_get_page(pointer, Int32(index)) else {
                warnings.append("page \(index + 1) could not be loaded")
                continue
            }
            defer { g_object_unref(UnsafeMutableRawPointer(page)) }
            pages.append(Self.readPage(page, number: index + 1))
            fields.append(contentsOf: Self.readFields(page, number: index + 1, pageHeight: pages.last?.height ?? 0))
        }
        let (attachments, attachmentWarnings) = readAttachments()
        warnings += attachmentWarnings
        let metadata = metadata(pageCount: pageCount, rawBytes: rawBytes)
        return PDFContent(
            metadata: metadata, pages: pages, formFields: fields, attachments: attachments, warnings: warnings,
            xfaDatasets: metadata.hasXFA ? RawPDF.xfaDatasets(rawBytes) : nil)
    }

    private func metadata(pageCount: Int, rawBytes: Data) -> PDFMetadata {
        var metadata = PDFMetadata(pageCount: pageCount)
        metadata.title = takeString(poppler_document_get_title(pointer))
        metadata.author = takeString(poppler_document_get_author(pointer))
        metadata.subject = takeString(poppler_document_get_subject(pointer))
        metadata.keywords = takeString(poppler_document_get_keywords(pointer))
        metadata.creator = takeString(poppler_document_get_creator(pointer))
        metadata.producer = takeString(poppler_document_get_producer(pointer))
        metadata.pdfVersion = takeString(poppler_document_get_pdf_version_string(pointer))
        metadata.creationDate = Self.date(poppler_document_get_creation_date(pointer))
        metadata.modificationDate = Self.date(poppler_document_get_modification_date(pointer))
        metadata.permissions = PDFPermissions(rawValue: UInt32(poppler_document_get_permissions(pointer).rawValue))
        // poppler-glib exposes neither the /Encrypt nor the /XFA key, nor whether it had to rebuild the file.
        // /Encrypt sits in the trailer, which is never compressed; /XFA may sit in an object stream.
        metadata.isEncrypted = rawBytes.range(of: Data("/Encrypt".utf8)) != nil
        metadata.hasXFA = RawPDF.hasXFA(rawBytes)
        metadata.structureProblems = RawPDF.structureProblems(rawBytes)
        return metadata
    }

    private static func date(_ seconds: time_t) -> Date? {
        seconds <= 0 ? nil : Date(timeIntervalSince1970: TimeInterval(seconds))
    }

    /// Lines come in poppler's reading order; each character has one layout rectangle, newlines included.
    private static func readPage(_ page: OpaquePointer, number: Int) -> PDFPage {
        var width = 0.0
        var height = 0.0
        poppler_page_get_size(page, &width, &height)
        guard let text = takeString(poppler_page_get_text(page)) else {
            return PDFPage(number: number, width: width, height: height, lines: [])
        }
        var rectangles: UnsafeMutablePointer<PopplerRectangle>?
        var count: guint = 0
        let hasLayout = poppler_page_get_text_layout(page, &rectangles, &count) != 0
        defer { g_free(rectangles) }
        let boxes: [PDFRect] =
            hasLayout && rectangles != nil
            ? UnsafeBufferPointer(start: rectangles, count: Int(count)).map {
                PDFRect(x0: $0.x1, y0: $0.y1, x1: $0.x2, y1: $0.y2)
            } : []
        let fallback = PDFRect(x0: 0, y0: 0, x1: width, y1: height)
        return PDFPage(number: number, width: width, height: height,
                       lines: LineBuilder.lines(text: text, boxes: boxes, fallback: fallback))
    }

    /// Field areas come in PDF user space (origin bottom-left); they are flipped to match the text boxes.
    private static func readFields(_ page: OpaquePointer, number: Int, pageHeight: Double) -> [PDFFormField] {
        guard let mapping = poppler_page_get_form_field_mapping(page) else { return [] }
        defer { poppler_page_free_form_field_mapping(mapping) }
        var fields: [PDFFormField] = []
        // poppler lists widgets in reverse; page order is what a reader expects.
        forEach(in: mapping) { raw in
            let entry = raw.assumingMemoryBound(to: PopplerFormFieldMapping.self).pointee
            guard let field = entry.field else { return }
            let area = entry.area
            let rect = PDFRect(x0: min(area.x1, area.x2), y0: pageHeight - max(area.y1, area.y2),
                               x1: max(area.x1, area.x2), y1: pageHeight - min(area.y1, area.y2))
            fields.append(readField(field, page: number, rect: rect))
        }
        return fields.sorted { ($0.rect.y0, $0.rect.x0) < ($1.rect.y0, $1.rect.x0) }
    }

    private static func readField(_ field: OpaquePointer, page: Int, rect: PDFRect) -> PDFFormField {
        let name = takeString(poppler_form_field_get_name(field)) ?? ""
        var kind = PDFFieldKind.unknown
        var value: String?
        var isOn: Bool?
        var options: [String] = []
        switch poppler_form_field_get_field_type(field) {
        case POPPLER_FORM_FIELD_TEXT:
            kind = .text
            value = takeString(poppler_form_field_text_get_text(field))
        case POPPLER_FORM_FIELD_BUTTON:
            switch poppler_form_field_button_get_button_type(field) {
            case POPPLER_FORM_BUTTON_CHECK: kind = .checkbox
            case POPPLER_FORM_BUTTON_RADIO: kind = .radio
            default: kind = .pushButton
            }
            if kind != .pushButton { isOn = poppler_form_field_button_get_state(field) != 0 }
        case POPPLER_FORM_FIELD_CHOICE:
            kind = .choice
            let itemCount = poppler_form_field_choice_get_n_items(field)
            var selected: [String] = []
            for index in 0..<max(itemCount, 0) {
                let item = takeString(poppler_form_field_choice_get_item(field, index)) ?? ""
                options.append(item)
                if poppler_form_field_choice_is_item_selected(field, index) != 0 { selected.append(item) }
            }
            // An editable combo box may hold typed text that is none of its options.
            value = selected.isEmpty ? takeString(poppler_form_field_choice_get_text(field))
                : selected.joined(separator: "; ")
        case POPPLER_FORM_FIELD_SIGNATURE:
            kind = .signature
        default:
            kind = .unknown
        }
        return PDFFormField(
            name: name,
            partialName: takeString(poppler_form_field_get_partial_name(field)),
            alternateName: takeString(poppler_form_field_get_alternate_ui_name(field)),
            kind: kind, value: value, isOn: isOn, options: options,
            isReadOnly: poppler_form_field_is_read_only(field) != 0, page: page, rect: rect)
    }

    private func readAttachments() -> ([PDFAttachment], [String]) {
        guard poppler_document_has_attachments(pointer) != 0,
              let list = poppler_document_get_attachments(pointer) else { return ([], []) }
        defer {
            forEach(in: list) { g_object_unref($0) }
            g_list_free(list)
        }
        var attachments: [PDFAttachment] = []
        var warnings: [String] = []
        forEach(in: list) { raw in
            let attachment = raw.assumingMemoryBound(to: PopplerAttachment.self)
            let name = docket_poppler_attachment_name(attachment).map { String(cString: $0) } ?? "unnamed"
            let description = poppler_attachment_get_description(attachment).map { String(cString: $0) }
            var error: UnsafeMutablePointer<GError>?
            guard let bytes = docket_poppler_attachment_bytes(attachment, &error) else {
                let reason = error?.pointee.message.map { String(cString: $0) } ?? "unknown error"
                if let error { g_error_free(error) }
                warnings.append("attachment \(name) could not be read: \(reason)")
                return
            }
            defer { g_byte_array_unref(bytes) }
            let data = Data(bytes: bytes.pointee.data, count: Int(bytes.pointee.len))
            attachments.append(PDFAttachment(name: name, description: description?.isEmpty == true ? nil : description,
                                             data: data))
        }
        return (attachments, warnings)
    }
}
