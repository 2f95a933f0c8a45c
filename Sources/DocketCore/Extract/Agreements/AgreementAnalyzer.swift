import Foundation

/// Reads a 22 CFR Part 124 agreement (TAA, MLA, WDA), its amendments and its transmittal letter from running
/// text: the agreement number, the mandatory clauses by meaning, parties, term, territory, value and items.
///
/// Never throws: what cannot be found is left nil, empty or `present: false` for the validators to report.
public enum AgreementAnalyzer {
    /// Everything the analyzer can read from `passages`, treating them as an agreement of `type`.
    public static func analyze(_ passages: [TextPassage], type: DocumentType) -> AgreementAnalysis {
        analyze(AgreementSource(passages), type: type)
    }

    static func analyze(_ source: AgreementSource, type: DocumentType) -> AgreementAnalysis {
        var analysis = AgreementAnalysis(type: type)
        let text = source.bodyText

        let number = agreementNumber(in: text)
        analysis.agreementNumber = number?.number
        analysis.agreementNumberEvidence = number?.evidence
        analysis.amendsAgreement = number?.amends
        if let amendment = amendmentEvidence(in: text, number: number?.number) {
            analysis.amendment = true
            analysis.amendmentEvidence = amendment
            if analysis.amendsAgreement == nil, let number = number?.number {
                analysis.amendsAgreement = baseNumber(number)
            }
        }

        analysis.items = AgreementTerms.items(in: text)
        analysis.coversSME = analysis.items.contains { $0.sme == true } || AgreementTerms.mentionsSME(in: text)
        // An MLA that carries the 124.9(b) clauses says by that that it covers SME production.
        if type == .mla, !analysis.coversSME,
           ClauseDetector.detect(ClauseVocabulary.part124_9b, in: text).contains(where: \.present) {
            analysis.coversSME = true
        }
        analysis.clauses = ClauseDetector.detect(ClauseVocabulary.required(for: type, coversSME: analysis.coversSME),
                                                 in: text)
        let dnTcn = ClauseDetector.detect([ClauseVocabulary.dnTcn], in: text)
        analysis.clauses += dnTcn.filter(\.present)
        if let letter = source.letterText {
            analysis.transmittal = transmittalItems(in: letter, type: type)
        }

        analysis.parties = AgreementParties.parties(in: text, type: type)
        if let registration = AgreementParties.registrationCode(in: source.text) {
            analysis.registrationCode = registration.code
            analysis.registrationCodeEvidence = registration.evidence
        }
        let term = AgreementTerms.term(in: text)
        analysis.term = term.term
        analysis.termEvidence = term.evidence
        if let territory = AgreementTerms.territory(in: text, type: type) {
            analysis.territoryEvidence = territory.evidence
            switch type {
            case .mla: analysis.salesTerritory = territory.countries
            case .wda: analysis.distributionTerritory = territory.countries
            default: analysis.retransferTerritory = territory.countries
            }
        }
        if let data = AgreementTerms.scope(AgreementTerms.technicalDataSubject, in: text)
            ?? AgreementTerms.scopeInLines("technical data", in: text) {
            analysis.technicalData = data.description
            analysis.technicalDataEvidence = data.evidence
        }
        if let services = AgreementTerms.scope(AgreementTerms.defenseServicesSubject, in: text)
            ?? AgreementTerms.scopeInLines("defen[cs]e services?", in: text) {
            analysis.defenseServices = services.description
            analysis.defenseServicesEvidence = services.evidence
        }
        if let value = AgreementTerms.value(in: text) {
            analysis.value = value.money
            analysis.valueEvidence = value.evidence
        }
        return analysis
    }

    /// The agreement type named by the document's title (or, failing that, repeatedly in its text), whether it is
    /// an amendment, and why; nil when the passages are not a Part 124 agreement or its transmittal letter.
    ///
    /// A transmittal letter on its own is not an agreement (nil); see `transmittedAgreementType(_:)`.
    public static func classify(_ passages: [TextPassage]) -> (DocumentType, amendment: Bool, reason: String)? {
        classify(AgreementSource(passages))
    }

