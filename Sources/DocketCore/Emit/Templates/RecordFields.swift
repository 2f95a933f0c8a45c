import Foundation

/// A value in the fill view model, before the manifest decides what a missing one looks like.
enum FieldValue: Sendable, Equatable {
    case text(String)
    case flag(Bool)
    case list([[String: FieldValue]])
}

/// The catalog of every value a template can ask for, computed from one record. Keys are flat camelCase names
/// (`foreignEndUserAddress`), so a misspelt key can never resolve silently to a nested blank.
///
/// `docket templates --fields` prints `RecordFields.catalog` so a template author can see what exists.
public struct RecordFields: Sendable {
    /// alpha-2 to ISO short name.
    var countryNames: [String: String]
    var clauses: [Part124ClausesFile.Entry]

    /// Throws when an overriding reference file is broken.
    public init(store: RefDataStore) throws(RefDataError) {
        countryNames = ReferenceLists.countryNames(try store.countries())
        clauses = try store.load(Part124ClausesFile.self).entries
    }

    /// Every key with what it holds, for template authors.
    public static let catalog: [(key: String, meaning: String)] = {
        var keys: [(String, String)] = [
            ("documentType", "form or agreement type (DSP-5, TAA ...)"),
            ("sourcePath", "the filing the values were read from"),
            ("registrationCode", "DDTC registration code"), ("transactionNumber", "applicant's transaction number"),
            ("licenseNumber", "license number"), ("agreementNumber", "DDTC agreement number"),
            ("applicationControlNumber", "BIS application control number"),
            ("submittedDate", "date of the filing"), ("effectiveDate", "effective date"),
            ("expirationDate", "expiration date"), ("totalValue", "total value, formatted with currency"),
            ("destinations", "countries of ultimate destination, by name"),
            ("destinationCodes", "countries of ultimate destination, ISO codes"),
            ("endUse", "the end use or specific purpose the filing states"),
            ("territory", "agreement territory (retransfer, sales or distribution), by name"),
            ("termStart", "agreement term start"), ("termEnd", "agreement term end"),
            ("termYears", "agreement term in years"), ("technicalData", "technical data the agreement transfers"),
            ("defenseServices", "defense services the agreement covers"),
            ("isTAA", "flag"), ("isMLA", "flag"), ("isWDA", "flag"), ("isAgreement", "flag"),
            ("hasSME", "flag: an item is significant military equipment"),
            ("part130Required", "flag: value of USD 500,000 or more (22 CFR 124.12(a)(6), part 130)"),
            ("hasFindings", "flag"), ("findingCount", "number of findings"),
            ("parties", "list: role, name, title, address, country, countryCode"),
            ("signatories", "list of signatory parties: side, name, title, country"),
            ("usSignatories", "list of U.S. signatories: name, title, country"),
            ("foreignSignatories", "list of foreign signatories: name, title, country"),
            ("items", "list: line, description, quantity, unit, unitValue, totalValue, classification, "
                + "usmlCategory, eccn, sme, partNumber, manufacturer, ccats"),
            ("findings", "list: number, severity, rule, citation, field, message, location"),
            ("agreementClauses", "list of the clauses the agreement type requires: id, citation, title, text, "
                + "status, present"),
            ("clausesToInsert", "list of required clauses the agreement lacks: id, citation, title, text"),
            ("transmittalItems", "list of 22 CFR 124.12(a) items: id, citation, title, text, status"),
            ("transmittalStatements", "list of 22 CFR 124.12(b) statements: id, citation, title, text"),
        ]
        for role in PartyRole.allCases {
            let name = role.rawValue
            keys += [("\(name)Name", "first \(role.label)'s name"), ("\(name)Address", "its address"),
                     ("\(name)Country", "its country"), ("\(name)CountryCode", "its ISO country code"),
                     ("\(name)Title", "its signatory's title")]
        }
        return keys.map { (key: $0.0, meaning: $0.1) }
    }()

