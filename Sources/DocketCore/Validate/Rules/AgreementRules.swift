import Foundation

/// Part 124 agreements: every mandatory clause (124.8 for TAA and MLA, 124.9 for MLA, 124.14(c) for WDA) is
/// present; the term is a specific end date (124.7(a)(3): the agreement "must specify its duration") at most 10
/// years out; an MLA for manufacture abroad of SME goes to Congress at any value (124.11).
///
/// The 10-year ceiling is DDTC practice, not regulation: 124.7 sets no maximum. DDTC's supplement to the
/// Guidelines for Preparing Electronic Agreements (December 2010) says agreements "will only be approved for a
/// maximum duration of 10 years", extensions by amendment up to 10 years from the request, and that not
/// following the Guidelines may lead to a return without action; the finding cites that source and says so.
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

    static let durationCitation = "22 CFR 124.7(a)(3)"
    static let maximumTermCitation = "DDTC Guidelines for Preparing Electronic Agreements, Dec. 2010 supplement"

    private func term(_ term: Term?) -> [Finding] {
        guard let end = term?.end else {
            return [Finding(
                rule: "agreement.term-end-date", severity: .error, citation: Self.durationCitation,
                field: "agreement.term.end",
                message: "The agreement states no specific end date; it must specify its duration (22 CFR "
                    + "124.7(a)(3)), and DDTC approves a term only to a stated date (\"not to exceed ten years\" is "
                    + "not enough). State the expiration date.")]
        }
        guard let start = term?.start, let limit = DateRule.adding(years: 10, to: start), end > limit else { return [] }
        return [Finding(
            rule: "agreement.term-too-long", severity: .error, citation: Self.maximumTermCitation,
            field: "agreement.term.end",
            message: "The term runs from \(start) to \(end), more than 10 years. No regulation sets a maximum, but "
                + "DDTC practice (its agreement guidelines) is to approve at most 10 years and to return filings that "
                + "ignore the guidelines; end it by \(limit) and extend later by amendment.")]
    }
}

/// 22 CFR 124.12: the transmittal letter states every 124.12(a) item and 124.12(b) statement; at $500,000 or
/// more its value statement carries the Part 130 statement (124.12(a)(6), 123.1(c)(6)), which the agreement
/// beside the letter is reported for too, since it cannot be approved without it.
struct TransmittalLetterRule: ValidationRule {
    func findings(for record: DocketRecord, in package: PackageContext) -> [Finding] {
        if let letter = record.agreement?.transmittal, !letter.isEmpty, record.documentType?.isAgreement != true {
            return letterFindings(letter, record: record, package: package)
        }
        guard record.documentType?.isAgreement == true, let value = record.totalValue?.amount,
              value >= Part130.threshold else { return [] }
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
