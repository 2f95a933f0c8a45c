import Foundation

/// Scores extraction against ground truth: per-field precision, recall and F1 over comparable facts.
///
/// Facts: identifiers and dates as (key, value); destinations as codes; parties as role + name key + country;
/// items as classification + quantity + total value; clauses as (id, present); statements as the 126.13(a)
/// statements (id, present) and the Part 130 answer.
public struct AccuracyReport: Sendable, Codable, Equatable {
    public struct Score: Sendable, Codable, Equatable {
        public var truePositives = 0
        public var falsePositives = 0
        public var falseNegatives = 0

        public var precision: Double {
            truePositives + falsePositives == 0 ? 1 : Double(truePositives) / Double(truePositives + falsePositives)
        }
        public var recall: Double {
            truePositives + falseNegatives == 0 ? 1 : Double(truePositives) / Double(truePositives + falseNegatives)
        }
        public var f1: Double {
            precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
        }
    }

    public var documents = 0
    public var documentTypesCorrect = 0
    public var fields: [String: Score] = [:]
    /// One line per wrong or missed fact, for finding what to fix.
    public var misses: [String] = []
    /// Scored when the run validated the documents.
    public var completeness: CompletenessScore?

    public var documentTypeAccuracy: Double { documents == 0 ? 1 : Double(documentTypesCorrect) / Double(documents) }

    public static let fieldOrder = ["identifiers", "dates", "destinations", "totalValue", "parties", "items", "clauses",
                                    "statements"]

    public init() {}

    /// Adds one document: `record` as extracted, `truth` as the `.truth.json` states it.
    public mutating func add(record: DocketRecord, truth: DocketRecord, name: String) {
        documents += 1
        if record.documentType == truth.documentType {
            documentTypesCorrect += 1
        } else {
            misses.append("\(name): documentType \(record.documentType?.rawValue ?? "-") != \(truth.documentType?.rawValue ?? "-")")
        }
        compare("identifiers", Self.identifierFacts(record), Self.identifierFacts(truth), name)
        compare("dates", Self.dateFacts(record), Self.dateFacts(truth), name)
        compare("destinations", Set(record.destinations ?? []), Set(truth.destinations ?? []), name)
        compare("totalValue", Set([record.totalValue].compactMap { $0.map { "\($0.amount) \($0.currency)" } }),
                Set([truth.totalValue].compactMap { $0.map { "\($0.amount) \($0.currency)" } }), name)
        compare("parties", Set((record.parties ?? []).map(Self.partyFact)), Set((truth.parties ?? []).map(Self.partyFact)), name)
        compare("items", Set((record.items ?? []).map(Self.itemFact)), Set((truth.items ?? []).map(Self.itemFact)), name)
        if let truthClauses = truth.agreement?.clauses, !truthClauses.isEmpty {
            let found = Set((record.agreement?.clauses ?? []).map { "\($0.id)=\($0.present)" })
            compare("clauses", found, Set(truthClauses.map { "\($0.id)=\($0.present)" }), name)
        }
        compare("statements", Self.statementFacts(record), Self.statementFacts(truth), name)
    }

    /// The 126.13(a) statements a letter makes and what a document says about the Part 130 statement; scored on
    /// every document, so a statement read where there is none counts against precision.
    static func statementFacts(_ record: DocketRecord) -> Set<String> {
        Set((record.certification ?? []).map { "\($0.id)=\($0.present)" }
            + [record.part130Statement].compactMap { $0.map { "part130=\($0.rawValue)" } })
    }

    private mutating func compare(_ field: String, _ found: Set<String>, _ expected: Set<String>, _ name: String) {
        var score = fields[field] ?? Score()
        score.truePositives += found.intersection(expected).count
        score.falsePositives += found.subtracting(expected).count
        score.falseNegatives += expected.subtracting(found).count
        fields[field] = score
        for fact in found.subtracting(expected).sorted() { misses.append("\(name): \(field) extra   \(fact)") }
        for fact in expected.subtracting(found).sorted() { misses.append("\(name): \(field) missing \(fact)") }
    }

    static func identifierFacts(_ record: DocketRecord) -> Set<String> {
        guard let ids = record.identifiers else { return [] }
        return Set([("registrationCode", ids.registrationCode), ("transactionNumber", ids.transactionNumber),
                    ("licenseNumber", ids.licenseNumber), ("agreementNumber", ids.agreementNumber),
                    ("applicationControlNumber", ids.applicationControlNumber)]
            .compactMap { key, value in value.map { "\(key)=\($0)" } })
    }

    static func dateFacts(_ record: DocketRecord) -> Set<String> {
        guard let dates = record.dates else { return [] }
        return Set([("submitted", dates.submitted), ("effective", dates.effective), ("expiration", dates.expiration)]
            .compactMap { key, value in value.map { "\(key)=\($0)" } })
    }

    static func partyFact(_ party: Party) -> String {
        let key = Normalizers.standard.names.comparisonKey(for: party.name) ?? party.name.lowercased()
        return "\(party.role.rawValue)|\(key)|\(party.country ?? "-")"
    }

    static func itemFact(_ item: Item) -> String {
        let classification = item.usmlCategory ?? item.eccn ?? "-"
        return "\(classification)|qty \(item.quantity.map { "\($0)" } ?? "-")|total \(item.totalValue.map { "\($0)" } ?? "-")"
    }

