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
    /// that output order never depends on the file system. Hidden files and folders below a folder are skipped
    /// (`.DS_Store`, `.git`), and `skippedHidden` gets each folder that had some, with their paths, so the
    /// caller can say so; a hidden file named directly is read like any other.
    ///
    /// A path that does not exist is kept: reading it later yields its error record, so nothing is dropped.
    public static func collect(_ paths: [String],
                               skippedHidden: (_ folder: String, _ hidden: [String]) -> Void = { _, _ in })
        -> [InputSource]
    {
        paths.flatMap { path -> [InputSource] in
            if path == "-" { return [.standardInput] }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
                return [.file(path)]
            }
            let tree = tree(path)
            if !tree.hidden.isEmpty { skippedHidden(path, tree.hidden) }
            return tree.files.map(InputSource.file)
        }
    }

    /// The notice for a folder whose hidden entries were skipped: how many, the first few, and how to read one.
    public static func hiddenSkipped(folder: String, hidden: [String]) -> String {
        let base = folder.count > 1 && folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        let names = hidden.prefix(3).map { $0.hasPrefix(base + "/") ? String($0.dropFirst(base.count + 1)) : $0 }
        let count = hidden.count == 1
            ? "1 hidden file or folder (name" : "\(hidden.count) hidden files or folders (names"
        return "\(folder): skipped \(count) beginning with \".\"): " + names.joined(separator: ", ")
            + (hidden.count > names.count ? ", ..." : "") + "; give a file's path to read it"
    }

    /// Everything below `folder` that is not a folder, sorted; hidden entries are skipped.
    ///
    /// Symbolic links to folders are followed, but a folder is walked once by its real path, and real folders
    /// are walked before any link: a link back to an ancestor (a loop) or to a folder already walked adds
    /// nothing, so each file yields one record under its own path. Links whose target is missing, named pipes
    /// and other non-files are kept, so their records say what they are. A folder that cannot be listed is kept
    /// as an input too, so its record reports the permission problem.
    public static func filesUnder(_ folder: String) -> [String] {
        tree(folder).files
    }

    /// `filesUnder`, plus the links to folders that added nothing (loops, folders already walked) and the hidden
    /// files and folders left out (not entered), so a caller that lists every entry of a folder can say why they
    /// gave no files.
    public static func tree(_ folder: String) -> (files: [String], repeatedFolderLinks: [String], hidden: [String]) {
        let base = folder.count > 1 && folder.hasSuffix("/") ? String(folder.dropLast()) : folder
        var walked: Set<String> = []
        var files: [String] = []
        var repeated: [String] = []
        var hidden: [String] = []
        var links: [String] = [base]
        while !links.isEmpty {
            let next = links.sorted()
            links = []
            for link in next where !walk(link, walked: &walked, files: &files, hidden: &hidden, links: &links) {
                repeated.append(link)
            }
        }
        return (files.sorted(), repeated.sorted(), hidden.sorted())
    }

    /// False when `folder` was walked before (through another path or a loop).
    @discardableResult
    private static func walk(_ folder: String, walked: inout Set<String>, files: inout [String],
                             hidden: inout [String], links: inout [String]) -> Bool {
        guard walked.insert(realPath(folder)).inserted else { return false }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
            files.append(folder)
            return true
        }
        for name in names.sorted() {
            // Keep the user's spelling of the folder so output paths match what they typed.
            let path = folder == "/" ? "/" + name : folder + "/" + name
            if name.hasPrefix(".") {
                hidden.append(path)
                continue
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue else {
                files.append(path)
                continue
            }
            if (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) != nil {
                links.append(path)
            } else {
                walk(path, walked: &walked, files: &files, hidden: &hidden, links: &links)
            }
        }
        return true
    }

    private static func realPath(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return URL(fileURLWithPath: path).standardizedFileURL.path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Paths listed one per line, or NUL-separated (`find -print0`). Empty entries are ignored.
    public static func parseList(_ data: Data, nulSeparated: Bool) -> [String] {
        let separator: UInt8 = nulSeparated ? 0 : UInt8(ascii: "\n")
        return data.split(separator: separator).compactMap { listEntry($0, nulSeparated: nulSeparated) }
    }

    /// Calls `body` with each path of a list as soon as its terminator arrives, so a producer that lists slowly
    /// (`find`, a queue) sees its first results before the list ends. A last entry without terminator is taken too.
    /// `whenWaiting` runs each time the list has nothing more to read yet, before the read that waits for it, so
    /// work done in the background can be handed out instead of waiting with the producer.
    public static func forEachListed(in handle: FileHandle, nulSeparated: Bool, whenWaiting: () throws -> Void = {},
                                     _ body: (String) throws -> Void) rethrows {
        let reader = LineReader(descriptor: handle.fileDescriptor, separator: nulSeparated ? 0 : UInt8(ascii: "\n"))
        while true {
            var outcome = reader.next(before: .now + .milliseconds(1))
            if case .timedOut = outcome {
                try whenWaiting()
                outcome = reader.next(before: nil)
            }
            switch outcome {
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
            return readFile(path).map { InputDocument(path: path, data: $0) }
        }
    }

    /// Opens without blocking and checks the opened file, so a named pipe or a device called `x.pdf` is refused
    /// instead of hanging the run, and nothing can swap the file between the check and the read.
    static func readFile(_ path: String) -> Result<Data, RecordError> {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else {
            return .failure(RecordError(code: .unreadable, message: openFailure(path, errno: errno)))
        }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            return .failure(RecordError(code: .unreadable, message: "the file cannot be read (\(describe(errno)))"))
        }
        let kind = info.st_mode & S_IFMT
        guard kind == S_IFREG else {
            let what = switch kind {
            case S_IFDIR: "a folder"
            case S_IFIFO: "a named pipe"
            case S_IFSOCK: "a socket"
            case S_IFCHR, S_IFBLK: "a device"
            default: "not a regular file"
            }
            return .failure(RecordError(code: .unreadable,
                                        message: "\(what), not a regular file; Docket reads only regular files"))
        }
        do {
            return .success(try handle.readToEnd() ?? Data())
        } catch {
            return .failure(RecordError(code: .unreadable, message: "the file cannot be read (\(error))"))
        }
    }

    private static func openFailure(_ path: String, errno code: Int32) -> String {
        switch code {
        case EACCES, EPERM: return "the file cannot be read: permission denied (check its permissions)"
        case ELOOP: return "a symbolic link loop: the link never reaches a file"
        case ENOENT:
            var info = stat()
            return lstat(path, &info) == 0 ? "a symbolic link whose target does not exist" : "no such file"
        default: return "the file cannot be read (\(describe(code)))"
        }
    }

    private static func describe(_ code: Int32) -> String { String(cString: strerror(code)) }
}
