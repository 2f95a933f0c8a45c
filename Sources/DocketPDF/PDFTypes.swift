public import Foundation

/// A rectangle in PDF points with the origin at the page's top-left corner (y grows downwards).
public struct PDFRect: Sendable, Hashable, Codable {
    public var x0: Double
    public var y0: Double
    public var x1: Double
    public var y1: Double

    public init(x0: Double, y0: Double, x1: Double, y1: Double) {
        self.x0 = x0
        self.y0 = y0
        self.x1 = x1
        self.y1 = y1
    }

    public var width: Double { x1 - x0 }
    public var height: Double { y1 - y0 }
    public var midY: Double { (y0 + y1) / 2 }

    public func union(_ other: PDFRect) -> PDFRect {
        PDFRect(x0: min(x0, other.x0), y0: min(y0, other.y0), x1: max(x1, other.x1), y1: max(y1, other.y1))
    }

    /// Rounded to 0.01 pt so output is stable across poppler builds that differ in the last float bits. A
    /// coordinate that is not finite (a damaged PDF's) becomes 0: JSON has no spelling for it.
    public var rounded: [Double] {
        [x0, y0, x1, y1].map { Self.hundredths($0) / 100 }
    }

    /// The one rounding rule for coordinates, shared with `PackedRect`.
    static func hundredths(_ value: Double) -> Double {
        value.isFinite ? (value * 100).rounded() : 0
    }
}

/// A rectangle kept as whole hundredths of a point: 16 bytes where `PDFRect` is 32, for the million words of a
/// 1,500-page filing. Output loses nothing, since evidence is rounded to 0.01 pt anyway and rounding commutes
/// with the min and max that unions take.
public struct PackedRect: Sendable, Hashable {
    private var x0: Int32
    private var y0: Int32
    private var x1: Int32
    private var y1: Int32

    public init(_ rect: PDFRect) {
        x0 = Self.hundredths(rect.x0)
        y0 = Self.hundredths(rect.y0)
        x1 = Self.hundredths(rect.x1)
        y1 = Self.hundredths(rect.y1)
    }

    public var rect: PDFRect {
        PDFRect(x0: Double(x0) / 100, y0: Double(y0) / 100, x1: Double(x1) / 100, y1: Double(y1) / 100)
    }

    /// A damaged PDF can give a glyph a non-finite or absurd position; it is clamped rather than trapped on.
    private static func hundredths(_ value: Double) -> Int32 {
        Int32(min(max(PDFRect.hundredths(value), -2e9), 2e9))
    }
}

public struct PDFWord: Sendable, Hashable {
    public var text: String
    private var box: PackedRect
    public var bbox: PDFRect {
        get { box.rect }
        set { box = PackedRect(newValue) }
    }

    public init(text: String, bbox: PDFRect) {
        self.text = text
        self.box = PackedRect(bbox)
    }
}

/// One line of text as poppler's layout analysis orders it: columns are read one after the other.
public struct PDFLine: Sendable, Hashable {
    public var text: String
    public var bbox: PDFRect
    public var words: [PDFWord]

    public init(text: String, bbox: PDFRect, words: [PDFWord]) {
        self.text = text
        self.bbox = bbox
        self.words = words
    }
}

public struct PDFPage: Sendable, Hashable {
    /// 1-based, as a reader would cite it.
    public var number: Int
    public var width: Double
    public var height: Double
    public var lines: [PDFLine]

    public init(number: Int, width: Double, height: Double, lines: [PDFLine]) {
        self.number = number
        self.width = width
        self.height = height
        self.lines = lines
    }
}

public enum PDFFieldKind: String, Sendable, Codable {
    case text
    case checkbox
    case radio
    case pushButton = "push-button"
    case choice
    case signature
    case unknown
}

public struct PDFFormField: Sendable, Hashable {
    /// Fully-qualified name ("block14.name").
    public var name: String
    public var partialName: String?
    /// The tooltip (/TU): often the only place a generated field name's meaning is written down.
    public var alternateName: String?
    public var kind: PDFFieldKind
    /// Text or selected choice; nil when empty.
    public var value: String?
    /// Checkboxes and radio buttons.
    public var isOn: Bool?
    public var options: [String]
    public var isReadOnly: Bool
    public var page: Int
    public var rect: PDFRect

