import Foundation

/// Stage 3: turns observations into a normalized record. Values that do not normalize are dropped from the
/// field (never guessed) and reported as a warning finding so nothing disappears silently.
struct RecordBuilder {
    let normalizers: Normalizers
    let documentType: DocumentType
    private(set) var unreadable: [Finding] = []
    /// Blocks answered "N/A" or "See Attached": normalization drops the value, so the finding is raised here.
    private(set) var placeholders: [Finding] = []

    init(normalizers: Normalizers, documentType: DocumentType) {
        self.normalizers = normalizers
        self.documentType = documentType
    }

    mutating func build(_ extracted: ExtractedDocument) -> DocketRecord {
        var record = DocketRecord(source: extracted.source)
        record.documentType = extracted.documentType
        record.classification = extracted.classification
        var identifiers = Identifiers()
        var dates = Dates()
        var destinations: [String] = []
        var evidence: [String: Evidence] = [:]
        for observation in extracted.observations {
            switch observation.slot {
            case .identifier(let kind):
                let field = Self.field(kind)
                if identifiers[keyPath: field] == nil, let value = identifier(kind, observation) {
                    identifiers[keyPath: field] = value
                    evidence["identifiers.\(kind.rawValue)"] = observation.evidence
                }
            case .date(let kind):
                let field = Self.field(kind)
                if dates[keyPath: field] == nil, let value = date(observation) {
                    dates[keyPath: field] = value
                    evidence["dates.\(kind.rawValue)"] = observation.evidence
                }
            case .destination:
                for code in countries(in: observation) where !destinations.contains(code) {
                    destinations.append(code)
                    evidence["destinations.\(code)"] = observation.evidence
                }
            case .totalValue:
                if record.totalValue == nil, let total = money(observation) {
                    record.totalValue = total
                    evidence["totalValue"] = observation.evidence
                }
            case .endUse:
                let text = TextFolding.collapsingWhitespace(observation.value)
                if Placeholder.matches(text) || observation.value.split(whereSeparator: \.isNewline).first.map({
                    Placeholder.matches(String($0)) }) == true {
                    if Self.placeholdersAreFindings(documentType) {
                        placeholders.append(RequiredBlocksRule.placeholder(
                            field: "endUse", label: "The specific purpose (end use) block",
                            text: observation.value.split(whereSeparator: \.isNewline).first.map(String.init) ?? text,
                            evidence: observation.evidence))
                    }
                } else if record.endUse == nil, !text.isEmpty {
                    record.endUse = text
                    evidence["endUse"] = observation.evidence
                }
            case .applicationType:
                if record.applicationType == nil, let type = applicationType(observation) {
                    record.applicationType = type
                    evidence["applicationType"] = observation.evidence
                }
            case .party, .item, .formType:
                continue
            }
        }
        let parties = parties(from: extracted.observations)
        // "<Registrant>M-20488</Registrant>": a party field holding nothing but a registration code is the code.
        record.parties = parties.filter { party in
            guard party.address == nil, let code = normalizers.identifiers.registrationCode(party.name) else { return true }
            if identifiers.registrationCode == nil { identifiers.registrationCode = code }
            return false
        }
        record.identifiers = identifiers.isEmpty ? nil : identifiers
        record.dates = dates.isEmpty ? nil : dates
        // A BIS-748P or BIS-711 has no destination block: the ultimate consignee's country is the destination
        // (15 CFR 748).
        if destinations.isEmpty, documentType.isBIS,
           let country = record.parties?.first(where: { $0.role == .ultimateConsignee })?.country {
            destinations = [country]
        }
        record.destinations = destinations
        record.items = extracted.items.enumerated().compactMap { item($1, position: $0 + 1) }
        record.evidence = evidence.isEmpty ? nil : evidence
        return record
    }

    // MARK: Scalars

    private mutating func identifier(_ kind: IdentifierKind, _ observation: Observation) -> String? {
        let raw = observation.value.trimmingWhitespace()
        let ids = normalizers.identifiers
        let value: String? = switch kind {
        case .registrationCode: ids.registrationCode(raw)
        case .agreementNumber: ids.agreementNumber(raw)?.canonical
        case .applicationControlNumber: ids.applicationControlNumber(raw) ?? Self.plainIdentifier(raw)
        case .licenseNumber: ids.licenseNumber(raw) ?? Self.plainIdentifier(raw)
        case .transactionNumber: Self.plainIdentifier(raw)
        }
        if value == nil { reportUnreadable(observation, what: "identifier") }
        return value
    }

