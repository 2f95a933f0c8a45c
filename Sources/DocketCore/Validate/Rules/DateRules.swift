import Foundation

/// Dates are in order (submitted, effective, expiration), and a license is valid at most 4 years (22 CFR 123.21(a)).
struct DateRule: ValidationRule {
    func findings(for record: DocketRecord, in package: PackageContext) -> [Finding] {
        guard let dates = record.dates else { return [] }
        var findings: [Finding] = []
        if let effective = dates.effective, let expiration = dates.expiration, expiration < effective {
            findings.append(Finding(
                rule: "dates.order", severity: .error, citation: "22 CFR 123.1(c)(1)", field: "dates.expiration",
                message: "The expiration date (\(expiration)) is before the effective date (\(effective)); correct one of them.",
                evidence: record.evidence?["dates.expiration"]))
        }
        if let type = record.documentType, type.isDDTCLicense, let expiration = dates.expiration,
           let start = dates.effective ?? dates.submitted,
           let limit = Self.adding(years: 4, to: start), expiration > limit {
            findings.append(Finding(
                rule: "dates.license-validity", severity: .error, citation: "22 CFR 123.21(a)", field: "dates.expiration",
                message: "The requested validity runs from \(start) to \(expiration), more than the 4 years a license "
                    + "may be valid; shorten it to \(limit) or earlier.",
                evidence: record.evidence?["dates.expiration"]))
        }
        return findings
    }

    /// ISO date plus whole years ("2026-02-28" + 4 = "2030-02-28"); nil when `iso` is not YYYY-MM-DD.
    static func adding(years: Int, to iso: String) -> String? {
        let parts = iso.split(separator: "-")
        guard parts.count == 3, let year = Int(parts[0]) else { return nil }
        return "\(year + years)-\(parts[1])-\(parts[2])"
    }
}
