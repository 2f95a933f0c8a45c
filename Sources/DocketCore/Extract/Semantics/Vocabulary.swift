/// Every way filings name the things Docket extracts, in one place.
///
/// Phrases are matched as whole-word sequences of `LabelText` words (lower case, singular, "U.S." as "us"),
/// longest first, so "foreign intermediate consignee" wins over "consignee". Add synonyms here, nowhere else.
public enum Vocabulary {
    static let roles: [(PartyConcept, [String])] = [
        (.intermediateConsignee, ["foreign intermediate consignee", "intermediate consignee",
                                  "intermediate foreign consignee", "intermediary consignee", "intermediate"]),
        (.endUser, ["foreign end user", "end user foreign", "ultimate end user", "end user", "enduser"]),
        (.consignee, ["foreign consignee", "consignee foreign", "ultimate consignee", "ult consignee", "consignee"]),
        (.consignorOrForwarder, ["U.S. consignor or freight forwarder", "consignor or freight forwarder",
                                 "consignor / forwarder", "U.S. consignor/freight forwarder"]),
        (.freightForwarder, ["freight forwarder", "forwarding agent", "forwarder"]),
        (.consignor, ["us consignor", "consignor", "exporter of record"]),
        (.otherParty, ["foreign consignor", "U.S. consignee", "other party authorized to receive license",
                       "other party"]),
        (.manufacturer, ["manufacturer", "mfr", "producer"]),
        (.seller, ["seller in the United States", "U.S. seller", "seller", "source of supply"]),
        (.purchaser, ["purchaser", "buyer"]),
        (.sublicensee, ["sub licensee", "sublicensee", "sublicensed party"]),
        (.licensee, ["foreign licensee", "licensee", "foreign party", "distributor"]),
        (.signatory, ["signatory", "signature", "signer", "signed by", "authorized official", "empowered official",
                      "responsible official", "certifying official"]),
        (.applicant, ["applicant", "us applicant", "exporter", "applicant exporter", "us exporter",
                      "licensor", "us party"]),
    ]

    static let partyAttributes: [(PartyAttribute, [String])] = [
        (.registrationCode, ["registration code", "registration number", "registration no", "ddtc code",
                             "registrant code", "ddtc registration"]),
        (.postalCode, ["postal code", "zip code", "zip", "postcode", "post code"]),
        (.region, ["state province", "state", "province", "region", "prefecture", "country sub division",
                   "country subdivision", "subdivision", "state or province"]),
        (.country, ["country", "nation", "country code"]),
        (.city, ["city", "town", "municipality", "city town"]),
        (.address, ["street address", "address line", "address", "street", "addr", "location", "mailing address"]),
        (.title, ["title", "position", "job title"]),
        (.name, ["company name", "organization name", "legal name", "entity name", "firm name", "name",
                 "company", "organization", "entity", "firm", "party name"]),
    ]

    static let identifiers: [(IdentifierKind, [String])] = [
        (.applicationControlNumber, ["application control number", "application control no", "acn", "z number",
                                     "snap r control number"]),
        (.agreementNumber, ["agreement number", "agreement no", "ddtc agreement number", "agreement id",
                            "ta number", "ma number"]),
        (.licenseNumber, ["license number", "license no", "licence number", "dsp 5 license number", "case number",
                          "license case number", "ddtc case number", "approved license"]),
        (.transactionNumber, ["transaction number", "transaction no", "transaction id", "applicant reference",
                              "reference number", "internal reference", "submission id", "transaction reference",
                              "transaction ref", "applicant transaction number"]),
        (.registrationCode, ["ddtc registration code", "registration code", "registrant code", "registrant",
                             "ddtc registration number", "registration number", "registration no",
                             "pm ddtc code", "ddtc applicant registrant code", "applicant registrant code",
                             "applicant code", "ddtc code"]),
    ]

    static let dates: [(DateKind, [String])] = [
        (.expiration, ["expiration date", "expiry date", "date of expiration", "expire", "expire on", "valid until",
                       "valid through", "end date", "termination date", "expiration"]),
        (.effective, ["effective date", "date of entry into force", "entry into force", "commencement date",
                      "start date", "effective"]),
        (.submitted, ["date of application", "application date", "date submitted", "submission date",
                      "date of submission", "filing date", "date signed", "signature date", "date of signature",
                      "submitted", "submitted on", "date"]),
    ]

    static let destinations: [String] = [
        "country of ultimate destination", "ultimate destination country", "ultimate destination",
        "country of destination", "destination country", "destination", "country of ultimate end use",
        "foreign country", "country of ultimate destination temporary sojourn", "country of temporary destination",
        "temporary destination", "destination countries", "country of end use",
    ]

    static let totalValue: [String] = [
        "total value", "total application value", "total license value", "total dollar value", "grand total",
        "total amount", "total value usd", "value total", "total",
    ]

    static let endUse: [String] = ["specific purpose", "specific end use", "specific purpose end use", "end use",
                                   "purpose", "intended end use"]

    static let formType: [String] = ["form type", "form", "form number", "document type", "application type"]

