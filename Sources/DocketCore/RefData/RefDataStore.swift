public import Foundation

/// One reference-data file's shape: its name on disk and the type of its entries.
///
/// Adding a file takes an entry struct, a conforming type and one line in `RefDataStore.knownFiles`.
public protocol RefDataFile {
    associatedtype Entry: Codable & Sendable & Equatable
    /// The file name without `.json`, also the `name` field inside it.
    static var name: String { get }
}

/// The envelope every reference-data file shares.
public struct RefDataEnvelope<Entry: Codable & Sendable & Equatable>: Codable, Sendable, Equatable {
    /// The file's id: its name on disk without `.json`.
    public var name: String
    /// What the data is, in words ("United States Munitions List (22 CFR 121.1)").
    public var title: String?
    public var version: String
    /// The date the data describes, YYYY-MM-DD.
    public var asOf: String
    /// Where the data was derived from.
    public var source: String
    public var license: String
    public var entries: [Entry]
}

/// Where a loaded file came from.
public enum RefDataOrigin: Sendable, Equatable, CustomStringConvertible {
    case builtIn
    /// A file from the `--refdata` directory, by path.
    case override(path: String)

    public var description: String {
        switch self {
        case .builtIn: "built-in"
        case .override(let path): path
        }
    }
}

/// What `docket refdata` lists for one file.
public struct RefDataInfo: Sendable, Equatable {
    public var name: String
    public var title: String?
    public var version: String
    public var asOf: String
    public var source: String
    public var license: String
    public var entryCount: Int
    public var origin: RefDataOrigin
}

/// A decoded file together with where it came from.
public struct LoadedRefData<Entry: Codable & Sendable & Equatable>: Sendable, Equatable {
    public var envelope: RefDataEnvelope<Entry>
    public var origin: RefDataOrigin

    public var entries: [Entry] { envelope.entries }

    public var info: RefDataInfo {
        RefDataInfo(
            name: envelope.name, title: envelope.title, version: envelope.version, asOf: envelope.asOf, source: envelope.source,
            license: envelope.license, entryCount: envelope.entries.count, origin: origin)
    }
}

/// A reference-data file that could not be used; the message names the file and what is wrong with it.
public struct RefDataError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file's path, or "built-in <name>.json" for an embedded copy.
    public var file: String
    public var problem: String

    public var description: String { "\(file): \(problem)" }
}

/// Loads reference data by name: the copy embedded in the binary, or a replacement from an override directory.
///
/// The store is a value; loading decodes on every call, so callers keep what they load.
public struct RefDataStore: Sendable {
    /// Every file the binary knows how to read, for listings and validation of an override directory.
    public static var knownFiles: [any RefDataFile.Type] {
        [CountriesFile.self, USMLFile.self, CCLFile.self, ITAR126_1File.self, EARCountryGroupsFile.self,
         NATOPlusFile.self, Part124ClausesFile.self]
    }

    /// The `--refdata DIR` directory, if any.
    public var overrideDirectory: URL?

    public init(overrideDirectory: URL? = nil) {
        self.overrideDirectory = overrideDirectory
    }

    /// Loads `File`, preferring `overrideDirectory/<name>.json` when that file exists.
    ///
    /// Throws `RefDataError` when the override file is unreadable, is not valid JSON in the envelope format,
    /// has entries of the wrong shape, or carries another file's `name`. A missing override file is not an error:
    /// the built-in copy is used.
    public func load<File: RefDataFile>(_ file: File.Type) throws(RefDataError) -> LoadedRefData<File.Entry> {
        let (data, origin) = try bytes(named: File.name)
        let envelope = try Self.decode(RefDataEnvelope<File.Entry>.self, from: data, origin: origin, name: File.name)
        return LoadedRefData(envelope: envelope, origin: origin)
    }

    /// The entries of `File` decoded as `Entry`, a type holding only the members a lookup needs: `JSONDecoder`
    /// spends most of its time building the members it is asked for. Validates nothing beyond those members,
    /// so an override file should be checked with `load(_:)` first.
    public func load<File: RefDataFile, Entry: Codable & Sendable & Equatable>(
        _ file: File.Type, entriesAs entry: Entry.Type
    ) throws(RefDataError) -> [Entry] {
        let (data, origin) = try bytes(named: File.name)
        return try Self.decode(RefDataEnvelope<Entry>.self, from: data, origin: origin, name: File.name).entries
    }

    /// The `countries` entries: the override file decoded (throwing as `load(_:)` does), else the built-in table,
    /// which needs no decoding.
    public func countries() throws(RefDataError) -> [CountriesFile.Entry] {
        overrides(CountriesFile.self) ? try load(CountriesFile.self).entries : BuiltInRefDataTables.countries
    }

