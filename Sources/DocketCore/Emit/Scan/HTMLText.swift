/// Escaping for text and attribute values in the HTML Docket writes.
public enum HTMLText {
    /// `&`, `<`, `>`, `"` and `'` as entities: safe both between tags and inside quoted attributes.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }

    /// A relative link to `path` (a `/`-separated path below the page's folder), each segment percent-encoded so
    /// names with spaces, `#` or `?` still link to the file.
    public static func link(_ path: String) -> String {
        path.split(separator: "/", omittingEmptySubsequences: false).map { segment in
            var out = ""
            for byte in segment.utf8 {
                let scalar = Unicode.Scalar(byte)
                if (byte < 0x80 && (scalar.properties.isAlphabetic || ("0"..."9").contains(Character(scalar))))
                    || "-._~".unicodeScalars.contains(scalar) {
                    out.unicodeScalars.append(scalar)
                } else {
                    out += "%" + (byte < 16 ? "0" : "") + String(byte, radix: 16, uppercase: true)
                }
            }
            return out
        }.joined(separator: "/")
    }
}
