import Foundation

/// Decides the document type from where a title would be, and says why.
///
/// Evidence is weighted by where it sits: a form-type field or the title zone (the first lines of page 1, the
/// PDF title, the XML root element) counts fully; a mention in the body ("the DSP-83 is attached") counts little,
/// so a cover letter that talks about a DSP-5 is not taken for one. Below the threshold the answer is `unknown`.
public enum Classifier {
    public struct Signals: Sendable {
        /// Text that names the document: title lines, metadata title, XML root name and attributes.
        public var title: [String] = []
        /// Values of form-type fields.
        public var formType: [String] = []
        /// Everything else.
        public var body: [String] = []

        public init(title: [String] = [], formType: [String] = [], body: [String] = []) {
            self.title = title
            self.formType = formType
            self.body = body
        }
    }

    /// A title pattern and a literal that every match of it contains. Most texts contain no anchor, so the
    /// byte scan spares them the regular expression (the classifier scored every text against every pattern, and
    /// that was a fifth of an XML filing's time).
    struct TitlePattern: Sendable {
        let anchor: String
        let regex: String

        /// `anchors`: those of `Classifier.anchors` that `folded` contains.
        func matches(_ folded: String, holding anchors: [String]) -> Bool {
            anchors.contains(anchor) && folded.rangeOfPattern(regex) != nil
        }
    }

    static let patterns: [(DocumentType, [TitlePattern])] = [
        (.dsp5, [TitlePattern(anchor: "dsp", regex: #"\bdsp\s?-?\s?0?5\b"#),
                 TitlePattern(anchor: "permanent export of unclassified defen",
                              regex: #"permanent export of unclassified defen[cs]e articles"#)]),
        (.dsp73, [TitlePattern(anchor: "dsp", regex: #"\bdsp\s?-?\s?73\b"#),
                  TitlePattern(anchor: "temporary export of unclassified defen",
                               regex: #"temporary export of unclassified defen[cs]e articles"#)]),
        (.dsp61, [TitlePattern(anchor: "dsp", regex: #"\bdsp\s?-?\s?61\b"#),
                  TitlePattern(anchor: "temporary import of unclassified defen",
                               regex: #"temporary import of unclassified defen[cs]e articles"#)]),
        (.dsp85, [TitlePattern(anchor: "dsp", regex: #"\bdsp\s?-?\s?85\b"#),
                  TitlePattern(anchor: "port of classified defen",
                               regex: #"(export|import) of classified defen[cs]e articles"#)]),
        (.dsp83, [TitlePattern(anchor: "dsp", regex: #"\bdsp\s?-?\s?83\b"#),
                  TitlePattern(anchor: "transfer and use certificate",
                               regex: #"non\s?-?\s?transfer and use certificate"#)]),
        (.bis748p, [TitlePattern(anchor: "748", regex: #"\bbis\s?-?\s?748\s?-?p?\b"#),
                    TitlePattern(anchor: "multipurpose application", regex: #"multipurpose application"#)]),
        (.bis711, [TitlePattern(anchor: "711", regex: #"\bbis\s?-?\s?711\b"#),
                   TitlePattern(anchor: "statement by ultimate consignee and purchaser",
                                regex: #"statement by ultimate consignee and purchaser"#)]),
        (.taa, [TitlePattern(anchor: "technical assistance agreement", regex: #"technical assistance agreement"#),
                TitlePattern(anchor: "taa", regex: #"^taa\b"#)]),
        (.mla, [TitlePattern(anchor: "manufacturing licen", regex: #"manufacturing licen[cs]e agreement"#),
                TitlePattern(anchor: "mla", regex: #"^mla\b"#)]),
        (.wda, [TitlePattern(anchor: "distribution agreement", regex: #"warehouse (and|&) distribution agreement"#),
                TitlePattern(anchor: "wda", regex: #"^wda\b"#)]),
        // A certification laid out as a letter is recognized by its statements (Extraction.readStatements).
        (.certification12613, [
            TitlePattern(anchor: "126.13", regex:
                #"certif\w*\s+(pursuant to|under|in accordance with)\s+(22\s+c\.?f\.?r\.?\s+)?(§\s*)?126\.13\b"#),
            TitlePattern(anchor: "126.13", regex: #"\b126\.13\s+certif"#),
        ]),
    ]

    /// Every pattern's anchor once: each text is searched for an anchor once, not once for every pattern that has
    /// it ("dsp" opens five), and a text holding none is matched against no pattern.
    static let anchors: [String] = patterns.flatMap { $0.1.map(\.anchor) }.reduce(into: []) { unique, anchor in
        if !unique.contains(anchor) { unique.append(anchor) }
    }

    /// The type and the reason, or `.unknown` with what was looked at.
    public static func classify(_ signals: Signals) -> (DocumentType, String) {
        var scores: [DocumentType: Int] = [:]
        var reasons: [DocumentType: (weight: Int, text: String)] = [:]
        func score(_ texts: [String], weight: Int, place: String, cap: Int) {
            let folded = texts.map(fold)
            let held = folded.map { text in anchors.filter { text.containsLiteral($0) } }
            for (type, typePatterns) in patterns {
                var hits = 0
                for (index, text) in folded.enumerated() where hits < cap && !held[index].isEmpty {
                    guard typePatterns.contains(where: { $0.matches(text, holding: held[index]) }) else { continue }
                    hits += 1
                    if weight > reasons[type]?.weight ?? 0 {
                        reasons[type] = (weight, "\(place) \"\(texts[index].prefix(90))\"")
                    }
                }
                scores[type, default: 0] += hits * weight
            }
        }
        score(signals.formType, weight: 8, place: "form type field", cap: 1)
        score(signals.title, weight: 5, place: "title", cap: 2)
        score(signals.body, weight: 1, place: "text", cap: 3)
        guard let best = scores.filter({ $0.value > 0 }).max(by: { ($0.value, rank($1.key)) < ($1.value, rank($0.key)) }),
              best.value >= 5 else {
            let mentioned = scores.filter { $0.value > 0 }.keys.map(\.rawValue).sorted()
            return (.unknown, mentioned.isEmpty
                ? "no form title, form-type field or agreement heading was found"
                : "only passing mentions of \(mentioned.joined(separator: ", ")); no title or form-type field names the document")
        }
        return (best.key, reasons[best.key]?.text ?? "")
    }

    /// Agreements outrank license forms on ties: an agreement's title names the DSP-5 that carries it.
    private static func rank(_ type: DocumentType) -> Int {
        type.isAgreement ? 0 : 1
    }

    static func fold(_ text: String) -> String {
        // ASCII has no diacritics and folds case as lowercasing does; only other text needs Foundation's folding.
        let lowered = text.utf8.allSatisfy { $0 < 0x80 }
            ? text.lowercased() : text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        // CamelCase and underscores in XML names: "DSP5Application" and "dsp_5" read like "dsp 5".
        return LabelText.split(text).joined(separator: " ") + " | " + lowered
    }
}
