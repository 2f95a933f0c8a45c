import Foundation
import DocketPDF
import DocketXML

/// Stage 2 and 3 for one ingested document: classify, run the extraction routes, build the record.
public enum Extraction {
    public static func record(for document: consuming IngestedDocument) -> DocketRecord {
        record(for: document, normalizers: .standard, mappings: builtInMappings)
    }

    /// The shipped mappings; a broken built-in mapping is a packaging bug the tests catch, so none is dropped here.
    static let builtInMappings: [DialectMapping] = (try? MappingLibrary.builtIn()) ?? []

    /// `mappings` is evaluated only when the document is or carries XML, so a run that reads only PDFs never
    /// decodes the built-in ones.
    /// The document is consumed: its page layout is released inside `extract` once the layout routes have read it.
    public static func record(for document: consuming IngestedDocument, normalizers: Normalizers,
                              mappings: @autoclosure () -> [DialectMapping]) -> DocketRecord {
        let problemsOfTheFile = ingestFindings(document)
        let extracted = extract(document, mappings: mappings, normalizers: normalizers)
        var builder = RecordBuilder(normalizers: normalizers, documentType: extracted.documentType)
        var record = builder.build(extracted)
        record.findings = builder.unreadable + builder.placeholders + problemsOfTheFile + extracted.warnings.map { warning in
            Finding(rule: "ingest.warning", severity: .warning, citation: "Docket", message: warning)
        }
        record.certification = extracted.certification
        if let statement = extracted.part130Statement {
            record.part130Statement = statement
            if let evidence = extracted.part130Evidence {
                record.evidence = (record.evidence ?? [:]).merging(["part130Statement": evidence]) { a, _ in a }
            }
        }
        if let analysis = extracted.agreement {
            AgreementRoute.apply(analysis, letter: extracted.isTransmittalLetter,
                                 keepFound: extracted.source.format == .xml, to: &record)
        }
        if extracted.documentType == .unknown {
            record.findings?.append(Finding(
                rule: "extract.unknown-document", severity: .info, citation: "Docket", field: "documentType",
                message: "Docket did not recognize this document as a DSP, BIS form or Part 124 agreement "
                    + "(\(extracted.classification)); only the values it could label are extracted."))
        }
        return record
    }

    /// Picks the routes for the input kind. For a PDF, an XML attachment carrying the filing data wins, then the
    /// form fields, then the printed text; later routes only fill identifiers, dates and values the earlier left
    /// empty, so one party is never read twice.
    static func extract(_ document: consuming IngestedDocument, mappings: () -> [DialectMapping],
                        normalizers: Normalizers) -> ExtractedDocument {
        var source = document.source
        let warnings = document.warnings
        switch document.takeContent() {
        case .xml(let tree, let data):
            var (type, reason) = Classifier.classify(signals(for: tree))
            let agreement = type == .unknown || type.isAgreement
                ? AgreementRoute.analyze(TextPassage.passages(from: tree)) : nil
            if let agreement, !agreement.letter {
                type = agreement.analysis.type
                reason = agreement.reason
            }
            let result = XMLRoute.run(tree: tree, data: data, type: type, mappings: mappings())
            source.dialect = result.dialect
            let finalType = result.documentType ?? type
            var extracted = ExtractedDocument(
                source: source, documentType: finalType,
                classification: result.documentType == nil ? reason : "mapping \(result.dialect)",
                observations: result.observations, items: result.items, warnings: warnings)
            extracted.agreement = agreement?.analysis
            extracted.isTransmittalLetter = agreement?.letter ?? false
            if finalType.isDDTCLicense {
                readStatements(TextPassage.passages(from: tree), answers: FilingStatements.answers(in: tree),
                               letter: false, into: &extracted)
            }
            return extracted
        case .pdf(var content, let embedded):
            // The text model holds the lines and words now; the pages' own arrays are released.
            let text = DocumentText(takingPagesOf: &content)
            content.pages = []
            var signals = signals(for: content, text: text)
            for xml in embedded {
                let xmlSignals = Self.signals(for: xml.tree)
                signals.title += xmlSignals.title
                signals.formType += xmlSignals.formType
            }
            let isLetter = LetterReader.isLetter(
                head: text.lines.prefix(LetterReader.headCount).map(TextPassage.passage(of:)),
                tail: text.lines.suffix(LetterReader.tailCount).map(TextPassage.passage(of:)))
            var (type, reason) = Classifier.classify(signals)
            let mayBeAgreement = type == .unknown || type.isAgreement || isLetter
            // Recognizing an agreement or a letter can only give a type that the layout routes read as they read
            // an unknown document (SlotResolver.typesWithOwnReading), so they run first, and the page layout is
            // released before the agreement is read: a long agreement's costliest step (decision 0011).
            let resolver = SlotResolver(documentType: mayBeAgreement ? .unknown : type)
            let formRoute = FormFieldRecognizer(resolver: resolver, text: text).recognize(content.formFields)
            let table = ItemTableReader(text: text, resolver: resolver).read()
            var textObservations = TextRecognizer(resolver: resolver, text: text, excluded: table.lines).recognize()
            let passages = TextPassage.passages(from: consume text)
            if let total = table.total { textObservations.append(total) }

            let agreement = mayBeAgreement ? AgreementRoute.recognize(passages) : nil
            if let agreement, !agreement.letter {
                type = agreement.type
                reason = agreement.reason
            }
            // A letter about a DSP-5 or a TAA is not that form: its type stays unknown, and the reason says so.
            if isLetter && type != .bis711 && !(agreement.map { !$0.letter } ?? false) {
                reason = "a letter" + (type == .unknown ? "" : " about a \(type.rawValue) (\(reason))")
                type = .unknown
            }
            var routes: [(observations: [Observation], items: [[Observation]])] = []
            if isLetter || type == .bis711 {
                let letter = LetterReader(passages: passages, normalizers: normalizers, statement: type == .bis711).read()
                // A BIS-711 on the form has labels for the text route: only prose naming its parties is a statement.
                if isLetter || LetterReader.namesStatementParty(letter.observations) { routes.append(letter) }
            }
            for xml in embedded {
                let result = XMLRoute.run(tree: xml.tree, data: xml.data, type: type, mappings: mappings())
                if result.observations.count >= 3 {
                    source.dialect = result.dialect
                    source.embeddedFile = xml.name
                    routes.append((result.observations, result.items))
                }
            }
            routes.append(formRoute)
            routes.append((textObservations, table.items))
            var extracted = ExtractedDocument(
                source: source, documentType: type, classification: agreement?.letter == true
                    ? agreement?.reason ?? reason : reason,
                observations: merge(routes.map(\.observations)),
                items: routes.map(\.items).first { !$0.isEmpty } ?? [],
                warnings: warnings)
            extracted.agreement = agreement?.analyze()
            extracted.isTransmittalLetter = agreement?.letter ?? false
            // A statement typed into a form block lives in the field, not the printed text.
            readStatements(passages + FormFieldRecognizer.passages(content.formFields),
                           answers: FilingStatements.answers(in: content.formFields),
                           letter: isLetter || type == .certification12613, into: &extracted)
            return extracted
        }
    }

