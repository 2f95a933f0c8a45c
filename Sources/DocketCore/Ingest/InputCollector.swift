public import Foundation

/// Where one input comes from.
public enum InputSource: Sendable, Hashable {
    case standardInput
    case file(String)

    public var displayPath: String {
        switch self {
        case .standardInput: "-"
        case .file(let path): path
        }
    }
}

/// Expands the command line's paths into an ordered list of inputs.
public enum InputCollector {
    /// Files stay in the order given; a folder expands to its regular files, recursively, sorted by path so
    /// that output order never depends on the file system. Hidden files and folders are skipped.
    ///
    /// A path that does not exist is kept: reading it later yields its error record, so nothing is dropped.
    public static func collect(_ paths: [String]) -> [InputSource] {
        paths.flatMap { path -> [InputSource] in
            if path == "-" { return [.standardInput] }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
                return [.file(path)]
            }
            return filesUnder(path).map(InputSource.file)
        }
    }

    /// Regular files below `folder`, sorted. Symbolic links to folders are not followed (no loops).
    public static func filesUnder(_ folder: String) -> [String] {
        let root = URL(fileURLWithPath: folder)
        guard let enumerator = FileManager.default.enumerator(
            at: root, includingPropertiesForKeys: [.isRegularFileKey, .isDirectoryKey, .isSymbolicLinkKey],
            options: [.skipsHiddenFiles]) else { return [] }
        var files: [String] = []
        let base = folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        let rootPath = root.standardizedFileURL.path
        for case let url as URL in enumerator {
            let values = try? url.resourceValues(forKeys: [.isDirectoryKey, .isSymbolicLinkKey])
            if values?.isDirectory == true { continue }
            // Keep the user's spelling of the folder so output paths match what they typed.
            let full = url.standardizedFileURL.path
            let relative = full.hasPrefix(rootPath + "/") ? String(full.dropFirst(rootPath.count + 1)) : url.lastPathComponent
            files.append(base + "/" + relative)
        }
        return files.sorted()
    }

    /// Paths listed one per line, or NUL-separated (`find -print0`). Empty entries are ignored.
    public static func parseList(_ data: Data, nulSeparated: Bool) -> [String] {
        let separator: UInt8 = nulSeparated ? 0 : UInt8(ascii: "\n")
        return data.split(separator: separator).compactMap { listEntry($0, nulSeparated: nulSeparated) }
    }

    /// Calls `body` with each path of a list as soon as its terminator arrives, so a producer that lists slowly
    /// (`find`, a queue) sees its first results before the list ends. A last entry without terminator is taken too.
    public static func forEachListed(in handle: FileHandle, nulSeparated: Bool,
                                     _ body: (String) throws -> Void) rethrows {
        let reader = LineReader(descriptor: handle.fileDescriptor, separator: nulSeparated ? 0 : UInt8(ascii: "\n"))
        while true {
            switch reader.next(before: nil) {
            case .line(let line):
                if let path = listEntry(line, nulSeparated: nulSeparated) { try body(path) }
            case .end, .timedOut:
                if let path = listEntry(reader.remainder, nulSeparated: nulSeparated) { try body(path) }
                return
            }
        }
    }

    private static func listEntry(_ slice: some Collection<UInt8>, nulSeparated: Bool) -> String? {
        var text = String(decoding: slice, as: UTF8.self)
        if !nulSeparated, text.hasSuffix("\r") { text.removeLast() }
        return text.isEmpty ? nil : text
    }

    /// Reads one input; a read failure becomes the error the input's record carries.
    public static func read(_ source: InputSource, standardInput: () -> Data) -> Result<InputDocument, RecordError> {
        switch source {
        case .standardInput:
            return .success(InputDocument(path: "-", data: standardInput()))
        case .file(let path):
            do {
                let data = try Data(contentsOf: URL(fileURLWithPath: path), options: [.mappedIfSafe])
                return .success(InputDocument(path: path, data: data))
            } catch {
                let reason = FileManager.default.fileExists(atPath: path)
                    ? "the file cannot be read (check its permissions)" : "no such file"
                return .failure(RecordError(code: .unreadable, message: reason))
            }
        }
    }
}
