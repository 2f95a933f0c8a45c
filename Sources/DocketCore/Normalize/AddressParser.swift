/// An address split into street lines, locality and country.
public struct ParsedAddress: Sendable, Equatable {
    public var address: Address
    /// ISO 3166-1 alpha-2, when the address names a country or its locality proves one (a US state and ZIP code,
    /// a Canadian postal code, an Australian state and postcode).
    public var country: String?

    public init(address: Address, country: String? = nil) {
        self.address = address
        self.country = country
    }
}

/// Splits free-form addresses into `Address` fields, best effort: what it cannot place stays in `lines`.
public struct AddressParser: Sendable {
    private let countries: CountryNormalizer

    public init(countries: CountryNormalizer) {
        self.countries = countries
    }

    /// Parses one string ("1200 Main Street, Suite 400, Arlington, VA 22202"): with line breaks, each line is a
    /// line; without, each comma-separated part is.
    ///
    /// Returns nil when the text holds nothing but separators.
    public func parse(_ text: String) -> ParsedAddress? {
        let lines = text.split(whereSeparator: \.isNewline).map(String.init)
        return parse(lines: lines.count > 1 ? lines : text.split(separator: ",").map(String.init))
    }

    /// Parses address lines as printed on a form; a line may itself hold commas.
    ///
    /// Returns nil when every line is empty. The locality is read from the last line(s) only; an unrecognized
    /// locality leaves city, region and postal code nil and every part in `lines`.
    public func parse(lines: [String]) -> ParsedAddress? {
        var parts: [Part] = []
        for (line, text) in lines.enumerated() {
            for piece in text.split(separator: ",") {
                let trimmed = TextFolding.trimming(TextFolding.collapsingWhitespace(String(piece)), [";"])
                if !trimmed.isEmpty { parts.append(Part(line: line, text: trimmed)) }
            }
        }
        guard !parts.isEmpty else { return nil }
        var result = ParsedAddress(address: Address())
        result.country = takeCountry(from: &parts)
        takeLocality(from: &parts, into: &result)
        result.address.lines = Self.joinedByLine(parts)
        return result
    }

    // MARK: - Country

    private struct Part {
        var line: Int
        var text: String
    }

    private func takeCountry(from parts: inout [Part]) -> String? {
        guard let last = parts.last else { return nil }
        // "Georgia" alone is far more often the US state than the country on a US filing; leave it unresolved.
        if Self.usState(last.text) != nil { return nil }
        if let code = countries.alpha2(for: last.text) {
            parts.removeLast()
            return code
        }
        guard let match = countries.findCountry(in: last.text) else { return nil }
        if match.remainder.isEmpty {
            parts.removeLast()
        } else {
            parts[parts.count - 1].text = match.remainder
        }
        return match.alpha2
    }

    // MARK: - Locality

    /// Tries the locality shapes on the last part, most specific first; the country (given or proven) picks
    /// between postal-code-first and city-first readings.
    private func takeLocality(from parts: inout [Part], into result: inout ParsedAddress) {
        guard let last = parts.last else { return }
        let words = last.text.split(separator: " ").map(String.init)
        let country = result.country
        var locality: Locality?
        if country == nil || country == "US", let found = Self.usLocality(words) {
            locality = found
        } else if country == nil || country == "CA", let found = Self.canadianLocality(words) {
            locality = found
        } else if country == nil || country == "AU", let found = Self.australianLocality(words) {
            locality = found
        } else if country == nil || country == "GB", let found = Self.britishLocality(words) {
            locality = found
        } else if let found = Self.postalFirstLocality(words, country: country) {
            locality = found
        } else if let found = Self.cityFirstLocality(words, country: country) {
            locality = found
        }
        guard var locality else { return }
        parts.removeLast()
        if locality.city == nil, parts.count > 0, !Self.looksLikeStreet(parts[parts.count - 1].text) {
            locality.city = parts.removeLast().text
        }
        result.address.city = locality.city
        result.address.region = locality.region
        result.address.postalCode = locality.postalCode
        if result.country == nil { result.country = locality.provesCountry }
    }

