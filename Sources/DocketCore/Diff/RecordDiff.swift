import Foundation

/// One difference in meaning between two records.
public struct RecordChange: Codable, Sendable, Equatable {
    public enum Kind: String, Codable, Sendable {
        case added
        case removed
        case changed
    }

    /// Where in the record, with matched list members named by their key: `parties[licensee: Acme GmbH].country`,
    /// `items[line 2].quantity`, `agreement.clauses[124.8(5)]`.
    public var path: String
    public var kind: Kind
    public var old: String?
    public var new: String?
    public var oldEvidence: Evidence?
    public var newEvidence: Evidence?

    public init(path: String, kind: Kind, old: String?, new: String?, oldEvidence: Evidence? = nil,
                newEvidence: Evidence? = nil) {
        self.path = path
        self.kind = kind
        self.old = old
        self.new = new
        self.oldEvidence = oldEvidence
        self.newEvidence = newEvidence
    }

    /// The top-level field the change belongs to ("parties", "agreement"), for grouping.
    public var section: String {
        String(path.prefix { $0 != "." && $0 != "[" })
    }
}

/// Compares two records by meaning: list members are matched by what identifies them (a party by role and
/// normalized name, an item by line or classification, a clause by id), so reordering or re-spelling is no change.
public struct RecordDiff: Sendable {
    private let names = PartyNameCleaner()

    public init() {}

    public func changes(from old: DocketRecord, to new: DocketRecord) -> [RecordChange] {
        var changes: [RecordChange] = []
        func scalar(_ path: String, _ a: String?, _ b: String?, folded: Bool = false) {
            if let change = Self.compare(path, a, b, old.evidence?[path], new.evidence?[path], folded: folded) {
                changes.append(change)
            }
        }
        scalar("documentType", old.documentType?.rawValue, new.documentType?.rawValue)
        scalar("amendment", old.amendment.map(String.init), new.amendment.map(String.init))
        scalar("applicationType", old.applicationType?.rawValue, new.applicationType?.rawValue)
        let identifiers: [(String, KeyPath<Identifiers, String?>)] = [
            ("registrationCode", \.registrationCode), ("transactionNumber", \.transactionNumber),
            ("licenseNumber", \.licenseNumber), ("agreementNumber", \.agreementNumber),
            ("applicationControlNumber", \.applicationControlNumber),
        ]
        for (name, key) in identifiers {
            scalar("identifiers." + name, old.identifiers?[keyPath: key], new.identifiers?[keyPath: key])
        }
        let dates: [(String, KeyPath<Dates, String?>)] = [
            ("submitted", \.submitted), ("effective", \.effective), ("expiration", \.expiration),
        ]
        for (name, key) in dates { scalar("dates." + name, old.dates?[keyPath: key], new.dates?[keyPath: key]) }
        scalar("totalValue", old.totalValue.map(Self.money), new.totalValue.map(Self.money))
        changes += setChanges("destinations", old.destinations ?? [], new.destinations ?? [],
                              oldEvidence: { old.evidence?["destinations." + $0] },
                              newEvidence: { new.evidence?["destinations." + $0] })
        changes += partyChanges(old.parties ?? [], new.parties ?? [])
        changes += itemChanges(old.items ?? [], new.items ?? [])
        scalar("endUse", old.endUse, new.endUse, folded: true)
        changes += agreementChanges(old, new)
        changes += Self.clauseChanges("certification", old.certification ?? [], new.certification ?? [])
        scalar("part130Statement", old.part130Statement?.rawValue, new.part130Statement?.rawValue)
        changes += findingChanges(old.findings ?? [], new.findings ?? [])
        return changes
    }

    // MARK: Parties

    private func partyChanges(_ old: [Party], _ new: [Party]) -> [RecordChange] {
        let key = { (party: Party) in party.role.rawValue + "\u{0}" + (names.comparisonKey(for: party.name) ?? party.name) }
        var (pairs, removed, added) = Self.match(old, new, by: key)
        // One party of a role on each side that the names do not match is the same party renamed
        // (an amendment's new legal name), not one removed and another added.
        for role in PartyRole.allCases {
            let gone = removed.filter { $0.role == role }
            let came = added.filter { $0.role == role }
            guard gone.count == 1, came.count == 1, let a = gone.first, let b = came.first else { continue }
            pairs.append((a, b))
            removed.removeAll { $0 == a }
            added.removeAll { $0 == b }
        }
        var changes: [RecordChange] = []
        for (a, b) in pairs {
            let path = "parties[\(a.role.rawValue): \(a.name)]"
            if names.comparisonKey(for: a.name) != names.comparisonKey(for: b.name) {
                changes.append(RecordChange(path: path + ".name", kind: .changed, old: a.name, new: b.name,
                                            oldEvidence: a.evidence, newEvidence: b.evidence))
            }
            for (field, x, y) in [("address", a.address.map(Self.address), b.address.map(Self.address)),
                                  ("country", a.country, b.country), ("title", a.title, b.title)] {
                if let change = Self.compare(path + "." + field, x, y, a.evidence, b.evidence, folded: true) {
                    changes.append(change)
                }
            }
        }
        changes += removed.map { RecordChange(path: "parties[\($0.role.rawValue): \($0.name)]", kind: .removed,
                                              old: Self.describe($0), new: nil, oldEvidence: $0.evidence) }
        changes += added.map { RecordChange(path: "parties[\($0.role.rawValue): \($0.name)]", kind: .added,
                                            old: nil, new: Self.describe($0), newEvidence: $0.evidence) }
        return changes
    }

