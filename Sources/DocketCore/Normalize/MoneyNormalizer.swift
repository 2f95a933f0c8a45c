import Foundation

/// Turns an amount as written on a filing ("$1,250,000.00", "EUR 40.000,00", "USD 1.25M") into `Money`.
///
/// Amounts are built from the digits as `Decimal`, never through `Double`, so they stay exact.
public struct MoneyNormalizer: Sendable {
    /// The currency for an amount with no marker ("1.2 billion"); nil makes such amounts unrecognized.
    public var defaultCurrency: String?

    public init(defaultCurrency: String? = "USD") {
        self.defaultCurrency = defaultCurrency
    }

    /// The amount and ISO 4217 currency of a whole field.
    ///
    /// Returns nil when there is not exactly one number, when a scale word ("million") precedes it, when the
    /// separators do not form a valid grouping, when "1.250" could be either 1.25 or 1250, when two different
    /// currencies are named, when any other word is present, or for an amount in parentheses (an accounting
    /// negative).
    public func normalize(_ text: String) -> Money? {
        let characters = Array(TextFolding.collapsingWhitespace(text))
        guard let span = Self.numberSpan(in: characters) else { return nil }
        let before = String(characters[..<span.lowerBound])
        let after = String(characters[span.upperBound...])
        if let open = before.lastIndex(of: "("), !before[open...].contains(")"), after.contains(")") { return nil }
        // A scale word comes after the number; "M 500" is not 500 million.
        guard Self.markers(in: before)?.scale == nil, let words = Self.markers(in: before + " " + after) else {
            return nil
        }
        let currency = words.currency ?? defaultCurrency
        guard let currency, let amount = Self.amount(String(characters[span]), hasScale: words.scale != nil)
        else { return nil }
        return Money(amount: amount * (words.scale ?? 1), currency: currency)
    }

    // MARK: - The number

    private static let groupSeparators: Set<Character> = [" ", "'", "’", "\u{202F}", "\u{00A0}"]

    /// The one run of digits and inner separators; nil when there is none or more than one.
    private static func numberSpan(in characters: [Character]) -> Range<Int>? {
        guard let start = characters.firstIndex(where: TextFolding.isDigit) else { return nil }
        var end = start
        while end < characters.count {
            let character = characters[end]
            if TextFolding.isDigit(character) {
                end += 1
            } else if character == "," || character == "." || groupSeparators.contains(character),
                end + 1 < characters.count, TextFolding.isDigit(characters[end + 1])
            {
                end += 1
            } else {
                break
            }
        }
        guard !characters[end...].contains(where: TextFolding.isDigit) else { return nil }
        return start..<end
    }

    /// Reads grouping and decimal separators: the last of "," and "." is decimal when both occur; a lone one is
    /// decimal unless it is followed by exactly three digits (then "," groups, and "." is ambiguous without a scale).
    private static func amount(_ written: String, hasScale: Bool) -> Decimal? {
        let marks = written.filter { $0 == "," || $0 == "." }
        var decimalMark: Character?
        if Set(marks).count == 2 {
            decimalMark = marks.last
            guard marks.filter({ $0 == decimalMark }).count == 1 else { return nil }
        } else if marks.count == 1, let mark = marks.first {
            let digitsAfter = written.split(separator: mark, omittingEmptySubsequences: false)[1].count
            if digitsAfter != 3 {
                // "12,0000" is no way anyone writes an amount; a decimal comma has one or two digits.
                guard mark == "." || digitsAfter <= 2 else { return nil }
                decimalMark = mark
            } else if mark == "." {
                // "1.250" is 1.25 in the US and 1250 in Germany; only "1.250 million" settles it.
                guard hasScale else { return nil }
                decimalMark = mark
            }
        }
        let parts = written.split(separator: decimalMark ?? "\u{0}", omittingEmptySubsequences: false)
        guard parts.count <= 2 else { return nil }
        let groups = parts[0].split(omittingEmptySubsequences: false, whereSeparator: { !TextFolding.isDigit($0) })
        guard let first = groups.first, (1...3).contains(first.count) || groups.count == 1,
            groups.dropFirst().allSatisfy({ $0.count == 3 })
        else { return nil }
        let fraction = parts.count == 2 ? parts[1] : ""
        guard fraction.allSatisfy(TextFolding.isDigit) else { return nil }
        let plain = groups.joined() + (fraction.isEmpty ? "" : "." + fraction)
        return Decimal(string: plain, locale: Locale(identifier: "en_US_POSIX"))
    }

