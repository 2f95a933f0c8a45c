public import Foundation
import DocketXML

/// A user-supplied description of an XML dialect: XPaths to schema fields, with value transforms.
/// The format is documented in `docs/mappings.md`; files are JSON.
public struct DialectMapping: Codable, Sendable, Equatable {
    public var dialect: String
    public var description: String?
    public var match: Match
    public var namespaces: [String: String]?
    /// A fixed type ("DSP-5") or an XPath whose value names it.
    public var documentType: ValueSource?
    public var fields: [FieldRule]?
    public var parties: [PartyRule]?
    public var items: ItemRule?

    public struct Match: Codable, Sendable, Equatable {
        /// Root element local names (any of them).
        public var root: [String]
        public var namespace: String?
        /// An XPath that must select something, for dialects that share a root name.
        public var requires: String?
    }

    /// A literal, or an XPath (relative to the context node) with transforms.
    public struct ValueSource: Codable, Sendable, Equatable {
        public var value: String?
        public var xpath: String?
        public var transforms: [Transform]?

        public init(from decoder: any Decoder) throws {
            if let text = try? decoder.singleValueContainer().decode(String.self) {
                // A bare string is an XPath, except for document types and roles, which `literal` handles.
                xpath = text
                return
            }
            let container = try decoder.container(keyedBy: CodingKeys.self)
            value = try container.decodeIfPresent(String.self, forKey: .value)
            xpath = try container.decodeIfPresent(String.self, forKey: .xpath)
            transforms = try container.decodeIfPresent([Transform].self, forKey: .transforms)
            if value == nil && xpath == nil {
                throw DecodingError.dataCorruptedError(forKey: .xpath, in: container,
                                                       debugDescription: "give either \"value\" or \"xpath\"")
            }
        }
    }

    public struct FieldRule: Codable, Sendable, Equatable {
        /// "identifiers.registrationCode", "dates.submitted", "destinations", "totalValue".
        public var field: String
        public var source: ValueSource

