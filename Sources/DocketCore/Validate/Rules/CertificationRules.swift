/// 22 CFR 123.1(c)(3) and 126.13(a): every DDTC submission (DSP-5, DSP-73, DSP-61, DSP-85 and Part 124
/// agreements) is accompanied by a letter from an empowered official stating whether (1) the applicant or its
/// officers are indicted, charged or convicted under the 120.27 statutes, (2) they are ineligible, (3) any
/// party to the export is, and (4) the signer is a U.S. person or one of the others 126.13(a)(4) allows.
///
/// The letter is looked for in the filing package; an amendment is a submission of its own. A letter that makes
/// only some of the statements is reported on the letter, because DDTC returns the package without action either
/// way.
struct CertificationLetterRule: ValidationRule {
    static let citation = "22 CFR 123.1(c)(3)"
    static let statementIDs = ClauseVocabulary.certification.map(\.0)

    func findings(for record: DocketRecord, in package: PackageContext) -> [Finding] {
        guard let type = record.documentType else { return [] }
        if type.isDDTCLicense || type.isAgreement {
            let certified = package.records.contains {
                $0.certification != nil || $0.documentType == .certification12613
            }
            guard !certified else { return [] }
            return [Finding(
                rule: "certification.letter-missing", severity: .error, citation: Self.citation,
                field: "documentType",
                message: "No empowered official's certification letter (22 CFR 126.13) is in the filing package; every "
                    + "\(type.isAgreement ? "agreement submission" : "\(type.rawValue) application") must be "
                    + "accompanied by one. Add the signed letter stating the four 126.13(a) points.")]
        }
        guard type == .certification12613 || record.certification != nil else { return [] }
        let made = Dictionary((record.certification ?? []).map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var findings = Self.statementIDs.filter { made[$0]?.present != true }.map { id in
            Finding(
                rule: "certification.statement-missing", severity: .error, citation: "22 CFR \(id)",
                field: "certification[\(id)]",
                message: "The certification letter does not make the statement required by 22 CFR \(id) "
                    + "(\(Self.subjects[id] ?? "")); add it, saying whether it is so.")
        }
        // A warning only: the signature block may be an image or a layout Docket does not read.
        if !(record.parties ?? []).contains(where: { $0.role == .usSignatory }) {
            findings.append(Finding(
                rule: "certification.unsigned", severity: .warning, citation: "22 CFR 126.13(a)",
                field: "parties[usSignatory]",
                message: "No signature block was found on the certification letter; it must be signed by a "
                    + "responsible official empowered by the applicant. Check that it is signed, with name and title."))
        }
        return findings
    }

    static let subjects = [
        "126.13(a)(1)": "whether the applicant or its senior officers or directors are indicted, charged or convicted "
            + "under the statutes listed in 22 CFR 120.27",
        "126.13(a)(2)": "whether they are ineligible to contract with, or to receive a license or approval from, a "
            + "U.S. Government agency",
        "126.13(a)(3)": "whether, to the applicant's knowledge, any party to the export is convicted or ineligible",
        "126.13(a)(4)": "whether the signer is a U.S. citizen or national, a lawful permanent resident, or a foreign "
            + "government official in the United States",
    ]
}
