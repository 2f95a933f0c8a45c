import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// One file found by `docket scan`, and what the scan will do with it.
public struct ScanEntry: Sendable, Equatable {
    public enum Disposition: Sendable, Equatable {
        /// A PDF or XML file: a worker extracts it.
        case process(SourceFormat)
        /// Not a filing (neither PDF nor XML by content); listed with the reason, never silently dropped.
        case skipped(String)
        /// Could not even be read or sniffed: its error record is final.
        case failed(RecordError)
    }

    /// The path as the user would spell it (the folder they typed plus the path below it).
    public var path: String
    /// The path mirrored under the output folder, `/`-separated, unique within one scan.
    public var relativePath: String
    public var sha256: String?
    public var disposition: Disposition

    public init(path: String, relativePath: String, sha256: String?, disposition: Disposition) {
        self.path = path
        self.relativePath = relativePath
        self.sha256 = sha256
        self.disposition = disposition
    }

    /// The filing package the file belongs to: the folder it lies in.
    public var packageKey: String { FilingPackages.key(for: relativePath) }

    /// What is known of the file before extraction, for the error record of a file that never got one.
    public var sourceInfo: SourceInfo {
        var source = SourceInfo(path: path, sha256: sha256)
        if case .process(let format) = disposition { source.format = format }
        return source
    }
}

/// Lists and sniffs the files below the scanned folders, in a deterministic order.
public enum ScanInventory {
    /// Names that promise a filing: such a file whose content is neither PDF nor XML is an error, not a skip,
    /// because its owner expects a result from it.
    static let filingExtensions: Set<String> = ["pdf", "xml", "xfdl"]

    /// Every regular file below `roots` (files given directly are taken as they are), sorted by mirrored path.
    /// Files inside `excluding` (the output folder, when it lies inside an input folder) are left out, so a rerun
    /// never scans its own outputs. A symbolic link to a folder is walked once; a link to a folder walked already
    /// (a loop, or a second name) is listed as skipped.
    public static func collect(_ roots: [String], excluding: String? = nil) -> [ScanEntry] {
        let excludedPrefix = excluding.map { URL(fileURLWithPath: $0).standardizedFileURL.path + "/" }
        // The output folder itself too: its resume cache is hidden, and it may be hidden itself.
        let excluded = { (path: String) in
            excludedPrefix.map { (URL(fileURLWithPath: path).standardizedFileURL.path + "/").hasPrefix($0) } ?? false
        }
        var prefixes: [String: Int] = [:]
        var entries: [ScanEntry] = []
        for root in roots {
            var isDirectory: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory)
            // Several roots are mirrored under their own names so their files cannot collide.
            let prefix = roots.count == 1 ? "" : uniquePrefix(for: root, taken: &prefixes) + "/"
            guard exists, isDirectory.boolValue else {
                let name = URL(fileURLWithPath: root).lastPathComponent
                entries.append(entry(path: root, relativePath: prefix + name))
                continue
            }
            let base = root.hasSuffix("/") ? String(root.dropLast()) : root
            let tree = InputCollector.tree(root)
            for path in tree.files where !excluded(path) {
                let below = String(path.dropFirst(base.count + 1))
                entries.append(entry(path: path, relativePath: prefix + below))
            }
            // A link to a folder walked already (or to its own ancestor) adds no files; it is still listed.
            for link in tree.repeatedFolderLinks {
                entries.append(ScanEntry(path: link, relativePath: prefix + String(link.dropFirst(base.count + 1)),
                                         sha256: nil, disposition: .skipped(
                                            "a symbolic link to a folder already scanned under its own path")))
            }
            // Hidden entries are listed too (a hidden folder as one row, not entered), so none is lost silently.
            for path in tree.hidden where !excluded(path) {
                var isDirectory: ObjCBool = false
                let folder = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
                    && isDirectory.boolValue
                entries.append(ScanEntry(path: path, relativePath: prefix + String(path.dropFirst(base.count + 1)),
                                         sha256: nil, disposition: .skipped(
                                            folder ? "hidden folder (its files are not scanned)" : "hidden file")))
            }
        }
        return entries.sorted { $0.relativePath < $1.relativePath }
    }

    private static func uniquePrefix(for root: String, taken: inout [String: Int]) -> String {
        let name = URL(fileURLWithPath: root).standardizedFileURL.lastPathComponent
        let base = name.isEmpty || name == "/" ? "root" : name
        let count = taken[base, default: 0] + 1
        taken[base] = count
        return count == 1 ? base : "\(base)-\(count)"
    }

    /// Reads and sniffs one file. Reading the whole file gives the content hash the resume cache keys on.
    static func entry(path: String, relativePath: String) -> ScanEntry {
        // stat follows links: a link to a folder, a FIFO (reading it would block the scan forever), a socket or a
        // device is listed, not read. A link loop or a dangling link fails here and is read below for its error.
        var info = stat()
        if stat(path, &info) == 0 {
            switch info.st_mode & S_IFMT {
            case S_IFREG: break
            case S_IFDIR:
                return ScanEntry(path: path, relativePath: relativePath, sha256: nil,
                                 disposition: .skipped("a symbolic link to a folder already scanned under its own path"))
            default:
                return ScanEntry(path: path, relativePath: relativePath, sha256: nil,
                                 disposition: .skipped("not a regular file (a pipe, socket or device)"))
            }
        }
        let data: Data
        switch InputCollector.read(.file(path), standardInput: { Data() }) {
        case .failure(let error):
            return ScanEntry(path: path, relativePath: relativePath, sha256: nil, disposition: .failed(error))
        case .success(let document):
            data = document.data
        }
        let sha256 = Ingest.sha256Hex(data)
        let claimsFiling = filingExtensions.contains(URL(fileURLWithPath: path).pathExtension.lowercased())
        if let format = FormatSniffer.sniff(data) {
            return ScanEntry(path: path, relativePath: relativePath, sha256: sha256, disposition: .process(format))
        }
        let reason = data.isEmpty ? "the file is empty" : "the content is neither PDF nor XML"
        guard claimsFiling else {
            return ScanEntry(path: path, relativePath: relativePath, sha256: sha256, disposition: .skipped(reason))
        }
        let error = RecordError(code: data.isEmpty ? .unreadable : .unsupportedFormat,
                                message: reason + " (format is decided from the bytes, not the file name)")
        return ScanEntry(path: path, relativePath: relativePath, sha256: sha256, disposition: .failed(error))
    }
}
