/// Destinations and the parties that receive: every country of ultimate destination has a foreign end-user
/// there (22 CFR 123.9(a), DSP-5 Block 3 / Block 14), and hardware goes to one country (DSP-5 Block 3).
struct DestinationPartiesRule: ValidationRule {
    let lists: ReferenceLists

    func findings(for record: DocketRecord, in package: PackageContext) -> [Finding] {
        guard let type = record.documentType, [.dsp5, .dsp73, .dsp85].contains(type) else { return [] }
        let destinations = record.destinations ?? []
        let endUserCountries = Set((record.parties ?? []).filter { $0.role == .foreignEndUser }.compactMap(\.country))
        var findings: [Finding] = []
        // Without any end-user the required-blocks rule already reports the block; one finding per problem. The
        // DSP-85 has its own, two-way match (`DSP85DestinationsRule`).
        if !endUserCountries.isEmpty && type != .dsp85 {
            for code in destinations where !endUserCountries.contains(code) {
                findings.append(Finding(
                    rule: "destination.no-end-user", severity: .error, citation: "22 CFR 123.9(a)",
                    field: "destinations.\(code)",
                    message: "\(lists.countryName(code)) is listed as a country of ultimate destination but no foreign "
                        + "end-user there is named; add its end-user (Block 14) or remove the country (Block 3).",
                    evidence: record.evidence?["destinations.\(code)"]))
            }
        }
        if type == .dsp5, destinations.count > 1, (record.items ?? []).contains(where: Self.isHardware) {
            findings.append(Finding(
                rule: "destination.hardware-one-country", severity: .error, citation: "DSP-5 instructions, Block 3",
                field: "destinations",
                message: "The application ships hardware to \(destinations.count) countries "
                    + "(\(destinations.map(lists.countryName).joined(separator: ", "))); a DSP-5 with hardware may "
                    + "name only one country of ultimate destination. File one application per country.",
                evidence: record.evidence?["destinations.\(destinations[1])"]))
        }
        return findings
    }

    /// Technical data and defense services are not hardware; anything else on the item list is.
    static func isHardware(_ item: Item) -> Bool {
        let description = (item.description ?? "").lowercased()
        return !(description.hasPrefix("technical data") || description.hasPrefix("defense services")
            || description.hasPrefix("defense service"))
    }
}

/// DSP-85: "All countries of ultimate destination must be listed and must match the countries listed in Block 17"
/// (DECCS DSP-85 instructions). Block 17 is where the foreign parties that receive the articles are named, so the
/// countries of the foreign consignees and end-users must be the destinations, both ways: a destination nobody
/// receives in, and a receiving party in a country that is not a destination, are each a finding.
struct DSP85DestinationsRule: ValidationRule {
    static let citation = "DSP-85 instructions, Block 17"
    let lists: ReferenceLists

    func findings(for record: DocketRecord, in package: PackageContext) -> [Finding] {
        guard record.documentType == .dsp85 else { return [] }
        let destinations = record.destinations ?? []
        let receivers = (record.parties ?? []).filter { [.foreignEndUser, .foreignConsignee].contains($0.role) }
        // With no destination or no receiving party the required-blocks rule reports the empty block.
        guard !destinations.isEmpty, !receivers.isEmpty else { return [] }
        let receiverCountries = Set(receivers.compactMap(\.country))
        var findings: [Finding] = []
        for code in destinations where !receiverCountries.contains(code) {
            findings.append(Finding(
                rule: "destination.dsp85-no-party", severity: .error, citation: Self.citation,
                field: "destinations.\(code)",
                message: "\(lists.countryName(code)) is a country of ultimate destination, but no foreign consignee or "
                    + "end-user in Block 17 is there; the destinations must match the Block 17 countries. Add the "
                    + "party there or remove the country.",
                evidence: record.evidence?["destinations.\(code)"]))
        }
        var reported: Set<String> = []
        for party in receivers {
            guard let country = party.country, !destinations.contains(country), reported.insert(country).inserted
            else { continue }
            findings.append(Finding(
                rule: "destination.dsp85-country-not-listed", severity: .error, citation: Self.citation,
                field: "parties[\(party.role.rawValue)].country",
                message: "\(party.name) (\(CountryMentions.words(party.role))) is in \(lists.countryName(country)), "
                    + "which is not among the countries of ultimate destination ("
                    + destinations.map(lists.countryName).joined(separator: ", ")
                    + "); every Block 17 country must be listed as a destination. Add it or correct the party.",
                evidence: party.evidence))
        }
        return findings
    }
}

/// 22 CFR 126.1: (d)(1) countries are under a policy of denial (an error); (d)(2) countries are denied with
/// exceptions (a warning naming the paragraph a license must fit). Destinations, every foreign party and
/// agreement territories are checked, because a proscribed intermediate consignee is as much a problem.
struct ProscribedCountriesRule: ValidationRule {
    let lists: ReferenceLists

