public import Foundation

/// Writes files so a reader never sees half of one: a temporary file beside the target, then a rename.
public enum AtomicFile {
    /// Throws when the folder cannot be created or the file cannot be written; the target is then untouched.
    public static func write(_ data: Data, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url, options: [.atomic])
    }
}
