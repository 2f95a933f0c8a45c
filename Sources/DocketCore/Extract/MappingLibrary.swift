import Foundation

/// The dialect mappings one run uses: the user's files first (they win), then the built-in ones.
public enum MappingLibrary {
    /// The mappings shipped in `Mappings/`, embedded in the binary.
    public static func builtIn() throws -> [DialectMapping] {
        try EmbeddedMappings.files.keys.sorted().compactMap { name in
            try EmbeddedMappings.files[name].map { try DialectMapping.load(Data($0.utf8), name: name + ".json") }
        }
    }

    /// User mappings from files and folders (every `*.json` in a folder, sorted), without the built-ins, which
    /// `Pipeline` adds after them when an XML document first needs them.
    ///
    /// Throws `MappingError` naming the file and the key that is wrong, so a typo never passes silently.
    public static func userMappings(files: [String], folders: [String]) throws -> [DialectMapping] {
        var paths = files
        for folder in folders where FileManager.default.fileExists(atPath: folder) {
            paths += InputCollector.filesUnder(folder).filter { $0.hasSuffix(".json") }
        }
        var mappings: [DialectMapping] = []
        for path in paths {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw MappingError(file: path, reason: "the file cannot be read")
            }
            mappings.append(try DialectMapping.load(data, name: path))
        }
        return mappings
    }
}
