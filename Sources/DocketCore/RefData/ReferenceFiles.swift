public import Foundation

/// The reference-data files the validation rules read, one type per file in `RefData/`.
/// Each file's `notes` say what was verified; the generators in `scripts/refdata/` write them.

/// `usml.json`: 22 CFR 121.1 categories with every paragraph id, SME (asterisk) and MT marks.
public enum USMLFile: RefDataFile {
    public static let name = "usml"

    public struct Entry: Codable, Sendable, Equatable {
        /// Roman numeral, "I" ... "XXI".
        public var category: String
        public var number: Int
        public var title: String
        public var paragraphs: [Paragraph]
    }

    public struct Paragraph: Codable, Sendable, Equatable {
        /// "(a)", "(a)(3)(i)".
        public var id: String
        /// Marked with an asterisk in 121.1 (significant military equipment).
        public var sme: Bool
        public var mt: Bool
        public var text: String?
        /// SME because a parent paragraph carries the asterisk.
        public var smeInherited: Bool?
    }
}

/// `ccl.json`: the Commerce Control List ECCNs (15 CFR 774, Supplement No. 1).
public enum CCLFile: RefDataFile {
    public static let name = "ccl"

    public struct Entry: Codable, Sendable, Equatable {
        public var eccn: String
        public var heading: String
        public var reasons: [String]
        public var series600: Bool
        public var series515: Bool
        public var subjectToITAR: Bool?
    }
}

/// `itar-126-1.json`: 22 CFR 126.1 countries with their paragraph and whether (d)(1) or (d)(2) lists them.
public enum ITAR126_1File: RefDataFile {
    public static let name = "itar-126-1"

    public struct Entry: Codable, Sendable, Equatable {
        public var country: String
        public var name: String
        /// "(d)(1)" for the (d)(1) countries, else the country paragraph, "(l)" for Russia.
        public var paragraph: String
        /// "(d)(1)", "(d)(2)", or "paragraph-only" (named in a paragraph, absent from the (d)(2) table).
        public var listedIn: String
        public var policy: String
        public var paragraphLead: String?
    }
}

/// `ear-country-groups.json`: 15 CFR 740 Supplement No. 1 country groups.
public enum EARCountryGroupsFile: RefDataFile {
    public static let name = "ear-country-groups"

    public struct Entry: Codable, Sendable, Equatable {
        /// "A:1" ... "E:2".
        public var group: String
        public var label: String
        public var countries: [String]
    }
}

/// `nato-plus.json`: the NATO-plus destinations of 22 CFR 123.15(a)(2), with the thresholds beside the entries.
public enum NATOPlusFile: RefDataFile {
    public static let name = "nato-plus"

    public struct Entry: Codable, Sendable, Equatable {
        public var country: String
        public var name: String
        public var basis: String
    }

    /// The file's `thresholds` member.
    public struct Members: Decodable, Sendable {
        public var thresholds: Thresholds
    }

    public struct Thresholds: Codable, Sendable, Equatable {
        public var otherCountries: Tier
        public var natoPlus: Tier
        public var categoryIFirearms: Firearms
    }

    public struct Tier: Codable, Sendable, Equatable {
        public var majorDefenseEquipment: Decimal
        public var defenseArticlesAndServices: Decimal
        public var citation: String
        public var waitingDays: Int
    }

    public struct Firearms: Codable, Sendable, Equatable {
        public var amount: Decimal
        public var citation: String
    }
}

/// `part124-clauses.json`: the 22 CFR 124.8, 124.9, 124.12, 124.14(c) and 126.18 clauses with their text.
public enum Part124ClausesFile: RefDataFile {
    public static let name = "part124-clauses"

    public struct Entry: Codable, Sendable, Equatable {
        public var id: String
        /// Agreement types the clause is mandatory for ("TAA", "MLA", "WDA").
        public var applies: [String]
        /// "agreement" or "transmittal-letter".
        public var document: String
        public var citation: String
        public var title: String
        public var regulationText: String
    }
}
