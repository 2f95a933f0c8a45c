/// Links between the HTML pages of a scan.
enum HTMLLink {
    /// A relative link to `path` (a `/`-separated path below the page's folder), each segment percent-encoded so
    /// names with spaces, `#` or `?` still link to the file.
    static func relative(_ path: String) -> String {
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