    private struct Locality {
        var city: String?
        var region: String?
        var postalCode: String?
        var provesCountry: String?
    }

    /// "Arlington VA 22202", "VA 22202-4501", "Arlington Virginia 22202".
    private static func usLocality(_ words: [String]) -> Locality? {
        guard let zip = words.last, isZIP(zip) else { return nil }
        let before = Array(words.dropLast())
        for length in stride(from: min(3, before.count), through: 1, by: -1) {
            let stateWords = before.suffix(length).joined(separator: " ")
            guard let state = usState(stateWords) else { continue }
            return Locality(
                city: joinedOrNil(before.dropLast(length)), region: state, postalCode: zip,
                provesCountry: "US")
        }
        return nil
    }

    /// "Ottawa ON K1A 0B1", "Ottawa, Ontario K1A0B1", "K1A 0B1".
    private static func canadianLocality(_ words: [String]) -> Locality? {
        var rest = words
        let postal: String
        if rest.count >= 2, isCanadianPostal(rest[rest.count - 2] + rest[rest.count - 1]) {
            postal = rest[rest.count - 2] + " " + rest[rest.count - 1]
            rest.removeLast(2)
        } else if let last = rest.last, isCanadianPostal(last) {
            postal = String(last.prefix(3) + " " + last.suffix(3))
            rest.removeLast()
        } else {
            return nil
        }
        var region: String?
        for length in stride(from: min(3, rest.count), through: 1, by: -1) {
            if let code = canadianProvinces[TextFolding.key(rest.suffix(length).joined(separator: " "))] {
                region = code
                rest.removeLast(length)
                break
            }
        }
        return Locality(
            city: joinedOrNil(rest[...]), region: region, postalCode: postal.uppercased(),
            provesCountry: "CA")
    }

    /// "Canberra ACT 2600".
    private static func australianLocality(_ words: [String]) -> Locality? {
        guard words.count >= 2, let postcode = words.last, TextFolding.isDigits(postcode, count: 4...4),
            australianStates.contains(words[words.count - 2])
        else { return nil }
        return Locality(
            city: joinedOrNil(words.dropLast(2)), region: words[words.count - 2], postalCode: postcode,
            provesCountry: "AU")
    }

    /// "London SW1A 1AA", "SW1A 1AA".
    private static func britishLocality(_ words: [String]) -> Locality? {
        guard words.count >= 2 else { return nil }
        let outward = words[words.count - 2].uppercased()
        let inward = words[words.count - 1].uppercased()
        guard isUKOutward(outward), inward.count == 3, inward.first?.isNumber == true,
            inward.dropFirst().allSatisfy({ $0.isLetter })
        else { return nil }
        return Locality(city: joinedOrNil(words.dropLast(2)), postalCode: "\(outward) \(inward)")
    }

    /// Countries that print the postal code before the town ("85521 Ottobrunn", "75008 Paris", "1012 AB Amsterdam").
    private static let postalFirstCountries: Set<String> = [
        "DE", "FR", "IT", "ES", "CH", "AT", "NL", "BE", "DK", "SE", "NO", "FI", "PL", "CZ", "SK", "PT", "LU", "GR",
        "TR", "MX", "IS", "HU", "SI", "HR", "RO", "BG", "EE", "LV", "LT", "LI", "MC", "IL",
    ]

