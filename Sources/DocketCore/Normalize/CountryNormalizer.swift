/// Turns the ways filings name a country into its ISO 3166-1 alpha-2 code.
///
/// Built from the `countries` reference data. Matching ignores case, diacritics, punctuation and spacing; a name
/// that two countries share ("Korea") is dropped from the index rather than resolved by guessing.
public struct CountryNormalizer: Sendable {
    /// How much the caller knows about the text, which decides whether bare codes are trusted.
    public enum Context: Sendable, Equatable {
        /// The text is a country field: bare alpha-2 ("DE", "IN"), alpha-3 in any case and numeric codes count.
        case countryField
        /// Anything else: codes only as upper-case alpha-3 that is not an English word ("GBR", not "CAN");
        /// short aliases ("UK", "PRC") only in upper case.
        case freeText
    }

    private let byName: [String: String]
    private let byAlpha2: [String: CountriesFile.Entry]
    private let byAlpha3: [String: String]
    private let byNumeric: [String: String]

    /// Builds from the store's `countries` file; throws its `RefDataError` when an override file is broken.
    /// An override is decoded and indexed whole, so make one and share it (it is Sendable); the built-in data
    /// comes indexed already.
    public init(store: RefDataStore = RefDataStore()) throws(RefDataError) {
        if store.overrides(CountriesFile.self) {
            self.init(countries: try store.load(CountriesFile.self).entries)
        } else {
            self.init(countries: BuiltInRefDataTables.countries, nameIndex: BuiltInRefDataTables.countryNameIndex)
        }
    }

    public init(countries: [CountriesFile.Entry]) {
        self.init(countries: countries, nameIndex: Self.nameIndex(of: countries))
    }

    private init(countries: [CountriesFile.Entry], nameIndex: [String: String]) {
        byName = nameIndex
        byAlpha2 = Dictionary(countries.map { ($0.alpha2, $0) }, uniquingKeysWith: { first, _ in first })
        byAlpha3 = Dictionary(countries.map { ($0.alpha3, $0.alpha2) }, uniquingKeysWith: { first, _ in first })
        byNumeric = Dictionary(countries.map { ($0.numeric, $0.alpha2) }, uniquingKeysWith: { first, _ in first })
    }

    /// Every name key that only one country answers to, with that country's alpha-2 code; a key two countries
    /// share ("korea") is left out. `scripts/embed-refdata.py` computes the same index for the built-in data.
    static func nameIndex(of countries: [CountriesFile.Entry]) -> [String: String] {
        var owners: [String: Set<String>] = [:]
        for entry in countries {
            for name in [entry.name] + (entry.officialName.map { [$0] } ?? []) + entry.aliases {
                for variant in Self.variants(of: name, isISOName: name == entry.name) {
                    owners[variant, default: []].insert(entry.alpha2)
                }
            }
        }
        return owners.compactMapValues { $0.count == 1 ? $0.first : nil }
    }

    /// The reference entry for an alpha-2 code, or nil for a code the data does not list.
    public func entry(alpha2: String) -> CountriesFile.Entry? {
        byAlpha2[alpha2.uppercased()]
    }

    /// The alpha-2 code for a whole field ("korea, republic of", "Türkiye", "U.K.", "GBR", "(Germany)").
    ///
    /// Returns nil when the text is not a country this data knows, is ambiguous, or is a bare code outside a
    /// `.countryField`.
    public func alpha2(for text: String, context: Context = .freeText) -> String? {
        let key = Self.lookupKey(text)
        guard !key.isEmpty else { return nil }
        if let code = byName[key] {
            // Short aliases are also words or initials ("us"), so in free text only capitals count.
            if context == .freeText && key.count <= 3 && !Self.isUpperCase(text) { return nil }
            return code
        }
        // A code is one bare token: "N/A" must not become Namibia.
        let compact = TextFolding.trimming(text, Self.edgeNoise).uppercased()
        guard compact.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else { return nil }
        switch context {
        case .countryField:
            if compact.count == 2, byAlpha2[compact] != nil { return compact }
            if compact.count == 3, let code = byAlpha3[compact] ?? byNumeric[compact] { return code }
        case .freeText:
            if compact.count == 3, Self.isUpperCase(text), !Self.alpha3Words.contains(compact),
                let code = byAlpha3[compact]
            {
                return code
            }
        }
        return nil
    }