    /// Item-table headers and item field names.
    static let itemAttributes: [(ItemAttribute, [String])] = [
        (.unitValue, ["unit value", "unit price", "price each", "unit cost", "value each", "each", "unit usd",
                      "unit price usd", "unit value usd", "unit val", "unitval"]),
        (.totalValue, ["total value", "extended value", "total price", "line total", "extended price", "amount",
                       "total", "value", "total usd", "value usd", "extended", "extension", "tot val", "totval",
                       "total val", "ext val"]),
        (.quantity, ["quantity", "qty", "quant", "number of units", "no of units"]),
        (.unit, ["unit of measure", "uom", "u/m", "unit", "units"]),
        (.usml, ["usml category", "usml cat", "usml", "usml paragraph", "category", "cat"]),
        (.eccn, ["export control classification number", "eccn", "classification", "ccl"]),
        (.sme, ["significant military equipment", "sme", "sme y n"]),
        (.partNumber, ["part number", "part no", "p n", "pn", "model number", "model no", "model", "part"]),
        (.description, ["commodity description", "description of commodity", "item description",
                        "technical description", "description", "commodity", "nomenclature", "article",
                        "defense article", "desc"]),
        (.line, ["line number", "line no", "line item", "line", "item no", "item number", "item", "no", "ln"]),
        (.currency, ["currency"]),
        (.manufacturer, ["manufacturer", "mfr", "manufactured by", "maker", "producer", "manufacturer name"]),
        (.ccats, ["ccats", "ccats number", "ccats no", "prior ccats", "ccats if any"]),
        (.performance, ["ctp", "adjusted peak performance", "ctp app", "composite theoretical performance"]),
    ]

    /// BIS-748P Block 5.
    static let applicationType: [String] = ["type of application", "application type"]

    /// Every word of every phrase, split plainly (not through `LabelText`, which consults this set).
    static let knownWords: Set<String> = {
        let phrases: [String] = roles.flatMap(\.1) + partyAttributes.flatMap(\.1) + identifiers.flatMap(\.1)
            + dates.flatMap(\.1) + destinations + totalValue + formType + endUse + itemAttributes.flatMap(\.1)
            + applicationType + Array(itemContainers) + ["us", "foreign", "end", "user", "signature", "party", "block"]
        var words: Set<String> = []
        func insert(_ word: String) {
            words.insert(word)
            words.insert(LabelText.singular(word))
        }
        // Built at the first label of every run: ASCII phrases are split on their bytes, which costs a tenth of
        // splitting Characters (a one-document run's start-up showed it).
        for phrase in phrases {
            let lowered = phrase.lowercased()
            if lowered.utf8.allSatisfy({ $0 < 0x80 }) {
                for word in lowered.utf8.split(whereSeparator: { !(0x61...0x7A).contains($0) }) where word.count >= 2 {
                    insert(String(decoding: word, as: UTF8.self))
                }
            } else {
                for word in lowered.split(whereSeparator: { !$0.isLetter }) where word.count >= 2 {
                    insert(String(word))
                }
            }
        }
        return words
    }()

    /// Container names that mark a repeated item (XML elements, field-name prefixes).
    static let itemContainers: Set<String> = ["item", "line", "lineitem", "commodity", "article", "product",
                                              "good", "row", "entry"]

    /// Words that say a party is outside the United States (for signatories and generic parties).
    static let foreignWords: Set<String> = ["foreign", "licensee", "overseas", "non"]
}

/// A vocabulary table with each phrase reduced to its `LabelText` words, in table order: phrases are written
/// as people write them and reduced once, since lookups run for every label of every document.
struct PhraseTable<Concept: Sendable>: Sendable {
    let entries: [(concept: Concept, needle: [String])]
    /// The first word of every phrase: a label holding none of them cannot match.
    let firstWords: Set<String>

    init(_ table: [(Concept, [String])]) {
        entries = table.flatMap { concept, phrases in
            phrases.map { (concept, LabelText($0).words) }.filter { !$0.1.isEmpty }
        }
        firstWords = Set(entries.map { $0.needle[0] })
    }

    /// Every phrase's words, in table order.
    var needles: [[String]] { entries.map(\.needle) }
}

/// A vocabulary lookup result: which phrase matched, where, and what words were left over.
struct PhraseMatch<Concept> {
    var concept: Concept
    var range: Range<Int>
    var remainder: [String]
}

extension Vocabulary {
    /// The longest phrase of `table` found anywhere in `words`.
    static func find<Concept: Sendable>(in words: [String], _ table: PhraseTable<Concept>) -> PhraseMatch<Concept>? {
        // Lookups run for every label candidate of every document; most share no word with the table.
        guard words.contains(where: table.firstWords.contains) else { return nil }
        var best: (concept: Concept, range: Range<Int>, length: Int)?
        for (concept, needle) in table.entries {
            guard needle.count <= words.count, needle.count > (best?.length ?? 0) else { continue }
            for start in 0...(words.count - needle.count)
            where words[start] == needle[0] && words[start..<start + needle.count].elementsEqual(needle) {
                best = (concept, start..<start + needle.count, needle.count)
                break
            }
        }
        guard let best else { return nil }
        var remainder = words
        remainder.removeSubrange(best.range)
        return PhraseMatch(concept: best.concept, range: best.range, remainder: remainder)
    }

    /// True when `words` is exactly one of the table's phrases.
    static func isExactly(_ words: [String], oneOf table: PhraseTable<Void>) -> Bool {
        table.entries.contains { $0.needle == words }
    }

    // The tables above with their phrases reduced once, for the lookups that run on every label.
    static let roleTable = PhraseTable(roles)
    static let partyAttributeTable = PhraseTable(partyAttributes)
    static let identifierTable = PhraseTable(identifiers)
    static let dateTable = PhraseTable(dates)
    static let itemAttributeTable = PhraseTable(itemAttributes)
    static let destinationTable = PhraseTable([((), destinations)])
    static let totalValueTable = PhraseTable([((), totalValue)])
    static let endUseTable = PhraseTable([((), endUse)])
    static let formTypeTable = PhraseTable([((), formType)])
    static let applicationTypeTable = PhraseTable([((), applicationType)])
}
