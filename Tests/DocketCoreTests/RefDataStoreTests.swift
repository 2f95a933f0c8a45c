import Foundation
import Testing

@testable import DocketCore

/// The repository root, found from this file so tests run from any working directory.
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

@Suite struct RefDataStoreTests {
    @Test func embeddedCopiesMatchTheFilesOnDisk() throws {
        let directory = repositoryRoot.appendingPathComponent("RefData")
        let onDisk = try FileManager.default.contentsOfDirectory(atPath: directory.path)
            .filter { $0.hasSuffix(".json") }
            .map { String($0.dropLast(5)) }
        #expect(Set(onDisk) == Set(EmbeddedRefData.files.keys), "rerun scripts/embed-refdata.py")
        for name in onDisk {
            let file = try Data(contentsOf: directory.appendingPathComponent("\(name).json"))
            // A Bool, not two Data values: on failure swift-testing would diff hundreds of kilobytes byte by byte.
            let identical = Data(EmbeddedRefData.files[name, default: ""].utf8) == file
            #expect(identical, "\(name).json drifted: rerun scripts/embed-refdata.py")
        }
    }

    @Test func everyKnownFileIsBuiltInAndDecodes() throws {
        let listing = try RefDataStore().listing()
        #expect(listing.map(\.name) == RefDataStore.knownFiles.map { $0.name })
        for info in listing {
            #expect(info.origin == .builtIn)
            #expect(info.entryCount > 0)
            #expect(info.asOf.count == 10)
        }
    }

    @Test func countriesFileHasEveryISOCountry() throws {
        let countries = try RefDataStore().load(CountriesFile.self)
        #expect(countries.entries.count == 249)
        #expect(Set(countries.entries.map(\.alpha2)).count == 249)
        #expect(countries.info.source.contains("iso-codes"))
        let korea = try #require(countries.entries.first { $0.alpha2 == "KR" })
        #expect(korea.alpha3 == "KOR")
        #expect(korea.numeric == "410")
        #expect(korea.aliases.contains("ROK"))
    }