    /// The 126.13(a) certification (letters only) and the Part 130 statement (letters and license forms). A
    /// letter making the 126.13 statements becomes a `126.13-certification` unless it is a transmittal letter
    /// that also certifies, which keeps its 124.12 reading and still counts as the certification.
    static func readStatements(_ passages: [TextPassage], answers: [FilingStatements.Answer], letter: Bool,
                               into extracted: inout ExtractedDocument) {
        let type = extracted.documentType
        let reads130 = type.isDDTCLicense || type == .unknown || type == .certification12613
        // A labelled answer (a Part 130 field or element) is what the form says; prose is read only without one.
        if reads130, let (statement, evidence) = FilingStatements.part130(answers: answers) {
            extracted.part130Statement = statement
            extracted.part130Evidence = evidence
        }
        let mentions130 = reads130 && extracted.part130Statement == nil && FilingStatements.mayMentionPart130(passages)
        guard letter || mentions130 else { return }
        let text = AgreementText(passages)
        if letter, let statements = FilingStatements.certification(in: text) {
            extracted.certification = statements
            if !extracted.isTransmittalLetter {
                let made = statements.filter(\.present).count
                extracted.documentType = .certification12613
                extracted.classification = "a letter making \(made) of the 4 statements of 22 CFR 126.13(a)"
            }
        }
        if mentions130, let (statement, evidence) = FilingStatements.part130(in: text) {
            extracted.part130Statement = statement
            extracted.part130Evidence = evidence
        }
    }

    /// What the PDF layer knows about the file that its values cannot show: a structure poppler had to repair
    /// (so the record may be partial) and an XFA form (whose data need not be the AcroForm's).
    static func ingestFindings(_ document: IngestedDocument) -> [Finding] {
        guard case .pdf(let content, let embedded) = document.content else { return [] }
        var findings: [Finding] = []
        let problems = content.metadata.structureProblems
        if !problems.isEmpty {
            findings.append(Finding(
                rule: "ingest.partial-document", severity: .warning, citation: "Docket",
                message: "The PDF is damaged (\(problems.joined(separator: "; "))) and poppler rebuilt it: this "
                    + "record may hold only part of the document. Ask the sender for a new copy."))
        }
        if content.metadata.hasXFA {
            let dataRead = embedded.contains { $0.name == EmbeddedXML.xfaDatasetsName }
            findings.append(Finding(
                rule: "ingest.xfa-form", severity: .warning, citation: "Docket",
                message: dataRead
                    ? "The PDF carries an XFA form. Its data packet (XFA datasets) was read as embedded XML; the "
                        + "AcroForm fields and the printed page may show other values than the XFA data, which is "
                        + "what Adobe Reader displays."
                    : "The PDF carries an XFA form whose data packet could not be read: values that exist only in "
                        + "the XFA data are missing from this record."))
        }
        return findings
    }