    /// A free-form identifier: one token-ish line, not a placeholder.
    static func plainIdentifier(_ raw: String) -> String? {
        let line = raw.split(whereSeparator: \.isNewline).first.map(String.init) ?? raw
        let trimmed = line.trimmingSpaces()
        guard !trimmed.isEmpty, trimmed.count <= 64, trimmed.contains(where: \.isNumber),
              !Placeholder.matches(trimmed) else { return nil }
        return trimmed
    }

    private mutating func date(_ observation: Observation) -> String? {
        let value = normalizers.dates.normalize(observation.value)
        if value == nil { reportUnreadable(observation, what: "date") }
        return value
    }

    private mutating func applicationType(_ observation: Observation) -> ApplicationType? {
        let value = Self.applicationType(observation.value)
        if value == nil { reportUnreadable(observation, what: "type of application (export, reexport or classification request)") }
        return value
    }

    /// The one type a Block 5 entry names ("Classification Request", "Re-export"); nil for none, or for several
    /// (a blank form's printed choices).
    static func applicationType(_ text: String) -> ApplicationType? {
        let words = " " + LabelText.split(text).joined(separator: " ") + " "
        let named = [
            words.contains(" classification ") ? ApplicationType.classificationRequest : nil,
            words.contains(" reexport ") || words.contains(" re export ") ? .reexport : nil,
            words.replacingOccurrences(of: " re export ", with: " ").contains(" export ") ? .export : nil,
        ].compactMap { $0 }
        return named.count == 1 ? named.first : nil
    }

    private mutating func money(_ observation: Observation) -> Money? {
        let value = normalizers.money.normalize(observation.value)
        if value == nil { reportUnreadable(observation, what: "amount") }
        return value
    }

    /// A destination field may list several countries: "Germany; France", "DE, FR", "Japan and Korea, Rep. of".
    private mutating func countries(in observation: Observation) -> [String] {
        let raw = observation.value
        if let whole = normalizers.countries.alpha2(for: raw, context: .countryField) { return [whole] }
        let parts = raw.replacingOccurrences(of: " and ", with: ";").split { ";\n/".contains($0) }
        var codes: [String] = []
        for part in parts {
            let text = part.trimmingSpaces()
            if let code = normalizers.countries.alpha2(for: text, context: .countryField) {
                codes.append(code)
            } else {
                codes += text.split(separator: ",").compactMap {
                    normalizers.countries.alpha2(for: $0.trimmingSpaces(), context: .countryField)
                }
            }
        }
        if codes.isEmpty { reportUnreadable(observation, what: "country") }
        return codes
    }

    private mutating func reportUnreadable(_ observation: Observation, what: String) {
        guard !Placeholder.matches(observation.value) else { return }
        unreadable.append(Finding(
            rule: "extract.unreadable-value", severity: .warning, citation: "22 CFR 123.1(c)(1)",
            field: Self.fieldPath(observation.slot),
            message: "Docket could not read \"\(observation.value.prefix(60))\" as a \(what); check the value "
                + "and correct it in the filing.", evidence: observation.evidence))
    }

    /// 22 CFR 123.1(c)(1) binds DDTC forms; BIS instructions ask for "None" in an empty block.
    static func placeholdersAreFindings(_ type: DocumentType) -> Bool {
        type.isDDTCLicense || type == .dsp83
    }

    // MARK: Parties

    private mutating func parties(from observations: [Observation]) -> [Party] {
        var order: [String] = []
        var groups: [String: [(PartyAttribute, Observation)]] = [:]
        var concepts: [String: PartyConcept] = [:]
        for observation in observations {
            guard case .party(let concept, let attribute) = observation.slot else { continue }
            let key = concept.rawValue + "|" + observation.group
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append((attribute, observation))
            concepts[key] = concept
        }
        var parties: [Party] = []
        var signedFor: [Int: String] = [:]
        for key in order {
            guard let concept = concepts[key], let fields = groups[key], let party = party(concept, fields) else { continue }
            let duplicate = parties.contains { $0.role == party.role && $0.name == party.name }
            if !duplicate {
                if let organization = Self.organization(signing: party, fields) { signedFor[parties.count] = organization }
                parties.append(party)
            }
        }
        return Self.signatoryCountries(Self.signatorySides(parties, signedFor: signedFor))
    }

