public import Foundation

/// The resume cache of `docket scan`: the extraction record of each file, keyed by content hash, Docket version
/// and the options that shape extraction. One small file per input, written atomically as soon as the file is
/// done, so a scan killed at any moment loses at most the files in flight.
///
/// Records are cached before package validation: a rerun revalidates every package, so a changed sibling still
/// changes the cross-document findings of an unchanged file.
public struct ScanCache: Sendable {
    struct Entry: Codable {
        var docketVersion: String
        var options: String
        var sha256: String
        var record: DocketRecord
    }

    public let folder: URL
    /// A fingerprint of the reading options (password presence, mappings, reference data): other options, other
    /// results.
    public let options: String

    public init(outputFolder: URL, options: String) {
        folder = outputFolder.appendingPathComponent(".docket/cache")
        self.options = options
    }

    /// The cached record of `relativePath` when hash, version and options all still match.
    public func record(for relativePath: String, sha256: String) -> DocketRecord? {
        guard let data = try? Data(contentsOf: url(for: relativePath)),
              let entry = try? JSONDecoder().decode(Entry.self, from: data),
              entry.sha256 == sha256, entry.docketVersion == DocketVersion.string, entry.options == options
        else { return nil }
        return entry.record
    }

    /// Stores a record; a record without a hash (the file changed or vanished mid-scan) is not cached.
    ///
    /// Throws when the cache file cannot be written.
    public func store(_ record: DocketRecord, for relativePath: String) throws {
        guard let sha256 = record.source.sha256 else { return }
        let entry = Entry(docketVersion: DocketVersion.string, options: options, sha256: sha256, record: record)
        try AtomicFile.write(try RecordEncoder.encode(entry, pretty: false), to: url(for: relativePath).path)
    }

    private func url(for relativePath: String) -> URL {
        folder.appendingPathComponent(relativePath + ".json")
    }
}
