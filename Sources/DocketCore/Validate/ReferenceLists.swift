import Foundation

/// The reference lists the rules consult, loaded once per run and indexed for lookups.
public struct ReferenceLists: Sendable {
    /// USML paragraph ids by category numeral, e.g. "XI" -> ["(a)": paragraph, ...].
    let usml: [String: [String: USMLFile.Paragraph]]
    let usmlTitles: [String: String]
    let ccl: [String: CCLFile.Entry]
    let itar126: [String: ITAR126_1File.Entry]
    /// Country -> the EAR groups listing it ("E:1", "D:5").
    let earGroups: [String: Set<String>]
    let natoPlus: Set<String>
    let thresholds: NATOPlusFile.Thresholds
    let clauses: [Part124ClausesFile.Entry]
    let countryNames: [String: String]

    /// Throws the first file's `RefDataError`, naming the file, when an override is broken.
    public init(store: RefDataStore) throws(RefDataError) {
        var usml: [String: [String: USMLFile.Paragraph]] = [:]
        var titles: [String: String] = [:]
        for category in try store.load(USMLFile.self).entries {
            usml[category.category] = Dictionary(category.paragraphs.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            titles[category.category] = category.title
        }
        self.usml = usml
        usmlTitles = titles
        ccl = Dictionary(try store.load(CCLFile.self).entries.map { ($0.eccn.uppercased(), $0) },
                         uniquingKeysWith: { a, _ in a })
        itar126 = Dictionary(try store.load(ITAR126_1File.self).entries.map { ($0.country, $0) },
                             uniquingKeysWith: { a, _ in a })
        var groups: [String: Set<String>] = [:]
        for group in try store.load(EARCountryGroupsFile.self).entries {
            for country in group.countries { groups[country, default: []].insert(group.group) }
        }
        earGroups = groups
        natoPlus = Set(try store.load(NATOPlusFile.self).entries.map(\.country))
        thresholds = try store.loadMembers(of: NATOPlusFile.self, as: NATOPlusFile.Members.self).thresholds
        clauses = try store.load(Part124ClausesFile.self).entries
        countryNames = Dictionary(try store.load(CountriesFile.self).entries.map { ($0.alpha2, $0.name) },
                                  uniquingKeysWith: { a, _ in a })
    }

    func countryName(_ code: String) -> String {
        countryNames[code] ?? code
    }
}