    private mutating func party(_ concept: PartyConcept, _ fields: [(PartyAttribute, Observation)]) -> Party? {
        func first(_ attribute: PartyAttribute) -> Observation? { fields.first { $0.0 == attribute }?.1 }
        var name: String?
        var evidence: Evidence?
        var addressLines: [String] = []
        if Self.placeholdersAreFindings(documentType), let answer = first(.name) ?? first(.block),
           let line = answer.value.split(whereSeparator: \.isNewline).first.map(String.init), Placeholder.matches(line) {
            let role = concept.role(for: documentType)
            placeholders.append(RequiredBlocksRule.placeholder(
                field: "parties[\(role.rawValue)]", label: "The \(CountryMentions.words(role)) block", text: line,
                evidence: answer.evidence))
            return nil
        }
        if let observation = first(.name) {
            name = normalizers.names.clean(observation.value.replacingOccurrences(of: "\n", with: " "))
            evidence = observation.evidence
        }
        if let block = first(.block) {
            let (blockName, rest) = Self.splitBlock(block.value)
            if name == nil {
                name = blockName.flatMap(normalizers.names.clean)
                evidence = block.evidence
            }
            addressLines += rest
        }
        for case (.address, let observation) in fields {
            addressLines += observation.value.split(whereSeparator: \.isNewline).map(String.init)
        }
        addressLines.removeAll(where: Self.isContactLine)
        guard let name, !Placeholder.matches(name) else { return nil }
        if concept == .signatory || concept == .foreignSignatory {
            guard normalizers.dates.normalize(name) == nil, name.filter(\.isNumber).count < 3 else { return nil }
            return signatory(name: name, evidence: evidence, lines: addressLines, title: first(.title),
                             country: first(.country), foreign: concept == .foreignSignatory)
        }
        let parsed = addressLines.isEmpty ? nil : normalizers.addresses.parse(lines: addressLines)
        var address = parsed?.address ?? Address()
        if let city = first(.city) { address.city = city.value.trimmingSpaces() }
        if let region = first(.region) { address.region = region.value.trimmingSpaces() }
        if let postal = first(.postalCode) { address.postalCode = postal.value.trimmingSpaces() }
        var country = first(.country).flatMap { normalizers.countries.alpha2(for: $0.value, context: .countryField) }
        if country == nil { country = parsed?.country }
        let hasAddress = !address.lines.isEmpty || address.city != nil || address.postalCode != nil
        let title = first(.title).map { $0.value.trimmingWhitespace() }
        var role = concept.role(for: documentType, foreign: country.map { $0 != "US" } ?? false)
        if concept == .consignorOrForwarder && Self.looksLikeForwarder(name) { role = .freightForwarder }
        return Party(role: role, name: name, title: title, address: hasAddress ? address : nil, country: country,
                     evidence: evidence)
    }

    /// A person signing: the line under the name is the title; dates and signature lines are not an address.
    private func signatory(name: String, evidence: Evidence?, lines: [String], title: Observation?,
                           country: Observation?, foreign: Bool) -> Party {
        let titleText = title.map { $0.value.trimmingWhitespace() }
            ?? lines.first { line in
                normalizers.dates.normalize(line) == nil && !line.allSatisfy { "_ -".contains($0) }
                    && !line.lowercased().hasPrefix("date")
            }
        let code = country.flatMap { normalizers.countries.alpha2(for: $0.value, context: .countryField) }
            ?? lines.lazy.compactMap { normalizers.countries.findCountry(in: $0)?.alpha2 }.first
        let isForeign = foreign || code.map { $0 != "US" } ?? false
        // A U.S. signatory is a U.S. person by definition of the role; a foreign one's country comes from the
        // party signed for (filled in after all parties are read).
        return Party(role: isForeign ? .foreignSignatory : .usSignatory, name: name, title: titleText,
                     country: code ?? (isForeign ? nil : "US"), evidence: evidence)
    }

    /// The organization a signature block names beside the person (`<Signature><PersonName/><Organization/>`):
    /// the block's second name.
    private static func organization(signing party: Party, _ fields: [(PartyAttribute, Observation)]) -> String? {
        guard party.role == .usSignatory || party.role == .foreignSignatory else { return nil }
        return fields.filter { $0.0 == .name }.map(\.1.value).first { $0 != party.name && !party.name.contains($0) }
    }

    /// A signatory whose block names a party of the document signs for that party: its side and country are the
    /// party's, whatever the block's own label defaulted to.
    static func signatorySides(_ parties: [Party], signedFor: [Int: String]) -> [Party] {
        let organizations = parties.filter { $0.role != .foreignSignatory && $0.role != .usSignatory && $0.country != nil }
        return parties.enumerated().map { index, party in
            guard let organization = signedFor[index].map(TextFolding.key), !organization.isEmpty,
                  let owner = organizations.first(where: { TextFolding.key($0.name) == organization }),
                  let country = owner.country else { return party }
            var party = party
            party.role = country == "US" ? .usSignatory : .foreignSignatory
            party.country = country
            return party
        }
    }

