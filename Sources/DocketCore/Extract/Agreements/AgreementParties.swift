import Foundation

/// Parties of an agreement: the preamble's applicant and licensees, a sublicensee table, signature blocks.
enum AgreementParties {
    static func parties(in text: AgreementText, type: DocumentType) -> [Party] {
        var parties = preamble(in: text, type: type)
        if !parties.contains(where: { $0.role == .applicant || $0.role == .licensee }) {
            parties += xmlParties(in: text.passages)
        }
        for sublicensee in sublicensees(in: text) where !parties.contains(where: { same($0.name, sublicensee.name) }) {
            parties.append(sublicensee)
        }
        parties = fillingCountries(parties, in: text)
        parties += signatories(in: text, parties: parties)
        return parties
    }

    /// Parties of an XML agreement whose elements name the role ("USApplicant/Name", "ForeignParty/Name",
    /// "Licensee/CompanyName"), with the country from a sibling country element. Elements that do not name a
    /// role are left alone rather than guessed.
    static func xmlParties(in passages: [TextPassage]) -> [Party] {
        func element(_ component: Substring) -> String {
            let local = component.split(separator: ":").last.map(String.init) ?? String(component)
            return (local.split(separator: "[").first.map(String.init) ?? local).lowercased()
        }
        var parties: [Party] = []
        for passage in passages {
            guard let xpath = passage.evidence.xpath else { continue }
            let components = xpath.split(separator: "/")
            guard components.count >= 2, let last = components.last,
                  ["name", "companyname", "organizationname", "legalname", "partyname"].contains(element(last))
            else { continue }
            let owner = element(components[components.count - 2])
            let role: PartyRole
            if owner.containsLiteral("sublicens") {
                role = .sublicensee
            } else if owner.containsLiteral("applicant") || owner.containsLiteral("licensor") || owner.hasPrefix("usparty")
                        || owner.hasPrefix("uscompany") || owner.hasPrefix("usexporter") {
                role = .applicant
            } else if owner.containsLiteral("licensee") || owner.containsLiteral("foreign") || owner.containsLiteral("distributor") {
                role = .licensee
            } else {
                continue
            }
            let parent = components.dropLast().joined(separator: "/")
            let country = passages.first { other in
                guard let path = other.evidence.xpath, path.hasPrefix("/" + parent + "/") || path.hasPrefix(parent + "/"),
                      let leaf = path.split(separator: "/").last else { return false }
                return element(leaf).containsLiteral("country")
            }.flatMap { AgreementTerms.countries?.alpha2(for: $0.text, context: .countryField) }
            var evidence = passage.evidence
            evidence.text = passage.text
            parties.append(Party(role: role, name: passage.text, country: country, evidence: evidence))
        }
        return parties
    }