    static func describe(_ party: Party) -> String {
        [party.name, party.address.map(address), party.country].compactMap { $0 }.filter { !$0.isEmpty }
            .joined(separator: ", ")
    }

    static func address(_ address: Address) -> String {
        let place = [address.postalCode, address.city, address.region].compactMap { $0 }.joined(separator: " ")
        return (address.lines + [place]).filter { !$0.isEmpty }.joined(separator: ", ")
    }

    // MARK: Items

    private func itemChanges(_ old: [Item], _ new: [Item]) -> [RecordChange] {
        // Line numbers when both sides number their items, else the classification (and part number).
        let byLine = old.allSatisfy { $0.line != nil } && new.allSatisfy { $0.line != nil }
        let key = { (item: Item) -> String in
            if byLine, let line = item.line { return "line \(line)" }
            return [item.usmlCategory ?? item.eccn, item.partNumber].compactMap { $0 }.joined(separator: " ")
        }
        let (pairs, removed, added) = Self.match(old, new, by: key)
        var changes: [RecordChange] = []
        for (a, b) in pairs {
            let path = "items[\(key(a))]"
            let fields: [(String, String?, String?)] = [
                ("quantity", a.quantity.map(Self.number), b.quantity.map(Self.number)), ("unit", a.unit, b.unit),
                ("unitValue", a.unitValue.map(Self.number), b.unitValue.map(Self.number)),
                ("totalValue", a.totalValue.map(Self.number), b.totalValue.map(Self.number)),
                ("currency", a.currency, b.currency), ("usmlCategory", a.usmlCategory, b.usmlCategory),
                ("eccn", a.eccn, b.eccn), ("sme", a.sme.map(String.init), b.sme.map(String.init)),
                ("partNumber", a.partNumber, b.partNumber), ("description", a.description, b.description),
                ("manufacturer", a.manufacturer, b.manufacturer), ("ccats", a.ccats, b.ccats),
            ]
            for (field, x, y) in fields {
                if let change = Self.compare(path + "." + field, x, y, a.evidence, b.evidence, folded: true) {
                    changes.append(change)
                }
            }
        }
        changes += removed.map { RecordChange(path: "items[\(key($0))]", kind: .removed, old: Self.describe($0),
                                              new: nil, oldEvidence: $0.evidence) }
        changes += added.map { RecordChange(path: "items[\(key($0))]", kind: .added, old: nil, new: Self.describe($0),
                                            newEvidence: $0.evidence) }
        return changes
    }

    static func describe(_ item: Item) -> String {
        var parts = [item.description, item.usmlCategory ?? item.eccn].compactMap { $0 }
        if let quantity = item.quantity { parts.append("quantity \(number(quantity))") }
        if let total = item.totalValue { parts.append("value \(number(total)) \(item.currency ?? "")") }
        if item.sme == true { parts.append("SME") }
        return parts.joined(separator: ", ").trimmingSpaces()
    }

    // MARK: Agreement

    private func agreementChanges(_ oldRecord: DocketRecord, _ newRecord: DocketRecord) -> [RecordChange] {
        let (old, new) = (oldRecord.agreement, newRecord.agreement)
        var changes = Self.clauseChanges("agreement.clauses", old?.clauses ?? [], new?.clauses ?? [])
            + Self.clauseChanges("agreement.transmittal", old?.transmittal ?? [], new?.transmittal ?? [])
        let territories: [(String, KeyPath<Agreement, [String]?>)] = [
            ("retransferTerritory", \.retransferTerritory), ("salesTerritory", \.salesTerritory),
            ("distributionTerritory", \.distributionTerritory),
        ]
        for (name, key) in territories {
            changes += setChanges("agreement." + name, old?[keyPath: key] ?? [], new?[keyPath: key] ?? [],
                                  oldEvidence: { _ in nil }, newEvidence: { _ in nil })
        }
        let terms: [(String, String?, String?)] = [
            ("start", old?.term?.start, new?.term?.start), ("end", old?.term?.end, new?.term?.end),
            ("years", old?.term?.years.map(Self.number), new?.term?.years.map(Self.number)),
            ("technicalData", old?.technicalData, new?.technicalData),
            ("defenseServices", old?.defenseServices, new?.defenseServices),
        ]
        for (name, a, b) in terms {
            let path = ["start", "end", "years"].contains(name) ? "agreement.term." + name : "agreement." + name
            let (x, y) = (oldRecord.evidence?[path], newRecord.evidence?[path])
            if let change = Self.compare(path, a, b, x, y, folded: true) { changes.append(change) }
        }
        return changes
    }