    /// A foreign signatory's country is that of the organization named in the title ("Managing Director, Tamar
    /// Valley Engineering Ltd"), else of the only foreign country among the parties.
    static func signatoryCountries(_ parties: [Party]) -> [Party] {
        let organizations = parties.filter { $0.role != .foreignSignatory && $0.role != .usSignatory && $0.country != nil }
        let foreignCountries = Set(organizations.compactMap(\.country).filter { $0 != "US" })
        return parties.map { party in
            guard party.role == .foreignSignatory, party.country == nil else { return party }
            var party = party
            let title = party.title.map { TextFolding.key($0) } ?? ""
            party.country = organizations.first { !title.isEmpty && title.contains(TextFolding.key($0.name)) }?.country
                ?? (foreignCountries.count == 1 ? foreignCountries.first : nil)
            return party
        }
    }

    /// Forwarders' names say what they do; a manufacturer shipping its own goods is the U.S. consignor.
    static func looksLikeForwarder(_ name: String) -> Bool {
        let words = Set(LabelText.split(name))
        return !words.isDisjoint(with: ["forwarding", "forwarder", "freight", "logistic", "logistics", "shipping",
                                        "cargo", "express", "transport", "customs", "brokerage", "airfreight"])
    }

    /// Telephone, fax, e-mail and web lines sit in party blocks but are not part of the address.
    static func isContactLine(_ line: String) -> Bool {
        let lowered = line.trimmingSpaces().lowercased()
        let prefixes = ["tel", "phone", "telephone", "fax", "facsimile", "email", "e-mail", "mail:", "www.", "http",
                        "+", "mobile", "cell", "contact", "attn", "attention", "poc"]
        return prefixes.contains { lowered.hasPrefix($0) } || lowered.contains("@")
    }

    /// Legal-form words that follow a comma but belong to the name ("Acme Defense Systems, Inc.").
    private static let legalForms: Set<String> = [
        "inc", "inc.", "llc", "l.l.c.", "ltd", "ltd.", "limited", "corp", "corp.", "co", "co.", "plc", "lp", "l.p.",
        "llp", "gmbh", "ag", "s.a.", "sa", "s.p.a.", "spa", "b.v.", "bv", "n.v.", "nv", "ab", "as", "a/s", "oy",
        "pty ltd", "pty. ltd.", "k.k.", "kk", "s.r.l.", "srl", "sas", "s.a.s.",
    ]

    /// The first line is the name; a one-line block "Name, street, city, country" splits at its commas.
    static func splitBlock(_ value: String) -> (name: String?, rest: [String]) {
        let lines = value.split(whereSeparator: \.isNewline).map { $0.trimmingSpaces() }
            .filter { !$0.isEmpty }
        guard let firstLine = lines.first else { return (nil, []) }
        if lines.count > 1 { return (firstLine, Array(lines.dropFirst())) }
        var parts = firstLine.components(separatedBy: ", ")
        var name = parts.removeFirst()
        while let next = parts.first, legalForms.contains(next.lowercased()) {
            name += ", " + next
            parts.removeFirst()
        }
        return (name, parts.isEmpty ? [] : [parts.joined(separator: ", ")])
    }

    // MARK: Items

