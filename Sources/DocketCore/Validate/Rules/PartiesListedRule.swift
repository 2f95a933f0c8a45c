/// Everyone who handles the shipment is on the license: the U.S. consignor or freight forwarder (22 CFR
/// 123.1(c)(2); only listed parties may ship under it) and the name and address of every foreign consignee and
/// foreign intermediate consignee (22 CFR 126.13(b)).
struct PartiesListedRule: ValidationRule {
    func findings(for record: DocketRecord, in package: PackageContext) -> [Finding] {
        guard let type = record.documentType, [.dsp5, .dsp73, .dsp85].contains(type) else { return [] }
        let parties = record.parties ?? []
        var findings: [Finding] = []
        if !parties.contains(where: { $0.role == .usConsignor || $0.role == .freightForwarder }) {
            findings.append(Finding(
                rule: "parties.consignor-missing", severity: .error, citation: "22 CFR 123.1(c)(2)",
                field: "parties[usConsignor]",
                message: "No U.S. consignor or freight forwarder is listed; name every one that will handle the "
                    + "shipment, since only parties on the license may ship under it."))
        }
        for (index, party) in parties.enumerated()
        where [.foreignConsignee, .foreignIntermediateConsignee].contains(party.role) && party.address == nil {
            findings.append(Finding(
                rule: "parties.consignee-address-missing", severity: .error, citation: "22 CFR 126.13(b)",
                field: "parties[\(index)].address",
                message: "\(party.name) (\(CountryMentions.words(party.role))) has no address; give the full address "
                    + "of every foreign consignee and intermediate consignee.",
                evidence: party.evidence))
        }
        return findings
    }
}
