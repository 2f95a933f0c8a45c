import Foundation

/// Part 124 agreements: every mandatory clause (124.8 for TAA and MLA, 124.9 for MLA, 124.14(c) for WDA) is
/// present; the term has a specific end date at most 10 years out (124.7(3) and the DDTC Agreement Guidelines);
/// an MLA for manufacture abroad of SME goes to Congress at any value (124.11).
struct AgreementClausesRule: ValidationRule {
    let lists: ReferenceLists

    func findings(for record: DocketRecord, in package: PackageContext) -> [Finding] {
        guard let type = record.documentType, type.isAgreement, let agreement = record.agreement else { return [] }
        var findings: [Finding] = []
        let titles = Dictionary(lists.clauses.map { ($0.id, $0.title) }, uniquingKeysWith: { a, _ in a })
        for clause in agreement.clauses where !clause.present {
            let title = titles[clause.id].map { " (\($0))" } ?? ""
            findings.append(Finding(
                rule: "agreement.clause-missing", severity: .error, citation: "22 CFR \(clause.id)",
                field: "agreement.clauses[\(clause.id)]",
                message: "The agreement does not contain the clause required by 22 CFR \(clause.id)\(title); "
                    + "insert the clause as the regulation words it, or explain its omission in the transmittal letter "
                    + "(124.7).",
                evidence: clause.evidence))
        }
        findings += term(agreement.term)
        if type == .mla, (record.items ?? []).contains(where: { $0.sme == true }) {
            findings.append(Finding(
                rule: "agreement.sme-manufacture-abroad", severity: .info, citation: "22 CFR 124.11",
                field: "items",
                message: "The agreement licenses manufacture abroad of significant military equipment; Congress "
                    + "must be notified whatever its value (22 CFR 124.11). Allow for the review period."))
        }
        return findings
    }

    private func term(_ term: Term?) -> [Finding] {
        guard let end = term?.end else {
            return [Finding(
                rule: "agreement.term-end-date", severity: .error, citation: "22 CFR 124.7(3)", field: "agreement.term.end",
                message: "The agreement states no specific end date; DDTC approves a term only to a stated date "
                    + "(\"not to exceed ten years\" is not enough). State the expiration date.")]
        }
        guard let start = term?.start, let limit = DateRule.adding(years: 10, to: start), end > limit else { return [] }
        return [Finding(
            rule: "agreement.term-too-long", severity: .error, citation: "22 CFR 124.7(3)", field: "agreement.term.end",
            message: "The term runs from \(start) to \(end), more than 10 years; DDTC approves at most 10 years from "
                + "approval. End it by \(limit) and extend later by amendment.")]
    }
}

/// 22 CFR 124.12: the transmittal letter states every 124.12(a) item and 124.12(b) statement; at $500,000 or
/// more its value statement carries the Part 130 statement (124.12(a)(6), 123.1(c)(6)), which the agreement
/// beside the letter is reported for too, since it cannot be approved without it.
struct TransmittalLetterRule: ValidationRule {
    static let part130Threshold: Decimal = 500_000

    func findings(for record: DocketRecord, in package: PackageContext) -> [Finding] {
        if let letter = record.agreement?.transmittal, !letter.isEmpty, record.documentType?.isAgreement != true {
            return letterFindings(letter, record: record, package: package)
        }
        guard record.documentType?.isAgreement == true, let value = record.totalValue?.amount,
              value >= Self.part130Threshold else { return [] }
        let letters = package.records.compactMap { $0.documentType?.isAgreement == true ? nil : $0.agreement?.transmittal }
        guard letters.contains(where: { items in items.contains { $0.id == "124.12(a)(6)" && !$0.present } }) else {
            return []
        }
        return [Finding(
            rule: "agreement.part130-statement", severity: .error, citation: "22 CFR 124.12(a)(6)", field: "totalValue",
            message: "The agreement value is \(ValueArithmeticRule.money(value)), $500,000 or more, but the transmittal "
                + "letter has no Part 130 statement on political contributions, fees or commissions; add it to the letter.",
            evidence: record.evidence?["totalValue"])]
    }

    private func letterFindings(_ letter: [Clause], record: DocketRecord, package: PackageContext) -> [Finding] {
        // 124.12(b)(4) is owed only when the agreement allows sub-licensing.
        let sublicensing = package.records.contains { ($0.parties ?? []).contains { $0.role == .sublicensee } }
        return letter.filter { !$0.present && ($0.id != "124.12(b)(4)" || sublicensing) }.map { item in
            let detail = item.note.map { " (\($0))" } ?? ""
            return Finding(
                rule: "transmittal.item-missing", severity: .error, citation: "22 CFR \(item.id)",
                field: "agreement.transmittal[\(item.id)]",
                message: "The transmittal letter lacks the item or statement required by 22 CFR \(item.id)\(detail); "
                    + "add it to the letter.",
                evidence: item.evidence)
        }
    }
}