    private mutating func item(_ observations: [Observation], position: Int) -> Item? {
        func first(_ attribute: ItemAttribute) -> Observation? {
            observations.first { if case .item(attribute) = $0.slot { true } else { false } }
        }
        var item = Item()
        if let line = first(.line), let number = Int(line.value.filter(\.isNumber).prefix(4)) { item.line = number }
        item.description = first(.description).map { TextFolding.collapsingWhitespace($0.value) }
        if let quantity = first(.quantity) {
            let (amount, unit) = Self.quantity(quantity.value)
            item.quantity = amount
            if item.unit == nil { item.unit = unit }
        }
        if let unit = first(.unit) { item.unit = unit.value.trimmingSpaces() }
        var currencies: [String] = []
        if let unitValue = first(.unitValue), let money = normalizers.money.normalize(unitValue.value) {
            item.unitValue = money.amount
            currencies.append(money.currency)
        }
        if let total = first(.totalValue), let money = normalizers.money.normalize(total.value) {
            item.totalValue = money.amount
            currencies.append(money.currency)
        }
        if let currency = first(.currency) { currencies.insert(currency.value.uppercased(), at: 0) }
        item.currency = currencies.first ?? ((item.unitValue ?? item.totalValue) == nil ? nil : "USD")
        for classification in [first(.usml), first(.eccn)].compactMap({ $0 }) {
            let text = classification.value
            if item.eccn == nil, let eccn = normalizers.eccn.normalize(text) {
                item.eccn = eccn
            } else if item.usmlCategory == nil, let usml = normalizers.usml.normalize(text) {
                item.usmlCategory = usml.citation
                if usml.sme { item.sme = true }
            }
        }
        if let sme = first(.sme) { item.sme = Self.boolean(sme.value) ?? item.sme }
        if item.sme == nil, item.usmlCategory != nil { item.sme = false }
        // "-" under Part No., "None" under CCATS (how BIS asks for an empty block): no value, not a value.
        func entry(_ attribute: ItemAttribute) -> String? {
            first(attribute).map { TextFolding.collapsingWhitespace($0.value) }.flatMap { Placeholder.matches($0) ? nil : $0 }
        }
        item.partNumber = entry(.partNumber)
        item.manufacturer = entry(.manufacturer).flatMap(normalizers.names.clean)
        item.ccats = entry(.ccats)
        item.evidence = (first(.description) ?? observations.first)?.evidence
        // A description alone is a wrapped line or a heading, not an item: an item is classified, counted or priced.
        let hasContent = item.quantity != nil || item.usmlCategory != nil || item.eccn != nil || item.unitValue != nil
            || item.totalValue != nil || item.partNumber != nil
        if item.line == nil && hasContent { item.line = position }
        return hasContent ? item : nil
    }

    /// "12", "1,200", "12 ea", "4 units" -> amount and unit.
    static func quantity(_ text: String) -> (Decimal?, String?) {
        let trimmed = text.trimmingWhitespace()
        let digits = trimmed.prefix { $0.isNumber || $0 == "," || $0 == "." }
        guard !digits.isEmpty else { return (nil, nil) }
        let amount = Decimal(string: digits.replacingOccurrences(of: ",", with: ""), locale: Locale(identifier: "en_US_POSIX"))
        let unit = trimmed.dropFirst(digits.count).trimmingSpaces()
        return (amount, unit.isEmpty ? nil : unit)
    }

    static func boolean(_ text: String) -> Bool? {
        switch text.trimmingWhitespace().lowercased() {
        case "yes", "y", "true", "x", "1", "sme", "on", "checked": true
        case "no", "n", "false", "0", "off", "", "-": false
        default: nil
        }
    }

    // MARK: Field access

    static func fieldPath(_ slot: Slot) -> String {
        switch slot {
        case .party(let concept, let attribute): "parties[\(concept.rawValue)].\(attribute.rawValue)"
        case .identifier(let kind): "identifiers.\(kind.rawValue)"
        case .date(let kind): "dates.\(kind.rawValue)"
        case .destination: "destinations"
        case .totalValue: "totalValue"
        case .item(let attribute): "items[].\(attribute.rawValue)"
        case .formType: "documentType"
        case .endUse: "endUse"
        case .applicationType: "applicationType"
        }
    }

    /// Where each identifier kind lives in the record: one table for reading and writing.
    static func field(_ kind: IdentifierKind) -> WritableKeyPath<Identifiers, String?> {
        switch kind {
        case .registrationCode: \.registrationCode
        case .transactionNumber: \.transactionNumber
        case .licenseNumber: \.licenseNumber
        case .agreementNumber: \.agreementNumber
        case .applicationControlNumber: \.applicationControlNumber
        }
    }

    static func field(_ kind: DateKind) -> WritableKeyPath<Dates, String?> {
        switch kind {
        case .submitted: \.submitted
        case .effective: \.effective
        case .expiration: \.expiration
        }
    }
}

/// Entries that are not entries: 22 CFR 123.1(c)(1) does not accept them, and Docket never reads them as values.
public enum Placeholder {
    static let phrases: Set<String> = ["n/a", "na", "n.a.", "not applicable", "see attached", "see attachment",
                                       "none", "tbd", "to be determined", "-", "--", "same as above"]

    public static func matches(_ text: String) -> Bool {
        let folded = text.trimmingCharacters(in: .whitespacesAndNewlines.union(.punctuationCharacters.subtracting(["/", "-"])))
            .lowercased()
        return phrases.contains(folded) || folded.hasPrefix("see attached")
    }
}