    public init(name: String, partialName: String?, alternateName: String?, kind: PDFFieldKind, value: String?,
                isOn: Bool?, options: [String], isReadOnly: Bool, page: Int, rect: PDFRect) {
        self.name = name
        self.partialName = partialName
        self.alternateName = alternateName
        self.kind = kind
        self.value = value
        self.isOn = isOn
        self.options = options
        self.isReadOnly = isReadOnly
        self.page = page
        self.rect = rect
    }
}

public struct PDFAttachment: Sendable, Hashable {
    public var name: String
    public var description: String?
    public var data: Data

    public init(name: String, description: String?, data: Data) {
        self.name = name
        self.description = description
        self.data = data
    }
}

public struct PDFPermissions: OptionSet, Sendable, Hashable {
    public let rawValue: UInt32
    public init(rawValue: UInt32) { self.rawValue = rawValue }

    public static let print = PDFPermissions(rawValue: 1 << 0)
    public static let modify = PDFPermissions(rawValue: 1 << 1)
    public static let copy = PDFPermissions(rawValue: 1 << 2)
    public static let annotate = PDFPermissions(rawValue: 1 << 3)
    public static let fillForm = PDFPermissions(rawValue: 1 << 4)
    public static let extractForAccessibility = PDFPermissions(rawValue: 1 << 5)
    public static let assemble = PDFPermissions(rawValue: 1 << 6)
    public static let printHighResolution = PDFPermissions(rawValue: 1 << 7)

    public var names: [String] {
        let all: [(PDFPermissions, String)] = [
            (.print, "print"), (.modify, "modify"), (.copy, "copy"), (.annotate, "annotate"),
            (.fillForm, "fill-form"), (.extractForAccessibility, "extract-for-accessibility"),
            (.assemble, "assemble"), (.printHighResolution, "print-high-resolution"),
        ]
        return all.filter { contains($0.0) }.map(\.1)
    }
}

public struct PDFMetadata: Sendable, Hashable {
    public var title: String?
    public var author: String?
    public var subject: String?
    public var keywords: String?
    public var creator: String?
    public var producer: String?
    public var creationDate: Date?
    public var modificationDate: Date?
    public var pdfVersion: String?
    public var pageCount: Int
    /// True when the AcroForm carries an XFA form: its data may not be in the AcroForm fields at all.
    public var hasXFA: Bool
    public var isEncrypted: Bool
    public var permissions: PDFPermissions
    /// Damage in the file's own structure that poppler repaired when opening it (no `%%EOF`, a wrong xref), as
    /// sentences; empty for a sound file. When it is not empty, what was read may be less than the file held.
    public var structureProblems: [String]

    public init(pageCount: Int) {
        self.pageCount = pageCount
        self.hasXFA = false
        self.isEncrypted = false
        self.permissions = []
        self.structureProblems = []
    }
}

/// Everything Docket reads from a PDF, as plain values: nothing here refers to poppler memory.
public struct PDFContent: Sendable, Hashable {
    public var metadata: PDFMetadata
    public var pages: [PDFPage]
    public var formFields: [PDFFormField]
    public var attachments: [PDFAttachment]
    /// Non-fatal problems met while reading (an attachment that could not be read, a page without text layout).
    public var warnings: [String]
    /// The XFA form's data packet (the `datasets` element), when the PDF has one: its values need not match the
    /// AcroForm fields.
    public var xfaDatasets: Data?

    public init(metadata: PDFMetadata, pages: [PDFPage], formFields: [PDFFormField], attachments: [PDFAttachment],
                warnings: [String], xfaDatasets: Data? = nil) {
        self.xfaDatasets = xfaDatasets
        self.metadata = metadata
        self.pages = pages
        self.formFields = formFields
        self.attachments = attachments
        self.warnings = warnings
    }
}

public enum PDFError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The bytes do not start a PDF (no `%PDF-` header).
    case notPDF
    /// poppler could not rebuild the document.
    case damaged(String)
    case passwordRequired
    case wrongPassword
    /// A save or fill operation failed.
    case writeFailed(String)

    public var description: String {
        switch self {
        case .notPDF: "not a PDF file (no %PDF- header)"
        case .damaged(let detail): "damaged PDF: \(detail)"
        case .passwordRequired: "the PDF is encrypted; pass its password with --password"
        case .wrongPassword: "the PDF is encrypted and the password given does not open it"
        case .writeFailed(let detail): "could not write the PDF: \(detail)"
        }
    }
}