    static func classify(_ source: AgreementSource) -> (DocumentType, amendment: Bool, reason: String)? {
        if let letter = source.letter, letter.count == source.body.count { return nil }
        let text = source.text
        guard let found = agreementType(in: text) else { return nil }
        let number = agreementNumber(in: text)
        let amendment = amendmentEvidence(in: text, number: number?.number) != nil
        return (found.type, amendment, found.reason)
    }

    /// The type of agreement a transmittal letter submits (it decides 124.12 versus 124.14(e)/(f) items), or nil
    /// when the passages are not a transmittal letter or do not say.
    public static func transmittedAgreementType(_ passages: [TextPassage]) -> DocumentType? {
        transmittedAgreementType(AgreementSource(passages))
    }

    static func transmittedAgreementType(_ source: AgreementSource) -> DocumentType? {
        guard source.isTransmittal else { return nil }
        let text = source.text
        let titles = titleConcepts
        for sentence in text.sentences {
            if let (type, _) = titles.first(where: { $0.1.occurs(in: sentence) }) { return type }
        }
        return agreementNumber(in: text).map { type(of: $0.number) }
    }

    /// Whether the passages are (or begin with) a transmittal letter under 22 CFR 124.12: a letter addressed to
    /// DDTC that submits an agreement for approval.
    public static func classifyTransmittal(_ passages: [TextPassage]) -> Bool {
        isTransmittal(head: AgreementText(Array(passages.prefix(transmittalHead))))
    }

    /// How many passages from the start a transmittal letter's markers must appear in.
    static let transmittalHead = 60

    static func isTransmittal(head: AgreementText) -> Bool {
        let words = head.sentences.flatMap(\.words)
        return ClauseVocabulary.transmittalAddressee.occurs(in: words)
            && ClauseVocabulary.letterMarkers.occurs(in: words)
            && ClauseVocabulary.transmittalMarkers.occurs(in: words)
    }

    /// 124.12 (or, for a WDA, 124.14(e)/(f)) items of a transmittal letter. A value of $500,000 or more without
    /// the Part 130 statement leaves 124.12(a)(6) unmet.
    static func transmittalItems(in letter: AgreementText, type: DocumentType) -> [Clause] {
        var items = ClauseDetector.detect(ClauseVocabulary.transmittal(for: type), in: letter, statementsOnly: false)
        if let index = items.firstIndex(where: { $0.id == "124.12(a)(6)" }), items[index].present,
           items[index].note != nil, let text = items[index].evidence?.text,
           let money = AgreementTerms.money(in: text), money.amount >= 500_000 {
            items[index].present = false
            items[index].note = "value stated (\(money.amount) \(money.currency)) without the Part 130 statement on "
                + "political contributions, fees or commissions required at $500,000 or more"
        }
        return items
    }

    // MARK: - Type

    /// The type titles, longest first, so "Technical Assistance and Manufacturing License Agreement" wins.
    private static let titleConcepts: [(DocumentType, Concept)] = ClauseVocabulary.typeTitles
        .flatMap { type, phrases in phrases.map { (type, Concept($0, [$0])) } }
        .sorted { $0.1.name.count > $1.1.name.count }

    /// The type an agreement number's prefix names: TA, MA, DA/WDA.
    private static func type(of number: String) -> DocumentType {
        number.hasPrefix("MA") ? .mla : number.hasPrefix("TA") ? .taa : .wda
    }