    /// Statements matched by id (agreement clauses, transmittal items, 126.13 certifications): present or absent.
    static func clauseChanges(_ path: String, _ old: [Clause], _ new: [Clause]) -> [RecordChange] {
        let state = { (clause: Clause) in clause.present ? "present" : "absent" }
        let (pairs, removed, added) = match(old, new, by: \.id)
        return pairs.filter { $0.0.present != $0.1.present }.map { x, y in
            RecordChange(path: "\(path)[\(x.id)]", kind: .changed, old: state(x), new: state(y),
                         oldEvidence: x.evidence, newEvidence: y.evidence)
        } + removed.map {
            RecordChange(path: "\(path)[\($0.id)]", kind: .removed, old: state($0), new: nil, oldEvidence: $0.evidence)
        } + added.map {
            RecordChange(path: "\(path)[\($0.id)]", kind: .added, old: nil, new: state($0), newEvidence: $0.evidence)
        }
    }

    // MARK: Findings

    private func findingChanges(_ old: [Finding], _ new: [Finding]) -> [RecordChange] {
        let key = { (finding: Finding) in finding.rule + (finding.field.map { " " + $0 } ?? "") }
        let (_, cleared, appeared) = Self.match(old, new, by: key)
        return cleared.map { RecordChange(path: "findings[\(key($0))]", kind: .removed, old: Self.describe($0), new: nil,
                                          oldEvidence: $0.evidence) }
            + appeared.map { RecordChange(path: "findings[\(key($0))]", kind: .added, old: nil, new: Self.describe($0),
                                          newEvidence: $0.evidence) }
    }

    static func describe(_ finding: Finding) -> String {
        "\(finding.severity.rawValue): \(finding.message) (\(finding.citation))"
    }

    // MARK: Helpers

    /// Pairs members with equal keys, in order (the n-th of a key in `old` with the n-th in `new`); the rest are
    /// removed or added.
    static func match<Element>(_ old: [Element], _ new: [Element], by key: (Element) -> String)
        -> (pairs: [(Element, Element)], removed: [Element], added: [Element])
    {
        var waiting: [String: [Int]] = [:]
        for (index, element) in new.enumerated() { waiting[key(element), default: []].append(index) }
        var pairs: [(Element, Element)] = []
        var removed: [Element] = []
        var taken = Set<Int>()
        for element in old {
            let name = key(element)
            if let index = waiting[name]?.first {
                waiting[name]?.removeFirst()
                taken.insert(index)
                pairs.append((element, new[index]))
            } else {
                removed.append(element)
            }
        }
        let added = new.indices.filter { !taken.contains($0) }.map { new[$0] }
        return (pairs, removed, added)
    }

    private func setChanges(_ path: String, _ old: [String], _ new: [String], oldEvidence: (String) -> Evidence?,
                            newEvidence: (String) -> Evidence?) -> [RecordChange] {
        let (a, b) = (Set(old), Set(new))
        return old.filter { !b.contains($0) }.map {
            RecordChange(path: "\(path)[\($0)]", kind: .removed, old: $0, new: nil, oldEvidence: oldEvidence($0))
        } + new.filter { !a.contains($0) }.map {
            RecordChange(path: "\(path)[\($0)]", kind: .added, old: nil, new: $0, newEvidence: newEvidence($0))
        }
    }

    /// A change of one value, or nil when both sides mean the same; `folded` ignores case, accents, punctuation
    /// and spacing (text read from two layouts of one document differs in those, not in meaning).
    static func compare(_ path: String, _ old: String?, _ new: String?, _ oldEvidence: Evidence?,
                        _ newEvidence: Evidence?, folded: Bool = false) -> RecordChange? {
        switch (old, new) {
        case (nil, nil): return nil
        case (let a?, nil): return RecordChange(path: path, kind: .removed, old: a, new: nil, oldEvidence: oldEvidence)
        case (nil, let b?): return RecordChange(path: path, kind: .added, old: nil, new: b, newEvidence: newEvidence)
        case (let a?, let b?):
            let same = folded ? TextFolding.key(a) == TextFolding.key(b) : a == b
            return same ? nil : RecordChange(path: path, kind: .changed, old: a, new: b, oldEvidence: oldEvidence,
                                             newEvidence: newEvidence)
        }
    }

    static func money(_ money: Money) -> String { "\(number(money.amount)) \(money.currency)" }

    static func number(_ value: Decimal) -> String { "\(value)" }
}
