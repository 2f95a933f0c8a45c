/// Puts a Part 124 analysis into the record: an agreement's clauses, number, parties, term, territory, value and
/// articles; or, for a transmittal letter, its 22 CFR 124.12 items.
enum AgreementRoute {
    /// An agreement or transmittal letter recognized, with its analysis still to run: the PDF route reads the page
    /// layout between the two, so the layout can be released before the analysis, the costliest step of a long
    /// agreement (decision 0011).
    struct Recognized {
        let source: AgreementSource
        let type: DocumentType
        let reason: String
        let letter: Bool

        func analyze() -> AgreementAnalysis { AgreementAnalyzer.analyze(source, type: type) }
    }

    /// Whether `passages` are an agreement or a transmittal letter for one.
    static func recognize(_ passages: [TextPassage]) -> Recognized? {
        let source = AgreementSource(passages)
        if let (type, _, reason) = AgreementAnalyzer.classify(source) {
            return Recognized(source: source, type: type, reason: reason, letter: false)
        }
        if source.isTransmittal {
            let type = AgreementAnalyzer.transmittedAgreementType(source) ?? .taa
            return Recognized(source: source, type: type,
                              reason: "a transmittal letter for a \(type.rawValue) (22 CFR 124.12)", letter: true)
        }
        return nil
    }

    /// The analysis for `passages`, when they are an agreement or a transmittal letter for one.
    static func analyze(_ passages: [TextPassage]) -> (analysis: AgreementAnalysis, reason: String, letter: Bool)? {
        recognize(passages).map { ($0.analyze(), $0.reason, $0.letter) }
    }

    /// `keepFound`: parties the field routes found (XML elements) that the analysis did not are kept; for PDF
    /// prose the analysis is the better reader and replaces them.
    static func apply(_ analysis: AgreementAnalysis, letter: Bool, keepFound: Bool, to record: inout DocketRecord) {
        if !letter {
            record.amendment = analysis.amendment
        }
        record.agreement = analysis.agreement
        var identifiers = record.identifiers ?? Identifiers()
        var evidence = record.evidence ?? [:]
        if let number = analysis.agreementNumber {
            identifiers.agreementNumber = number
            evidence["identifiers.agreementNumber"] = analysis.agreementNumberEvidence
        }
        if let code = analysis.registrationCode {
            identifiers.registrationCode = code
            evidence["identifiers.registrationCode"] = analysis.registrationCodeEvidence
        }
        // The agreement number is not a license number, whatever a field called it.
        if identifiers.licenseNumber != nil && identifiers.licenseNumber == identifiers.agreementNumber {
            identifiers.licenseNumber = nil
        }
        record.identifiers = identifiers.isEmpty ? nil : identifiers
        if !analysis.parties.isEmpty {
            let found = keepFound ? (record.parties ?? []) : []
            let names = Normalizers.standard.names
            let known = Set(analysis.parties.map { "\($0.role)|\(names.comparisonKey(for: $0.name) ?? $0.name)" })
            record.parties = analysis.parties + found.filter {
                !known.contains("\($0.role)|\(names.comparisonKey(for: $0.name) ?? $0.name)")
            }
        }
        if let value = analysis.value {
            record.totalValue = value
            evidence["totalValue"] = analysis.valueEvidence
        }
        guard !letter else {
            record.evidence = evidence.isEmpty ? nil : evidence
            return
        }
        if let term = analysis.term {
            var dates = record.dates ?? Dates()
            dates.effective = term.start ?? dates.effective
            dates.expiration = term.end ?? dates.expiration
            record.dates = dates.isEmpty ? nil : dates
            if let first = analysis.termEvidence.first {
                if term.start != nil { evidence["dates.effective"] = first }
                if term.end != nil { evidence["dates.expiration"] = analysis.termEvidence.last ?? first }
            }
        }
        // A scope table read by position carries quantities and values that prose reading does not.
        let tableItems = (record.items ?? []).filter { $0.usmlCategory != nil || $0.eccn != nil }
        if tableItems.isEmpty && !analysis.items.isEmpty { record.items = analysis.items }
        // An agreement's destinations are where its foreign parties are (licensees and sublicensees).
        var destinations: [String] = []
        for party in record.parties ?? [] where [.licensee, .sublicensee].contains(party.role) {
            if let country = party.country, country != "US", !destinations.contains(country) {
                destinations.append(country)
                evidence["destinations.\(country)"] = party.evidence
            }
        }
        if !destinations.isEmpty { record.destinations = destinations }
        if let technicalData = analysis.technicalDataEvidence { evidence["agreement.technicalData"] = technicalData }
        if let services = analysis.defenseServicesEvidence { evidence["agreement.defenseServices"] = services }
        record.evidence = evidence.isEmpty ? nil : evidence
        // Older agreements cite only 126.18 in the 124.8(5) clause: accepted, but worth a reviewer's glance.
        for clause in analysis.clauses where clause.present && clause.note != nil {
            record.findings = (record.findings ?? []) + [Finding(
                rule: "agreement.clause-wording", severity: .info, citation: "22 CFR \(clause.id)",
                field: "agreement.clauses[\(clause.id)]",
                message: "The \(clause.id) clause is present but \(clause.note ?? ""); consider the current wording "
                    + "at the next amendment.", evidence: clause.evidence)]
        }
    }
}
