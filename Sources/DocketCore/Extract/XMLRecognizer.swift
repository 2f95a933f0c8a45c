import DocketXML

/// The built-in XML route: maps any reasonable dialect by the meaning of its element and attribute names.
///
/// `<ForeignEndUser><Name>`, `<end_user name="…"/>`, `<Party role="consignee">` and XFDL-style
/// `<field sid="block14_enduser_name"><value>` all reach the same slots.
struct XMLRecognizer {
    let resolver: SlotResolver
    private(set) var observations: [Observation] = []
    private(set) var items: [String: [Observation]] = [:]
    private(set) var itemOrder: [String] = []
    private(set) var usesFieldIDs = false

    /// Attributes that name an element's role or identity rather than carrying a value.
    static let roleAttributes: Set<String> = ["role", "type", "partyrole", "party_type", "partytype", "kind", "category",
                                              "function", "partyfunction", "roletype", "capacity", "party_role",
                                              "party", "side"]
    static let fieldIDAttributes = ["sid", "name", "id", "key", "fieldname", "field"]
    static let skippedAttributes: Set<String> = ["id", "xmlns", "version", "schemaversion", "lang", "ref", "seq"]

    init(documentType: DocumentType) {
        resolver = SlotResolver(documentType: documentType)
    }

    /// XFDL-style printed labels, by the sid of the field they label (`<label sid="LBL_block3_country1">`).
    private var printedLabels: [String: String] = [:]

    static func recognize(_ tree: XMLTree, documentType: DocumentType) -> XMLRecognizer {
        var recognizer = XMLRecognizer(documentType: documentType)
        recognizer.collectLabels(tree.root)
        recognizer.visit(tree.root, context: [], group: tree.root.path, item: nil)
        return recognizer
    }

    var dialect: String { usesFieldIDs ? "builtin:form-fields" : "builtin:elements" }

    private mutating func collectLabels(_ element: XMLElement) {
        if element.name.lowercased() == "label", let sid = element.attribute("sid") {
            let text = element.elements.first { $0.name.lowercased() == "value" }?.ownText ?? element.ownText
            for prefix in ["LBL_", "lbl_", "LABEL_", "label_"] where sid.hasPrefix(prefix) {
                printedLabels[String(sid.dropFirst(prefix.count))] = text
            }
            return
        }
        element.elements.forEach { collectLabels($0) }
    }

    private mutating func visit(_ element: XMLElement, context: [LabelText], group: String, item: String?) {
        let label = LabelText(element.name)
        if element.name.lowercased() == "label" { return }
        if let field = Self.formField(element) {
            usesFieldIDs = true
            // The printed label says what the field is; the sid keeps its block number and sub-field.
            if let printed = printedLabels[field.id],
               let slot = resolver.slot(for: LabelText(printed), context: context, inItem: false),
               !Self.isPartyBlock(slot) {
                observations.append(Observation(slot: slot, value: field.value, evidence: Evidence(
                    xpath: element.path, line: element.line, text: field.value), group: group))
                return
            }
            record(label: field.label, raw: field.id, value: field.value, context: context, evidence: Evidence(
                xpath: element.path, line: element.line, text: field.value), group: group, item: item)
            return
        }
        var context = context
        var group = group
        var item = item
        let children = element.elements
        if !children.isEmpty || !element.attributes.isEmpty {
            // A role given as an attribute value reads like the element's own name.
            let roleValue = element.attributes.first { Self.roleAttributes.contains($0.name.lowercased()) }?.value
            let roleLabel = roleValue.map(LabelText.init)
            if Self.isItemContainer(label), !children.isEmpty || element.attributes.count > 1, roleLabel == nil {
                item = element.path
                if items[element.path] == nil { itemOrder.append(element.path) }
            }
            // `<Signatory party="Foreign">` reads as "Foreign Signatory".
            let names = roleLabel.map { [LabelText(words: $0.words + label.words), $0, label] } ?? [label]
            if names.contains(where: { Vocabulary.find(in: $0.words, Vocabulary.roleTable) != nil }) { group = element.path }
            context = names + context
            for attribute in element.attributes where !Self.isMetadata(attribute) {
                let value = attribute.value.trimmingWhitespace()
                guard !value.isEmpty else { continue }
                record(label: LabelText(attribute.name), raw: attribute.name, value: value, context: context,
                       evidence: Evidence(xpath: element.path + "/@" + attribute.name, line: element.line, text: value),
                       group: group, item: item)
            }
        }
        if children.isEmpty {
            let text = element.ownText
            if !text.isEmpty {
                record(label: label, raw: element.name, value: text, context: Array(context.drop { $0 == label }),
                       evidence: Evidence(xpath: element.path, line: element.line, text: text),
                       group: group, item: item)
            }
            return
        }
        for child in children { visit(child, context: context, group: group, item: item) }
    }

    private mutating func record(label: LabelText, raw: String, value: String, context: [LabelText],
                                 evidence: Evidence, group: String, item: String?) {
        let itemKey = item ?? LabelText.itemIndex(in: raw).map { "\(group)#item\($0)" }
        guard let slot = resolver.slot(for: label, context: context, inItem: itemKey != nil)
            ?? containerSlot(context, inItem: itemKey != nil) else { return }
        let observation = Observation(slot: slot, value: value, evidence: evidence, group: group)
        if case .item = slot, let itemKey {
            if items[itemKey] == nil { itemOrder.append(itemKey) }
            items[itemKey, default: []].append(observation)
        } else {
            observations.append(observation)
        }
    }

    /// `<CountriesOfUltimateDestination><Country>Norway</Country>`: a value inside a container named for a field
    /// fills that field.
    private func containerSlot(_ context: [LabelText], inItem: Bool) -> Slot? {
        guard !inItem else { return nil }
        for container in context.prefix(2) {
            switch resolver.slot(for: container) {
            case .destination: return .destination
            case .identifier(let kind): return .identifier(kind)
            case .date(let kind): return .date(kind)
            default: continue
            }
        }
        return nil
    }

    private static func isPartyBlock(_ slot: Slot) -> Bool {
        if case .party = slot { return true }
        return false
    }

    var orderedItems: [[Observation]] { itemOrder.compactMap { items[$0] } }

    private static func isItemContainer(_ label: LabelText) -> Bool {
        guard let last = label.words.last else { return false }
        return Vocabulary.itemContainers.contains(last) || label.words.suffix(2) == ["line", "item"]
    }

    private static func isMetadata(_ attribute: XMLAttribute) -> Bool {
        let name = attribute.name.lowercased()
        return skippedAttributes.contains(name) || roleAttributes.contains(name) || attribute.prefix == "xmlns"
            || attribute.namespaceURI == "http://www.w3.org/2001/XMLSchema-instance"
    }

    /// `<field sid="block14_enduser_name"><value>…</value></field>` and `<field name="…" value="…"/>`.
    private static func formField(_ element: XMLElement) -> (id: String, label: LabelText, value: String)? {
        let name = element.name.lowercased()
        guard ["field", "formfield", "fielditem", "input", "control", "check", "checkbox", "combobox", "popup", "list",
               "radiogroup"].contains(name) else { return nil }
        guard let id = fieldIDAttributes.lazy.compactMap({ element.attribute($0) }).first else { return nil }
        let value = element.attribute("value") ?? element.elements.first { $0.name.lowercased() == "value" }?.ownText
            ?? element.ownText
        let trimmed = value.trimmingWhitespace()
        guard !trimmed.isEmpty else { return nil }
        return (id, LabelText(id), trimmed)
    }
}