    func findings(for record: DocketRecord, in package: PackageContext) -> [Finding] {
        guard let type = record.documentType, type.isDDTCLicense || type.isAgreement || type == .dsp83 else { return [] }
        var findings: [Finding] = []
        var seen: Set<String> = []
        for place in CountryMentions.all(in: record) where !seen.contains(place.key) {
            seen.insert(place.key)
            guard let entry = lists.itar126[place.country] else { continue }
            let name = lists.countryName(place.country)
            if entry.listedIn == "(d)(1)" {
                findings.append(Finding(
                    rule: "itar126.policy-of-denial", severity: .error, citation: "22 CFR 126.1(d)(1)", field: place.field,
                    message: "\(place.what), \(name), is subject to a policy of denial under 22 CFR 126.1(d)(1); "
                        + "DDTC will deny the application. Remove the country or consult DDTC before filing.",
                    evidence: place.evidence))
            } else {
                let paragraph = "22 CFR 126.1\(entry.paragraph)"
                let listed = entry.listedIn == "(d)(2)" ? "listed in 22 CFR 126.1(d)(2)" : "named in \(paragraph)"
                findings.append(Finding(
                    rule: "itar126.denial-with-exceptions", severity: .warning,
                    citation: entry.listedIn == "(d)(2)" ? "22 CFR 126.1(d)(2)" : paragraph, field: place.field,
                    message: "\(place.what), \(name), is \(listed); licenses are denied unless the export fits an "
                        + "exception in \(paragraph). State which exception applies.",
                    evidence: place.evidence))
            }
        }
        return findings
    }
}

/// EAR Country Groups on BIS forms: E:1 and E:2 destinations are embargoed (15 CFR 746), D:5 is the U.S.
/// arms embargo list (15 CFR 740 Supplement No. 1), where 600-series and 9x515 items meet a policy of denial.
struct EARCountryGroupRule: ValidationRule {
    let lists: ReferenceLists

    /// The Part 746 section for each embargoed country; other E-group members cite the group list. Checked
    /// against 15 CFR 746.1 (eCFR): Cuba 746.2, North Korea 746.4, Iran 746.7, Syria 746.9.
    static let embargoSections = ["CU": "15 CFR 746.2", "KP": "15 CFR 746.4", "IR": "15 CFR 746.7", "SY": "15 CFR 746.9"]

    func findings(for record: DocketRecord, in package: PackageContext) -> [Finding] {
        guard record.documentType?.isBIS == true else { return [] }
        var findings: [Finding] = []
        var seen: Set<String> = []
        for place in CountryMentions.all(in: record) where !seen.contains(place.key) {
            seen.insert(place.key)
            let groups = lists.earGroups[place.country] ?? []
            let name = lists.countryName(place.country)
            if let group = ["E:1", "E:2"].first(where: groups.contains) {
                let section = Self.embargoSections[place.country]
                findings.append(Finding(
                    rule: "ear.embargoed-destination", severity: .error,
                    citation: section ?? "15 CFR 740 Supplement No. 1",
                    field: place.field,
                    message: "\(place.what), \(name), is in Country Group \(group); exports are subject to the "
                        + "embargo controls in \(section ?? "15 CFR part 746") and are generally denied. Confirm an "
                        + "authorization applies before filing.",
                    evidence: place.evidence))
            } else if groups.contains("D:5") {
                findings.append(Finding(
                    rule: "ear.arms-embargoed-destination", severity: .warning, citation: "15 CFR 740 Supplement No. 1",
                    field: place.field,
                    message: "\(place.what), \(name), is in Country Group D:5 (U.S. arms embargo); 600-series and "
                        + "9x515 items face a policy of denial (15 CFR 742.4(b)(1)). Check each item's ECCN.",
                    evidence: place.evidence))
            }
        }
        return findings
    }
}

/// The countries a record names: destinations, foreign parties, agreement territories.
struct CountryMentions {
    var country: String
    /// Finding subject, e.g. "The country of ultimate destination".
    var what: String
    var field: String
    var evidence: Evidence?

    /// One finding per country and kind of mention.
    var key: String { country + "|" + what }

    static func all(in record: DocketRecord) -> [CountryMentions] {
        var mentions: [CountryMentions] = []
        let destinationWord = record.documentType == .dsp73 ? "The temporary destination"
            : "The country of ultimate destination"
        for code in record.destinations ?? [] {
            mentions.append(CountryMentions(country: code, what: destinationWord, field: "destinations.\(code)",
                                            evidence: record.evidence?["destinations.\(code)"]))
        }
        let destinations = Set(record.destinations ?? [])
        // A party in a destination country adds nothing the destination finding does not say.
        for party in record.parties ?? [] {
            guard let country = party.country, country != "US", !destinations.contains(country) else { continue }
            mentions.append(CountryMentions(country: country, what: "The \(Self.words(party.role))'s country",
                                            field: "parties[\(party.role.rawValue)].country", evidence: party.evidence))
        }
        if let agreement = record.agreement {
            let territories = (agreement.retransferTerritory ?? []) + (agreement.salesTerritory ?? [])
                + (agreement.distributionTerritory ?? [])
            for code in territories {
                mentions.append(CountryMentions(country: code, what: "A country of the agreement territory",
                                                field: "agreement.territory", evidence: nil))
            }
        }
        return mentions
    }

    /// "foreignIntermediateConsignee" -> "foreign intermediate consignee".
    static func words(_ role: PartyRole) -> String {
        var out = ""
        for character in role.rawValue {
            if character.isUppercase { out += " " + character.lowercased() } else { out.append(character) }
        }
        return out.replacingOccurrences(of: "us ", with: "U.S. ")
    }
}
