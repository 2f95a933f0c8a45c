import Foundation

/// 22 CFR part 130: a statement on political contributions, fees and commissions (130.9) must accompany a
/// permanent export application valued at $500,000 or more that is sold commercially to, or for the use of, the
/// armed forces of a foreign country or an international organization (123.1(c)(6)); for agreements it belongs
/// in the transmittal letter (124.12(a)(6), `TransmittalLetterRule`).
enum Part130 {
    /// 123.1(c)(6) and 124.12(a)(6) use the same figure.
    static let threshold: Decimal = 500_000

    /// Words naming a foreign armed force or an international organization in a party name. The form has no block
    /// saying who the buyer serves, so a name is the only evidence the record has.
    static let armedForcesWords = [
        "armed forces", "armed force", "army", "navy", "air force", "marine corps", "ministry of defence",
        "ministry of defense", "department of defence", "department of defense", "defence force", "defense force",
        "bundeswehr", "general headquarters", "nato", "north atlantic treaty organization",
        "international organization", "international organisation", "coast guard", "national guard",
    ]

    static func armedForcesParty(in record: DocketRecord) -> Party? {
        (record.parties ?? []).first { party in
            guard [.foreignEndUser, .foreignConsignee].contains(party.role) else { return false }
            let name = " " + String(party.name.lowercased().map { $0.isLetter ? $0 : " " }) + " "
            return armedForcesWords.contains { name.contains(" \($0) ") }
        }
    }
}

/// 22 CFR 123.1(c)(6) on DSP-5 and DSP-85 applications. The statement may be made anywhere in the package (a
/// block of the form, an attached statement, the cover or certification letter), so every record is consulted.
/// Whether the buyer is a foreign armed force is rarely on the form: without a party that is evidently one, a
/// missing statement is a warning that says so; with one, it is an error on a DSP-5 (a DSP-85 may be temporary).
struct Part130StatementRule: ValidationRule {
    static let citation = "22 CFR 123.1(c)(6)"

    func findings(for record: DocketRecord, in package: PackageContext) -> [Finding] {
        guard let type = record.documentType, type == .dsp5 || type == .dsp85, let total = record.totalValue,
              total.currency == "USD", total.amount >= Part130.threshold else { return [] }
        let value = ValueArithmeticRule.money(total.amount)
        let armedForces = Part130.armedForcesParty(in: record)
        let said = package.records.compactMap { other -> (Part130Statement, Evidence?)? in
            other.part130Statement.map { ($0, other.evidence?["part130Statement"]) }
        }
        let permanent = type == .dsp85 ? " (if the DSP-85 is for a permanent export)" : ""
        if said.contains(where: { $0.0 == .provided }) { return [] }
        if let notRequired = said.first(where: { $0.0 == .notRequired }) {
            guard let party = armedForcesParty(armedForces) else { return [] }
            return [Finding(
                rule: "part130.said-not-required", severity: .warning, citation: Self.citation,
                field: "part130Statement",
                message: "The filing says no Part 130 statement is required, but the value is \(value) and \(party); "
                    + "if the sale is to or for the use of a foreign armed force, file the 22 CFR 130.9 statement on "
                    + "political contributions, fees and commissions\(permanent).",
                evidence: notRequired.1)]
        }
        // The record does not say whether a DSP-85 is a permanent export, so it is never more than a warning.
        if let party = armedForcesParty(armedForces) {
            return [Finding(
                rule: "part130.statement-missing", severity: type == .dsp85 ? .warning : .error,
                citation: Self.citation, field: "part130Statement",
                message: "The value is \(value), $500,000 or more, and \(party), but no Part 130 statement on "
                    + "political contributions, fees and commissions (22 CFR 130.9) is in the filing package; attach "
                    + "it, or state in the cover letter why it is not required\(permanent).",
                evidence: record.evidence?["totalValue"])]
        }
        return [Finding(
            rule: "part130.statement-missing", severity: .warning, citation: Self.citation, field: "part130Statement",
            message: "The value is \(value), $500,000 or more, and no Part 130 statement on political contributions, "
                + "fees and commissions (22 CFR 130.9) is in the filing package. The form does not show whether the "
                + "articles are sold to or for the use of a foreign armed force or an international organization; if "
                + "they are, attach the statement, otherwise say in the cover letter that it is not required"
                + "\(permanent).",
            evidence: record.evidence?["totalValue"])]
    }

    private func armedForcesParty(_ party: Party?) -> String? {
        party.map { "\($0.name) (\(CountryMentions.words($0.role))) appears to be a foreign armed force" }
    }
}