    /// The values `record` provides; a key is absent when the record has no value for it.
    func values(for record: DocketRecord) -> [String: FieldValue] {
        var values: [String: FieldValue] = [:]
        func set(_ key: String, _ text: String?) {
            if let text, !text.trimmingWhitespace().isEmpty { values[key] = .text(text) }
        }
        let type = record.documentType
        set("documentType", type.flatMap { $0 == .unknown ? nil : $0.rawValue })
        set("sourcePath", record.source.path)
        let ids = record.identifiers
        set("registrationCode", ids?.registrationCode)
        set("transactionNumber", ids?.transactionNumber)
        set("licenseNumber", ids?.licenseNumber)
        set("agreementNumber", ids?.agreementNumber)
        set("applicationControlNumber", ids?.applicationControlNumber)
        set("submittedDate", record.dates?.submitted)
        set("effectiveDate", record.dates?.effective)
        set("expirationDate", record.dates?.expiration)
        set("totalValue", record.totalValue.map(Self.format))
        set("destinations", countries(record.destinations))
        set("destinationCodes", record.destinations.map { $0.joined(separator: "; ") })
        set("endUse", record.endUse)
        for role in PartyRole.allCases {
            guard let party = record.parties?.first(where: { $0.role == role }) else { continue }
            set("\(role.rawValue)Name", party.name)
            set("\(role.rawValue)Address", party.address.flatMap(Self.format))
            set("\(role.rawValue)Country", party.country.map { countryNames[$0] ?? $0 })
            set("\(role.rawValue)CountryCode", party.country)
            set("\(role.rawValue)Title", party.title)
        }
        values["parties"] = .list((record.parties ?? []).map(party))
        values["signatories"] = .list((record.parties ?? []).filter {
            $0.role == .usSignatory || $0.role == .foreignSignatory
        }.map { signatory in
            var element = party(signatory)
            element["side"] = .text(signatory.role == .usSignatory ? "U.S." : "foreign")
            return element
        })
        for (key, role) in [("usSignatories", PartyRole.usSignatory), ("foreignSignatories", .foreignSignatory)] {
            values[key] = .list((record.parties ?? []).filter { $0.role == role }.map(party))
        }
        values["items"] = .list((record.items ?? []).map(Self.item))
        let findings = record.findings ?? []
        values["findings"] = .list(findings.enumerated().map { Self.finding($1, number: $0 + 1) })
        values["hasFindings"] = .flag(!findings.isEmpty)
        values["findingCount"] = .text(String(findings.count))

        let agreement = record.agreement
        let territory = (agreement?.retransferTerritory ?? []) + (agreement?.salesTerritory ?? [])
            + (agreement?.distributionTerritory ?? [])
        set("territory", countries(territory.isEmpty ? nil : territory.reduce(into: [String]()) { list, code in
            if !list.contains(code) { list.append(code) }
        }))
        set("termStart", agreement?.term?.start)
        set("termEnd", agreement?.term?.end)
        set("termYears", agreement?.term?.years.map { "\($0)" })
        set("technicalData", agreement?.technicalData)
        set("defenseServices", agreement?.defenseServices)
        let hasSME = record.items?.contains { $0.sme == true } ?? false
        values["isTAA"] = .flag(type == .taa)
        values["isMLA"] = .flag(type == .mla)
        values["isWDA"] = .flag(type == .wda)
        values["isAgreement"] = .flag(type?.isAgreement ?? false)
        values["hasSME"] = .flag(hasSME)
        values["part130Required"] = .flag(record.totalValue.map { $0.currency == "USD" && $0.amount >= 500_000 } ?? false)

        let applicant = record.parties?.first { $0.role == .applicant }?.name
        let licensee = record.parties?.first { $0.role == .licensee || $0.role == .foreignConsignee }?.name
        let required = requiredClauses(for: type ?? .taa, sme: hasSME)
        let found = Dictionary((agreement?.clauses ?? []).map { ($0.id, $0.present) }, uniquingKeysWith: { $0 || $1 })
        values["agreementClauses"] = .list(required.map { entry in
            var element = Self.clause(entry, applicant: applicant, licensee: licensee)
            element["status"] = .text(found[entry.id].map { $0 ? "present" : "missing" } ?? "not checked")
            element["present"] = .flag(found[entry.id] ?? false)
            return element
        })
        values["clausesToInsert"] = .list(required.filter { found[$0.id] != true }.map {
            Self.clause($0, applicant: applicant, licensee: licensee)
        })
        let letterFound = Dictionary((agreement?.transmittal ?? []).map { ($0.id, $0.present) },
                                     uniquingKeysWith: { $0 || $1 })
        let letter = clauses.filter { $0.document == "transmittal-letter" && $0.id.hasPrefix("124.12(") }
        values["transmittalItems"] = .list(letter.filter { $0.id.hasPrefix("124.12(a)") }.map { entry in
            var element = Self.clause(entry, applicant: applicant, licensee: licensee)
            element["status"] = .text(letterFound[entry.id].map { $0 ? "present" : "missing" } ?? "not checked")
            return element
        })
        values["transmittalStatements"] = .list(letter.filter { $0.id.hasPrefix("124.12(b)") }.map {
            Self.clause($0, applicant: applicant, licensee: licensee)
        })
        return values
    }

    /// 124.8 for TAAs and MLAs, 124.9(a) for MLAs (and 124.9(b) when they cover SME), 124.14(c) for WDAs.
    private func requiredClauses(for type: DocumentType, sme: Bool) -> [Part124ClausesFile.Entry] {
        let applicable = type.isAgreement ? type : .taa
        return clauses.filter { entry in
            entry.document == "agreement" && entry.id.hasPrefix("124.") && entry.applies.contains(applicable.rawValue)
                && (sme || !entry.id.hasPrefix("124.9(b)"))
        }
    }

    private func countries(_ codes: [String]?) -> String? {
        guard let codes, !codes.isEmpty else { return nil }
        return codes.map { countryNames[$0] ?? $0 }.joined(separator: "; ")
    }