    static func agreementType(in text: AgreementText) -> (type: DocumentType, reason: String)? {
        let titles = titleConcepts
        let itar = Concept("ITAR context", ["itar", "ddtc", "department of state", "22 cfr", "defense article*",
                                            "technical data", "defense service*"])
        let hasITARContext = text.sentences.contains { itar.occurs(in: $0) }
        // The title: the first of the first sentences that names a type, standing alone or opening the preamble
        // ("This Technical Assistance Agreement is entered into…"), not a form field that cites an agreement.
        for sentence in text.sentences.prefix(25) {
            let opening = Array(sentence.words.prefix(8))
            for (type, title) in titles where sentence.words.count <= 16 && title.occurs(in: sentence)
                || title.occurs(in: opening) {
                if type == .wda && title.name == "distribution agreement" && !hasITARContext { continue }
                let page = text.passages[sentence.passage].evidence.page.map { " on page \($0)" } ?? ""
                return (type, "title “\(title.name)”\(page)")
            }
        }
        // No title: a type named at least twice, or an agreement number with its prefix.
        var counts: [DocumentType: Int] = [:]
        for sentence in text.sentences {
            for (type, title) in titles where title.occurs(in: sentence) { counts[type, default: 0] += 1 }
        }
        // Without a title, the text must also carry Part 124 clauses: forms and letters cite agreements too.
        let clauses = ClauseDetector.detect(ClauseVocabulary.part124_8 + ClauseVocabulary.part124_14c, in: text)
        guard hasITARContext, clauses.filter(\.present).count >= 2 else { return nil }
        if let best = counts.filter({ $0.value >= 2 }).max(by: { $0.value < $1.value }) {
            return (best.key, "“\(best.key.rawValue)” named \(best.value) times")
        }
        if let number = agreementNumber(in: text) {
            return (type(of: number.number), "agreement number \(number.number)")
        }
        return nil
    }

    // MARK: - Transmittal letter

    /// Splits a leading transmittal letter from the agreement that follows it. Returns (nil, all) when there is no
    /// letter and (letter, letter) when the passages are only a letter.
    static func splitTransmittal(_ passages: [TextPassage], isTransmittal: Bool)
        -> (letter: [TextPassage]?, body: [TextPassage]) {
        guard isTransmittal else { return (nil, passages) }
        let closings = ["sincerely", "very truly yours", "respectfully submitted", "yours faithfully", "regards"]
        guard let closing = passages.firstIndex(where: { passage in
            let folded = passage.text.lowercased().trimmingSpaces()
            return closings.contains { folded.hasPrefix($0) }
        }) else { return (passages, passages) }
        // The signature block and enclosure list follow the closing; the agreement starts at its title.
        let rest = passages[(closing + 1)...]
        let titles = ClauseVocabulary.typeTitles.flatMap(\.1)
        guard let start = rest.firstIndex(where: { passage in
            let key = AgreementText.keyWords(passage.text).joined(separator: " ")
            return titles.contains { key.hasPrefix($0) || key.hasPrefix("amendment") && key.contains($0) }
                && passage.text.spaceSeparatedWordCount(upTo: 14) <= 14
        }) else { return (passages, passages) }
        return (Array(passages[..<start]), Array(passages[start...]))
    }

    // MARK: - Agreement number

    struct NumberHit {
        var number: String
        var evidence: Evidence
        var amends: String?
    }

    /// "TA-4821-24", "TA 4821-24A", "MA-0112-23", "DA-7-21"? (no: four or five digits), paper-era "TA-123456".
    private static let numberPattern = #"\b(TA|MA|DA|WDA|WD)\s?[-–]?\s?([0-9]{4,5})\s?[-–]\s?([0-9]{2})([A-Z]{1,2})?\b"#
    private static let paperPattern = #"\b(TA|MA|DA)\s?[-–]?\s?([0-9]{6})([A-Z])?\b"#

    static func normalizedNumbers(in text: String) -> [(number: String, range: String)] {
        // Both patterns need a prefix in capitals; most passages have none, and the patterns run on every passage.
        guard ["TA", "MA", "DA", "WD"].contains(where: text.containsLiteral) else { return [] }
        var result: [(String, String)] = []
        for match in Pattern.matches(numberPattern, in: text, caseInsensitive: false) {
            guard let whole = match[0], let prefix = match[1], let serial = match[2], let year = match[3] else { continue }
            let canonical = RegistrationCodeNormalizer().agreementNumber(whole)?.canonical
            result.append((canonical ?? "\(prefix)-\(serial)-\(year)\(match[4] ?? "")", whole))
        }
        for match in Pattern.matches(paperPattern, in: text, caseInsensitive: false) {
            guard let whole = match[0], let prefix = match[1], let serial = match[2] else { continue }
            result.append(("\(prefix)-\(serial)\(match[3] ?? "")", whole))
        }
        return result
    }

