/// `RefData/countries.json`: ISO 3166-1 countries with the names filings use for them.
public enum CountriesFile: RefDataFile {
    public static let name = "countries"

    public struct Entry: Codable, Sendable, Equatable {
        public var alpha2: String
        public var alpha3: String
        /// Three digits, zero-padded ("004").
        public var numeric: String
        /// The ISO 3166-1 short name ("Korea, Republic of").
        public var name: String
        public var officialName: String?
        /// Other names seen in filings ("South Korea", "ROK").
        public var aliases: [String]

        public init(
            alpha2: String, alpha3: String, numeric: String, name: String, officialName: String? = nil,
            aliases: [String] = []
        ) {
            self.alpha2 = alpha2
            self.alpha3 = alpha3
            self.numeric = numeric
            self.name = name
            self.officialName = officialName
            self.aliases = aliases
        }
    }
}
