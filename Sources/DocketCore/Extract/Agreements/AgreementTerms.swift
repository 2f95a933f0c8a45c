import Foundation

/// Term, territory, value and scope items of an agreement, read from its sentences.
enum AgreementTerms {
    static let countries: CountryNormalizer? = try? CountryNormalizer()

    // MARK: - Term

    private static let durationWords = Concept("duration", [
        "term", "period", "duration", "remain in effect", "remain in force", "continue in effect", "in force for",
        "valid for", "expir*", "terminat*", "effective", "commenc*", "enter into force", "enters into force",
        "end date", "start date", "until",
    ])
    private static let endWords = Concept("end", [
        "expir*", "terminat*", "until", "through", "end date", "ending on", "ends on", "end on", "no later than",
    ])
    private static let startWords = Concept("start", [
        "effective", "commenc*", "start*", "begin*", "enter into force", "enters into force", "entry into force",
        "as of", "dated",
    ])

    static func term(in text: AgreementText) -> (term: Term?, evidence: [Evidence]) {
        var term = Term()
        var evidence: [Evidence] = []
        func note(_ sentence: AgreementSentence) {
            var item = text.passages[sentence.passage].evidence
            item.text = sentence.text
            if !evidence.contains(item) { evidence.append(item) }
        }
        for sentence in text.sentences where durationWords.occurs(in: sentence) {
            if term.years == nil, let years = years(in: sentence.text) {
                term.years = years
                note(sentence)
            }
            let dates = AgreementDates.find(in: sentence.text)
            guard !dates.isEmpty else { continue }
            for date in dates {
                let before = String(sentence.text[..<date.range.lowerBound])
                let words = AgreementText.keyWords(String(before.suffix(80)))
                let endIndex = endWords.lastMatch(in: words)
                let startIndex = startWords.lastMatch(in: words)
                if let endIndex, startIndex.map({ endIndex > $0 }) ?? true, term.end == nil {
                    term.end = date.iso
                    note(sentence)
                } else if startIndex != nil, term.start == nil, date.iso != term.end {
                    term.start = date.iso
                    note(sentence)
                }
            }
        }
        // Stated dates are more specific than a stated count ("not to exceed ten (10) years").
        if let start = term.start, let end = term.end, let computed = AgreementDates.years(from: start, to: end) {
            term.years = computed
        }
        return (term.start == nil && term.end == nil && term.years == nil ? nil : term, evidence)
    }