    static func baseNumber(_ number: String) -> String {
        var base = number
        while let last = base.last, last.isLetter, base.count > 8 { base.removeLast() }
        return base
    }

    /// The document's own number: the first one labelled as such ("Agreement No.", "DDTC Case", "Number:"),
    /// else the first in the text. `amends` is the number after "amends" or the base of a suffixed number.
    static func agreementNumber(in text: AgreementText) -> NumberHit? {
        var first: NumberHit?
        var labelled: NumberHit?
        var amended: String?
        for passage in text.passages {
            for (number, written) in normalizedNumbers(in: passage.text) {
                var evidence = passage.evidence
                evidence.text = passage.text
                let hit = NumberHit(number: number, evidence: evidence)
                if first == nil { first = hit }
                let escaped = NSRegularExpression.escapedPattern(for: written)
                if labelled == nil, Pattern.first(
                    #"(agreement|amendment|case|ddtc|reference|ref\.?|number|no\.?|#)\s*(no\.?|number|#)?\s*[:(]?\s*"#
                        + escaped, in: passage.text) != nil {
                    labelled = hit
                }
                if amended == nil, Pattern.first(
                    #"(amend(s|ing|ment)?|supplement(s|ing)?|modif(y|ies|ying))\b[^.;]{0,80}?"# + escaped,
                    in: passage.text) != nil, Pattern.first(#"\bamendment\s+"# + escaped, in: passage.text) == nil {
                    amended = number
                }
            }
        }
        guard var chosen = labelled ?? first else { return nil }
        // "This Amendment TA-4821-24B amends TA-4821-24": the suffixed number is the document's own.
        if let amended, chosen.number == amended,
           let suffixed = text.passages.lazy.flatMap({ passage in
               normalizedNumbers(in: passage.text).map { ($0.number, passage) }
           }).first(where: { $0.0 != amended && baseNumber($0.0) == baseNumber(amended) && $0.0.count > amended.count }) {
            var evidence = suffixed.1.evidence
            evidence.text = suffixed.1.text
            chosen = NumberHit(number: suffixed.0, evidence: evidence)
        }
        if let amended, amended != chosen.number {
            chosen.amends = amended
        } else if baseNumber(chosen.number) != chosen.number {
            chosen.amends = baseNumber(chosen.number)
        }
        return chosen
    }

    // MARK: - Amendment

    private static let amendmentTitle = Concept("amendment", [
        "amendment no*", "amendment number", "amendment /^[0-9]+$/", "amendment to", "first amendment",
        "second amendment", "third amendment", "fourth amendment", "fifth amendment", "amendment /^[a-z]$/",
    ])
    private static let amendmentBody = Concept("amendment", [
        "this amendment", "hereby amended", "hereby amends", "amends the ~ agreement", "amends ~ agreement",
        "is amended as follows", "are amended as follows", "amended and restated", "this amending agreement",
    ])

    /// Where the passages say they are an amendment: a suffixed number, an amendment title, or "this amendment".
    static func amendmentEvidence(in text: AgreementText, number: String?) -> Evidence? {
        if let number, baseNumber(number) != number,
           let passage = text.passages.first(where: { normalizedNumbers(in: $0.text).contains { $0.number == number } }) {
            var evidence = passage.evidence
            evidence.text = passage.text
            return evidence
        }
        let title = text.sentences.prefix(12).first { amendmentTitle.occurs(in: $0) }
        guard let sentence = title ?? text.sentences.first(where: { amendmentBody.occurs(in: $0) }) else {
            return nil
        }
        var evidence = text.passages[sentence.passage].evidence
        evidence.text = sentence.text
        return evidence
    }
}
