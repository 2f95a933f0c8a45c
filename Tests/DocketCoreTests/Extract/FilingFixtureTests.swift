import Foundation
import Testing
@testable import DocketCore

private let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Fixtures/filings")

/// Filings worded and laid out unlike the corpus (scripts/make-fixtures.py): each is extracted and validated on its
/// own, and compared with the values and findings its expect file names.
@Suite("Filing fixtures: extraction and completeness")
struct FilingFixtureTests {
    static var names: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".pdf") }.sorted()
    }

    static let validator: Validator = {
        do { return try Validator.standard(store: RefDataStore()) } catch { fatalError("built-in reference data: \(error)") }
    }()

    @Test func fixturesExist() {
        #expect(Self.names.count >= 3)
    }

    @Test func statementProseHelpers() {
        #expect(LetterReader.roles(in: "are both the ultimate consignee and the purchaser") == [.consignee, .purchaser])
        #expect(LetterReader.roles(in: "is the purchaser and the end user") == [.purchaser, .endUser])
        #expect(LetterReader.nameBefore("which we have ordered from Acme Optics, Inc., 14 Main St, Rochester, NY 14623 ")
            == "Acme Optics, Inc., 14 Main St, Rochester, NY 14623")
        #expect(LetterReader.nameBefore("purchased through Bank of Taiwan, Taipei ") == "Bank of Taiwan, Taipei")
        #expect(LetterReader.nameBefore("the items listed below ") == nil)
    }

    @Test(arguments: names)
    func fixture(_ name: String) throws {
        let expectURL = folder.appendingPathComponent(String(name.dropLast(4)) + ".expect.json")
        let expect = try #require(JSONSerialization.jsonObject(with: Data(contentsOf: expectURL)) as? [String: Any])
        let extracted = Pipeline().run(.file(folder.appendingPathComponent(name).path)) { Data() }
        let record = Self.validator.validate(package: [extracted])[0]
        let json = try #require(JSONSerialization.jsonObject(with: RecordEncoder.encode(record, pretty: false))
            as? [String: Any])

        #expect(json["documentType"] as? String == expect["documentType"] as? String)
        #expect(json["applicationType"] as? String == expect["applicationType"] as? String)
        #expect(json["dates"] as? [String: String] == expect["dates"] as? [String: String])
        #expect(json["destinations"] as? [String] == expect["destinations"] as? [String])
        #expect(json["endUse"] as? String == expect["endUse"] as? String)

        let parties = json["parties"] as? [[String: Any]] ?? []
        let expectedParties = expect["parties"] as? [[String: Any]] ?? []
        #expect(parties.count == expectedParties.count, "\(name): \(parties.map { $0["name"] ?? "" })")
        for party in expectedParties {
            let match = parties.first { found in
                ["role", "name", "country", "title"].allSatisfy { key in
                    party[key] == nil || found[key] as? String == party[key] as? String
                }
            }
            #expect(match != nil, "\(name): no party \(party)")
        }

        let items = json["items"] as? [[String: Any]] ?? []
        let expectedItems = expect["items"] as? [[String: Any]] ?? []
        #expect(items.count == expectedItems.count)
        for (item, expected) in zip(items, expectedItems) {
            for (key, value) in expected {
                #expect("\(item[key] ?? "absent")" == "\(value)", "\(name): item \(key)")
            }
            // A key the fixture leaves out (a blank ECCN cell, CCATS "None") must stay out of the record.
            for key in ["eccn", "ccats", "manufacturer", "partNumber", "quantity"] where expected[key] == nil {
                #expect(item[key] == nil, "\(name): item \(key) should be absent")
            }
        }

        let findings = Set((record.findings ?? []).filter { $0.severity != .info }.map { "\($0.rule) \($0.field ?? "")" })
        let expectedFindings = Set((expect["findings"] as? [[String: String]] ?? []).map {
            "\($0["rule"] ?? "") \($0["field"] ?? "")"
        })
        #expect(findings == expectedFindings)
        #expect(record.complete == expect["complete"] as? Bool)
    }
}