    private static let numberWords: [String: Int] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    ]

    /// "for a period of ten (10) years", "a term of 5 years", "ten years"; nil when no count of years is stated.
    static func years(in sentence: String) -> Decimal? {
        if let match = Pattern.first(#"\(\s*([0-9]{1,2})\s*\)\s*(?:calendar\s+)?years?\b"#, in: sentence),
           let digits = match[1], let value = Int(digits) {
            return Decimal(value)
        }
        if let match = Pattern.first(#"\b([0-9]{1,2}|[a-z]+)[\s-]+(?:calendar\s+)?years?\b"#, in: sentence),
           let word = match[1] {
            if let value = Int(word) ?? numberWords[word.lowercased()] { return Decimal(value) }
        }
        return nil
    }

    // MARK: - Territory

    private static let definition = Concept("definition", [
        "mean*", "consist*", "compris*", "include*", "including", "defined", "is", "are", "limited to", "following",
        "shall be", "covers", "cover", "encompass*", "namely",
    ])
    private static let notTerritory = Concept("outside", ["outside", "beyond", "other than", "not within"])

    /// The first sentence that defines the territory (a "territory" sentence that names countries), preferring
    /// the kind `type` uses: retransfer (TAA), sales or manufacture (MLA), distribution (WDA).
    static func territory(in text: AgreementText, type: DocumentType) -> (countries: [String], evidence: Evidence)? {
        let preferred: Concept = switch type {
        case .mla: Concept("sales territory", ["sales territory", "sale*", "manufactur*", "licensed territory"])
        case .wda: Concept("distribution territory", ["distribution territory", "distribut*"])
        default: Concept("retransfer territory", ["retransfer*", "re transfer*", "transfer*", "sublicens*",
                                                  "sub licens*", "access", "perform*"])
        }
        let territoryWord = Concept("territory", ["territor*"])
        var fallback: (countries: [String], evidence: Evidence)?
        for (position, sentence) in text.sentences.enumerated()
        where territoryWord.occurs(in: sentence) && !notTerritory.occurs(in: sentence) {
            // An amendment "expands the territory from A and B to A, B and C": the new territory is after "to".
            let changed = Pattern.first(#"territor(?:y|ies)\b[^;]*?\bfrom\b[^;]*?\bto\b([^;]*)"#, in: sentence.text)?[1]
            guard changed != nil || definition.occurs(in: sentence) else { continue }
            var names = countryCodes(in: changed ?? sentence.text)
            // "The Territory consists of the following countries:" followed by a list broken into lines.
            var next = position + 1
            while next < text.sentences.count, next <= position + 40 {
                let following = text.sentences[next]
                let codes = countryCodes(in: following.text)
                guard !codes.isEmpty, following.words.count <= 4 * codes.count + 4 else { break }
                names += codes
                next += 1
            }
            var unique: [String] = []
            for code in names where !unique.contains(code) { unique.append(code) }
            guard !unique.isEmpty else { continue }
            var evidence = text.passages[sentence.passage].evidence
            evidence.text = sentence.text
            if preferred.occurs(in: sentence) { return (unique, evidence) }
            if fallback == nil { fallback = (unique, evidence) }
        }
        return fallback
    }

    /// Words after a country name that make it an adjective ("U.S. Government", "United States persons").
    private static let attributiveFollowers: Set<String> = [
        "government", "governments", "department", "law", "laws", "person", "persons", "dollar", "dollars", "code",
        "export", "exports", "origin", "entity", "entities", "company", "companies", "party", "parties", "national",
        "nationals", "citizen", "citizens", "army", "navy", "air", "armed", "ministry", "mod", "forces", "military",
        "regulations", "signatory", "subsidiary", "corporation", "territory",
    ]

    /// Every country named in `text`, as alpha-2, in order of first appearance; longest names win ("Papua New
    /// Guinea" over "Guinea"), attributive uses ("U.S. Government") are skipped.
    static func countryCodes(in text: String) -> [String] {
        guard let countries else { return [] }
        let words = text.split(whereSeparator: { $0 == " " || $0 == "," || $0 == ";" || $0 == "/" }).map(String.init)
        var codes: [String] = []
        var index = 0
        while index < words.count {
            var matched = 0
            for length in stride(from: min(8, words.count - index), through: 1, by: -1) {
                let candidate = words[index..<index + length].joined(separator: " ")
                let trimmed = TextFolding.trimming(candidate, [".", ":", "(", ")", "“", "”", "\"", "*", "["])
                guard let first = trimmed.first, first.isUppercase else { continue }
                guard let code = countries.alpha2(for: trimmed, context: .freeText) else { continue }
                let after = index + length < words.count
                    ? AgreementText.keyWords(words[index + length]).first ?? "" : ""
                if attributiveFollowers.contains(after) && !candidate.hasSuffix(",") { matched = length; break }
                if !codes.contains(code) { codes.append(code) }
                matched = length
                break
            }
            index += max(matched, 1)
        }
        return codes
    }

    // MARK: - Value

    private static let valueWord = Concept("value", ["value*", "valued", "worth", "total price", "consideration"])

    /// The agreement value: the first amount in a sentence about value.
    static func value(in text: AgreementText) -> (money: Money, evidence: Evidence)? {
        for sentence in text.sentences where valueWord.occurs(in: sentence) {
            // "increases the total value from $2,400,000 to $3,150,000": the new value follows "to".
            let changed = Pattern.first(#"\bfrom\b[^;]*?[0-9][^;]*?\bto\b([^;]*[0-9][^;]*)"#, in: sentence.text)?[1]
            guard let amount = changed.flatMap(money(in:)) ?? money(in: sentence.text) else { continue }
            var evidence = text.passages[sentence.passage].evidence
            evidence.text = sentence.text
            return (amount, evidence)
        }
        return nil
    }

    /// "$12,500,000", "US$ 3.2 million", "USD 4,000,000.00", "4,000,000 U.S. dollars", "EUR 1,000,000".
    static func money(in text: String) -> Money? {
        let scale = #"(?:\s*(million|billion|mio\.?|m|mm|bn)\b)?"#
        let amount = #"([0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?)"#
        let prefixed = #"(US\s?\$|U\.S\.\s?\$|USD|\$|EUR|€|GBP|£)\s?"# + amount + scale
        let suffixed = amount + scale + #"\s*(U\.?S\.?\s+dollars|USD|dollars|EUR|euros?)"#
        let located = Pattern.first(prefixed, in: text)?[0] ?? Pattern.first(suffixed, in: text)?[0]
        if let located, let money = MoneyNormalizer().normalize(located) { return money }
        var currency = "USD"
        var digits: String?
        var multiplier: String?
        if let match = Pattern.first(prefixed, in: text) {
            digits = match[2]
            multiplier = match[3]
            switch match[1]?.uppercased() {
            case "EUR", "€": currency = "EUR"
            case "GBP", "£": currency = "GBP"
            default: currency = "USD"
            }
        } else if let match = Pattern.first(suffixed, in: text) {
            digits = match[1]
            multiplier = match[2]
            if match[3]?.lowercased().hasPrefix("eur") == true { currency = "EUR" }
        }
        guard let digits, var value = Decimal(string: digits.replacingOccurrences(of: ",", with: ""),
                                              locale: Locale(identifier: "en_US_POSIX")) else { return nil }
        switch multiplier?.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ".")) {
        case "million", "mio", "m", "mm": value *= 1_000_000
        case "billion", "bn": value *= 1_000_000_000
        default: break
        }
        return Money(amount: value, currency: currency)
    }

    // MARK: - Scope

    private static let describes = Concept("describes", [
        "consist*", "compris*", "include*", "includes", "to be furnished", "to be provided", "will be provided",
        "shall be provided", "shall furnish", "will furnish", "shall provide", "will provide", "covers", "cover",
        "are limited to", "is limited to", "be limited to",
    ])
    /// Words a scope heading may carry besides its subject: "ARTICLE 3 - TECHNICAL DATA", "Section 4. Technical Data".
    private static let headingWords: Set<String> = ["article", "section", "art", "sec", "scope", "of", "the"]
    private static let definitionMarkers = Concept("definition", ["meaning", "120 33", "12033", "120 32", "12032",
                                                                   "120 10", "12010", "means"])

    /// The first scope sentence that describes `subject` ("Technical Data to be furnished consists of …"), not its
    /// definition ("has the meaning given in 22 CFR 120.33").
    static func scope(_ subject: Concept, in text: AgreementText) -> (description: String, evidence: Evidence)? {
        for (position, sentence) in text.sentences.enumerated() {
            if isScopeHeading(sentence.words, subject: subject) {
                // "Section 4. Technical Data" over "The U.S. Party will furnish …": the heading names the subject
                // and the sentence under it describes it without repeating it.
                guard position + 1 < text.sentences.count else { continue }
                let body = text.sentences[position + 1]
                guard !body.isNavigation, describes.occurs(in: body),
                      !definitionMarkers.occurs(in: Array(body.words.prefix(10))) else { continue }
                var evidence = text.passages[body.passage].evidence
                evidence.text = body.text
                return (body.text, evidence)
            }
            guard !sentence.isNavigation else { continue }
            let opening = Array(sentence.words.prefix(10))
            // A definition says so where it opens ("Technical Data has the meaning…"); a scope sentence may still
            // cite the definition later ("…technical data as defined in 22 CFR 120.33").
            guard subject.occurs(in: opening), describes.occurs(in: sentence),
                  !definitionMarkers.occurs(in: opening) else { continue }
            var evidence = text.passages[sentence.passage].evidence
            evidence.text = sentence.text
            let description = sentence.text.replacingPattern(#"^\(?[0-9]+(?:\.[0-9]+)*[.)]?\s+"#, with: "")
            return (description, evidence)
        }
        return nil
    }

    /// A heading made of the subject and numbering only.
    private static func isScopeHeading(_ words: [String], subject: Concept) -> Bool {
        // Length first: a table read as one sentence has a million words, and the arrays below would copy them.
        guard words.count <= 8, let start = subject.firstMatch(in: words) else { return false }
        // Both scope subjects are two words ("technical data", "defense services").
        let rest = words.indices.filter { $0 < start || $0 >= start + 2 }.map { words[$0] }
        return rest.allSatisfy { headingWords.contains($0) || $0.allSatisfy(\.isNumber)
            || ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"].contains($0) }
    }

    /// When unpunctuated table rows run into the scope sentence, the subject is no longer at a sentence opening:
    /// find it in a line, closely followed by a describing verb, and read on to the end of the sentence.
    static func scopeInLines(_ subject: String, in text: AgreementText) -> (description: String, evidence: Evidence)? {
        let pattern = #"(?i)\b"# + subject
            + #"\b.{0,40}?\b(consist|compris|includ|to be furnished|to be provided|shall be provided|will be provided|cover|limited to)"#
        let passages = text.passages
        for (index, passage) in passages.enumerated() {
            guard let match = passage.text.rangeOfPattern(pattern),
                  !passage.text.lowercased().containsLiteral("meaning") else { continue }
            var description = String(passage.text[match.lowerBound...])
            var next = index + 1
            while !description.hasSuffix("."), next < passages.count, next < index + 6 {
                description += " " + passages[next].text
                next += 1
            }
            if let end = description.rangeOfPattern(#"\.(\s|$)"#) {
                description = String(description[..<end.lowerBound]) + "."
            }
            var evidence = passage.evidence
            evidence.text = description
            return (description.replacingOccurrences(of: " | ", with: " "), evidence)
        }
        return nil
    }

    static let technicalDataSubject = Concept("technical data", ["technical data"])
    static let defenseServicesSubject = Concept("defense services", ["defense service*", "defence service*"])

    // MARK: - Items

    static let usmlPattern = #"(\*\s*)?(?:\b(?:USML|U\.S\.M\.L\.)\s+)?(?:\bCat(?:egory|\.)?\s+)?"#
        + #"\b(XXI|XX|XIX|XVIII|XVII|XVI|XV|XIV|XIII|XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)"#
        + #"(\s?\*)?((?:\s?\([a-z0-9]{1,4}\)){1,5})"#

    /// Whether `text` can hold a `usmlPattern` match: one needs a Roman numeral ending at most three characters
    /// (space, asterisk, space) before a "(". A byte scan answers for most passages, which have none, so the pattern
    /// runs only on the rest; a window with a non-ASCII byte could hide wider spaces, and is left to the pattern.
    static func mayCiteUSML(_ text: String) -> Bool {
        var window: [UInt8] = []
        for byte in text.utf8 {
            if byte == UInt8(ascii: "("),
               window.contains(where: { $0 == UInt8(ascii: "I") || $0 == UInt8(ascii: "V") || $0 == UInt8(ascii: "X")
                   || $0 >= 0x80 }) {
                return true
            }
            window.append(byte)
            if window.count > 4 { window.removeFirst() }
        }
        return false
    }

    /// Defense articles named with a USML paragraph in a scope table or list, one per passage.
    static func items(in text: AgreementText) -> [Item] {
        var items: [Item] = []
        // Seen (classification, description) pairs: a scope list repeated (a summary and an appendix) counts once.
        struct Seen: Hashable { let citation: String?, description: String? }
        var seen: Set<Seen> = []
        let passages = text.passages
        // Capacity for every row that may cite a category: a 68,000-row scope table grown by appending held its
        // items twice over (old and new buffer) at the last doubling, the peak of the whole run.
        let candidates = passages.indices.filter { mayCiteUSML(passages[$0].text) }
        items.reserveCapacity(candidates.count)
        for index in candidates {
            let passage = passages[index]
            guard let match = Pattern.first(usmlPattern, in: passage.text, caseInsensitive: false),
                  let whole = match[0], let category = match[2], let paragraphs = match[4],
                  let range = passage.text.range(of: whole) else { continue }
            // "(a)" after a lone "I" is more often a list marker than Category I.
            if category == "I" && !whole.containsLiteral("Cat") && !whole.containsLiteral("USML") { continue }
            // Prose that cites a category ("articles in Category XI(a)") is not a scope entry.
            if passage.evidence.xpath == nil, passage.text.spaceSeparatedWordCount(upTo: 25) > 25 { continue }
            let normalized = USMLNormalizer().normalize(whole)
            let citation = normalized?.citation ?? category + paragraphs.replacingOccurrences(of: " ", with: "").lowercased()
            var row = passage.text
            var siblings: [TextPassage] = []
            if let xpath = passage.evidence.xpath {
                // XML: the citation element's siblings hold the nomenclature, part number and SME flag.
                let parent = xpath.split(separator: "/").dropLast().joined(separator: "/")
                siblings = passages.filter { $0.evidence.xpath?.split(separator: "/").dropLast().joined(separator: "/")
                    == parent && $0 != passage }
                row = ([passage] + siblings).map(\.text).joined(separator: " | ")
            }
            let folded = row.lowercased()
            // The literal tests first: most rows say nothing of SME, and the patterns run once per row.
            let saysSME = folded.containsLiteral("sme")
            let notSME = saysSME && folded.rangeOfPattern(#"\bnon[\s-]?sme\b|\bnot\s+sme\b|\bsme\s*:\s*no\b"#) != nil
            var sme = !notSME && (normalized?.sme == true || match[1] != nil || match[3] != nil
                || (saysSME || folded.containsLiteral("significant military equipment"))
                && folded.rangeOfPattern(#"\bsme\b|significant military equipment"#) != nil)
            var item = Item(line: items.count + 1)
            if siblings.isEmpty {
                let parts = describe(before: String(passage.text[..<range.lowerBound]),
                                     after: String(passage.text[range.upperBound...]))
                item.description = parts.description
                item.partNumber = parts.partNumber
                if item.description == nil, index > 0, let previous = Optional(passages[index - 1]),
                   !mayCiteUSML(previous.text) || Pattern.first(usmlPattern, in: previous.text, caseInsensitive: false) == nil,
                   !AgreementText.isHeading(previous.text, next: nil) {
                    item.description = describe(before: previous.text, after: "").description
                }
            } else {
                for sibling in siblings {
                    let element = (sibling.evidence.xpath?.split(separator: "/").last ?? "").lowercased()
                    if element.containsLiteral("nomenclature") || element.containsLiteral("description") || element.hasSuffix("name") {
                        item.description = item.description ?? sibling.text
                    } else if element.containsLiteral("part") {
                        item.partNumber = sibling.text
                    } else if element.containsLiteral("sme") {
                        sme = ["y", "yes", "true", "1"].contains(sibling.text.lowercased())
                    }
                }
            }
            item.usmlCategory = citation
            item.sme = sme
            var evidence = passage.evidence
            evidence.text = passage.text
            item.evidence = evidence
            if seen.insert(Seen(citation: citation, description: item.description)).inserted {
                items.append(item)
            }
        }
        return items
    }

    /// Punctuation trimmed from a scope row's description, and from what stays before its part number. Built once:
    /// `describe` runs for every row of a scope table.
    private static let descriptionEdges: Set<Character> = [",", ";", ":", "-", "–", "—", "(", ")", "*", "."]
    private static let partNumberEdges: Set<Character> = [",", ";", " "]

    /// The description of a scope row from the text around its USML citation: row number, the "USML Category"
    /// label, SME/quantity columns and a trailing part number (kept apart) removed.
    static func describe(before: String, after: String) -> (description: String?, partNumber: String?) {
        func clean(_ text: String) -> String {
            var text = droppingRowNumberCell(AgreementParties.separatingGluedCells(text))
            if text.containsLiteral("-") { text = separatingPartNumber(text) }
            // Each noise pattern with a literal it cannot match without: this runs for every scope row.
            let noises: [(literal: String, pattern: String)] = [
                ("USML", #"\bUSML\b"#), ("Cat", #"\b(?:Category|Cat\.)\s*$"#), ("SME", #"\b(non[\s-]?)?SME\b"#),
                ("MDE", #"\bMDE\b"#),
            ]
            for noise in noises where text.containsLiteral(noise.literal) {
                text = text.replacingPattern(noise.pattern, with: " ")
            }
            // Cell separators after the noise words: "Category |" is not a trailing "Category".
            if text.containsLiteral("|") {
                text = TextFolding.string(text.unicodeScalars.map { $0 == "|" ? " " : $0 })
            }
            if mayStartWithListMarker(text) {
                text = text.replacingPattern(#"^\s*(?:[0-9]{1,3}[.)]?|\([0-9a-z]{1,3}\)|[a-z][.)]|[•\-–])\s+"#, with: " ")
            }
            return TextFolding.trimming(TextFolding.collapsingWhitespace(text), descriptionEdges)
        }
        var description = clean(before)
        var partNumber: String?
        if let token = trailingToken(description), token.containsLiteral("-"),
           let range = description.range(of: token, options: .backwards) {
            partNumber = token
            description = TextFolding.trimming(String(description[..<range.lowerBound]), partNumberEdges)
        }
        if description.count < 3 {
            description = clean(after.replacingPattern(#"(?:\b(?:Yes|No|Y|N)\b)?\s*[0-9]*\s*$"#, with: ""))
        }
        return (description.count < 3 ? nil : description, partNumber)
    }

    /// `text` without its first cell when that cell is a bare row number ("1000 | Assembly ..."). A cell says where the
    /// number ends, so it may have any length; without cells only three digits count as a list marker, since "2400
    /// Series radar" may be a name.
    static func droppingRowNumberCell(_ text: String) -> String {
        guard let separator = text.firstIndex(of: "|"), AgreementParties.isRowNumberCell(text[..<separator])
        else { return text }
        return String(text[text.index(after: separator)...])
    }

    /// Whether a list marker ("1.", "(a)", "b)", "•") can open `text`: its first character after ASCII spaces must
    /// be one that opens a marker. A first character that may be a wider space is left to the pattern.
    static func mayStartWithListMarker(_ text: String) -> Bool {
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x09, 0x0A, 0x0C, 0x0D, 0x20: continue
            case 0x30...0x39, 0x61...0x7A, 0x28, 0x2D, 0x2022, 0x2013: return true
            default: return !scalar.isASCII || scalar.value == 0x0B
            }
        }
        return false
    }

    /// The token that ends `text` after a space when it looks like a part number: `\s([A-Z0-9][A-Z0-9./-]*[0-9]
    /// [A-Z0-9./-]*)$`, found by a scan from the end. An end the scan cannot decide alone (a final line break, a
    /// space that is not ASCII) goes to the pattern.
    static func trailingToken(_ text: String) -> String? {
        func viaPattern() -> String? {
            Pattern.first(#"\s([A-Z0-9][A-Z0-9./-]*[0-9][A-Z0-9./-]*)$"#, in: text, caseInsensitive: false)?[1] ?? nil
        }
        func isUpperOrDigit(_ scalar: Unicode.Scalar) -> Bool {
            (0x41...0x5A).contains(scalar.value) || (0x30...0x39).contains(scalar.value)
        }
        let scalars = text.unicodeScalars
        guard let last = scalars.last else { return nil }
        if !last.isASCII || (0x0A...0x0D).contains(last.value) { return viaPattern() }
        var start = scalars.endIndex
        while start > scalars.startIndex {
            let before = scalars.index(before: start)
            let scalar = scalars[before]
            guard isUpperOrDigit(scalar) || scalar == "." || scalar == "/" || scalar == "-" else { break }
            start = before
        }
        guard start < scalars.endIndex, start > scalars.startIndex else { return nil }
        let separator = scalars[scalars.index(before: start)]
        if !separator.isASCII || separator.value == 0x0B { return viaPattern() }
        guard [0x09, 0x0A, 0x0C, 0x0D, 0x20].contains(separator.value), isUpperOrDigit(scalars[start]),
              scalars[scalars.index(after: start)...].contains(where: { (0x30...0x39).contains($0.value) })
        else { return nil }
        return String(scalars[start...])
    }

    /// A space between a word and a part number glued to it ("unitHV-2400"): after a lower-case letter or ")"
    /// followed by two capitals, more capitals or digits, and a hyphen (`([a-z)])(?=[A-Z]{2,}[A-Z0-9]*-)`).
    static func separatingPartNumber(_ text: String) -> String {
        func isUpper(_ scalar: Unicode.Scalar) -> Bool { (0x41...0x5A).contains(scalar.value) }
        func isDigit(_ scalar: Unicode.Scalar) -> Bool { (0x30...0x39).contains(scalar.value) }
        return TextFolding.string(TextFolding.insertingSpaces(in: Array(text.unicodeScalars)) { scalars, index in
            let scalar = scalars[index]
            guard (0x61...0x7A).contains(scalar.value) || scalar == ")", index + 2 < scalars.count,
                  isUpper(scalars[index + 1]), isUpper(scalars[index + 2]) else { return false }
            var end = index + 3
            while end < scalars.count, isUpper(scalars[end]) || isDigit(scalars[end]) { end += 1 }
            return end < scalars.count && scalars[end] == "-"
        })
    }

    private static let smeWords = Concept("SME", ["sme", "significant military equipment"])
    private static let negatedSME = Concept("no SME", [
        "non sme", "nonsme", "not ~ sme", "no sme", "without sme", "none ~ sme", "not ~ significant military",
        "no significant military", "nor ~ sme",
    ])

    /// A sentence that says SME is covered (and does not deny it).
    static func mentionsSME(in text: AgreementText) -> Bool {
        text.sentences.contains { smeWords.occurs(in: $0) && !negatedSME.occurs(in: $0) }
    }
}

extension Concept {
    /// The last word index where a term starts, or nil.
    func lastMatch(in words: [String]) -> Int? {
        words.indices.reversed().first { start in terms.contains { $0.matches(at: start, in: words) } }
    }
}

/// Calendar dates as written in agreements, to ISO 8601.
enum AgreementDates {
    struct Found {
        var iso: String
        var range: Range<String.Index>
    }

    private static let months = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december",
    ]

    /// Every date in `text`: "December 31, 2034", "31 December 2034", "31st day of December, 2034",
    /// "2034-12-31", "12/31/2034" (US order), "31.12.2034" (day first).
    static func find(in text: String) -> [Found] {
        let month = #"(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"#
            + #"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"#
        let patterns: [(String, (([String?]) -> (Int, Int, Int)?))] = [
            (month + #"\s+([0-9]{1,2})(?:st|nd|rd|th)?,?\s+([0-9]{4})"#, { m in
                guard let mo = monthNumber(m[1]), let d = m[2].flatMap({ Int($0) }), let y = m[3].flatMap({ Int($0) })
                else { return nil }
                return (y, mo, d)
            }),
            (#"\b([0-9]{1,2})(?:st|nd|rd|th)?\s+(?:day\s+of\s+)?"# + month + #",?\s+([0-9]{4})"#, { m in
                guard let mo = monthNumber(m[2]), let d = m[1].flatMap({ Int($0) }), let y = m[3].flatMap({ Int($0) })
                else { return nil }
                return (y, mo, d)
            }),
            (#"\b([0-9]{4})-([0-9]{2})-([0-9]{2})\b"#, { m in
                guard let y = m[1].flatMap({ Int($0) }), let mo = m[2].flatMap({ Int($0) }),
                      let d = m[3].flatMap({ Int($0) }) else { return nil }
                return (y, mo, d)
            }),
            (#"\b([0-9]{1,2})/([0-9]{1,2})/([0-9]{4})\b"#, { m in
                guard let mo = m[1].flatMap({ Int($0) }), let d = m[2].flatMap({ Int($0) }),
                      let y = m[3].flatMap({ Int($0) }) else { return nil }
                return (y, mo, d)
            }),
            (#"\b([0-9]{1,2})\.([0-9]{1,2})\.([0-9]{4})\b"#, { m in
                guard let d = m[1].flatMap({ Int($0) }), let mo = m[2].flatMap({ Int($0) }),
                      let y = m[3].flatMap({ Int($0) }) else { return nil }
                return (y, mo, d)
            }),
        ]
        var found: [Found] = []
        for (pattern, convert) in patterns {
            guard let regex = RegexCache.regex(pattern, caseInsensitive: true) else { continue }
            let nsText = text as NSString
            for match in regex.matches(in: text, range: NSRange(location: 0, length: nsText.length)) {
                let groups = (0..<match.numberOfRanges).map { index -> String? in
                    let range = match.range(at: index)
                    return range.location == NSNotFound ? nil : nsText.substring(with: range)
                }
                guard let (year, month, day) = convert(groups), (1...12).contains(month), (1...31).contains(day),
                      (1900...2199).contains(year), let range = Range(match.range, in: text),
                      !found.contains(where: { $0.range.overlaps(range) }) else { continue }
                // The shared normalizer has the final word on the value; the patterns only locate dates in prose.
                let iso = DateNormalizer().normalize(String(text[range]))
                    ?? String(format: "%04d-%02d-%02d", year, month, day)
                found.append(Found(iso: iso, range: range))
            }
        }
        return found.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    private static func monthNumber(_ text: String?) -> Int? {
        guard let text = text?.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: ".")) else { return nil }
        return months.firstIndex { $0.hasPrefix(text) && text.count >= 3 }.map { $0 + 1 }
    }

    /// Whole years when the end is an anniversary of the start (or the day before one), else years to two places.
    static func years(from start: String, to end: String) -> Decimal? {
        let parts = [start, end].map { $0.split(separator: "-").compactMap { Int($0) } }
        guard parts.allSatisfy({ $0.count == 3 }) else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let dates = parts.map { calendar.date(from: DateComponents(year: $0[0], month: $0[1], day: $0[2])) }
        guard let from = dates[0], let to = dates[1], to > from else { return nil }
        for candidate in [to, calendar.date(byAdding: .day, value: 1, to: to) ?? to] {
            let components = calendar.dateComponents([.year, .month, .day], from: from, to: candidate)
            if let years = components.year, components.month == 0, components.day == 0 { return Decimal(years) }
        }
        let days = Double(calendar.dateComponents([.day], from: from, to: to).day ?? 0)
        return Decimal(string: String(format: "%.2f", days / 365.25))
    }
}
