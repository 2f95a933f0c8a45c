public import Foundation

/// The entry points the libFuzzer targets (`Fuzz/`) drive, and the regression tests that replay their crashers.
/// Each takes raw bytes, as a fuzzer produces them, and runs them through the same code `docket extract` does.
public enum FuzzEntry {
    /// Ingest and extract as an XML input; nil when the bytes are not sniffed as XML (PDF is not this target's
    /// business). A parse failure is a record with an error, as it is for a user.
    @discardableResult
    public static func xml(_ data: Data) -> DocketRecord? {
        guard FormatSniffer.sniff(data) == .xml else { return nil }
        return Pipeline().run(InputDocument(path: "fuzz.xml", data: data))
    }

    /// The first byte picks a normalizer, the rest (decoded as UTF-8 with repairs) is its input. Returns what the
    /// normalizer made of it, described as text.
    @discardableResult
    public static func normalizers(_ data: Data) -> String {
        guard let selector = data.first else { return "" }
        let text = String(decoding: data.dropFirst(), as: UTF8.self)
        let normalizers = Normalizers.standard
        switch selector % 12 {
        case 0: return String(describing: normalizers.dates.normalize(text))
        case 1: return String(describing: DateNormalizer(numericOrder: .dayFirst).normalize(text))
        case 2: return String(describing: normalizers.money.normalize(text))
        case 3: return String(describing: normalizers.countries.alpha2(for: text))
        case 4: return String(describing: normalizers.countries.findCountry(in: text))
        case 5: return String(describing: normalizers.usml.normalize(text))
        case 6: return String(describing: normalizers.eccn.normalize(text))
        case 7: return String(describing: normalizers.addresses.parse(lines: text.components(separatedBy: "\n")))
        case 8: return String(describing: normalizers.identifiers.registrationCode(text))
        case 9: return String(describing: normalizers.identifiers.agreementNumber(text))
        case 10: return String(describing: normalizers.names.clean(text))
        default:
            return String(describing: (normalizers.identifiers.licenseNumber(text),
                                       normalizers.identifiers.applicationControlNumber(text)))
        }
    }

    /// Lines separated by newlines, pages by form feeds, through the PDF text route.
    @discardableResult
    public static func textFields(_ data: Data) -> DocketRecord {
        let text = String(decoding: data, as: UTF8.self)
        let pages = text.split(separator: "\u{0C}", omittingEmptySubsequences: false).map { page in
            page.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        }
        return Extraction.record(forTextPages: pages, path: "fuzz.txt")
    }
}