    private static func postalFirstLocality(_ words: [String], country: String?) -> Locality? {
        guard words.count >= 2 else { return nil }
        var code = words[0]
        var prefixed = false
        // "D-85521", "F-75008", "CH-8001": an old country prefix also proves the order.
        if let dash = code.firstIndex(of: "-"), code[..<dash].allSatisfy(\.isLetter), code[..<dash].count <= 2 {
            code = String(code[code.index(after: dash)...])
            prefixed = true
        }
        guard prefixed || country.map(postalFirstCountries.contains) == true else { return nil }
        var cityWords = Array(words.dropFirst())
        if TextFolding.isDigits(code, count: 4...5) {
            // Dutch "1012 AB".
            if country == "NL", let letters = cityWords.first, letters.count == 2, letters.allSatisfy(\.isUppercase),
                cityWords.count > 1
            {
                code += " " + letters
                cityWords.removeFirst()
            }
        } else if isDigitsWithDash(code, 2, 3) || isDigitsWithDash(code, 4, 3) {
            // Polish "00-950", Portuguese "1000-001".
        } else if TextFolding.isDigits(code, count: 3...3), let next = cityWords.first,
            TextFolding.isDigits(next, count: 2...2)
        {
            // Swedish and Czech "114 55".
            code += " " + next
            cityWords.removeFirst()
        } else {
            return nil
        }
        // Italy prints the province after the town: "20121 Milano MI".
        var region: String?
        if country == "IT", cityWords.count > 1, let last = cityWords.last, last.count == 2,
            last.allSatisfy({ $0.isASCII && $0.isUppercase })
        {
            region = cityWords.removeLast()
        }
        guard let city = joinedOrNil(cityWords[...]), city.first?.isLetter == true else { return nil }
        return Locality(city: city, region: region, postalCode: code)
    }

    /// "Tokyo 100-0005", "Seoul 06164", "Ottobrunn 85521", "Singapore 018956"; Korean provinces ("Gyeonggi-do")
    /// are regions, so the city is then the part before.
    private static func cityFirstLocality(_ words: [String], country: String?) -> Locality? {
        guard let last = words.last else { return nil }
        let code = last.hasPrefix("〒") ? String(last.dropFirst()) : last
        // Japan "100-0005", Brazil "01310-100", Israel's seven digits; Taiwan still prints its three-digit codes.
        guard isDigitsWithDash(code, 3, 4) || isDigitsWithDash(code, 5, 3) || TextFolding.isDigits(code, count: 4...7)
            || country == "TW" && TextFolding.isDigits(code, count: 3...3)
        else { return nil }
        let before = words.dropLast()
        guard let place = joinedOrNil(before), place.first?.isLetter == true else {
            return before.isEmpty ? Locality(postalCode: code) : nil
        }
        if place.lowercased().hasSuffix("-do") || place.lowercased().hasSuffix("-ken") {
            return Locality(region: place, postalCode: code)
        }
        return Locality(city: place, postalCode: code)
    }

    // MARK: - Shapes

    private static func isZIP(_ text: String) -> Bool {
        TextFolding.isDigits(text, count: 5...5) || isDigitsWithDash(text, 5, 4)
    }

    private static func isCanadianPostal(_ text: String) -> Bool {
        let characters = Array(text.uppercased())
        guard characters.count == 6 else { return false }
        return characters.enumerated().allSatisfy { index, character in
            index.isMultiple(of: 2) ? character.isASCII && character.isLetter : TextFolding.isDigit(character)
        }
    }

    /// "SW1A", "M1", "EC1V", "B33": one or two letters, a digit, then an optional digit or letter.
    private static func isUKOutward(_ text: String) -> Bool {
        let letters = text.prefix { $0.isASCII && $0.isLetter }
        let rest = text.dropFirst(letters.count)
        guard (1...2).contains(letters.count), let digit = rest.first, digit.isNumber, rest.count <= 2 else {
            return false
        }
        return rest.count == 1 || rest.last.map { $0.isASCII && ($0.isLetter || $0.isNumber) } == true
    }

    private static func isDigitsWithDash(_ text: String, _ head: Int, _ tail: Int) -> Bool {
        let pieces = text.split(separator: "-", omittingEmptySubsequences: false)
        return pieces.count == 2 && TextFolding.isDigits(pieces[0], count: head...head)
            && TextFolding.isDigits(pieces[1], count: tail...tail)
    }

