/// Stage 4: completeness and validation. Adds `findings` and `complete` to records, one filing package at a time.
///
/// A filing package is the set of documents filed together (one folder, or everything listed together), so
/// cross-document rules can see, for example, the DSP-83 beside an SME license application.
public struct Validator: Sendable {
    public var rules: [any ValidationRule]

    public init(rules: [any ValidationRule]) {
        self.rules = rules
    }

    /// Validates every record of one package against every rule. Error records pass through untouched.
    ///
    /// `complete` is false exactly when a finding of severity `error` (or, with `strict`, `warning`) remains.
    public func validate(package records: [DocketRecord], strict: Bool = false) -> [DocketRecord] {
        let context = PackageContext(records: records)
        return records.map { record in
            guard !record.isFailure else { return record }
            var checked = record
            let findings = rules.flatMap { $0.findings(for: record, in: context) }
            checked.findings = (record.findings ?? []) + findings
            checked.complete = Self.isComplete(checked.findings ?? [], strict: strict)
            return checked
        }
    }

    public static func isComplete(_ findings: [Finding], strict: Bool) -> Bool {
        let failing: Severity = strict ? .warning : .error
        return !findings.contains { $0.severity >= failing }
    }
}

/// One rule family. Each finding it raises carries a stable rule id and the regulation it comes from.
public protocol ValidationRule: Sendable {
    func findings(for record: DocketRecord, in package: PackageContext) -> [Finding]
}

/// The other documents filed with a record.
public struct PackageContext: Sendable {
    public var records: [DocketRecord]

    public init(records: [DocketRecord]) {
        self.records = records
    }

    public func contains(_ type: DocumentType) -> Bool {
        records.contains { $0.documentType == type }
    }
}

/// Groups inputs into filing packages: the files of one folder form one package; stdin is a package of its own.
public enum FilingPackages {
    /// The key of the package `path` belongs to: its folder.
    public static func key(for path: String) -> String {
        guard path != "-", let slash = path.lastIndex(of: "/") else { return path == "-" ? "-" : "." }
        return String(path[..<slash])
    }

    /// Indices of `paths` grouped by package, packages in order of first appearance, members in input order.
    public static func group(_ paths: [String]) -> [[Int]] {
        var order: [String] = []
        var members: [String: [Int]] = [:]
        for (index, path) in paths.enumerated() {
            let key = key(for: path)
            if members[key] == nil { order.append(key) }
            members[key, default: []].append(index)
        }
        return order.compactMap { members[$0] }
    }
}

extension Validator {
    /// Every built-in rule, reading its reference lists from `store` (throws when an override file is broken).
    public static func standard(store: RefDataStore) throws(RefDataError) -> Validator {
        let lists = try ReferenceLists(store: store)
        return Validator(rules: [
            RequiredBlocksRule(), PartiesListedRule(), DestinationPartiesRule(lists: lists), ProscribedCountriesRule(lists: lists),
            EARCountryGroupRule(lists: lists), ValueArithmeticRule(), DateRule(), ClassificationRule(lists: lists),
            NontransferCertificateRule(), AgreementClausesRule(lists: lists), TransmittalLetterRule(),
            CongressionalThresholdRule(lists: lists), CertificationLetterRule(), Part130StatementRule(),
            DSP85DestinationsRule(lists: lists),
        ])
    }
}