    /// The applicant's DDTC registration code ("M12345", "K-1234"), normalized without the hyphen.
    static func registrationCode(in text: AgreementText) -> (code: String, evidence: Evidence)? {
        for sentence in text.sentences where sentence.words.contains(where: { $0.hasPrefix("registr") }) {
            if let match = Pattern.first(#"\b([MK])\s?-?\s?([0-9]{4,5})\b"#, in: sentence.text, caseInsensitive: false),
               let whole = match[0], let letter = match[1], let digits = match[2] {
                var evidence = text.passages[sentence.passage].evidence
                evidence.text = sentence.text
                return (RegistrationCodeNormalizer().registrationCode(whole) ?? letter + digits, evidence)
            }
        }
        return nil
    }

    // MARK: - Preamble

    /// Parties named in the preamble: "by and between A, a Delaware corporation … (“Licensor”), and B GmbH,
    /// organized under the laws of Germany … (hereinafter “Licensee”)".
    static func preamble(in text: AgreementText, type: DocumentType) -> [Party] {
        // The preamble ("is entered into … by and between") beats a title block ("Agreement between A and B").
        let candidates = text.sentences.prefix(60).filter { $0.words.contains("between") && $0.words.contains("and") }
        let formal = Concept("preamble", ["by and between", "entered into", "is made", "made and entered"])
        guard let sentence = candidates.first(where: { formal.occurs(in: $0) }) ?? candidates.first,
              let between = sentence.text.range(of: "between", options: [.caseInsensitive, .backwards])
        else { return [] }
        var list = String(sentence.text[between.upperBound...])
        // The list goes on past semicolons ("… (“Nordwerk”); and Fjellvik AS, …").
        var next = sentence.index + 1
        while list.hasSuffix(";"), next < text.sentences.count {
            list += " " + text.sentences[next].text
            next += 1
        }
        // A title block or letter subject runs on into the next block: the party list ends there.
        if let end = list.rangeOfPattern(#"\s+(?:Dear\b|DDTC\s+(?:Agreement|Case)|Agreement\s+No|Re:|Subject:|THIS\s|WHEREAS\b)"#) {
            list = String(list[..<end.lowerBound])
        }
        var chunks: [String] = []
        var current = ""
        var depth = 0
        var closedDefinedTerm = false
        var index = list.startIndex
        // Split at " and ", "; " or ", " outside parentheses once the current party is complete: its defined term
        // ("(“Licensee”)") has closed, or its name ended in a legal form ("Halvorsen Avionics Corporation and …").
        while index < list.endIndex {
            let character = list[index]
            if character == "(" { depth += 1 }
            if character == ")" {
                depth = max(0, depth - 1)
                if depth == 0, definedTerm(in: current + ")") != nil { closedDefinedTerm = true }
            }
            // Only the next six characters can start a separator; the legal-form pattern runs only at one.
            // (Lower-casing the rest of the list and matching the pattern at every character was quadratic.)
            let rest = list[index...].prefix(6).lowercased()
            if depth == 0, rest.hasPrefix(" and ") || rest.hasPrefix("; and ") || rest.hasPrefix(", and "),
               closedDefinedTerm || current.count > 60 || current.rangeOfPattern(Self.legalSuffix + #"\s*$"#) != nil {
                chunks.append(current)
                current = ""
                closedDefinedTerm = false
                index = list.index(index, offsetBy: rest.hasPrefix(" and ") ? 5 : 6)
                continue
            }
            if depth == 0, closedDefinedTerm, character == "," || character == ";" {
                chunks.append(current)
                current = ""
                closedDefinedTerm = false
                index = list.index(after: index)
                continue
            }
            current.append(character)
            index = list.index(after: index)
        }
        chunks.append(current)
        var parties: [Party] = []
        var evidence = text.passages[sentence.passage].evidence
        evidence.text = sentence.text
        for chunk in chunks {
            let name = cleanName(chunk)
            guard name.count >= 2, name.first?.isUppercase == true, name.spaceSeparatedWordCount(upTo: 12) <= 12 else {
                continue
            }
            let position = parties.count
            let defined = definedTerm(in: chunk)?.lowercased() ?? ""
            let role: PartyRole
            if defined.containsLiteral("sub") && defined.containsLiteral("licens") {
                role = .sublicensee
            } else if defined.containsLiteral("licensor") || defined.containsLiteral("applicant") || defined.containsLiteral("u.s.")
                        || defined.containsLiteral("us party") || defined.containsLiteral("exporter") || defined.containsLiteral("supplier") {
                role = .applicant
            } else if defined.containsLiteral("licensee") || defined.containsLiteral("distributor") || defined.containsLiteral("foreign") {
                role = .licensee
            } else {
                role = position == 0 ? .applicant : .licensee
            }
            var party = Party(role: role, name: name, country: country(of: chunk), evidence: evidence)
            if party.country == nil, role == .applicant, chunkMentionsUSState(chunk) { party.country = "US" }
            if let parsed = address(in: chunk) {
                party.address = parsed.address
                party.country = party.country ?? parsed.country
            }
            parties.append(party)
        }
        return parties
    }

    /// The address in a preamble entry: after "place of business at", "offices at", "located at" or "address",
    /// up to the defined term.
    static func address(in chunk: String) -> ParsedAddress? {
        guard let countries = AgreementTerms.countries,
              let text = Pattern.first(
                #"(?:place\s+of\s+business|offices?|located|address(?:ed)?|seat)\s+(?:at|in|is)?\s*:?\s*"#
                    + #"(.+?)\s*(?:\([^()]*[“"‘'][^()]*\)\s*)?$"#,
                in: TextFolding.trimming(chunk, [".", ",", ";"]))?[1] else { return nil }
        return AddressParser(countries: countries).parse(text)
    }

    /// Fills in countries the preamble did not give from "Name (Country)" elsewhere, as letters write them; the
    /// applicant of a Part 124 agreement is a registered U.S. person when nothing else is said.
    static func fillingCountries(_ parties: [Party], in text: AgreementText) -> [Party] {
        parties.map { party in
            var party = party
            guard party.country == nil else { return party }
            if let inside = parenthesized(after: party.name, in: text.passages),
               let code = AgreementTerms.countries?.alpha2(for: inside, context: .freeText) {
                party.country = code
            } else if party.role == .applicant || party.role == .usSignatory {
                party.country = "US"
            }
            return party
        }
    }

    /// What the first "`name` (…)" of the passages read as one text (joined by spaces) holds in its parentheses:
    /// 2 to 40 characters, after optional whitespace; the name is matched ignoring case.
    ///
    /// The text is never joined whole: it was 12 MB of a 1,500-page agreement's peak, and the pattern ran over
    /// all of it for every party without a country. Each passage that can start a match is searched with enough
    /// of the passages after it for any match starting inside it, which finds the same first match.
    static func parenthesized(after name: String, in passages: [TextPassage]) -> String? {
        guard let regex = RegexCache.regex(NSRegularExpression.escapedPattern(for: name) + #"\s*\(([^()]{2,40})\)"#,
                                           caseInsensitive: true) else { return nil }
        // A match starts with the name's first word, so that word is in the passage where it starts. The test is
        // made on bytes only where ASCII case is all that case-insensitive matching can mean.
        let firstWord = name.prefix { $0 != " " }
        let lead = !firstWord.isEmpty && firstWord.utf8.allSatisfy({ $0 < 0x80 }) ? Array(firstWord.lowercased().utf8) : nil
        // A match is the name, whitespace (collapsed in passages) and at most 42 characters: this reach past the
        // passage holds it with room to spare, including case folds that change a character's length.
        let reach = name.utf16.count * 2 + 200
        for start in passages.indices {
            let text = passages[start].text
            if let lead, !text.utf8.mayContain(lowercaseASCII: lead) { continue }
            var window = text
            let ownLength = text.utf16.count
            var length = ownLength
            var next = start + 1
            while length < ownLength + reach, next < passages.count {
                window += " " + passages[next].text
                length += 1 + passages[next].text.utf16.count
                next += 1
            }
            let nsWindow = window as NSString
            // A first match that starts past this passage is found again, whole, from the passage it starts in.
            guard let match = regex.firstMatch(in: window, range: NSRange(location: 0, length: nsWindow.length)),
                  match.range.location < ownLength else { continue }
            let inside = match.range(at: 1)
            return inside.location == NSNotFound ? nil : nsWindow.substring(with: inside)
        }
        return nil
    }

    /// The defined term of a party: the last quoted word in parentheses.
    static func definedTerm(in chunk: String) -> String? {
        Pattern.matches(#"\(([^()]*?)[“"‘']([^”"’']+)[”"’']"#, in: chunk).last?[2] ?? nil
    }

    private static let nameStops = [
        #",?\s+an?\s+(?:[A-Z][A-Za-z]+\s+){0,3}(?:corporation|company|limited|partnership|entity|firm|organi[sz]ation)"#,
        #",\s+an?\s+"#, #",?\s+(?:having|with)\s+(?:its|a|offices|principal)"#,
        #",?\s+(?:located|organi[sz]ed|incorporated|existing|registered)\b"#,
        #"\s*\("#, #",\s+(?:of|at)\s+"#, #"\s+(?:DDTC\b|Agreement\s+No|Dear\b|Re:|Subject:|THIS\b|WHEREAS\b)"#,
    ]

    /// A party name without its description, address or defined term.
    static func cleanName(_ chunk: String) -> String {
        var name = chunk
        for stop in nameStops {
            if let range = name.rangeOfPattern(stop, caseInsensitive: true) {
                name = String(name[..<range.lowerBound])
            }
        }
        name = name.replacingPattern(#"^\s*(?:the\s+)?(?:parties\s*:)?"#, with: "", caseInsensitive: true)
        return TextFolding.trimming(TextFolding.collapsingWhitespace(name), [",", ";", ":", "“", "”", "\""])
    }

    private static let usStates: Set<String> = [
        "alabama", "alaska", "arizona", "arkansas", "california", "colorado", "connecticut", "delaware", "florida",
        "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana", "maine",
        "maryland", "massachusetts", "michigan", "minnesota", "mississippi", "missouri", "montana", "nebraska",
        "nevada", "new hampshire", "new jersey", "new mexico", "new york", "north carolina", "north dakota", "ohio",
        "oklahoma", "oregon", "pennsylvania", "rhode island", "south carolina", "south dakota", "tennessee", "texas",
        "utah", "vermont", "virginia", "washington", "west virginia", "wisconsin", "wyoming", "district of columbia",
    ]

    private static func chunkMentionsUSState(_ chunk: String) -> Bool {
        let key = " " + AgreementText.keyWords(chunk).joined(separator: " ") + " "
        return usStates.contains { key.containsLiteral(" \($0) corporation") || key.containsLiteral("laws of the state of \($0)")
            || key.containsLiteral("laws of \($0)") || key.containsLiteral(" \($0) limited liability") }
            || Pattern.first(#",\s*[A-Z]{2}\s+[0-9]{5}(-[0-9]{4})?\b"#, in: chunk, caseInsensitive: false) != nil
    }

    /// The party's country: "organized under the laws of X", an address that ends in a country, or any country
    /// named outside attributive use.
    static func country(of chunk: String) -> String? {
        if let match = Pattern.first(#"laws\s+of\s+(?:the\s+)?([A-Z][A-Za-z .'-]+?)(?:,|\(|\bwith\b|\bhaving\b|$)"#,
                                     in: chunk, caseInsensitive: false),
           let place = match[1] {
            if let code = AgreementTerms.countries?.alpha2(for: place, context: .freeText) { return code }
            if usStates.contains(where: { place.lowercased().contains($0) }) { return "US" }
        }
        if chunkMentionsUSState(chunk) { return "US" }
        // The address ends where the defined term ("(“Licensee”)") begins; earlier parentheses are kept.
        var beforeDefined = chunk
        if let term = Pattern.first(#"\([^()]*[“"‘'][^()]*\)\s*$"#, in: chunk)?[0],
           let range = chunk.range(of: term, options: .backwards) {
            beforeDefined = String(chunk[..<range.lowerBound])
        }
        if let match = AgreementTerms.countries?.findCountry(in: beforeDefined) { return match.alpha2 }
        return AgreementTerms.countryCodes(in: beforeDefined).first
    }

    /// Whether two spellings name one party ("HALVORSEN AVIONICS, INC." and "Halvorsen Avionics, Inc."), or one
    /// starts with the other.
    static func same(_ left: String, _ right: String) -> Bool {
        NameKey(left).same(as: NameKey(right))
    }

    /// A name's comparison forms, computed once: callers compare one name against many lines.
    struct NameKey {
        /// The party-name comparison key (legal forms dropped), or the plain key words when the cleaner refuses.
        let comparison: String
        /// All key words, joined by spaces.
        let words: String

        init(_ name: String) {
            words = AgreementText.keyWords(name).joined(separator: " ")
            comparison = PartyNameCleaner().comparisonKey(for: name) ?? words
        }

        func same(as other: NameKey) -> Bool {
            let a = comparison, b = other.comparison
            return !a.isEmpty && !b.isEmpty && (a == b || a.hasPrefix(b + " ") || b.hasPrefix(a + " "))
        }
    }

    // MARK: - Sublicensees

    /// Legal forms that end a company name ("GmbH", "Co., Ltd.", "S.p.A.", "Pty Ltd").
    static let legalSuffix = #"\b(GmbH(?:\s*&\s*Co\.?\s*KG)?|AG|KG|Ltd\.?|Limited|PLC|plc|Inc\.?|Incorporated|"#
        + #"S\.A\.?|SA|S\.p\.A\.?|SpA|B\.V\.?|BV|N\.V\.?|NV|AB|ASA|AS|A/S|Oyj?|SAS|S\.A\.S\.?|SARL|S\.r\.l\.?|"#
        + #"Srl|Pty\.?\s+Ltd\.?|K\.K\.|KK|Co\.,?\s+Ltd\.?|Corporation|Corp\.?|LLC|L\.L\.C\.|Sp\.\s*z\s*o\.o\.|"#
        + #"ApS|Pte\.?\s+Ltd\.?|Pvt\.?\s+Ltd\.?|S\.L\.|SL|Aps)(?=[\s,|;()0-9]|$)"#

    /// Whether an element name or path says "sublicensee", "Sub-Licensees", "SUBLICENSE_LIST". The hyphens are
    /// dropped from the bytes: Foundation's `replacingOccurrences` was 2% of an XML run, called for every passage.
    static func namesSublicensees(_ name: some StringProtocol) -> Bool {
        String(decoding: name.lowercased().utf8.filter { $0 != UInt8(ascii: "-") }, as: UTF8.self)
            .containsLiteral("sublicens")
    }

    /// Rows of the sublicensee list: from a heading or lead-in naming sub-licensees to the next heading.
    static func sublicensees(in text: AgreementText) -> [Party] {
        let passages = text.passages
        // XML: elements under a sublicensee element, one row per parent.
        let xmlRows = Dictionary(grouping: passages.filter { passage in
            passage.evidence.xpath.map(namesSublicensees) ?? false
        }, by: { passage -> String in
            // A row is the innermost element named for sublicensees; its children are the cells.
            let path = passage.evidence.xpath ?? ""
            return path.split(separator: "/").last.map(namesSublicensees) == true ? path : parentPath(path)
        })
        if !xmlRows.isEmpty {
            return xmlRows.values.compactMap { cells -> Party? in
                guard let first = cells.first else { return nil }
                var evidence = first.evidence
                evidence.text = cells.map(\.text).joined(separator: " | ")
                return row(cells.map(\.text), evidence: evidence)
            }.sorted { ($0.evidence?.line ?? 0) < ($1.evidence?.line ?? 0) }
        }
        var starts: [Int] = []
        for (index, passage) in passages.enumerated() {
            let words = AgreementText.keyWords(passage.text)
            guard words.count <= 14 else { continue }
            let key = words.joined(separator: " ")
            if (key.containsLiteral("sublicensee") || key.containsLiteral("sub licensee"))
                && !key.containsLiteral("shall") && !key.containsLiteral("may") && !key.containsLiteral("means") {
                starts.append(index)
            }
        }
        var parties: [Party] = []
        for start in starts {
            for party in rows(after: start, in: passages) where !parties.contains(where: { same($0.name, party.name) }) {
                parties.append(party)
            }
        }
        return parties
    }

    /// Table rows after a sublicensee heading, up to the next article or appendix heading. A row begins at a line
    /// with a legal-form name (or with cells) and takes the short lines after it, so wrapped addresses and a
    /// country on its own line stay in the row.
    private static func rows(after start: Int, in passages: [TextPassage]) -> [Party] {
        var parties: [Party] = []
        var open: (cells: [String], evidence: Evidence)?
        func flush() {
            if let pending = open, let party = row(pending.cells, evidence: pending.evidence) { parties.append(party) }
            open = nil
        }
        // In XML the table is the heading's section: stop where the element tree leaves it.
        let section = passages[start].evidence.xpath.map { parentPath($0) + "/" }
        for index in passages.indices.dropFirst(start + 1) {
            let passage = passages[index]
            if let section, let xpath = passage.evidence.xpath, !xpath.hasPrefix(section) { break }
            let key = AgreementText.keyWords(passage.text).joined(separator: " ")
            let sectionHeading = ["article", "appendix", "annex", "exhibit", "section", "schedule"]
                .contains { key.hasPrefix($0 + " ") }
            if AgreementText.isHeading(passage.text, next: nil), sectionHeading, !key.containsLiteral("licensee") { break }
            if key.hasPrefix("in witness") || index > start + 120 { break }
            let text = separatingGluedCells(passage.text)
            let cells = text.components(separatedBy: CharacterSet(charactersIn: "|\t"))
                .map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
            var evidence = passage.evidence
            evidence.text = passage.text
            if cells.count >= 2 || text.rangeOfPattern(legalSuffix) != nil {
                flush()
                open = (cells, evidence)
            } else if var pending = open, text.spaceSeparatedWordCount(upTo: 12) <= 12, !text.hasSuffix(".") || text.count < 30 {
                if pending.cells.count == 1 {
                    pending.cells[0] += ", " + text
                } else {
                    pending.cells.append(text)
                }
                pending.evidence.text = (pending.evidence.text ?? "") + " / " + passage.text
                open = pending
            } else {
                flush()
            }
        }
        flush()
        return parties
    }

    /// Table cells that the text layer ran together: "1Hoshizora … Co., Ltd.3-12-8 Fuchinobe", "0206Japan".
    ///
    /// A space goes after a digit followed by a capitalized word (`[0-9](?=[A-Z][a-z])`), then after a letter and
    /// period followed by a digit (`[a-z]\.(?=[0-9])`, any case). Written as scans rather than regular
    /// expressions: this runs for every row of a scope table, and the patterns cost more than the rest of the row.
    static func separatingGluedCells(_ text: String) -> String {
        // Every rule needs a digit; most lines have none.
        guard text.utf8.contains(where: { (0x30...0x39).contains($0) }) else { return text }
        func isDigit(_ scalar: Unicode.Scalar) -> Bool { (0x30...0x39).contains(scalar.value) }
        func isUpper(_ scalar: Unicode.Scalar) -> Bool { (0x41...0x5A).contains(scalar.value) }
        func isLower(_ scalar: Unicode.Scalar) -> Bool { (0x61...0x7A).contains(scalar.value) }
        // ICU's case-insensitive [a-z] also takes the two letters whose case folding lands in it.
        func isFoldedLetter(_ scalar: Unicode.Scalar) -> Bool {
            isUpper(scalar) || isLower(scalar) || scalar.value == 0x017F || scalar.value == 0x212A
        }
        let afterDigits = TextFolding.insertingSpaces(in: Array(text.unicodeScalars)) { scalars, index in
            isDigit(scalars[index]) && index + 2 < scalars.count
                && isUpper(scalars[index + 1]) && isLower(scalars[index + 2])
        }
        return TextFolding.string(TextFolding.insertingSpaces(in: afterDigits) { scalars, index in
            scalars[index] == "." && index > 0 && isFoldedLetter(scalars[index - 1])
                && index + 1 < scalars.count && isDigit(scalars[index + 1])
        })
    }

    private static func parentPath(_ xpath: String) -> String {
        guard let slash = xpath.lastIndex(of: "/") else { return xpath }
        return String(xpath[..<slash])
    }

    private static let roleWords = #"(?:\s*[-–,;]?\s*(?:sub-?licensee|sub-?contractor|manufacturer|distributor|"#
        + #"end[\s-]?user|licensee|maintenance|repair|integrator|supplier|role)s?)+\s*$"#

    /// Whether a table cell holds only a row number ("12", "1000.", "3)"). The cell's edges say where the number
    /// ends, so it may have any number of digits.
    static func isRowNumberCell(_ cell: some StringProtocol) -> Bool {
        var number = cell.trimmingCharacters(in: .whitespacesAndNewlines)[...]
        if number.last == "." || number.last == ")" { number.removeLast() }
        return !number.isEmpty && number.utf8.allSatisfy { (0x30...0x39).contains($0) }
    }

    /// One sublicensee row: cells (name | address | country | role) or one line with a legal-form name and a
    /// trailing country. Header rows and prose return nil.
    static func row(_ rawCells: [String], evidence: Evidence) -> Party? {
        guard let countries = AgreementTerms.countries else { return nil }
        var cells = rawCells
        // A "No." column: the row number is its own cell once the text layer keeps cells apart.
        if cells.count >= 2, isRowNumberCell(cells[0]) {
            cells.removeFirst()
        }
        // "Hoshizora Optical Industries Co., Ltd. 3-12-8 Fuchinobe": the name cell runs into the address.
        if cells.count >= 2, let suffix = cells[0].rangeOfPattern(legalSuffix),
           suffix.upperBound < cells[0].endIndex {
            let rest = cells[0][suffix.upperBound...].trimmingPunctuationAndSpaces()
            if !rest.isEmpty {
                cells[0] = String(cells[0][..<suffix.upperBound])
                cells.insert(rest, at: 1)
            }
        }
        if cells.count >= 2 {
            let lowered = cells.map { $0.lowercased() }
            if lowered.contains(where: { $0 == "name" || $0 == "country" || $0.hasPrefix("company") }) { return nil }
            guard let countryIndex = cells.indices.dropFirst().first(where: {
                countries.alpha2(for: cells[$0], context: .countryField) != nil
            }) else { return nil }
            let name = cleanName(cells[0])
            guard name.count >= 2, countries.alpha2(for: name, context: .countryField) == nil else { return nil }
            let address = Array(cells[1..<countryIndex])
            let parsed = address.isEmpty ? nil : AddressParser(countries: countries).parse(lines: address)?.address
            return Party(role: .sublicensee, name: name, address: parsed ?? (address.isEmpty ? nil : Address(lines: address)),
                         country: countries.alpha2(for: cells[countryIndex], context: .countryField), evidence: evidence)
        }
        guard let line = cells.first, line.spaceSeparatedWordCount(upTo: 30) <= 30,
              let suffix = line.rangeOfPattern(legalSuffix) else { return nil }
        let withoutRole = line.replacingPattern(roleWords, with: "", caseInsensitive: true)
        guard let found = countries.findCountry(in: withoutRole) else { return nil }
        var name = String(line[..<suffix.upperBound])
        name = name.replacingPattern(#"^\s*(?:[0-9]+[.)]|[0-9]{1,3}\s+(?=[A-Z])|[a-z][.)]|[•\-–])\s*"#, with: "")
        name = cleanName(name)
        let addressText = TextFolding.trimming(String(found.remainder.dropFirst(
            min(found.remainder.count, String(line[..<suffix.upperBound]).count))), [",", ";", "-", "–"])
        guard name.count >= 2 else { return nil }
        return Party(role: .sublicensee, name: name,
                     address: addressText.isEmpty ? nil
                        : AddressParser(countries: countries).parse(addressText)?.address ?? Address(lines: [addressText]),
                     country: found.alpha2, evidence: evidence)
    }

    // MARK: - Signature blocks

    private struct Block {
        var company: String?
        var name: String?
        var title: String?
        var evidence: Evidence
    }

    private static let labelPattern = #"\b(By|Name|Printed Name|Title|Date|Signature)\s*:"#

    /// Signatories from "By: ____ / Name: … / Title: …" blocks, one block per "Name:" (several on a line when
    /// blocks sit side by side), assigned to the U.S. or foreign side by their company.
    static func signatories(in text: AgreementText, parties: [Party]) -> [Party] {
        var blocks: [Block] = []
        var openColumns: [Int] = []
        var lastCompanies: [String] = []
        let partyKeys = parties.map { NameKey($0.name) }
        // Company headings matter only above a labelled line, and only the nearest one counts, so they are
        // looked for backwards from each labelled line rather than on every line of the document.
        var unlabelledFrom = 0
        for (index, passage) in text.passages.enumerated() {
            let fields = labelled(passage.text)
            if fields.isEmpty { continue }
            if let company = text.passages[unlabelledFrom..<index].reversed().lazy
                .compactMap({ companyLine($0.text, parties: parties, keys: partyKeys) }).first {
                lastCompanies = company
                openColumns = []
            }
            unlabelledFrom = index + 1
            for (column, field) in fields.enumerated() {
                switch field.label {
                case "name", "printed name":
                    guard !field.value.isEmpty, !field.value.allSatisfy({ $0 == "_" || $0 == " " }) else { continue }
                    let company = column < lastCompanies.count ? lastCompanies[column] : lastCompanies.last
                    var evidence = passage.evidence
                    evidence.text = passage.text
                    blocks.append(Block(company: company, name: field.value, evidence: evidence))
                    if openColumns.count <= column { openColumns.append(blocks.count - 1) }
                    else { openColumns[column] = blocks.count - 1 }
                case "title":
                    let target = column < openColumns.count ? openColumns[column] : blocks.indices.last
                    if let target, blocks.indices.contains(target), blocks[target].title == nil {
                        blocks[target].title = field.value.isEmpty ? nil : field.value
                    }
                default:
                    continue
                }
            }
        }
        let applicant = parties.first { $0.role == .applicant }
        var signatories = letterSignatory(in: text.passages, applicant: applicant).map { [$0] } ?? []
        signatories += blocks.enumerated().compactMap { position, block in
            guard let name = block.name else { return nil }
            let owner = block.company.flatMap { company in parties.first { same($0.name, company) } }
            let isUS: Bool
            if let owner {
                isUS = owner.role == .applicant || owner.country == "US"
            } else if let company = block.company, let applicant {
                isUS = same(company, applicant.name)
            } else {
                isUS = position == 0
            }
            return Party(role: isUS ? .usSignatory : .foreignSignatory, name: name, title: block.title,
                         country: owner?.country ?? (isUS ? "US" : nil), evidence: block.evidence)
        }
        return signatories
    }

    /// The signer of a letter: the name and title lines under "Sincerely," (the applicant signs transmittals).
    private static func letterSignatory(in passages: [TextPassage], applicant: Party?) -> Party? {
        let closings = ["sincerely", "very truly yours", "respectfully", "yours faithfully", "kind regards", "regards"]
        guard let closing = passages.firstIndex(where: { passage in
            let folded = passage.text.lowercased().trimmingSpaces()
            return closings.contains { folded.hasPrefix($0) } && folded.spaceSeparatedWordCount(upTo: 4) <= 4
        }) else { return nil }
        let following = passages[(closing + 1)...].prefix(4).filter { passage in
            !passage.text.trimmingCharacters(in: CharacterSet.whitespaces.union(CharacterSet(charactersIn: "_/"))).isEmpty
                && !passage.text.lowercased().hasPrefix("by:")
        }
        guard let nameLine = following.first else { return nil }
        let name = TextFolding.trimming(nameLine.text.replacingPattern(#"^(?:name\s*:)\s*"#, with: "", caseInsensitive: true), [",", ";"])
        let words = name.split(separator: " ")
        guard (2...6).contains(words.count), !name.contains(where: \.isNumber),
              words.allSatisfy({ $0.first?.isUppercase == true || $0.count <= 3 }) else { return nil }
        var title: String?
        if following.count > 1 {
            title = TextFolding.trimming(following[following.startIndex + 1].text.replacingPattern(#"^(?:title\s*:)\s*"#, with: "", caseInsensitive: true), [",", ";"])
        }
        var evidence = nameLine.evidence
        evidence.text = nameLine.text
        return Party(role: .usSignatory, name: name, title: title, country: applicant?.country ?? "US",
                     evidence: evidence)
    }

    /// The labelled fields of a line, in order: "Name: John Smith Name: Hans Weber" gives two.
    private static func labelled(_ line: String) -> [(label: String, value: String)] {
        // Every label ends in a colon: most lines have none and need no regular expression.
        guard line.utf8.contains(UInt8(ascii: ":")),
              let regex = RegexCache.regex(labelPattern, caseInsensitive: true) else { return [] }
        let nsLine = line as NSString
        let ranges = regex.matches(in: line, range: NSRange(location: 0, length: nsLine.length))
        return ranges.enumerated().map { position, match in
            let label = nsLine.substring(with: match.range(at: 1)).lowercased()
            let start = match.range.location + match.range.length
            let end = position + 1 < ranges.count ? ranges[position + 1].range.location : nsLine.length
            let value = nsLine.substring(with: NSRange(location: start, length: end - start))
            return (label, TextFolding.trimming(value, ["_", "|", ",", ";"]))
        }
    }

    /// Company headings above signature blocks: "For and on behalf of X", "X GmbH", a party's name.
    private static func companyLine(_ line: String, parties: [Party], keys: [NameKey]) -> [String]? {
        let columns = line.components(separatedBy: "|").map { $0.trimmingSpaces() }
            .filter { !$0.isEmpty }
        var names: [String] = []
        for column in columns {
            let stripped = column.replacingPattern(#"^(?:for\s+and\s+on\s+behalf\s+of|on\s+behalf\s+of|for)\s*:?\s*"#, with: "", caseInsensitive: true)
            let cleaned = TextFolding.trimming(stripped, [",", ":", ";"])
            guard cleaned.spaceSeparatedWordCount(upTo: 8) <= 8 else { continue }
            let key = NameKey(cleaned)
            if let match = keys.indices.first(where: { key.same(as: keys[$0]) || key.words.contains(keys[$0].words) }) {
                names.append(parties[match].name)
            } else if stripped != column || cleaned.rangeOfPattern(legalSuffix) != nil {
                names.append(cleaned)
            }
        }
        // Two party names on one line without separators: "ACME CORP. EUROTECH GMBH".
        if names.count == 1, columns.count == 1 {
            let key = AgreementText.keyWords(line).joined(separator: " ")
            let found = parties.indices.filter { [.applicant, .licensee].contains(parties[$0].role) }
                .compactMap { index in key.range(of: keys[index].words).map { (index, $0.lowerBound) } }
            if found.count >= 2 {
                return found.sorted { $0.1 < $1.1 }.map { parties[$0.0].name }
            }
        }
        return names.isEmpty ? nil : names
    }
}
