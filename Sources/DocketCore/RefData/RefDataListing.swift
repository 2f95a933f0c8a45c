/// What `docket refdata` prints: one entry per loaded reference file.
public enum RefDataListing {
    public struct Entry: Codable, Sendable, Equatable {
        public var name: String
        public var title: String?
        public var version: String
        public var asOf: String
        public var source: String
        public var license: String
        public var entries: Int
        /// "built-in" or the override file's path.
        public var origin: String
    }

    public static func entries(_ infos: [RefDataInfo]) -> [Entry] {
        infos.map { info in
            Entry(name: info.name, title: info.title, version: info.version, asOf: info.asOf, source: info.source,
                  license: info.license, entries: info.entryCount, origin: info.origin.description)
        }
    }

    /// A block per file, aligned labels, so a reader can compare as-of dates at a glance.
    public static func text(_ infos: [RefDataInfo]) -> String {
        var out = ""
        for info in infos {
            out += "\(info.name)  \(info.title ?? "")\n"
            out += "  version  \(info.version)\n"
            out += "  as of    \(info.asOf)\n"
            out += "  entries  \(info.entryCount)\n"
            out += "  origin   \(info.origin)\n"
            out += "  source   \(info.source)\n\n"
        }
        return out
    }
}
