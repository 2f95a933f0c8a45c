/// Where an observed value goes in the schema.
public enum Slot: Sendable, Hashable {
    case party(PartyConcept, PartyAttribute)
    case identifier(IdentifierKind)
    case date(DateKind)
    case destination
    case totalValue
    case item(ItemAttribute)
    /// A form's own title or type field ("Form: DSP-5").
    case formType
    /// The specific purpose / end use block: not in the schema, read so a placeholder answer can be reported.
    case endUse
    /// BIS-748P Block 5, Type of Application: export, reexport or classification request.
    case applicationType
}

/// A party role as labels name it, before the document type decides the schema role
/// ("Consignee" is a foreign consignee on a DSP-5 and the ultimate consignee on a BIS-748P).
public enum PartyConcept: String, Sendable, Hashable, CaseIterable {
    case applicant, endUser, consignee, intermediateConsignee, consignor, freightForwarder, manufacturer, seller
    /// DSP-5 Block 19 names both; the party itself decides which it is.
    case consignorOrForwarder
    /// A signature block of a foreign party (DSP-83 consignee and end user, BIS-711 consignee).
    case foreignSignatory
    case purchaser, licensee, sublicensee, signatory, otherParty

    public func role(for type: DocumentType, foreign: Bool = false) -> PartyRole {
        let bis = type.isBIS
        switch self {
        case .applicant: return .applicant
        case .endUser: return bis ? .endUser : .foreignEndUser
        case .consignee: return bis ? .ultimateConsignee : .foreignConsignee
        case .intermediateConsignee: return bis ? .intermediateConsignee : .foreignIntermediateConsignee
        case .consignor: return .usConsignor
        case .freightForwarder: return .freightForwarder
        case .consignorOrForwarder: return .usConsignor
        case .manufacturer: return .manufacturer
        case .seller: return .seller
        case .purchaser: return .purchaser
        case .licensee: return .licensee
        case .sublicensee: return .sublicensee
        case .signatory: return foreign ? .foreignSignatory : .usSignatory
        case .foreignSignatory: return .foreignSignatory
        case .otherParty: return .other
        }
    }
}

public enum PartyAttribute: String, Sendable, Hashable, CaseIterable {
    /// The whole block: name on the first line, then the address.
    case block
    case name, address, city, region, postalCode, country, title, registrationCode
}

public enum IdentifierKind: String, Sendable, Hashable, CaseIterable {
    case registrationCode, transactionNumber, licenseNumber, agreementNumber, applicationControlNumber
}

public enum DateKind: String, Sendable, Hashable, CaseIterable {
    case submitted, effective, expiration
}

public enum ItemAttribute: String, Sendable, Hashable, CaseIterable {
    case line, description, quantity, unit, unitValue, totalValue, usml, eccn, sme, partNumber, currency
    /// BIS-748P Block 22(i) and 22(d): who makes the item, and the CCATS number of an earlier classification.
    case manufacturer, ccats
    /// BIS-748P Block 22(b), CTP / Adjusted Peak Performance: read so the column is recognized; it applies to
    /// computers only and no rule uses it, so the schema has no field for it.
    case performance
}
