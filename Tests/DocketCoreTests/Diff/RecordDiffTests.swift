import DocketCore
import Foundation
import Testing

/// The matching rules of RecordDiff on small hand-built records, one rule per test.
@Suite("RecordDiff")
struct RecordDiffTests {
    static func record(_ build: (inout DocketRecord) -> Void) -> DocketRecord {
        var record = DocketRecord(source: SourceInfo(path: "x.pdf"))
        build(&record)
        return record
    }

    static func item(line: Int?, usml: String?, quantity: Decimal, sme: Bool = false) -> Item {
        var item = Item(line: line, description: "Assembly")
        item.usmlCategory = usml
        item.quantity = quantity
        item.sme = sme
        return item
    }

    @Test func partiesMeetAcrossSpellingsAndReorderingIsNoChange() {
        let old = Self.record {
            $0.parties = [Party(role: .licensee, name: "Nordwerk Wehrtechnik GmbH", country: "DE"),
                          Party(role: .applicant, name: "Halvorsen Avionics Corporation", country: "US")]
        }
        let new = Self.record {
            $0.parties = [Party(role: .applicant, name: "HALVORSEN AVIONICS CORP.", country: "US"),
                          Party(role: .licensee, name: "Nordwerk Wehrtechnik", country: "DE")]
        }
        #expect(RecordDiff().changes(from: old, to: new).isEmpty)
    }

    @Test func aLoneUnmatchedPartyOfARoleIsARenameNotARemovalAndAnAddition() {
        let old = Self.record { $0.parties = [Party(role: .foreignEndUser, name: "Acme GmbH", country: "DE")] }
        let new = Self.record { $0.parties = [Party(role: .foreignEndUser, name: "Zenith AG", country: "AT")] }
        let changes = RecordDiff().changes(from: old, to: new)
        #expect(changes.map(\.path) == ["parties[foreignEndUser: Acme GmbH].name", "parties[foreignEndUser: Acme GmbH].country"])
        #expect(changes.map(\.kind) == [.changed, .changed])
        #expect(changes.first?.new == "Zenith AG")
    }

    @Test func twoNewPartiesOfARoleAreAddedAndTheOldOneRemoved() {
        let old = Self.record { $0.parties = [Party(role: .sublicensee, name: "Acme GmbH")] }
        let new = Self.record {
            $0.parties = [Party(role: .sublicensee, name: "Zenith AG"), Party(role: .sublicensee, name: "Orion SA")]
        }
        let changes = RecordDiff().changes(from: old, to: new)
        #expect(changes.map(\.kind) == [.removed, .added, .added])
    }

    @Test func itemsWithoutLineNumbersMatchByClassification() {
        let old = Self.record {
            $0.items = [Self.item(line: nil, usml: "XI(a)(3)", quantity: 4), Self.item(line: nil, usml: "VIII(h)(1)", quantity: 2)]
        }
        let new = Self.record {
            $0.items = [Self.item(line: nil, usml: "VIII(h)(1)", quantity: 2, sme: true), Self.item(line: nil, usml: "XI(a)(3)", quantity: 6)]
        }
        let changes = RecordDiff().changes(from: old, to: new)
        #expect(changes.map(\.path) == ["items[XI(a)(3)].quantity", "items[VIII(h)(1)].sme"])
        #expect(changes.first.map { [$0.old, $0.new] } == ["4", "6"])
    }

    @Test func itemsWithLineNumbersMatchByLineSoAReclassificationIsAChange() {
        let old = Self.record { $0.items = [Self.item(line: 1, usml: "XI(a)(3)", quantity: 4)] }
        let new = Self.record { $0.items = [Self.item(line: 1, usml: "XI(c)", quantity: 4)] }
        let changes = RecordDiff().changes(from: old, to: new)
        #expect(changes == [RecordChange(path: "items[line 1].usmlCategory", kind: .changed, old: "XI(a)(3)", new: "XI(c)")])
    }

    @Test func clausesTermAndFindings() {
        let finding = Finding(rule: "agreement.clause-missing", severity: .error, citation: "22 CFR 124.8(5)",
                              field: "agreement.clauses[124.8(5)]", message: "missing")
        let old = Self.record {
            var agreement = Agreement(clauses: [Clause(id: "124.8(5)", present: false)])
            agreement.term = Term(years: 5)
            $0.agreement = agreement
            $0.findings = [finding]
        }
        let new = Self.record {
            var agreement = Agreement(clauses: [Clause(id: "124.8(5)", present: true), Clause(id: "126.18", present: true)])
            agreement.term = Term(years: 10)
            $0.agreement = agreement
        }
        let changes = RecordDiff().changes(from: old, to: new)
        #expect(changes.map(\.path) == ["agreement.clauses[124.8(5)]", "agreement.clauses[126.18]", "agreement.term.years",
                                        "findings[agreement.clause-missing agreement.clauses[124.8(5)]]"])
        #expect(changes.map(\.kind) == [.changed, .added, .changed, .removed])
        #expect(changes[0].old == "absent" && changes[0].new == "present")
    }
}

extension RecordDiffTests {
    @Test func certificationPart130EndUseApplicationTypeAndItemSourcesAreCompared() {
        let said = Evidence(page: 1, text: "Part 130 statement enclosed")
        let old = Self.record {
            $0.applicationType = .export
            $0.endUse = "Incorporated into a maritime radio"
            $0.certification = [Clause(id: "126.13(a)(1)", present: true), Clause(id: "126.13(a)(4)", present: true)]
            $0.part130Statement = .provided
            $0.evidence = ["part130Statement": said]
            var item = Self.item(line: 1, usml: nil, quantity: 2)
            item.manufacturer = "Halyard Radio Works LLC"
            $0.items = [item]
        }
        let new = Self.record {
            $0.applicationType = .classificationRequest
            $0.endUse = "incorporated into a maritime radio."  // the same words from another layout: no change
            $0.certification = [Clause(id: "126.13(a)(1)", present: true), Clause(id: "126.13(a)(4)", present: false)]
            var item = Self.item(line: 1, usml: nil, quantity: 2)
            item.manufacturer = "Halyard Radio Works"
            item.ccats = "G123456"
            $0.items = [item]
        }
        let changes = RecordDiff().changes(from: old, to: new)
        #expect(changes.map(\.path) == ["applicationType", "items[line 1].manufacturer", "items[line 1].ccats",
                                        "certification[126.13(a)(4)]", "part130Statement"])
        #expect(changes.map(\.kind) == [.changed, .changed, .added, .changed, .removed])
        #expect(changes[3].old == "present" && changes[3].new == "absent")
        #expect(changes[4].old == "provided" && changes[4].oldEvidence == said)
    }
}