    /// Finds a country named at the end of an address line or string ("Ottobrunn 85521, Germany",
    /// "Tokyo 100-0005 Japan"), preferring the longest name ("Papua New Guinea" over "Guinea").
    ///
    /// Returns nil when the text does not end in a country, or ends in a US state that shares a country's
    /// name's last word ("New Jersey", "New Mexico") or a region qualified by a compass word ("South America",
    /// "New South Wales"). Bare alpha-2 codes are never accepted here.
    public func findCountry(in text: String) -> CountryMatch? {
        let trimmed = TextFolding.trimming(text, Self.edgeNoise)
        let starts = Self.wordStarts(in: trimmed)
        for start in starts.suffix(Self.longestNameWords) {
            let candidate = String(trimmed[start...])
            guard let code = alpha2(for: candidate, context: .freeText) else { continue }
            let before = TextFolding.trimming(String(trimmed[..<start]), Self.edgeNoise)
            if Self.endsInQualifier(before) { return nil }
            return CountryMatch(alpha2: code, matched: candidate, remainder: before)
        }
        return nil
    }

    // MARK: - Keys

    private static let edgeNoise: Set<Character> = [",", ";", ":", "(", ")", "[", "]", "-", "–", "—", "/", ".", "*"]
    /// Upper-case alpha-3 codes that are also common English words in addresses and prose.
    private static let alpha3Words: Set<String> = [
        "AND", "ARE", "BEN", "BRA", "COD", "CUB", "FIN", "GIN", "GUM", "MAC", "MAR", "NOR", "PAN", "PER",
        "TON", "TUN",
    ]
    /// "South Georgia and the South Sandwich Islands" has seven words; nothing longer is worth trying.
    private static let longestNameWords = 8

    private static func lookupKey(_ text: String) -> String {
        let key = TextFolding.key(text)
        return key.hasPrefix("the ") ? String(key.dropFirst(4)) : key
    }

    /// The keys a reference name answers to: itself, its inverted form ("Korea, Republic of" → "Republic of
    /// Korea"), for ISO names its part before a parenthesis ("Holy See (Vatican City State)"), and "St" for
    /// "Saint". Aliases keep their parenthesis: "Congo (Kinshasa)" must not make "Congo" ambiguous.
    private static func variants(of name: String, isISOName: Bool) -> Set<String> {
        var forms = [name]
        if let comma = name.firstIndex(of: ",") {
            let head = name[..<comma]
            let tail = name[name.index(after: comma)...]
            forms.append("\(tail) \(head)")
        }
        if isISOName, let paren = name.firstIndex(of: "("), paren > name.startIndex {
            forms.append(String(name[..<paren]))
        }
        var keys = Set(forms.map(lookupKey))
        for key in keys where key.hasPrefix("saint ") {
            keys.insert("st " + key.dropFirst(6))
        }
        keys.remove("")
        return keys
    }

    private static func isUpperCase(_ text: String) -> Bool {
        let letters = text.filter(\.isLetter)
        return !letters.isEmpty && letters.allSatisfy(\.isUppercase)
    }

    /// Where each word of `text` begins; a word is a run between spaces or commas.
    private static func wordStarts(in text: String) -> [String.Index] {
        var starts: [String.Index] = []
        var previousWasSeparator = true
        for index in text.indices {
            let isSeparator = text[index].isWhitespace || text[index] == ","
            if previousWasSeparator && !isSeparator { starts.append(index) }
            previousWasSeparator = isSeparator
        }
        return starts
    }

    /// Words that turn a country's name into some other place's: a longer real country name ("South Sudan",
    /// "Papua New Guinea") has already been tried by then, so what is left is a state or region.
    private static let qualifiers: Set<String> = [
        "new", "south", "north", "central", "latin", "east", "west", "northern", "southern", "eastern", "western",
    ]

    private static func endsInQualifier(_ text: String) -> Bool {
        TextFolding.keyWords(text).last.map(qualifiers.contains) ?? false
    }
}

/// A country found at the end of a text by `CountryNormalizer.findCountry(in:)`.
public struct CountryMatch: Sendable, Equatable {
    public var alpha2: String
    /// The text that named the country, as written.
    public var matched: String
    /// The text before the country, with separating commas and spaces trimmed.
    public var remainder: String
}
