/// What `AgreementAnalyzer` read from a Part 124 agreement (TAA, MLA, WDA) or its amendment. Every value that
/// was found carries the evidence it was read from.
public struct AgreementAnalysis: Sendable, Equatable {
    public var type: DocumentType
    /// Normalized: "TA-4821-24", "TA-4821-24A", "MA-…", "DA-…", "WDA-…".
    public var agreementNumber: String?
    public var agreementNumberEvidence: Evidence?
    public var amendment: Bool
    public var amendmentEvidence: Evidence?
    /// The base agreement an amendment amends, when stated or implied by a suffixed number.
    public var amendsAgreement: String?
    /// One entry per clause required for `type`, then "126.18" when the DN/TCN statement is present.
    public var clauses: [Clause]
    /// 124.12(a) items and (b) statements, when the passages include a transmittal letter; empty otherwise.
    public var transmittal: [Clause]
    public var parties: [Party]
    /// The applicant's DDTC registration code ("M12345"), which `Party` has no field for.
    public var registrationCode: String?
    public var registrationCodeEvidence: Evidence?
    public var term: Term?
    public var termEvidence: [Evidence]
    public var retransferTerritory: [String]?
    public var salesTerritory: [String]?
    public var distributionTerritory: [String]?
    public var territoryEvidence: Evidence?
    public var value: Money?
    public var valueEvidence: Evidence?
    public var items: [Item]
    /// What the scope says the technical data and the defense services are ("consist of …"), when it says so.
    public var technicalData: String?
    public var technicalDataEvidence: Evidence?
    public var defenseServices: String?
    public var defenseServicesEvidence: Evidence?
    /// Whether the agreement covers significant military equipment (SME), which adds 124.9(b) for MLAs.
    public var coversSME: Bool

    public init(type: DocumentType) {
        self.type = type
        self.amendment = false
        self.clauses = []
        self.transmittal = []
        self.parties = []
        self.termEvidence = []
        self.items = []
        self.coversSME = false
    }

    /// The schema's `Agreement` block.
    public var agreement: Agreement {
        var result = Agreement(clauses: clauses)
        result.retransferTerritory = retransferTerritory
        result.salesTerritory = salesTerritory
        result.distributionTerritory = distributionTerritory
        result.term = term
        result.transmittal = transmittal.isEmpty ? nil : transmittal
        result.technicalData = technicalData.map(Self.withoutHeading)
        result.defenseServices = defenseServices.map(Self.withoutHeading)
        return result
    }

    /// "ARTICLE 4 - DEFENSE SERVICES 4.1 Defense Services consist of …" -> "Defense Services consist of …".
    static func withoutHeading(_ text: String) -> String {
        text.replacingPattern(#"^\s*(?:(?:ARTICLE|SECTION|Article|Section)\s+[0-9IVXLC]+\s*[-–—:.]?\s*[A-Z][A-Z ,&/-]*[A-Z]\s+)?(?:[0-9]+(?:\.[0-9]+)*\.?\s+)?"#, with: "")
            // An XML heading element read with its paragraph: "Technical Data Technical Data furnished …".
            .replacingPattern(#"^(?i)((?:\w+\s+){0,3}\w+)\s+\1\b"#, with: "$1")
    }
}
