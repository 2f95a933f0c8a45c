/// A Part 124 agreement number split into its parts: "TA-4821-24A" is TA, 4821, 24, amendment "A".
public struct AgreementNumber: Sendable, Equatable, Hashable {
    /// "TA", "MA", "DA" or "WDA".
    public var kind: String
    public var serial: String
    /// Two digits, as DDTC writes them.
    public var year: String
    /// DDTC's amendment letter(s) ("A") or an applicant's own amendment number ("3").
    public var amendment: String?

    /// The original agreement: "TA-4821-24".
    public var base: String { "\(kind)-\(serial)-\(year)" }

    /// "TA-4821-24A" for a lettered amendment; "TA-4821-24 Amendment 3" for a numbered one, because "TA-4821-243"
    /// would read as a different agreement.
    public var canonical: String {
        guard let amendment else { return base }
        return amendment.allSatisfy(\.isNumber) ? "\(base) Amendment \(amendment)" : base + amendment
    }
}

/// Reads DDTC and BIS identifiers: registration codes, agreement numbers, license and application numbers.
public struct RegistrationCodeNormalizer: Sendable {
    public init() {}

    /// A DDTC registration code, "M" or "K" and 4–5 digits ("m-12345" → "M12345").
    ///
    /// Returns nil for another letter, another digit count, or extra text.
    public func registrationCode(_ text: String) -> String? {
        let squeezed = Self.squeezed(text)
        guard let letter = squeezed.first, letter == "M" || letter == "K",
            TextFolding.isDigits(squeezed.dropFirst(), count: 4...5)
        else { return nil }
        return squeezed
    }

    /// An agreement number ("TA 4821-24", "ta-4821-24a", "TA-4821-24 Amendment B").
    ///
    /// Returns nil when the prefix is not TA, MA, DA or WDA, the serial is not 1–5 digits, the year is not two
    /// digits, or the amendment is not one or two letters or a number of up to three digits.
    public func agreementNumber(_ text: String) -> AgreementNumber? {
        var words = TextFolding.collapsingWhitespace(text).uppercased()
            .split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "_" }).map(String.init)
        // "TA4821-24": the prefix may touch the serial.
        if let first = words.first, let split = first.firstIndex(where: \.isNumber), split > first.startIndex {
            words.replaceSubrange(0..<1, with: [String(first[..<split]), String(first[split...])])
        }
        guard words.count >= 3, ["TA", "MA", "DA", "WDA"].contains(words[0]),
            TextFolding.isDigits(words[1], count: 1...5)
        else { return nil }
        let (kind, serial, yearWord) = (words[0], words[1], words[2])
        let year = String(yearWord.prefix(2))
        guard TextFolding.isDigits(year, count: 2...2) else { return nil }
        var amendmentWords = Array(words[3...])
        if yearWord.count > 2 {
            // "24A" carries a letter amendment; "2024" is a year DDTC does not write.
            let attached = yearWord.dropFirst(2)
            guard attached.allSatisfy(\.isLetter) else { return nil }
            amendmentWords.insert(String(attached), at: 0)
        }
        if let label = amendmentWords.first, ["AMENDMENT", "AMEND", "AMEND.", "AMDT", "AMDT.", "AMD"].contains(label) {
            amendmentWords.removeFirst()
            guard !amendmentWords.isEmpty else { return nil }
        }
        guard amendmentWords.count <= 1 else { return nil }
        let amendment = amendmentWords.first
        if let amendment {
            let letters = amendment.count <= 2 && amendment.allSatisfy { $0.isASCII && $0.isLetter }
            guard letters || TextFolding.isDigits(amendment, count: 1...3) else { return nil }
        }
        return AgreementNumber(kind: kind, serial: serial, year: year, amendment: amendment)
    }

    /// A DDTC license (case) number: nine digits, with a paper license's leading "T" (DSP-73) or "C" (DSP-85)
    /// dropped as AES requires ("T050312345" → "050312345").
    ///
    /// Returns nil for any other length or letter.
    public func licenseNumber(_ text: String) -> String? {
        var squeezed = Substring(Self.squeezed(text))
        if squeezed.first == "T" || squeezed.first == "C" { squeezed = squeezed.dropFirst() }
        return TextFolding.isDigits(squeezed, count: 9...9) ? String(squeezed) : nil
    }

    /// A BIS application control number, "Z" and six digits ("z-123456" → "Z123456").
    ///
    /// Returns nil for any other shape.
    public func applicationControlNumber(_ text: String) -> String? {
        let squeezed = Self.squeezed(text)
        guard squeezed.first == "Z", TextFolding.isDigits(squeezed.dropFirst(), count: 6...6) else { return nil }
        return squeezed
    }

    /// Upper case without spaces, hyphens and the dots of "No.".
    private static func squeezed(_ text: String) -> String {
        TextFolding.collapsingWhitespace(text).uppercased().filter { $0 != " " && $0 != "-" && $0 != "." }
    }

}
