/// What `docket refdata` prints: one entry per loaded reference file.
public enum RefDataListing {
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

/// The JSON listing: the origin as "built-in" or the override path, the count as `entries`.
extension RefDataInfo: Encodable {
    private enum Keys: String, CodingKey {
        case name, title, version, asOf, source, license, entries, origin
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(name, forKey: .name)
        try container.encodeIfPresent(title, forKey: .title)
        try container.encode(version, forKey: .version)
        try container.encode(asOf, forKey: .asOf)
        try container.encode(source, forKey: .source)
        try container.encode(license, forKey: .license)
        try container.encode(entryCount, forKey: .entries)
        try container.encode(origin.description, forKey: .origin)
    }
}