    // MARK: - Words around the number

    private struct Markers {
        var currency: String?
        var scale: Decimal?
    }

    private static let scales: [String: Decimal] = [
        "k": 1_000, "thousand": 1_000, "m": 1_000_000, "mm": 1_000_000, "mn": 1_000_000, "mil": 1_000_000,
        "mio": 1_000_000, "million": 1_000_000, "millions": 1_000_000, "b": 1_000_000_000, "bn": 1_000_000_000,
        "billion": 1_000_000_000, "billions": 1_000_000_000,
    ]

    private static let isoCodes: Set<String> = [
        "USD", "EUR", "GBP", "JPY", "CAD", "AUD", "CHF", "CNY", "SEK", "NOK", "DKK", "NZD", "KRW", "SGD", "HKD",
        "INR", "ILS", "MXN", "BRL", "ZAR", "TRY", "PLN", "CZK", "HUF", "SAR", "AED", "TWD", "THB", "MYR", "IDR",
        "PHP", "RUB", "NGN", "EGP", "KWD", "QAR", "BHD", "OMR", "JOD", "CLP", "COP", "PEN", "ARS", "VND", "RON",
    ]

    /// Word sequences naming a currency, longest first so "us dollars" wins over "dollars".
    private static let currencyPhrases: [([String], String)] = [
        (["united", "states", "dollars"], "USD"), (["united", "states", "dollar"], "USD"),
        (["us", "dollars"], "USD"), (["us", "dollar"], "USD"), (["us", "$"], "USD"),
        (["canadian", "dollars"], "CAD"), (["canadian", "dollar"], "CAD"), (["c", "$"], "CAD"), (["ca", "$"], "CAD"),
        (["cad", "$"], "CAD"), (["australian", "dollars"], "AUD"), (["australian", "dollar"], "AUD"),
        (["a", "$"], "AUD"), (["au", "$"], "AUD"), (["aud", "$"], "AUD"), (["usd", "$"], "USD"),
        (["pounds", "sterling"], "GBP"), (["swiss", "francs"], "CHF"), (["jp", "¥"], "JPY"), (["cn", "¥"], "CNY"),
        (["dollars"], "USD"), (["dollar"], "USD"), (["$"], "USD"), (["euros"], "EUR"), (["euro"], "EUR"),
        (["€"], "EUR"), (["£"], "GBP"), (["sterling"], "GBP"), (["yen"], "JPY"), (["rmb"], "CNY"),
        (["yuan"], "CNY"), (["renminbi"], "CNY"),
    ]

    /// Harmless words around an amount ("Total value: USD 500 only").
    private static let fillers: Set<String> = ["total", "value", "amount", "of", "only", "sum", "the", "in"]

    /// Reads the words around the number; nil when one is unknown or two currencies disagree.
    private static func markers(in text: String) -> Markers? {
        var spaced = ""
        for character in TextFolding.fold(text) {
            switch character {
            case "$", "€", "£", "¥": spaced += " \(character) "
            case ".": continue
            case "(", ")", ",", ":", ";", "=": spaced += " "
            default: spaced.append(character)
            }
        }
        var words = spaced.split(separator: " ").map(String.init)
        var result = Markers()
        func setCurrency(_ code: String) -> Bool {
            if let existing = result.currency, existing != code { return false }
            result.currency = code
            return true
        }
        while !words.isEmpty {
            if let (phrase, code) = currencyPhrases.first(where: { words.starts(with: $0.0) }) {
                guard setCurrency(code) else { return nil }
                words.removeFirst(phrase.count)
            } else if isoCodes.contains(words[0].uppercased()) {
                guard setCurrency(words[0].uppercased()) else { return nil }
                words.removeFirst()
            } else if let scale = scales[words[0]] {
                guard result.scale == nil else { return nil }
                result.scale = scale
                words.removeFirst()
            } else if fillers.contains(words[0]) {
                words.removeFirst()
            } else {
                return nil
            }
        }
        return result
    }
}