    private static func joinedOrNil(_ words: ArraySlice<String>) -> String? {
        let joined = TextFolding.trimming(words.joined(separator: " "), [",", "/"])
        return joined.isEmpty ? nil : joined
    }

    /// A part starting with a house number or naming a suite is not a city, even when it precedes the locality.
    private static func looksLikeStreet(_ text: String) -> Bool {
        let first = TextFolding.keyWords(text).first ?? ""
        return first.first?.isNumber == true
            || [
                "suite", "ste", "floor", "unit", "po", "p o", "box", "room",
                "building", "bldg",
            ].contains(first)
    }

    private static func joinedByLine(_ parts: [Part]) -> [String] {
        var lines: [String] = []
        var lastLine: Int?
        for part in parts {
            if part.line == lastLine, let previous = lines.popLast() {
                lines.append(previous + ", " + part.text)
            } else {
                lines.append(part.text)
            }
            lastLine = part.line
        }
        return lines
    }

    // MARK: - Tables

    private static func usState(_ text: String) -> String? {
        let trimmed = TextFolding.trimming(text, [".", ","])
        if trimmed.count == 2, trimmed == trimmed.uppercased(), usStateNames.values.contains(trimmed) {
            return trimmed
        }
        return usStateNames[TextFolding.key(trimmed)]
    }

    private static let usStateNames: [String: String] = [
        "alabama": "AL", "alaska": "AK", "arizona": "AZ", "arkansas": "AR", "california": "CA", "colorado": "CO",
        "connecticut": "CT", "delaware": "DE", "florida": "FL", "georgia": "GA", "hawaii": "HI", "idaho": "ID",
        "illinois": "IL", "indiana": "IN", "iowa": "IA", "kansas": "KS", "kentucky": "KY", "louisiana": "LA",
        "maine": "ME", "maryland": "MD", "massachusetts": "MA", "michigan": "MI", "minnesota": "MN",
        "mississippi": "MS", "missouri": "MO", "montana": "MT", "nebraska": "NE", "nevada": "NV",
        "new hampshire": "NH", "new jersey": "NJ", "new mexico": "NM", "new york": "NY", "north carolina": "NC",
        "north dakota": "ND", "ohio": "OH", "oklahoma": "OK", "oregon": "OR", "pennsylvania": "PA",
        "rhode island": "RI", "south carolina": "SC", "south dakota": "SD", "tennessee": "TN", "texas": "TX",
        "utah": "UT", "vermont": "VT", "virginia": "VA", "washington": "WA", "west virginia": "WV",
        "wisconsin": "WI", "wyoming": "WY", "district of columbia": "DC", "dc": "DC", "puerto rico": "PR",
        "guam": "GU", "us virgin islands": "VI", "american samoa": "AS", "northern mariana islands": "MP",
        "armed forces americas": "AA", "armed forces europe": "AE", "armed forces pacific": "AP",
    ]

    private static let canadianProvinces: [String: String] = [
        "ab": "AB", "alberta": "AB", "bc": "BC", "british columbia": "BC", "mb": "MB", "manitoba": "MB",
        "nb": "NB", "new brunswick": "NB", "nl": "NL", "newfoundland and labrador": "NL", "ns": "NS",
        "nova scotia": "NS", "nt": "NT", "northwest territories": "NT", "nu": "NU", "nunavut": "NU", "on": "ON",
        "ontario": "ON", "pe": "PE", "prince edward island": "PE", "qc": "QC", "quebec": "QC", "sk": "SK",
        "saskatchewan": "SK", "yt": "YT", "yukon": "YT",
    ]

    private static let australianStates: Set<String> = ["NSW", "VIC", "QLD", "WA", "SA", "TAS", "ACT", "NT"]
}
