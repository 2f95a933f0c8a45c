/// Significant military equipment and classified articles need a DSP-83 Nontransfer and Use Certificate in the
/// filing package (22 CFR 123.1(c)(5), 123.10); no license is issued before DDTC has it. A DSP-61 temporary
/// import returns the article to its sender, so it is not asked for one.
struct NontransferCertificateRule: ValidationRule {
    func findings(for record: DocketRecord, in package: PackageContext) -> [Finding] {
        guard let type = record.documentType, [.dsp5, .dsp73, .dsp85].contains(type), !package.contains(.dsp83) else { return [] }
        let smeLines = (record.items ?? []).enumerated().filter { isSME($0.element) }.map { $0.element.line ?? $0.offset + 1 }
        let classified = type == .dsp85
        guard classified || !smeLines.isEmpty else { return [] }
        let what = classified
            ? "The application covers classified articles (DSP-85)"
            : "The application covers significant military equipment (line\(smeLines.count == 1 ? "" : "s") "
                + smeLines.map(String.init).joined(separator: ", ") + ")"
        return [Finding(
            rule: "sme.dsp83-missing", severity: .error, citation: "22 CFR 123.1(c)(5)", field: "items",
            message: "\(what) but no DSP-83 Nontransfer and Use Certificate is in the filing package; have the "
                + "foreign consignee, the foreign end-user and the applicant sign one and file it with the application.")]
    }

    /// The filing's own SME mark. The 121.1 asterisk is not consulted: the record's paragraph may be a
    /// transcription lagging behind amendments, and a DSP-83 demanded wrongly blocks a complete filing.
    func isSME(_ item: Item) -> Bool {
        item.sme == true
    }
}
