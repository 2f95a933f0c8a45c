import Foundation
import Synchronization

/// Compiled regular expressions, kept for the life of the process.
///
/// On Linux, Foundation's `range(of:options: .regularExpression)` compiles its pattern on every call; profiles of
/// long agreements showed that compilation as 40% of extraction time. Nearly every pattern is a literal, so the
/// cache stays small; the few built from document text (escaped party names) are bounded by `limit`.
enum RegexCache {
    private struct Key: Hashable {
        let pattern: String
        let caseInsensitive: Bool
    }

    private static let limit = 2_048
    private static let compiled = Mutex<[Key: NSRegularExpression]>([:])

    /// The compiled pattern, or nil for an invalid one (a programming error: callers treat it as no match).
    static func regex(_ pattern: String, caseInsensitive: Bool = false) -> NSRegularExpression? {
        let key = Key(pattern: pattern, caseInsensitive: caseInsensitive)
        if let cached = compiled.withLock({ $0[key] }) { return cached }
        guard let regex = try? NSRegularExpression(pattern: pattern, options: caseInsensitive ? [.caseInsensitive] : [])
        else { return nil }
        compiled.withLock { cache in
            if cache.count >= limit { cache.removeAll(keepingCapacity: true) }
            cache[key] = regex
        }
        return regex
    }
}

extension StringProtocol {
    /// The first match of the regular expression `pattern`, like `range(of:options: .regularExpression)`.
    func rangeOfPattern(_ pattern: String, caseInsensitive: Bool = false) -> Range<Index>? {
        let text = String(self)
        guard let regex = RegexCache.regex(pattern, caseInsensitive: caseInsensitive),
              let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
              let found = Range(match.range, in: text) else { return nil }
        // `text` is a copy: carry the offsets over to this string's own indices.
        let lower = utf8.index(startIndex, offsetBy: text.utf8.distance(from: text.startIndex, to: found.lowerBound))
        let upper = utf8.index(lower, offsetBy: text.utf8.distance(from: found.lowerBound, to: found.upperBound))
        return lower..<upper
    }

    /// Every match of `pattern` replaced by `template` ("$1" names a group), like
    /// `replacingOccurrences(of:with:options: .regularExpression)`.
    func replacingPattern(_ pattern: String, with template: String, caseInsensitive: Bool = false) -> String {
        let text = String(self)
        guard let regex = RegexCache.regex(pattern, caseInsensitive: caseInsensitive) else { return text }
        return regex.stringByReplacingMatches(in: text, range: NSRange(text.startIndex..., in: text),
                                              withTemplate: template)
    }
}
