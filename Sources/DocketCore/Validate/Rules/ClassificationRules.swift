/// Classification: a USML category and paragraph that exist (22 CFR 121.1), an ECCN that exists in the
/// Commerce Control List (15 CFR 774 Supplement No. 1), and EAR items on a DDTC license only under a USML
/// "(x)" paragraph (22 CFR 123.1(b)).
struct ClassificationRule: ValidationRule {
    let lists: ReferenceLists

    func findings(for record: DocketRecord, in package: PackageContext) -> [Finding] {
        guard let type = record.documentType else { return [] }
        var findings: [Finding] = []
        for (index, item) in (record.items ?? []).enumerated() {
            let line = "Line \(item.line ?? index + 1)"
            if let usml = item.usmlCategory, let (severity, problem) = usmlProblem(usml) {
                findings.append(Finding(
                    rule: severity == .error ? "classification.usml-unknown" : "classification.usml-subparagraph-unlisted",
                    severity: severity, citation: "22 CFR 121.1", field: "items[\(index)].usmlCategory",
                    message: "\(line): \(problem)", evidence: item.evidence))
            }
            if let eccn = item.eccn, eccn != "EAR99", !lists.ccl.contains(Self.baseECCN(eccn)) {
                findings.append(Finding(
                    rule: "classification.eccn-unknown", severity: .error, citation: "15 CFR 774 Supplement No. 1",
                    field: "items[\(index)].eccn",
                    message: "\(line): ECCN \(eccn) is not in the Commerce Control List; check the classification "
                        + "(or request one from BIS).", evidence: item.evidence))
            }
            if type.isDDTCLicense, let eccn = item.eccn, !Self.isXParagraph(item.usmlCategory) {
                findings.append(Finding(
                    rule: "classification.ear-item-without-x", severity: .error, citation: "22 CFR 123.1(b)",
                    field: "items[\(index)].usmlCategory",
                    message: "\(line): an EAR item (\(eccn)) on a DDTC license must be listed under the USML "
                        + "category's (x) paragraph, e.g. \"XI(x)\"; enumerate it there or license it with BIS.",
                    evidence: item.evidence))
            }
        }
        return findings
    }

    /// Why `usml` ("XII(c)(2)", "XI") does not exist, or nil when it does. A missing category or top-level
    /// paragraph is an error; a subparagraph below an existing paragraph that the reference file does not list
    /// is information only, because the file is a transcription of 121.1 that may lag behind amendments.
    func usmlProblem(_ usml: String) -> (Severity, String)? {
        let category = String(usml.prefix { $0 != "(" })
        guard let paragraphs = lists.usml[category] else {
            return (.error, "USML Category \(category) does not exist (the categories are I to XXI); correct the category.")
        }
        let paragraph = String(usml.dropFirst(category.count))
        guard !paragraph.isEmpty, !paragraphs.contains(paragraph) else { return nil }
        let title = lists.usmlTitles[category] ?? ""
        let top = String(paragraph.prefix { $0 != ")" }) + ")"
        guard paragraphs.contains(top) else {
            return (.error, "paragraph \(top) does not exist in USML Category \(category) (\(title)); correct the "
                + "paragraph.")
        }
        return (.info, "\(category)\(paragraph) is not listed in Docket's copy of 22 CFR 121.1, though \(category)\(top) "
            + "exists; confirm the subparagraph against the current USML.")
    }

    /// "3A001.a.1" -> "3A001": the CCL lists entries by their five-character ECCN.
    static func baseECCN(_ eccn: String) -> String {
        String(eccn.uppercased().prefix { $0 != "." })
    }

    static func isXParagraph(_ usml: String?) -> Bool {
        guard let usml else { return false }
        return usml.contains("(x)")
    }
}