    /// A fixed-width table for the terminal and the README.
    public func table() -> String {
        var lines = ["field          precision  recall     F1   (tp/fp/fn)"]
        lines.append(String(format: "documentType   accuracy %.3f  (%d/%d)", documentTypeAccuracy, documentTypesCorrect, documents))
        for field in Self.fieldOrder {
            guard let score = fields[field] else { continue }
            lines.append(field.padding(toLength: 14, withPad: " ", startingAt: 0)
                + String(format: " %9.3f %7.3f %6.3f   (%d/%d/%d)", score.precision, score.recall, score.f1,
                         score.truePositives, score.falsePositives, score.falseNegatives))
        }
        if let completeness { lines.append(completeness.table()) }
        return lines.joined(separator: "\n")
    }
}

/// How well the validator's verdicts match the corpus: complete/incomplete per document, each expected citation
/// found among the findings (recall), and warnings or errors whose citation no expectation names (false findings).
public struct CompletenessScore: Sendable, Codable, Equatable {
    public var documents = 0
    public var completeCorrect = 0
    public var expectedCitations = 0
    public var citationsFound = 0
    /// Warning and error findings citing what the truth does not expect; info findings are advice and not counted.
    public var falseFindings = 0
    public var findingsRaised = 0

    public var completenessAccuracy: Double { documents == 0 ? 1 : Double(completeCorrect) / Double(documents) }
    public var citationRecall: Double {
        expectedCitations == 0 ? 1 : Double(citationsFound) / Double(expectedCitations)
    }
    public var precision: Double {
        findingsRaised == 0 ? 1 : Double(findingsRaised - falseFindings) / Double(findingsRaised)
    }

    public init() {}

    /// Adds one checked document against its truth; misses are described into `misses`.
    mutating func add(record: DocketRecord, truth: TruthVerdict, name: String, misses: inout [String]) {
        documents += 1
        let complete = record.complete ?? !record.isFailure
        if complete == truth.complete {
            completeCorrect += 1
        } else {
            misses.append("\(name): complete \(complete) != \(truth.complete)")
        }
        let findings = record.findings ?? []
        let cited = Set(findings.map(\.citation))
        for citation in truth.citations {
            expectedCitations += 1
            if cited.contains(citation) {
                citationsFound += 1
            } else {
                misses.append("\(name): finding missing \(citation)")
            }
        }
        let expected = Set(truth.citations)
        for finding in findings where finding.severity >= .warning {
            findingsRaised += 1
            if !expected.contains(finding.citation) {
                falseFindings += 1
                misses.append("\(name): finding extra   \(finding.citation) \(finding.rule) \(finding.field ?? "")")
            }
        }
    }

    public func table() -> String {
        String(format: "completeness   accuracy %.3f  (%d/%d)\n", completenessAccuracy, completeCorrect, documents)
            + String(format: "citations      recall   %.3f  (%d/%d)\n", citationRecall, citationsFound, expectedCitations)
            + String(format: "findings       precision %.3f (%d false of %d warnings/errors)", precision, falseFindings,
                     findingsRaised)
    }
}

/// What a truth file says about completeness.
struct TruthVerdict: Decodable {
    struct Expected: Decodable {
        var citation: String
    }

    var complete: Bool
    var expectedFindings: [Expected]

    var citations: [String] { expectedFindings.map(\.citation) }
}

/// Runs the pipeline over a corpus folder and scores every document that has a `.truth.json` beside it; with a
/// validator, each folder is checked as one filing package and completeness is scored too.
public enum AccuracyRun {
    public static func run(corpus: String, pipeline: Pipeline, validator: Validator? = nil) throws -> AccuracyReport {
        var report = AccuracyReport()
        var documents: [(document: String, truth: Data)] = []
        for path in InputCollector.filesUnder(corpus) where path.hasSuffix(".truth.json") {
            let base = String(path.dropLast(".truth.json".count))
            guard let document = [".pdf", ".xml"].map({ base + $0 }).first(where: FileManager.default.fileExists)
            else { continue }
            documents.append((document, try Data(contentsOf: URL(fileURLWithPath: path))))
        }
        let sources = documents.map { InputSource.file($0.document) }
        let records = validator.map { PackageRun(pipeline: pipeline, validator: $0).records(for: sources) { Data() } }
            ?? sources.map { pipeline.run($0) { Data() } }
        var completeness = CompletenessScore()
        for ((document, truthData), record) in zip(documents, records) {
            let truth = try truthRecord(truthData, path: document)
            let name = String(document.dropFirst(corpus.count)).trimmingCharacters(in: ["/"])
            report.add(record: record, truth: truth, name: name)
            if validator != nil {
                let verdict = try JSONDecoder().decode(TruthVerdict.self, from: truthData)
                completeness.add(record: record, truth: verdict, name: name, misses: &report.misses)
            }
        }
        if validator != nil { report.completeness = completeness }
        return report
    }

    /// Truth files leave out what is not a fact about the document (the path, the hash); the schema wants a path.
    static func truthRecord(_ data: Data, path: String) throws -> DocketRecord {
        guard var object = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw RecordError(code: .badJSON, message: "\(path): a truth file must hold one JSON object")
        }
        var source = object["source"] as? [String: Any] ?? [:]
        source["path"] = path
        object["source"] = source
        return try RecordEncoder.decodeRecord(JSONSerialization.data(withJSONObject: object))
    }
}
