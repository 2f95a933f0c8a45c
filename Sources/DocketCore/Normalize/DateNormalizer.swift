/// Turns the ways filings write a calendar date into ISO 8601 "YYYY-MM-DD".
///
/// Numeric dates are read month first (US forms) unless the first number cannot be a month or the caller says the
/// document is day-first; dotted dates ("03.04.2026") are always day-first, as in Europe.
public struct DateNormalizer: Sendable {
    /// Which number comes first in a slash or dash date such as "03/04/2026".
    public enum NumericOrder: Sendable, Equatable {
        case monthFirst
        case dayFirst
    }

    public var numericOrder: NumericOrder

    public init(numericOrder: NumericOrder = .monthFirst) {
        self.numericOrder = numericOrder
    }

    /// The ISO date for a whole field ("March 3, 2026", "03-Mar-2026", "the 3rd day of March, 2026", "20260303").
    ///
    /// Returns nil for text that holds anything but one date, for impossible dates (February 30), for years
    /// outside 1900–2199, and for numeric dates whose order cannot be told.
    public func normalize(_ text: String) -> String? {
        var tokens = Self.tokens(of: TextFolding.fold(TextFolding.collapsingWhitespace(text)))
        guard !tokens.isEmpty else { return nil }
        tokens = Self.droppingTime(tokens)
        tokens.removeAll { token in
            if case .word(let word) = token { return Self.fillerWords.contains(word) }
            return false
        }
        // What a dropped label leaves behind ("Dated: ...").
        while let first = tokens.first, case .separator = first { tokens.removeFirst() }
        guard let (year, month, day) = fields(of: tokens) else { return nil }
        return Self.iso(year: year, month: month, day: day)
    }

    // MARK: - Tokens

    private enum Token: Equatable {
        case number(String)
        case word(String)
        case separator(Character)
    }

    private static let fillerWords: Set<String> = [
        "the", "day", "of", "on", "dated", "st", "nd", "rd", "th", "monday", "tuesday", "wednesday", "thursday",
        "friday", "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    ]

    private static let months: [String: Int] = {
        let names = [
            "january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december",
        ]
        var table: [String: Int] = [:]
        for (index, name) in names.enumerated() {
            table[name] = index + 1
            table[String(name.prefix(3))] = index + 1
        }
        table["sept"] = 9
        return table
    }()

    private static func tokens(of text: String) -> [Token] {
        var tokens: [Token] = []
        var current = ""
        var currentIsNumber = false
        func flush() {
            guard !current.isEmpty else { return }
            tokens.append(currentIsNumber ? .number(current) : .word(current))
            current = ""
        }
        for character in text {
            if TextFolding.isDigit(character) {
                if !currentIsNumber { flush() }
                currentIsNumber = true
                current.append(character)
            } else if character.isLetter {
                if currentIsNumber { flush() }
                currentIsNumber = false
                current.append(character)
            } else {
                flush()
                if !character.isWhitespace { tokens.append(.separator(character)) }
            }
        }
        flush()
        return tokens
    }

    /// "2026-03-03T14:05:00Z" and "2026-03-03 14:05": the date is what counts, so the time is cut off.
    private static func droppingTime(_ tokens: [Token]) -> [Token] {
        guard tokens.count > 5, case .number(let year) = tokens[0], year.count == 4,
            tokens[1] == .separator("-"), tokens[3] == .separator("-")
        else { return tokens }
        if case .word(let word) = tokens[5], word.hasPrefix("t") { return Array(tokens[0..<5]) }
        if case .number = tokens[5], tokens.count > 6, tokens[6] == .separator(":") { return Array(tokens[0..<5]) }
        return tokens
    }

    private func fields(of tokens: [Token]) -> (Int, Int, Int)? {
        let separators = tokens.compactMap { token -> Character? in
            if case .separator(let character) = token { return character }
            return nil
        }
        let parts = tokens.filter { if case .separator = $0 { false } else { true } }
        if parts.count == 1, case .number(let digits) = parts[0], digits.count == 8 {
            return Self.compact(digits)
        }
        guard parts.count == 3 else { return nil }
        switch (parts[0], parts[1], parts[2]) {
        case (.number(let a), .number(let b), .number(let c)):
            // Mixed separators ("3/4-2026") are more likely two fragments than one date.
            guard Set(separators).count == 1, let separator = separators.first, "/-.".contains(separator) else {
                return nil
            }
            return numeric(a, b, c, dotted: separator == ".")
        case (.number(let day), .word(let name), .number(let year)) where day.count <= 2:
            guard Self.punctuationOnly(separators), let month = Self.months[name] else { return nil }
            return Self.checked(year: year, month: month, day: day)
        case (.word(let name), .number(let day), .number(let year)):
            guard Self.punctuationOnly(separators), let month = Self.months[name] else { return nil }
            return Self.checked(year: year, month: month, day: day)
        case (.number(let year), .word(let name), .number(let day)) where year.count == 4:
            guard Self.punctuationOnly(separators), let month = Self.months[name] else { return nil }
            return Self.checked(year: year, month: month, day: day)
        default:
            return nil
        }
    }

    private func numeric(_ a: String, _ b: String, _ c: String, dotted: Bool) -> (Int, Int, Int)? {
        if a.count == 4 { return Self.checked(year: a, month: b, day: c) }
        guard a.count <= 2, b.count <= 2, c.count == 4 || c.count == 2,
            let first = Int(a), let second = Int(b)
        else { return nil }
        let dayFirst: Bool
        if dotted || numericOrder == .dayFirst {
            dayFirst = true
        } else {
            // A US form can still carry "25/12/2026"; only a first number over 12 proves the order.
            dayFirst = first > 12 && second <= 12
        }
        return dayFirst
            ? Self.checked(year: c, month: second, day: first) : Self.checked(year: c, month: first, day: second)
    }

    private static func punctuationOnly(_ separators: [Character]) -> Bool {
        separators.allSatisfy { ",.-/".contains($0) }
    }

    private static func compact(_ digits: String) -> (Int, Int, Int)? {
        let year = digits.prefix(4)
        let month = digits.dropFirst(4).prefix(2)
        let day = digits.suffix(2)
        guard let m = Int(month), let d = Int(day) else { return nil }
        return checked(year: String(year), month: m, day: d)
    }

    private static func checked(year: String, month: String, day: String) -> (Int, Int, Int)? {
        guard month.count <= 2, let m = Int(month), let d = Int(day) else { return nil }
        return checked(year: year, month: m, day: d)
    }

    private static func checked(year: String, month: Int, day: String) -> (Int, Int, Int)? {
        guard day.count <= 2, let d = Int(day) else { return nil }
        return checked(year: year, month: month, day: d)
    }

    private static func checked(year text: String, month: Int, day: Int) -> (Int, Int, Int)? {
        guard text.count == 4 || text.count == 2, let raw = Int(text) else { return nil }
        // Two-digit years on these forms are recent: "26" is 2026, "98" is 1998.
        let year = text.count == 2 ? (raw < 70 ? 2000 + raw : 1900 + raw) : raw
        guard (1900...2199).contains(year), (1...12).contains(month), day >= 1,
            day <= daysIn(month: month, year: year)
        else { return nil }
        return (year, month, day)
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    private static func iso(year: Int, month: Int, day: Int) -> String {
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }
}
