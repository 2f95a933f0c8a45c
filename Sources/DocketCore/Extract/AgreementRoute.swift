/// Puts a Part 124 analysis into the record: an agreement's clauses, number, parties, term, territory, value and
/// articles; or, for a transmittal letter, its 22 CFR 124.12 items.
enum AgreementRoute {
    /// The analysis for `passages`, when they are an agreement or a transmittal letter for one.
    static func analyze(_ passages: [TextPassage]) -> (analysis: AgreementAnalysis, reason: String, letter: Bool)? {
        if let (type, _, reason) = AgreementAnalyzer.classify(passages) {
            return (AgreementAnalyzer.analyze(passages, type: type), reason, false)
        }
        if AgreementAnalyzer.classifyTransmittal(passages) {
            let type = AgreementAnalyzer.transmittedAgreementType(passages) ?? .taa
            return (AgreementAnalyzer.analyze(passages, type: type),
                    "a transmittal letter for a \(type.rawValue) (22 CFR 124.12)", true)
        }
        return nil
    }

    static func apply(_ analysis: AgreementAnalysis, letter: Bool, to record: inout DocketRecord) {
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
        record.identifiers = identifiers.isEmpty ? nil : identifiers
        if !analysis.parties.isEmpty { record.parties = analysis.parties }
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
        if let value = analysis.value {
            record.totalValue = value
            evidence["totalValue"] = analysis.valueEvidence
        }
        if !analysis.items.isEmpty { record.items = analysis.items }
        // An agreement's destinations are where its foreign parties are (licensees and sublicensees).
        var destinations: [String] = []
        for party in analysis.parties where [.licensee, .sublicensee].contains(party.role) {
            if let country = party.country, country != "US", !destinations.contains(country) {
                destinations.append(country)
                evidence["destinations.\(country)"] = party.evidence
            }
        }
        if !destinations.isEmpty { record.destinations = destinations }
        record.evidence = evidence.isEmpty ? nil : evidence
    }
}
