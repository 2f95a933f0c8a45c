import Foundation

/// Line totals equal quantity x unit value, and the lines add up to the declared total (22 CFR 123.1:
/// DDTC licenses the stated value, and a mismatch is returned without action).
struct ValueArithmeticRule: ValidationRule {
    static let citation = "22 CFR 123.1"
    /// Half a cent: amounts are written to the cent, so anything larger is a real difference.
    static let tolerance = Decimal(string: "0.005") ?? 0

    func findings(for record: DocketRecord, in package: PackageContext) -> [Finding] {
        guard let type = record.documentType, type.isDDTCLicense || type.isBIS else { return [] }
        let items = record.items ?? []
        var findings: [Finding] = []
        for (index, item) in items.enumerated() {
            guard let quantity = item.quantity, let unit = item.unitValue, let total = item.totalValue else { continue }
            let expected = quantity * unit
            if Self.differ(expected, total) {
                findings.append(Finding(
                    rule: "value.line-total", severity: .error, citation: Self.citation,
                    field: "items[\(index)].totalValue",
                    message: "Line \(item.line ?? index + 1): \(Self.format(quantity)) x \(Self.money(unit)) is "
                        + "\(Self.money(expected)), but the line total says \(Self.money(total)). Correct the quantity, "
                        + "unit value or total.",
                    evidence: item.evidence))
            }
        }
        let totals = items.compactMap(\.totalValue)
        if let declared = record.totalValue, !totals.isEmpty, totals.count == items.count {
            let sum = totals.reduce(0, +)
            if Self.differ(sum, declared.amount) {
                findings.append(Finding(
                    rule: "value.declared-total", severity: .error, citation: Self.citation, field: "totalValue",
                    message: "The declared total value (\(Self.money(declared.amount))) does not equal the sum of the "
                        + "line totals (\(Self.money(sum))). Correct the total or the lines.",
                    evidence: record.evidence?["totalValue"]))
            }
        }
        return findings
    }

    static func differ(_ a: Decimal, _ b: Decimal) -> Bool {
        let difference = a - b
        return difference > tolerance || difference < -tolerance
    }

    /// "$214,000.00": the way a filer writes dollars, fixed so reports do not depend on the locale.
    static func money(_ amount: Decimal) -> String {
        var rounded = Decimal()
        var value = amount
        NSDecimalRound(&rounded, &value, 2, .plain)
        let negative = rounded < 0
        let text = "\(negative ? -rounded : rounded)"
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        let whole = String(parts.first ?? "0")
        let cents = parts.count > 1 ? String(parts[1]).padding(toLength: 2, withPad: "0", startingAt: 0) : "00"
        var grouped = ""
        for (offset, digit) in whole.reversed().enumerated() {
            if offset > 0 && offset % 3 == 0 { grouped.append(",") }
            grouped.append(digit)
        }
        return (negative ? "-$" : "$") + String(grouped.reversed()) + "." + cents
    }

    static func format(_ value: Decimal) -> String { "\(value)" }
}

/// 22 CFR 123.15: the congressional notification thresholds, reported as information so the filer plans for
/// the 15- or 30-day review. NATO-plus destinations (123.15(a)(2)) have higher thresholds; MDE (items marked
/// SME stand in for MDE, since the record does not carry the MDE value test) has the lower one; Category I(a)-(g)
/// firearms have their own.
struct CongressionalThresholdRule: ValidationRule {
    let lists: ReferenceLists

    func findings(for record: DocketRecord, in package: PackageContext) -> [Finding] {
        guard let type = record.documentType, type.isDDTCLicense || type.isAgreement,
              let total = record.totalValue?.amount, record.totalValue?.currency == "USD" else { return [] }
        let destinations = record.destinations ?? []
        let natoPlus = !destinations.isEmpty && destinations.allSatisfy(lists.natoPlus.contains)
        let tier = natoPlus ? lists.thresholds.natoPlus : lists.thresholds.otherCountries
        let items = record.items ?? []
        let mde = items.contains { $0.sme == true }
        let firearms = items.contains { item in
            guard let usml = item.usmlCategory else { return false }
            return ["I(a)", "I(b)", "I(c)", "I(d)", "I(e)", "I(f)", "I(g)"].contains { usml.hasPrefix($0) }
        }
        let place = natoPlus ? "a NATO-plus destination" : "a destination outside NATO-plus"
        var reached: [(String, Decimal, String)] = []
        if firearms, total >= lists.thresholds.categoryIFirearms.amount {
            reached.append(("Category I firearms", lists.thresholds.categoryIFirearms.amount,
                            lists.thresholds.categoryIFirearms.citation))
        }
        if mde, total >= tier.majorDefenseEquipment {
            reached.append(("major defense equipment to \(place)", tier.majorDefenseEquipment, tier.citation))
        } else if total >= tier.defenseArticlesAndServices {
            reached.append(("defense articles and services to \(place)", tier.defenseArticlesAndServices, tier.citation))
        }
        return reached.map { what, threshold, citation in
            Finding(rule: "threshold.congressional-notification", severity: .info, citation: citation,
                    field: "totalValue",
                    message: "The value (\(ValueArithmeticRule.money(total))) reaches the \(ValueArithmeticRule.money(threshold)) "
                        + "threshold for \(what); Congress is notified before approval (a \(tier.waitingDays)-day "
                        + "review). Plan the schedule for it.",
                    evidence: record.evidence?["totalValue"])
        }
    }
}
