/// 22 CFR 123.1(c)(1): every block of a license application has an entry, and "N/A", "Not Applicable" and
/// "See Attached" are not entries. Which blocks a form requires follows its instructions (DOMAIN.md 1.1-1.3);
/// only blocks the extractor reads are checked, so a block Docket cannot see is never reported missing.
struct RequiredBlocksRule: ValidationRule {
    static let citation = "22 CFR 123.1(c)(1)"

    /// A required element of a form and how to see it in a record.
    struct Requirement: Sendable {
        var field: String
        var label: String
        var present: @Sendable (DocketRecord) -> Bool
    }

    func findings(for record: DocketRecord, in package: PackageContext) -> [Finding] {
        guard let type = record.documentType else { return [] }
        let missing = Self.requirements(for: type).filter { !$0.present(record) }
        // Nothing read at all (a statement in prose, a scan): Docket cannot tell a missing block from an unread
        // one, so it asks for a look instead of declaring the filing deficient.
        if !missing.isEmpty, (record.parties ?? []).isEmpty, (record.items ?? []).isEmpty {
            return [Finding(
                rule: "required.unread", severity: .warning, citation: type.isBIS ? Self.bisCitation : Self.citation,
                field: missing.map(\.field).joined(separator: ", "),
                message: "Docket read no parties or items from this \(type.rawValue), so it cannot confirm "
                    + missing.map { $0.label.prefix(1).lowercased() + $0.label.dropFirst() }.joined(separator: ", ")
                    + "; check the document by hand.")]
        }
        return missing.map { requirement in
            Finding(rule: "required.block-missing", severity: .error, citation: type.isBIS ? Self.bisCitation : Self.citation,
                    field: requirement.field,
                    message: "\(requirement.label) has no entry; every block of the \(type.rawValue) needs one. "
                        + "Fill it in before filing.")
        }
    }

    static let bisCitation = "15 CFR 748 Supplement No. 1"

    static func requirements(for type: DocumentType) -> [Requirement] {
        switch type {
        case .dsp5, .dsp73, .dsp85:
            [registration, applicant, destination, party(.foreignConsignee, "The foreign consignee"),
             party(.foreignEndUser, "The foreign end-user"), items]
        case .dsp61:
            [registration, applicant, destination, items]
        case .dsp83:
            // Executed by the foreign consignee, the foreign end-user and the applicant (22 CFR 123.10).
            [applicant, party(.foreignConsignee, "The foreign consignee"), party(.foreignEndUser, "The foreign end-user")]
        case .bis748p:
            [applicant, items]
        case .bis711:
            [party(.ultimateConsignee, "The ultimate consignee")]
        case .taa, .mla, .wda, .certification12613, .unknown:
            []
        }
    }

    static let registration = Requirement(field: "identifiers.registrationCode", label: "The DDTC registration code") {
        $0.identifiers?.registrationCode != nil
    }
    static let applicant = party(.applicant, "The applicant")
    static let destination = Requirement(field: "destinations", label: "The country of ultimate destination") {
        !($0.destinations ?? []).isEmpty
    }
    static let items = Requirement(field: "items", label: "The commodity description (at least one item)") {
        !($0.items ?? []).isEmpty
    }

    static func party(_ role: PartyRole, _ label: String) -> Requirement {
        Requirement(field: "parties[\(role.rawValue)]", label: label) { record in
            (record.parties ?? []).contains { $0.role == role }
        }
    }

    /// The finding for a block answered with a placeholder. The extractor raises it (only it sees the raw text
    /// before normalization drops the placeholder), with this rule's id and message.
    static func placeholder(field: String, label: String, text: String, evidence: Evidence?) -> Finding {
        let answer = text.trimmingWhitespace()
        return Finding(
            rule: "required.not-an-entry", severity: .error, citation: citation, field: field,
            message: "\(label) is answered \"\(answer)\", which is not an entry; write the party or "
                + "information into the block itself.",
            evidence: evidence)
    }
}