    private func party(_ party: Party) -> [String: FieldValue] {
        var element: [String: FieldValue] = ["role": .text(party.role.label), "name": .text(party.name)]
        element["title"] = party.title.map(FieldValue.text)
        element["address"] = party.address.flatMap(Self.format).map(FieldValue.text)
        element["country"] = party.country.map { .text(countryNames[$0] ?? $0) }
        element["countryCode"] = party.country.map(FieldValue.text)
        return element
    }

    private static func item(_ item: Item) -> [String: FieldValue] {
        var element: [String: FieldValue] = [:]
        let currency = item.currency ?? "USD"
        element["line"] = item.line.map { .text(String($0)) }
        element["description"] = item.description.map(FieldValue.text)
        element["quantity"] = item.quantity.map { .text("\($0)") }
        element["unit"] = item.unit.map(FieldValue.text)
        element["unitValue"] = item.unitValue.map { .text(format(Money(amount: $0, currency: currency))) }
        element["totalValue"] = item.totalValue.map { .text(format(Money(amount: $0, currency: currency))) }
        element["usmlCategory"] = item.usmlCategory.map(FieldValue.text)
        element["eccn"] = item.eccn.map(FieldValue.text)
        element["classification"] = (item.usmlCategory.map { "USML Cat. \($0)" } ?? item.eccn.map { "ECCN \($0)" })
            .map(FieldValue.text)
        element["sme"] = item.sme.map { .text($0 ? "Yes" : "No") }
        element["partNumber"] = item.partNumber.map(FieldValue.text)
        element["manufacturer"] = item.manufacturer.map(FieldValue.text)
        element["ccats"] = item.ccats.map(FieldValue.text)
        return element
    }

    private static func finding(_ finding: Finding, number: Int) -> [String: FieldValue] {
        var element: [String: FieldValue] = [
            "number": .text(String(number)), "severity": .text(finding.severity.rawValue),
            "rule": .text(finding.rule), "citation": .text(finding.citation), "message": .text(finding.message),
        ]
        element["field"] = finding.field.map(FieldValue.text)
        element["location"] = finding.evidence.flatMap(location).map(FieldValue.text)
        return element
    }

    private static func location(_ evidence: Evidence) -> String? {
        if let field = evidence.field { return "form field \(field)" }
        if let page = evidence.page { return "page \(page)" }
        if let line = evidence.line { return "line \(line)" }
        return nil
    }

    private static func clause(_ entry: Part124ClausesFile.Entry, applicant: String?,
                               licensee: String?) -> [String: FieldValue] {
        // The regulation leaves the parties' names as "(applicant)" and "(Licensee)" for the drafter to fill.
        var text = entry.regulationText
        if let applicant {
            for blank in ["The (applicant)", "(the applicant)", "(applicant)"] {
                text = text.replacingOccurrences(of: blank, with: applicant)
            }
        }
        if let licensee { text = text.replacingOccurrences(of: "(Licensee)", with: licensee) }
        return ["id": .text(entry.id), "citation": .text(entry.citation), "title": .text(entry.title),
                "text": .text(text)]
    }

    /// "2250 North Rock Road, Building 4, Wichita, KS 67226".
    static func format(_ address: Address) -> String? {
        let place = [address.city, address.region].compactMap { $0 }.joined(separator: ", ")
        let last = [place, address.postalCode ?? ""].filter { !$0.isEmpty }.joined(separator: " ")
        let parts = address.lines + (last.isEmpty ? [] : [last])
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }

    /// "USD 1,250,000.00": fixed grouping and two decimals, whatever the machine's locale.
    static func format(_ money: Money) -> String {
        var amount = money.amount
        var rounded = Decimal()
        NSDecimalRound(&rounded, &amount, 2, .plain)
        let negative = rounded < 0
        let digits = "\(negative ? -rounded : rounded)"
        let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
        let whole = String(parts[0])
        let fraction = parts.count > 1 ? String(parts[1]).padding(toLength: 2, withPad: "0", startingAt: 0) : "00"
        var grouped = ""
        for (index, character) in whole.enumerated() {
            if index > 0 && (whole.count - index) % 3 == 0 { grouped.append(",") }
            grouped.append(character)
        }
        return "\(money.currency) \(negative ? "-" : "")\(grouped).\(fraction)"
    }
}

extension PartyRole {
    /// The role in words, as forms and letters name it.
    public var label: String {
        switch self {
        case .applicant: "applicant"
        case .foreignConsignee: "foreign consignee"
        case .foreignEndUser: "foreign end-user"
        case .foreignIntermediateConsignee: "foreign intermediate consignee"
        case .usConsignor: "U.S. consignor"
        case .freightForwarder: "freight forwarder"
        case .manufacturer: "manufacturer"
        case .licensee: "licensee"
        case .sublicensee: "sublicensee"
        case .usSignatory: "U.S. signatory"
        case .foreignSignatory: "foreign signatory"
        case .purchaser: "purchaser"
        case .ultimateConsignee: "ultimate consignee"
        case .intermediateConsignee: "intermediate consignee"
        case .endUser: "end user"
        case .seller: "seller"
        case .other: "other party"
        }
    }
}