    /// Decodes top-level members beside `entries` (the thresholds of `nato-plus.json`) from the same file `load` reads.
    public func loadMembers<File: RefDataFile, Members: Decodable>(
        of file: File.Type, as members: Members.Type
    ) throws(RefDataError) -> Members {
        let (data, origin) = try bytes(named: File.name)
        do {
            return try JSONDecoder().decode(members, from: data)
        } catch let error as DecodingError {
            throw RefDataError(file: origin == .builtIn ? "built-in \(File.name).json" : origin.description,
                               problem: Self.describe(error))
        } catch {
            throw RefDataError(file: origin.description, problem: "cannot be decoded (\(error.localizedDescription))")
        }
    }

    /// The listing of every known file, in `knownFiles` order.
    ///
    /// Throws the first file's `RefDataError`, so a broken override is reported rather than silently skipped.
    public func listing() throws(RefDataError) -> [RefDataInfo] {
        var infos: [RefDataInfo] = []
        for file in Self.knownFiles {
            infos.append(try info(file))
        }
        return infos
    }

    /// The `.json` files in the override directory that no known file reads, so the CLI can warn about a typo
    /// ("country.json") instead of silently using the built-in copy.
    ///
    /// Returns an empty list without an override directory or when it cannot be listed.
    public func unknownOverrideFiles() -> [String] {
        guard let directory = overrideDirectory,
            let names = try? FileManager.default.contentsOfDirectory(atPath: directory.path)
        else { return [] }
        let known = Set(Self.knownFiles.map { "\($0.name).json" })
        return names.filter { $0.hasSuffix(".json") && !known.contains($0) }.sorted()
    }

    /// Whether `File` comes from the override directory rather than the built-in copy.
    public func overrides<File: RefDataFile>(_ file: File.Type) -> Bool {
        guard let directory = overrideDirectory else { return false }
        return FileManager.default.fileExists(atPath: directory.appendingPathComponent("\(File.name).json").path)
    }

    private func info<File: RefDataFile>(_ file: File.Type) throws(RefDataError) -> RefDataInfo {
        try load(file).info
    }

    private func bytes(named name: String) throws(RefDataError) -> (Data, RefDataOrigin) {
        if let directory = overrideDirectory {
            let url = directory.appendingPathComponent("\(name).json")
            if FileManager.default.fileExists(atPath: url.path) {
                do {
                    return (try Data(contentsOf: url), .override(path: url.path))
                } catch {
                    throw RefDataError(file: url.path, problem: "cannot be read (\(error.localizedDescription))")
                }
            }
        }
        guard let text = EmbeddedRefData.files[name] else {
            throw RefDataError(file: "built-in \(name).json", problem: "no such reference-data file is built in")
        }
        return (Data(text.utf8), .builtIn)
    }

    private static func decode<Envelope: Decodable & Sendable>(
        _ type: Envelope.Type, from data: Data, origin: RefDataOrigin, name: String
    ) throws(RefDataError) -> Envelope where Envelope: RefDataNamed {
        let file = origin == .builtIn ? "built-in \(name).json" : origin.description
        let envelope: Envelope
        do {
            envelope = try JSONDecoder().decode(type, from: data)
        } catch let error as DecodingError {
            throw RefDataError(file: file, problem: describe(error))
        } catch {
            throw RefDataError(file: file, problem: "is not valid JSON (\(error.localizedDescription))")
        }
        guard envelope.name == name else {
            throw RefDataError(file: file, problem: "its \"name\" is \"\(envelope.name)\", expected \"\(name)\"")
        }
        // An empty list would quietly turn every lookup into "not found".
        guard envelope.entryCount > 0 else { throw RefDataError(file: file, problem: "has no entries") }
        return envelope
    }

    /// A sentence naming the JSON path, because "The data couldn't be read" does not help anyone fix a file.
    private static func describe(_ error: DecodingError) -> String {
        func path(_ keys: [any CodingKey]) -> String {
            let parts = keys.map { key in key.intValue.map { "[\($0)]" } ?? ".\(key.stringValue)" }
            return parts.isEmpty
                ? "the top level" : parts.joined().trimmingCharacters(in: CharacterSet(charactersIn: "."))
        }
        switch error {
        case .keyNotFound(let key, let context):
            let at = context.codingPath.isEmpty ? "" : " in \(path(context.codingPath))"
            return "missing field \"\(key.stringValue)\"\(at)"
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return "wrong type at \(path(context.codingPath)): \(context.debugDescription)"
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty {
                return
                    "is not valid JSON (\(context.underlyingError?.localizedDescription ?? context.debugDescription))"
            }
            return "bad value at \(path(context.codingPath)): \(context.debugDescription)"
        @unknown default:
            return "cannot be decoded (\(error.localizedDescription))"
        }
    }
}

/// Lets the decoder check the envelope without knowing its entry type.
protocol RefDataNamed {
    var name: String { get }
    var entryCount: Int { get }
}

extension RefDataEnvelope: RefDataNamed {
    var entryCount: Int { entries.count }
}
