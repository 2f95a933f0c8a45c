public import Foundation

public struct Identifiers: Codable, Sendable, Equatable {
    public var registrationCode: String?
    public var transactionNumber: String?
    public var licenseNumber: String?
    public var agreementNumber: String?
    public var applicationControlNumber: String?

    public init() {}

    public var isEmpty: Bool {
        registrationCode == nil && transactionNumber == nil && licenseNumber == nil && agreementNumber == nil
            && applicationControlNumber == nil
    }
}

/// Dates as ISO 8601 calendar dates (YYYY-MM-DD).
public struct Dates: Codable, Sendable, Equatable {
    public var submitted: String?
    public var effective: String?
    public var expiration: String?

    public init() {}

    public var isEmpty: Bool { submitted == nil && effective == nil && expiration == nil }
}

public enum PartyRole: String, Codable, Sendable, CaseIterable {
    case applicant
    case foreignConsignee
    case foreignEndUser
    case foreignIntermediateConsignee
    case usConsignor
    case freightForwarder
    case manufacturer
    case licensee
    case sublicensee
    case usSignatory
    case foreignSignatory
    case purchaser
    case ultimateConsignee
    case intermediateConsignee
    case endUser
    case seller
    case other
}

public struct Address: Codable, Sendable, Equatable {
    public var lines: [String]
    public var city: String?
    public var region: String?
    public var postalCode: String?

    public init(lines: [String] = [], city: String? = nil, region: String? = nil, postalCode: String? = nil) {
        self.lines = lines
        self.city = city
        self.region = region
        self.postalCode = postalCode
    }
}

public struct Party: Codable, Sendable, Equatable {
    public var role: PartyRole
    public var name: String
    /// Signatories: the person's title ("Vice President, Contracts").
    public var title: String?
    public var address: Address?
    /// ISO 3166-1 alpha-2.
    public var country: String?
    public var evidence: Evidence?

    public init(role: PartyRole, name: String, title: String? = nil, address: Address? = nil,
                country: String? = nil, evidence: Evidence? = nil) {
        self.role = role
        self.name = name
        self.title = title
        self.address = address
        self.country = country
        self.evidence = evidence
    }
}

public struct Item: Codable, Sendable, Equatable {
    public var line: Int?
    public var description: String?
    public var quantity: Decimal?
    public var unit: String?
    public var unitValue: Decimal?
    public var totalValue: Decimal?
    public var currency: String?
    /// Canonical USML citation: "XI(a)(3)(i)" or a bare category "XI".
    public var usmlCategory: String?
    /// Canonical ECCN: "3A001.a.1" or "EAR99".
    public var eccn: String?
    public var sme: Bool?
    /// The model number (BIS-748P Block 22(c)) when the filing gives one.
    public var partNumber: String?
    /// BIS-748P Block 22(i).
    public var manufacturer: String?
    /// BIS-748P Block 22(d): the CCATS number of an earlier BIS classification of the item.
    public var ccats: String?
    public var evidence: Evidence?

    public init(line: Int? = nil, description: String? = nil) {
        self.line = line
        self.description = description
    }
}

public struct Money: Codable, Sendable, Equatable, Hashable {
    public var amount: Decimal
    /// ISO 4217.
    public var currency: String

    public init(amount: Decimal, currency: String = "USD") {
        self.amount = amount
        self.currency = currency
    }
}

public struct Agreement: Codable, Sendable, Equatable {
    public var clauses: [Clause]
    public var retransferTerritory: [String]?
    public var salesTerritory: [String]?
    public var distributionTerritory: [String]?
    public var term: Term?
    /// 22 CFR 124.12 transmittal letter items and statements, when a letter is part of the filing.
    public var transmittal: [Clause]?
    /// What the agreement transfers besides hardware (22 CFR 124.7(a)(2)): the technical data and defense services.
    public var technicalData: String?
    public var defenseServices: String?

    public init(clauses: [Clause] = []) {
        self.clauses = clauses
    }
}

public struct Clause: Codable, Sendable, Equatable {
    /// "124.8(1)" ... "124.8(6)", "124.9(a)(1)", "124.14(c)(7)", "124.12(a)(6)", "126.18".
    public var id: String
    public var present: Bool
    public var evidence: Evidence?
    public var note: String?

    public init(id: String, present: Bool, evidence: Evidence? = nil, note: String? = nil) {
        self.id = id
        self.present = present
        self.evidence = evidence
        self.note = note
    }
}

public struct Term: Codable, Sendable, Equatable {
    public var start: String?
    public var end: String?
    public var years: Decimal?

    public init(start: String? = nil, end: String? = nil, years: Decimal? = nil) {
        self.start = start
        self.end = end
        self.years = years
    }
}

public enum Severity: String, Codable, Sendable, CaseIterable, Comparable {
    case info
    case warning
    case error

    private var rank: Int {
        switch self {
        case .info: 0
        case .warning: 1
        case .error: 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

public struct Finding: Codable, Sendable, Equatable {
    /// Stable rule id, e.g. "agreement.clause-missing".
    public var rule: String
    public var severity: Severity
    /// "22 CFR 124.8(5)".
    public var citation: String
    /// Path into the record, e.g. "parties[foreignEndUser]".
    public var field: String?
    public var message: String
    public var evidence: Evidence?

    public init(rule: String, severity: Severity, citation: String, field: String? = nil, message: String,
                evidence: Evidence? = nil) {
        self.rule = rule
        self.severity = severity
        self.citation = citation
        self.field = field
        self.message = message
        self.evidence = evidence
    }
}

/// Where a value came from: enough for a reviewer to find it in the original document.
public struct Evidence: Codable, Sendable, Equatable, Hashable {
    /// 1-based page number (PDF).
    public var page: Int?
    /// [x0, y0, x1, y1] in PDF points, origin at the page's top-left corner.
    public var bbox: [Double]?
    /// AcroForm field's fully-qualified name.
    public var field: String?
    /// XML: the node's path.
    public var xpath: String?
    /// XML: the element's line.
    public var line: Int?
    /// The source text the value was read from.
    public var text: String?

    public init(page: Int? = nil, bbox: [Double]? = nil, field: String? = nil, xpath: String? = nil,
                line: Int? = nil, text: String? = nil) {
        self.page = page
        self.bbox = bbox
        self.field = field
        self.xpath = xpath
        self.line = line
        self.text = text
    }
}