        enum CodingKeys: String, CodingKey { case field, source = "from", transforms }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            field = try container.decode(String.self, forKey: .field)
            source = try container.decode(ValueSource.self, forKey: .source)
            // Transforms may sit on the rule, beside "from", as well as inside it.
            if let transforms = try container.decodeIfPresent([Transform].self, forKey: .transforms) {
                source.transforms = (source.transforms ?? []) + transforms
            }
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(field, forKey: .field)
            try container.encode(source, forKey: .source)
        }
    }

    public struct PartyRule: Codable, Sendable, Equatable {
        /// XPath selecting each party element.
        public var each: String
        /// A schema role ("foreignEndUser"), or an XPath whose value is mapped through `roles`.
        public var role: ValueSource
        public var roles: [String: String]?
        /// Party attribute ("name", "address", "city", "region", "postalCode", "country", "title") to an XPath.
        public var fields: [String: ValueSource]
    }

    public struct ItemRule: Codable, Sendable, Equatable {
        public var each: String
        /// Item attribute ("description", "quantity", "unit", "unitValue", "totalValue", "usml", "eccn", "sme",
        /// "partNumber", "line", "currency") to an XPath.
        public var fields: [String: ValueSource]
    }

    public enum Transform: Codable, Sendable, Equatable {
        case trim, upper, lower, collapseWhitespace
        case replace(pattern: String, with: String)
        case map([String: String])
        case prefix(String)

        public init(from decoder: any Decoder) throws {
            if let name = try? decoder.singleValueContainer().decode(String.self) {
                switch name {
                case "trim": self = .trim
                case "upper": self = .upper
                case "lower": self = .lower
                case "collapse-whitespace": self = .collapseWhitespace
                default:
                    throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                        debugDescription: "unknown transform \"\(name)\" (trim, upper, lower, collapse-whitespace, "
                            + "or an object with replace/map/prefix)"))
                }
                return
            }
            let container = try decoder.container(keyedBy: Keys.self)
            if let pattern = try container.decodeIfPresent(String.self, forKey: .replace) {
                self = .replace(pattern: pattern, with: try container.decodeIfPresent(String.self, forKey: .with) ?? "")
            } else if let table = try container.decodeIfPresent([String: String].self, forKey: .map) {
                self = .map(table)
            } else if let prefix = try container.decodeIfPresent(String.self, forKey: .prefix) {
                self = .prefix(prefix)
            } else {
                throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                    debugDescription: "a transform object needs \"replace\" (with \"with\"), \"map\" or \"prefix\""))
            }
        }

        public func encode(to encoder: any Encoder) throws {
            var single = encoder.singleValueContainer()
            switch self {
            case .trim: try single.encode("trim")
            case .upper: try single.encode("upper")
            case .lower: try single.encode("lower")
            case .collapseWhitespace: try single.encode("collapse-whitespace")
            case .replace(let pattern, let with): try single.encode(["replace": pattern, "with": with])
            case .map(let table): try single.encode(["map": table])
            case .prefix(let prefix): try single.encode(["prefix": prefix])
            }
        }

        private enum Keys: String, CodingKey { case replace, with, map, prefix }

        func apply(_ text: String) -> String {
            switch self {
            case .trim: text.trimmingWhitespace()
            case .upper: text.uppercased()
            case .lower: text.lowercased()
            case .collapseWhitespace: text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            case .replace(let pattern, let with):
                text.replacingPattern(pattern, with: with)
            case .map(let table): table[text] ?? table[text.lowercased()] ?? text
            case .prefix(let prefix): prefix + text
            }
        }
    }

    /// Parses a mapping file; the error names the key that is wrong, including a key the format does not have.
    public static func load(_ data: Data, name: String) throws -> DialectMapping {
        do {
            if let object = try? JSONSerialization.jsonObject(with: data) {
                try checkKeys(object, allowed: topKeys, path: "")
            }
            return try JSONDecoder().decode(DialectMapping.self, from: data)
        } catch let error as DecodingError {
            throw MappingError(file: name, reason: Self.describe(error))
        } catch let error as MappingError {
            throw MappingError(file: name, reason: error.reason)
        }
    }

    private static let topKeys: Set<String> = ["dialect", "description", "match", "namespaces", "documentType",
                                               "fields", "parties", "items"]
    private static let nestedKeys: [String: Set<String>] = [
        "match": ["root", "namespace", "requires"],
        "fields[]": ["field", "from", "transforms"],
        "parties[]": ["each", "role", "roles", "fields"],
        "items": ["each", "fields"],
        "source": ["value", "xpath", "transforms"],
    ]

    /// JSONDecoder ignores keys it does not know; a misspelt key in a mapping must not pass silently.
    private static func checkKeys(_ object: Any, allowed: Set<String>, path: String) throws {
        guard let dictionary = object as? [String: Any] else { return }
        for (key, value) in dictionary {
            let here = path.isEmpty ? key : "\(path).\(key)"
            guard allowed.contains(key) else {
                throw MappingError(file: "", reason: "unknown key \"\(here)\" (allowed: \(allowed.sorted().joined(separator: ", ")))")
            }
            guard path.isEmpty else { continue }
            switch key {
            case "match", "items":
                try checkKeys(value, allowed: nestedKeys[key] ?? [], path: here)
                if key == "items", let fields = (value as? [String: Any])?["fields"] as? [String: Any] {
                    for (name, source) in fields { try checkKeys(source, allowed: nestedKeys["source"] ?? [], path: "\(here).fields.\(name)") }
                }
            case "fields", "parties":
                for (index, rule) in (value as? [Any] ?? []).enumerated() {
                    try checkKeys(rule, allowed: nestedKeys[key + "[]"] ?? [], path: "\(here)[\(index)]")
                    let rule = rule as? [String: Any] ?? [:]
                    if let from = rule["from"] { try checkKeys(from, allowed: nestedKeys["source"] ?? [], path: "\(here)[\(index)].from") }
                    for (name, source) in rule["fields"] as? [String: Any] ?? [:] {
                        try checkKeys(source, allowed: nestedKeys["source"] ?? [], path: "\(here)[\(index)].fields.\(name)")
                    }
                    if let role = rule["role"] { try checkKeys(role, allowed: nestedKeys["source"] ?? [], path: "\(here)[\(index)].role") }
                }
            case "documentType":
                try checkKeys(value, allowed: nestedKeys["source"] ?? [], path: here)
            default:
                continue
            }
        }
    }

    static func describe(_ error: DecodingError) -> String {
        func path(_ keys: [any CodingKey]) -> String {
            keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        }
        switch error {
        case .keyNotFound(let key, let context): return "missing \"\(key.stringValue)\" at \(path(context.codingPath))"
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            return "\(context.debugDescription) at \(path(context.codingPath))"
        @unknown default: return "\(error)"
        }
    }

    func matches(_ tree: XMLTree) -> Bool {
        guard match.root.contains(tree.root.name) else { return false }
        if let namespace = match.namespace, tree.root.namespaceURI != namespace { return false }
        return true
    }

    /// Evaluates the mapping; throws `XMLError.xpath` for an XPath that does not compile.
    func apply(to data: Data, type: DocumentType) throws -> XMLRoute.Result {
        let engine = try XMLQueryEngine(data)
        for (prefix, uri) in namespaces ?? [:] { engine.register(prefix: prefix, namespaceURI: uri) }
        if let requires = match.requires, try engine.evaluate(requires).isEmpty {
            throw MappingError(file: dialect, reason: "the document lacks \(requires)")
        }
        var resolvedType: DocumentType?
        if let source = documentType, let text = try values(source, engine: engine, context: nil).first?.value {
            resolvedType = DocumentType(rawValue: text) ?? Classifier.classify(.init(formType: [text])).0
        }
        var observations: [Observation] = []
        for rule in fields ?? [] {
            guard let slot = Self.scalarSlot(rule.field) else {
                throw MappingError(file: dialect, reason: "unknown field \"\(rule.field)\"")
            }
            for match in try values(rule.source, engine: engine, context: nil) {
                observations.append(Observation(slot: slot, value: match.value, evidence: match.evidence, group: rule.field))
            }
        }
        for rule in parties ?? [] {
            for party in try engine.evaluate(rule.each) {
                guard let roleText = try values(rule.role, engine: engine, context: party.reference).first?.value else {
                    continue
                }
                let roleName = rule.roles?[roleText] ?? rule.roles?[roleText.lowercased()] ?? roleText
                guard let concept = PartyRole(rawValue: roleName).map(PartyConcept.init(role:)) else { continue }
                for (name, source) in rule.fields.sorted(by: { $0.key < $1.key }) {
                    guard let attribute = PartyAttribute(rawValue: name) else {
                        throw MappingError(file: dialect, reason: "unknown party field \"\(name)\"")
                    }
                    for match in try values(source, engine: engine, context: party.reference) {
                        observations.append(Observation(slot: .party(concept, attribute), value: match.value,
                                                        evidence: match.evidence, group: party.path ?? ""))
                    }
                }
            }
        }
        var mappedItems: [[Observation]] = []
        if let rule = items {
            for element in try engine.evaluate(rule.each) {
                var item: [Observation] = []
                for (name, source) in rule.fields.sorted(by: { $0.key < $1.key }) {
                    guard let attribute = ItemAttribute(rawValue: name) else {
                        throw MappingError(file: dialect, reason: "unknown item field \"\(name)\"")
                    }
                    for match in try values(source, engine: engine, context: element.reference).prefix(1) {
                        item.append(Observation(slot: .item(attribute), value: match.value, evidence: match.evidence,
                                                group: element.path ?? ""))
                    }
                }
                if !item.isEmpty { mappedItems.append(item) }
            }
        }
        return XMLRoute.Result(observations: observations, items: mappedItems, dialect: dialect,
                               documentType: resolvedType)
    }

    private func values(_ source: ValueSource, engine: XMLQueryEngine, context: XMLNodeReference?) throws
        -> [(value: String, evidence: Evidence)]
    {
        if let literal = source.value { return [(literal, Evidence(text: literal))] }
        guard let xpath = source.xpath else { return [] }
        return try engine.evaluate(xpath, relativeTo: context).compactMap { match in
            let value = (source.transforms ?? [.trim]).reduce(match.value) { $1.apply($0) }
            guard !value.trimmingWhitespace().isEmpty else { return nil }
            return (value, Evidence(xpath: match.path, line: match.line, text: value))
        }
    }

    static func scalarSlot(_ field: String) -> Slot? {
        let parts = field.split(separator: ".").map(String.init)
        switch parts.first {
        case "identifiers": return parts.count == 2 ? IdentifierKind(rawValue: parts[1]).map(Slot.identifier) : nil
        case "dates": return parts.count == 2 ? DateKind(rawValue: parts[1]).map(Slot.date) : nil
        case "destinations": return .destination
        case "totalValue": return .totalValue
        default: return nil
        }
    }
}

public struct MappingError: Error, Sendable, CustomStringConvertible {
    public var file: String
    public var reason: String
    public var description: String { "mapping \(file): \(reason)" }
}

extension PartyConcept {
    /// The concept behind a schema role, so mapped parties follow the same DDTC/BIS role rules as found ones.
    init(role: PartyRole) {
        switch role {
        case .applicant: self = .applicant
        case .foreignEndUser, .endUser: self = .endUser
        case .foreignConsignee, .ultimateConsignee: self = .consignee
        case .foreignIntermediateConsignee, .intermediateConsignee: self = .intermediateConsignee
        case .usConsignor: self = .consignor
        case .freightForwarder: self = .freightForwarder
        case .manufacturer: self = .manufacturer
        case .seller: self = .seller
        case .purchaser: self = .purchaser
        case .licensee: self = .licensee
        case .sublicensee: self = .sublicensee
        case .usSignatory, .foreignSignatory: self = .signatory
        case .other: self = .otherParty
        }
    }
}