    /// The first route that found parties supplies all of them; scalar slots come from the first route that has them.
    static func merge(_ routes: [[Observation]]) -> [Observation] {
        var merged: [Observation] = []
        var partiesTaken = false
        var scalars: Set<Slot> = []
        for observations in routes {
            let parties = observations.filter { if case .party = $0.slot { true } else { false } }
            if !partiesTaken && !parties.isEmpty {
                merged += parties
                partiesTaken = true
            }
            for observation in observations {
                switch observation.slot {
                case .party, .item: continue
                case .destination:
                    if !scalars.contains(.destination) || merged.contains(where: { $0.slot == .destination && $0.group == observation.group }) {
                        merged.append(observation)
                    }
                default:
                    if !scalars.contains(observation.slot) { merged.append(observation) }
                }
            }
            scalars.formUnion(observations.map(\.slot))
        }
        return merged
    }

    static func signals(for content: PDFContent, text: DocumentText) -> Classifier.Signals {
        var signals = Classifier.Signals()
        if let title = content.metadata.title { signals.title.append(title) }
        // Lazily: filtering eagerly copied every line of a long document to keep 200 of them.
        let firstPage = text.lines.prefix { $0.page == 1 }
        signals.title += firstPage.prefix(6).map(\.text)
        signals.body += firstPage.dropFirst(6).map(\.text) + text.lines.lazy.filter { $0.page > 1 }.prefix(200).map(\.text)
        let resolver = SlotResolver(documentType: .unknown)
        for field in content.formFields {
            guard let value = FormFieldRecognizer.value(of: field) else { continue }
            let label = LabelText(field.alternateName ?? field.name)
            if resolver.slot(for: label) == .formType { signals.formType.append(value) }
        }
        for line in text.lines.prefix(40) {
            if let colon = TextRecognizer.labelColon(in: line.text),
               resolver.slot(for: LabelText(String(line.text[..<colon]))) == .formType {
                signals.formType.append(String(line.text[line.text.index(after: colon)...]))
            }
        }
        return signals
    }

    static func signals(for tree: XMLTree) -> Classifier.Signals {
        var signals = Classifier.Signals()
        let root = tree.root
        signals.title.append(root.name)
        signals.title += root.attributes.map(\.value)
        let resolver = SlotResolver(documentType: .unknown)
        var seen = 0
        func visit(_ element: XMLElement) {
            guard seen < 400 else { return }
            seen += 1
            let own = element.ownText
            let titleElement = ["title", "formtitle", "formname", "formid", "documenttitle"].contains(element.name.lowercased())
            if titleElement, !own.isEmpty {
                signals.title.append(own)
            } else if resolver.slot(for: LabelText(element.name)) == .formType || element.attribute("sid").map({
                resolver.slot(for: LabelText($0)) == .formType
            }) == true {
                signals.formType.append(own.isEmpty ? element.allText : own)
            } else if !own.isEmpty {
                signals.body.append(own)
            }
            for attribute in element.attributes where ["form", "formtype", "type", "documenttype", "doctype"]
                .contains(attribute.name.lowercased()) {
                signals.formType.append(attribute.value)
            }
            for child in element.elements { visit(child) }
        }
        for child in root.elements { visit(child) }
        return signals
    }
}

/// The XML route: a matching dialect mapping, else the built-in recognizer.
enum XMLRoute {
    struct Result {
        var observations: [Observation]
        var items: [[Observation]]
        var dialect: String
        /// Set when a mapping states the document type.
        var documentType: DocumentType?
    }

    /// A matching mapping's values come first; the built-in recognizer fills what the mapping leaves out, so a
    /// mapping need only name the fields the recognizer gets wrong.
    static func run(tree: XMLTree, data: Data, type: DocumentType, mappings: [DialectMapping]) -> Result {
        let mapped = mappings.first(where: { $0.matches(tree) }).flatMap { try? $0.apply(to: data, type: type) }
        let recognizer = XMLRecognizer.recognize(tree, documentType: mapped?.documentType ?? type)
        guard let mapped else {
            return Result(observations: recognizer.observations, items: recognizer.orderedItems,
                          dialect: recognizer.dialect)
        }
        return Result(observations: Extraction.merge([mapped.observations, recognizer.observations]),
                      items: mapped.items.isEmpty ? recognizer.orderedItems : mapped.items,
                      dialect: mapped.dialect, documentType: mapped.documentType)
    }
}