    @Test func overrideDirectoryReplacesTheBuiltInFile() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("countries.json")
        try Data(
            """
            {"name": "countries", "version": "test.1", "asOf": "2026-01-01", "source": "unit test", "license": "CC0",
             "entries": [{"alpha2": "XK", "alpha3": "XKX", "numeric": "999", "name": "Kosovo", "aliases": []}]}
            """.utf8
        ).write(to: file)
        let store = RefDataStore(overrideDirectory: directory)
        let loaded = try store.load(CountriesFile.self)
        #expect(loaded.origin == .override(path: file.path))
        #expect(loaded.info.version == "test.1")
        #expect(loaded.entries.map(\.alpha2) == ["XK"])
        #expect(try CountryNormalizer(store: store).alpha2(for: "Kosovo") == "XK")
        #expect(try store.listing().first?.origin == .override(path: file.path))
    }

    @Test func missingOverrideFileFallsBackToTheBuiltInCopy() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(try RefDataStore(overrideDirectory: directory).load(CountriesFile.self).origin == .builtIn)
    }

    @Test(arguments: [
        ("not json at all", "is not valid JSON"),
        (
            #"{"name": "countries", "version": "1", "asOf": "2026-01-01", "source": "s", "license": "l"}"#,
            #"missing field "entries""#
        ),
        (
            #"{"name": "usml", "version": "1", "asOf": "2026-01-01", "source": "s", "license": "l", "entries": []}"#,
            #"its "name" is "usml", expected "countries""#
        ),
        (
            #"{"name": "countries", "version": "1", "asOf": "2026-01-01", "source": "s", "license": "l", "#
                + #""entries": [{"alpha2": "DE"}]}"#,
            #"missing field "alpha3" in entries[0]"#
        ),
        (
            #"{"name": "countries", "version": 2, "asOf": "2026-01-01", "source": "s", "license": "l", "entries": []}"#,
            "wrong type at version"
        ),
        (
            #"{"name": "countries", "version": "1", "asOf": "2026-01-01", "source": "s", "license": "l", "entries": []}"#,
            "has no entries"
        ),
    ])
    func brokenOverrideFileIsAClearError(contents: String, expected: String) throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("countries.json")
        try Data(contents.utf8).write(to: file)
        let error = #expect(throws: RefDataError.self) {
            try RefDataStore(overrideDirectory: directory).load(CountriesFile.self)
        }
        #expect(error?.file == file.path)
        #expect(error?.description.contains(expected) == true, "\(String(describing: error))")
    }

    @Test func unknownOverrideFilesAreReported() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        for name in ["country.json", "countries.json", "notes.txt"] {
            try Data("{}".utf8).write(to: directory.appendingPathComponent(name))
        }
        #expect(RefDataStore(overrideDirectory: directory).unknownOverrideFiles() == ["country.json"])
        #expect(RefDataStore().unknownOverrideFiles() == [])
    }

    private func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("docket-refdata-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

/// The tables `scripts/embed-refdata.py` computes from RefData/ must be exactly what the code builds when it decodes
/// the same files, which is what it does for a `--refdata` override.
extension RefDataStoreTests {
    @Test func countryEntriesEqualTheDecodedFile() throws {
        let decoded = try RefDataStore().load(CountriesFile.self).entries
        #expect(BuiltInRefDataTables.countries == decoded)
    }

    /// The script ports the name folding to Python; this is where a difference between the two would show.
    @Test func countryNameIndexEqualsTheOneBuiltFromTheDecodedFile() throws {
        let decoded = try RefDataStore().load(CountriesFile.self).entries
        let built = CountryNormalizer.nameIndex(of: decoded)
        let generated = BuiltInRefDataTables.countryNameIndex
        // Named differences, not two dictionaries of hundreds of keys.
        #expect(Set(built.keys).subtracting(generated.keys).sorted() == [], "missing from the generated index")
        #expect(Set(generated.keys).subtracting(built.keys).sorted() == [], "not in the index the code builds")
        #expect(built.filter { generated[$0.key] != $0.value }.keys.sorted() == [], "owned by another country")
        #expect(generated["turkiye"] == "TR" && generated["st barthelemy"] == "BL" && generated["korea"] == nil)
    }

    @Test func cclAndUSMLTablesEqualTheDecodedFiles() throws {
        #expect(BuiltInRefDataTables.eccns == (try ReferenceLists.decodeCCL(RefDataStore())))
        let usml = try ReferenceLists.decodeUSML(RefDataStore())
        #expect(BuiltInRefDataTables.usmlParagraphs == usml.paragraphs)
        #expect(BuiltInRefDataTables.usmlTitles == usml.titles)
    }

    @Test func builtInListsAndNormalizerReadTheTables() throws {
        let lists = try ReferenceLists(store: RefDataStore())
        #expect(lists.ccl.contains("5A002") && lists.usml["XI"]?.contains("(a)(3)(i)") == true)
        #expect(lists.countryName("DE") == "Germany")
        let countries = try CountryNormalizer(store: RefDataStore())
        #expect(countries.alpha2(for: "Republic of Türkiye") == "TR")
        #expect(countries.entry(alpha2: "de")?.alpha3 == "DEU")
    }

    /// An override of a tabled file replaces the table; the rest stay built in.
    @Test func overrideFilesReplaceTheTables() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let envelope = #""name": "NAME", "version": "t", "asOf": "2026-01-01", "source": "test", "license": "CC0""#
        func write(_ name: String, _ entries: String) throws {
            let text = "{\(envelope.replacingOccurrences(of: "NAME", with: name)), \"entries\": [\(entries)]}"
            try Data(text.utf8).write(to: directory.appendingPathComponent("\(name).json"))
        }
        try write("ccl", #"{"eccn": "9z999", "heading": "h", "reasons": [], "series600": false, "series515": false}"#)
        try write("usml", #"{"category": "XI", "number": 11, "title": "T", "paragraphs": [{"id": "(z)", "sme": false, "#
                      + #""mt": false}]}"#)
        try write("countries", #"{"alpha2": "XK", "alpha3": "XKX", "numeric": "999", "name": "Kosovo", "aliases": []}"#)
        let store = RefDataStore(overrideDirectory: directory)
        let lists = try ReferenceLists(store: store)
        #expect(lists.ccl == ["9Z999"])
        #expect(lists.usml == ["XI": ["(z)"]] && lists.usmlTitles == ["XI": "T"])
        #expect(lists.countryName("XK") == "Kosovo" && lists.countryName("DE") == "DE")
        #expect(try CountryNormalizer(store: store).alpha2(for: "Germany") == nil)
        #expect(!lists.natoPlus.isEmpty, "a file without an override stays built in")
    }
}
