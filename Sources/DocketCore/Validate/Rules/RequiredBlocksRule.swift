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

    /// A block every item fills (BIS-748P Block 22 columns); reported per item.
    struct ItemRequirement: Sendable {
        /// The item key ("eccn").
        var key: String
        var label: String
        var present: @Sendable (Item) -> Bool
    }

    func findings(for record: DocketRecord, in package: PackageContext) -> [Finding] {
        guard let type = record.documentType else { return [] }
        let citation = type.isBIS ? Self.bisCitation : Self.citation
        let missing = Self.requirements(for: type, application: record.applicationType).filter { !$0.present(record) }
        let items = record.items ?? []
        // Nothing read at all (a statement in prose, a scan): Docket cannot tell a missing block from an unread
        // one, so it asks for a look instead of declaring the filing deficient.
        if !missing.isEmpty, (record.parties ?? []).isEmpty, items.isEmpty {
            return [Finding(
                rule: "required.unread", severity: .warning, citation: citation,
                field: missing.map(\.field).joined(separator: ", "),
                message: "Docket read no parties or items from this \(type.rawValue), so it cannot confirm "
                    + missing.map { $0.label.prefix(1).lowercased() + $0.label.dropFirst() }.joined(separator: ", ")
                    + "; check the document by hand.")]
        }
        let form = record.applicationType == .classificationRequest ? "BIS-748P classification request" : type.rawValue
        var findings = missing.map { requirement in
            Finding(rule: "required.block-missing", severity: .error, citation: citation, field: requirement.field,
                    message: "\(requirement.label) has no entry; every block of the \(form) needs one. "
                        + "Fill it in before filing.")
        }
        for requirement in Self.itemRequirements(for: type, application: record.applicationType) {
            for (index, item) in items.enumerated() where !requirement.present(item) {
                findings.append(Finding(
                    rule: "required.block-missing", severity: .error, citation: citation,
                    field: "items[\(index)].\(requirement.key)",
                    message: "Line \(item.line ?? index + 1): \(requirement.label) has no entry; every item of the "
                        + "\(form) needs one. Fill it in before filing.", evidence: item.evidence))
            }
        }
        return findings
    }

    static let bisCitation = "15 CFR 748 Supplement No. 1"

    static func requirements(for type: DocumentType, application: ApplicationType? = nil) -> [Requirement] {
        switch type {
        case .dsp5, .dsp73, .dsp85:
            [registration, applicant, destination, party(.foreignConsignee, "The foreign consignee"),
             party(.foreignEndUser, "The foreign end-user"), items]
        case .dsp61:
            [registration, applicant, destination, items]
        case .dsp83:
            // Executed by the foreign consignee, the foreign end-user and the applicant (22 CFR 123.10).
            [applicant, party(.foreignConsignee, "The foreign consignee"), party(.foreignEndUser, "The foreign end-user")]
        case .bis748p where application == .classificationRequest:
            // "A classification request fills only Blocks 1-5, 14, 22(a), (b), (c), (d) and (i), 24 and 25"
            // (15 CFR 748 Supplement No. 1, DOMAIN.md 1.3 [V]): no consignee, end-user, quantity or price. Of
            // those, Docket reads the date (4), the applicant (14), the items with their ECCN (a), model (c) and
            // manufacturer (i), and the signature (25); CTP (b) applies to computers only and CCATS (d) to items
            // BIS classified before, so "None" answers them.
            [date(block: "4"), applicant, items, party(.usSignatory, "The signature (Block 25)")]
        case .bis748p:
            [applicant, party(.ultimateConsignee, "The ultimate consignee"), items]
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

    static func date(block: String) -> Requirement {
        Requirement(field: "dates.submitted", label: "The date of application (Block \(block))") {
            $0.dates?.submitted != nil
        }
    }

    /// The Block 22 columns each item fills: a classification request identifies the item (22(a), (c), (i));
    /// an export or reexport classifies and counts it (22(a), (e)).
    static func itemRequirements(for type: DocumentType, application: ApplicationType?) -> [ItemRequirement] {
        guard type == .bis748p else { return [] }
        let eccn = ItemRequirement(key: "eccn", label: "the ECCN (Block 22(a))") { $0.eccn != nil }
        if application == .classificationRequest {
            return [eccn,
                    ItemRequirement(key: "partNumber", label: "the model number (Block 22(c))") { $0.partNumber != nil },
                    ItemRequirement(key: "manufacturer", label: "the manufacturer (Block 22(i))") { $0.manufacturer != nil }]
        }
        return [eccn, ItemRequirement(key: "quantity", label: "the quantity (Block 22(e))") { $0.quantity != nil }]
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
