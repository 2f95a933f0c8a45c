import Foundation
import Synchronization

/// The reference lists the rules consult, indexed for lookups and built on first use.
///
/// Decoding every list up front (about 500 KB of JSON, most of it the USML and the CCL) cost a one-document run
/// more than reading the document, and most documents need only some lists: a DSP-5 never looks up an ECCN.
public struct ReferenceLists: Sendable {
    /// USML paragraph ids by category numeral, e.g. "XI" -> ["(a)", "(a)(1)", ...].
    var usml: [String: Set<String>] { usmlTables.value.paragraphs }
    var usmlTitles: [String: String] { usmlTables.value.titles }
    /// The five-character ECCNs of the Commerce Control List, upper case.
    var ccl: Set<String> { cclTable.value }
    var itar126: [String: ITAR126_1File.Entry] { itar126Table.value }
    /// Country -> the EAR groups listing it ("E:1", "D:5").
    var earGroups: [String: Set<String>] { earGroupTable.value }
    var natoPlus: Set<String> { natoPlusTable.value.members }
    var thresholds: NATOPlusFile.Thresholds { natoPlusTable.value.thresholds }
    var clauses: [Part124ClausesFile.Entry] { clauseTable.value }
    var countryNames: [String: String] { countryTable.value }

    private let usmlTables: Once<(paragraphs: [String: Set<String>], titles: [String: String])>
    private let cclTable: Once<Set<String>>
    private let itar126Table: Once<[String: ITAR126_1File.Entry]>
    private let earGroupTable: Once<[String: Set<String>]>
    private let natoPlusTable: Once<(members: Set<String>, thresholds: NATOPlusFile.Thresholds)>
    private let clauseTable: Once<[Part124ClausesFile.Entry]>
    private let countryTable: Once<[String: String]>

    /// Throws the first file's `RefDataError`, naming the file, when an override is broken: override files are
    /// read here, at once, so a bad one stops the run before any document is read. Built-in files are tested
    /// with the build and are read when a rule first needs them; the USML, the CCL and the countries come as
    /// tables generated from them (`BuiltInRefDataTables`), so no rule decodes those.
    public init(store: RefDataStore) throws(RefDataError) {
        func table<File: RefDataFile, Value: Sendable>(
            _ file: File.Type, builtIn: (@Sendable () -> Value)? = nil,
            _ build: @escaping @Sendable (RefDataStore) throws(RefDataError) -> Value
        ) throws(RefDataError) -> Once<Value> {
            if store.overrides(file) {
                _ = try store.load(file)
                return Once(value: try build(store))
            }
            if let builtIn { return Once { () throws(RefDataError) -> Value in builtIn() } }
            return Once { () throws(RefDataError) -> Value in try build(store) }
        }
        usmlTables = try table(USMLFile.self, builtIn: {
            (BuiltInRefDataTables.usmlParagraphs, BuiltInRefDataTables.usmlTitles)
        }, Self.decodeUSML)
        cclTable = try table(CCLFile.self, builtIn: { BuiltInRefDataTables.eccns }, Self.decodeCCL)
        itar126Table = try table(ITAR126_1File.self) { store throws(RefDataError) in
            Dictionary(try store.load(ITAR126_1File.self).entries.map { ($0.country, $0) },
                       uniquingKeysWith: { a, _ in a })
        }
        earGroupTable = try table(EARCountryGroupsFile.self) { store throws(RefDataError) in
            var groups: [String: Set<String>] = [:]
            for group in try store.load(EARCountryGroupsFile.self).entries {
                for country in group.countries { groups[country, default: []].insert(group.group) }
            }
            return groups
        }
        natoPlusTable = try table(NATOPlusFile.self) { store throws(RefDataError) in
            (Set(try store.load(NATOPlusFile.self).entries.map(\.country)),
             try store.loadMembers(of: NATOPlusFile.self, as: NATOPlusFile.Members.self).thresholds)
        }
        clauseTable = try table(Part124ClausesFile.self) { store throws(RefDataError) in
            try store.load(Part124ClausesFile.self).entries
        }
        countryTable = try table(CountriesFile.self) { store throws(RefDataError) in
            Self.countryNames(try store.countries())
        }
    }

    // The rules ask only whether an id exists (and a category's title): an override of the two largest files is
    // decoded into just that, which takes a fraction of decoding them whole.

    /// USML paragraph ids and titles by category numeral, from the store's `usml` file.
    static func decodeUSML(_ store: RefDataStore) throws(RefDataError)
        -> (paragraphs: [String: Set<String>], titles: [String: String])
    {
        var paragraphs: [String: Set<String>] = [:]
        var titles: [String: String] = [:]
        for category in try store.load(USMLFile.self, entriesAs: USMLCategoryIDs.self) {
            paragraphs[category.category] = Set(category.paragraphs.map(\.id))
            titles[category.category] = category.title
        }
        return (paragraphs, titles)
    }

    /// The ECCNs of the store's `ccl` file, upper case.
    static func decodeCCL(_ store: RefDataStore) throws(RefDataError) -> Set<String> {
        Set(try store.load(CCLFile.self, entriesAs: ECCNOnly.self).map { $0.eccn.uppercased() })
    }

    /// Alpha-2 code to ISO short name.
    static func countryNames(_ countries: [CountriesFile.Entry]) -> [String: String] {
        Dictionary(countries.map { ($0.alpha2, $0.name) }, uniquingKeysWith: { a, _ in a })
    }

    func countryName(_ code: String) -> String {
        countryNames[code] ?? code
    }
}

/// A value built once, by whichever thread first asks for it.
private final class Once<Value: Sendable>: Sendable {
    private let state: Mutex<Value?>
    private let build: @Sendable () throws(RefDataError) -> Value

    init(value: Value) {
        state = Mutex(value)
        build = { value }
    }

    init(_ build: @escaping @Sendable () throws(RefDataError) -> Value) {
        state = Mutex(nil)
        self.build = build
    }

    var value: Value {
        state.withLock { cached in
            if let cached { return cached }
            // Only built-in files are read lazily, and a broken built-in file is a packaging error the
            // RefData tests catch; there is no user error to report here.
            guard let built = try? build() else { preconditionFailure("a built-in reference-data file does not decode") }
            cached = built
            return built
        }
    }
}

/// A USML category's numeral, title and paragraph ids, without the rest of each paragraph.
private struct USMLCategoryIDs: Codable, Sendable, Equatable {
    struct ParagraphID: Codable, Sendable, Equatable {
        var id: String
    }

    var category: String
    var title: String
    var paragraphs: [ParagraphID]
}

/// A CCL entry's ECCN, without its heading and reasons for control.
private struct ECCNOnly: Codable, Sendable, Equatable {
    var eccn: String
}
