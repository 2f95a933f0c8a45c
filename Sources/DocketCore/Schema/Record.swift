import Foundation

/// The v1 output contract: one record per input, a result or an error.
///
/// Unknown values are omitted from JSON rather than written as null; arrays are always present on results.
public struct DocketRecord: Codable, Sendable, Equatable {
    public static let currentSchemaVersion = "1"

    public var schemaVersion: String
    public var source: SourceInfo
    public var documentType: DocumentType?
    /// Why the classifier chose `documentType`, so a reviewer can challenge it.
    public var classification: String?
    public var amendment: Bool?
    /// BIS-748P Block 5; a classification request needs fewer blocks than an export or reexport.
    public var applicationType: ApplicationType?
    public var identifiers: Identifiers?
    public var dates: Dates?
    public var parties: [Party]?
    public var items: [Item]?
    public var totalValue: Money?
    public var destinations: [String]?
    /// What the items are for, as the filing states it (DSP specific purpose, BIS-748P Block 21, BIS-711 statement).
    public var endUse: String?
    public var agreement: Agreement?
    /// A 126.13 certification letter's statements, 22 CFR 126.13(a)(1)-(4), each present or absent.
    public var certification: [Clause]?
    /// What the document says about the Part 130 statement on fees and commissions (22 CFR 123.1(c)(6)).
    public var part130Statement: Part130Statement?
    public var findings: [Finding]?
    public var complete: Bool?
    /// Where each identifier, date, destination and total came from, keyed by field path
    /// ("identifiers.registrationCode", "destinations.DE"); parties and items carry their own.
    public var evidence: [String: Evidence]?
    public var error: RecordError?

    public init(source: SourceInfo) {
        self.schemaVersion = Self.currentSchemaVersion
        self.source = source
    }

    /// An input that could not be ingested: it still yields exactly one record.
    public static func failure(source: SourceInfo, error: RecordError) -> DocketRecord {
        var record = DocketRecord(source: source)
        record.error = error
        return record
    }

    public var isFailure: Bool { error != nil }
}

public struct SourceInfo: Codable, Sendable, Equatable {
    public var path: String
    public var sha256: String?
    public var format: SourceFormat?
    public var pageCount: Int?
    /// The XML dialect (built-in recognizer or mapping file name) the values were read with.
    public var dialect: String?
    /// The file inside the container the data came from, e.g. an XML attachment of a PDF.
    public var embeddedFile: String?

    public init(path: String, sha256: String? = nil, format: SourceFormat? = nil, pageCount: Int? = nil) {
        self.path = path
        self.sha256 = sha256
        self.format = format
        self.pageCount = pageCount
    }
}

/// BIS-748P Block 5, Type of Application (15 CFR 748 Supplement No. 1).
public enum ApplicationType: String, Codable, Sendable, CaseIterable {
    case export, reexport, classificationRequest
}

public enum SourceFormat: String, Codable, Sendable, CaseIterable {
    case pdf
    case xml
}

public enum DocumentType: String, Codable, Sendable, CaseIterable {
    case dsp5 = "DSP-5"
    case dsp73 = "DSP-73"
    case dsp61 = "DSP-61"
    case dsp85 = "DSP-85"
    case dsp83 = "DSP-83"
    case taa = "TAA"
    case mla = "MLA"
    case wda = "WDA"
    case bis748p = "BIS-748P"
    case bis711 = "BIS-711"
    /// The empowered official's letter that accompanies every DDTC submission (22 CFR 123.1(c)(3), 126.13).
    case certification12613 = "126.13-certification"
    case unknown

    public var isAgreement: Bool { self == .taa || self == .mla || self == .wda }
    public var isDDTCLicense: Bool { [.dsp5, .dsp73, .dsp61, .dsp85].contains(self) }
    public var isBIS: Bool { self == .bis748p || self == .bis711 }
}

/// A filing's word on the 22 CFR part 130 statement (political contributions, fees and commissions).
public enum Part130Statement: String, Codable, Sendable, CaseIterable {
    /// The statement is made or enclosed (whatever it reports).
    case provided
    /// The filer states that no statement is owed (value, buyer or sale outside 123.1(c)(6)).
    case notRequired
}

public struct RecordError: Codable, Sendable, Equatable, Error {
    public var code: ErrorCode
    public var message: String
    /// XML errors: where in the file (1-based).
    public var line: Int?
    public var column: Int?

    public init(code: ErrorCode, message: String, line: Int? = nil, column: Int? = nil) {
        self.code = code
        self.message = message
        self.line = line
        self.column = column
    }

    /// `path:line:col: message` (or `path: message`), the diagnostic printed on stderr.
    public func diagnostic(path: String) -> String {
        switch (line, column) {
        case (let line?, let column?): "\(path):\(line):\(column): \(message)"
        case (let line?, nil): "\(path):\(line): \(message)"
        default: "\(path): \(message)"
        }
    }
}

/// Stable error codes: automation branches on these, so they never change meaning.
public enum ErrorCode: String, Codable, Sendable, CaseIterable {
    case unreadable
    case unsupportedFormat = "unsupported-format"
    case notPDF = "not-pdf"
    case damagedPDF = "damaged-pdf"
    case passwordRequired = "password-required"
    case wrongPassword = "wrong-password"
    case malformedXML = "malformed-xml"
    case xmlLimit = "xml-limit"
    case externalEntity = "external-entity"
    case badJSON = "bad-json"
    case workerCrashed = "worker-crashed"
    /// `docket scan`: the worker was stopped after the per-file time limit.
    case timeout
    case internalError = "internal"
}
