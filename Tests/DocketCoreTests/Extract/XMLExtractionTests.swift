import Foundation
import Testing
@testable import DocketCore

private func extract(_ xml: String, mappings: [DialectMapping] = []) throws -> DocketRecord {
    let document = try Ingest.ingest(InputDocument(path: "test.xml", data: Data(xml.utf8)))
    return Extraction.record(for: document, normalizers: .standard, mappings: mappings)
}

@Suite("XML extraction")
struct XMLExtractionTests {
    @Test func elementDialectWithNestedParty() throws {
        let record = try extract("""
            <DSP5Application formType="DSP-5">
              <DDTCRegistrationCode>M-12345</DDTCRegistrationCode>
              <DateOfApplication>March 3, 2026</DateOfApplication>
              <ForeignEndUser><Name>Bavaria Aero GmbH</Name>
                <Address><Street>Landsberger Str. 7</Street><City>Ottobrunn</City><PostalCode>85521</PostalCode>
                <Country>Germany</Country></Address></ForeignEndUser>
            </DSP5Application>
            """)
        #expect(record.documentType == .dsp5)
        #expect(record.identifiers?.registrationCode == "M12345")
        #expect(record.dates?.submitted == "2026-03-03")
        let party = try #require(record.parties?.first)
        #expect(party.role == .foreignEndUser)
        #expect(party.name == "Bavaria Aero GmbH")
        #expect(party.country == "DE")
        #expect(party.address?.city == "Ottobrunn")
        #expect(party.evidence?.xpath == "/DSP5Application[1]/ForeignEndUser[1]/Name[1]")
        #expect(party.evidence?.line == 4)
        #expect(record.evidence?["identifiers.registrationCode"]?.line == 2)
    }

    /// A signature block naming its organization signs for that party: the foreign licensee's officer is a
    /// foreign signatory with the licensee's country, whatever the generic "Signature" label defaults to.
    @Test func signatoryTakesTheSideOfTheOrganizationItNames() throws {
        let record = try extract("""
            <DSP5Application formType="DSP-5">
              <Applicant><Name>Lanark Microwave Devices, Inc.</Name><Country>US</Country></Applicant>
              <ForeignConsignee><Name>Officine Brenta Difesa S.p.A.</Name><Country>Italy</Country></ForeignConsignee>
              <Signature><PersonName>Marcus O. Bellamy</PersonName><Organization>Lanark Microwave Devices, Inc.</Organization></Signature>
              <Signature><PersonName>Lucia Ferraro</PersonName><Organization>Officine Brenta Difesa S.p.A.</Organization></Signature>
              <Signature><PersonName>Otto Unbekannt</PersonName><Organization>Nobody Listed GmbH</Organization></Signature>
            </DSP5Application>
            """)
        let signatories = (record.parties ?? []).filter { $0.role == .usSignatory || $0.role == .foreignSignatory }
        #expect(signatories.map(\.name) == ["Marcus O. Bellamy", "Lucia Ferraro", "Otto Unbekannt"])
        #expect(signatories.map(\.role) == [.usSignatory, .foreignSignatory, .usSignatory])
        #expect(signatories.map(\.country) == ["US", "IT", "US"])
    }

    @Test func attributeCarriedValuesAndRoleAttributes() throws {
        let record = try extract("""
            <license_application form="DSP-73">
              <party role="end_user" name="Kestrel Marine Pty Ltd" country="AU"/>
              <party role="consignee" name="Harbour Logistics Pty Ltd" country="AU"/>
              <line_item line="1" qty="2" usml="*XI(a)(3)(i)" unit_price="1,000.00" extended_price="2000"
                >Radar processor</line_item>
            </license_application>
            """)
        #expect(record.documentType == .dsp73)
        #expect(record.parties?.map(\.role) == [.foreignEndUser, .foreignConsignee])
        #expect(record.parties?.allSatisfy { $0.country == "AU" } == true)
        let item = try #require(record.items?.first)
        #expect(item.usmlCategory == "XI(a)(3)(i)")
        #expect(item.sme == true)
        #expect(item.quantity == 2)
        #expect(item.totalValue == 2000)
    }

    @Test func genericFormFieldDialect() throws {
        let record = try extract("""
            <form><title>DSP-5</title>
              <field sid="block14_enduser_name"><value>Nordwerk GmbH</value></field>
              <field sid="block14_enduser_country"><value>Germany</value></field>
              <field sid="block3_destination_country"><value>Germany</value></field>
            </form>
            """)
        #expect(record.source.dialect == "builtin:form-fields")
        #expect(record.parties?.first?.name == "Nordwerk GmbH")
        #expect(record.parties?.first?.country == "DE")
        #expect(record.destinations == ["DE"])
    }

    @Test func unrecognizableDocumentIsUnknownWithAnInfoFinding() throws {
        let record = try extract("<Recipe><Name>Pancakes</Name><Serves>4</Serves></Recipe>")
        #expect(record.documentType == .unknown)
        #expect(record.parties?.isEmpty == true)
        #expect(record.items?.isEmpty == true)
        #expect(record.findings?.contains { $0.rule == "extract.unknown-document" && $0.severity == .info } == true)
        #expect(record.error == nil)
    }

    @Test func mappingWinsAndTheRecognizerFillsTheRest() throws {
        let mapping = try DialectMapping.load(Data("""
            {"dialect": "acme-v1", "match": {"root": ["AcmeFiling"]}, "documentType": {"value": "DSP-5"},
             "fields": [{"field": "identifiers.transactionNumber", "from": "/AcmeFiling/@ref",
                         "transforms": ["upper"]}]}
            """.utf8), name: "acme.json")
        let record = try extract("""
            <AcmeFiling ref="acme-2026-01"><ForeignConsignee><Name>Harbour Logistics Pty Ltd</Name></ForeignConsignee>
            </AcmeFiling>
            """, mappings: [mapping])
        #expect(record.source.dialect == "acme-v1")
        #expect(record.documentType == .dsp5)
        #expect(record.identifiers?.transactionNumber == "ACME-2026-01")
        #expect(record.parties?.first?.role == .foreignConsignee)
    }

    @Test func brokenMappingNamesTheKey() {
        do {
            _ = try DialectMapping.load(Data(#"{"dialect": "x", "match": {}}"#.utf8), name: "bad.json")
            Issue.record("a mapping without match.root was accepted")
        } catch {
            #expect("\(error)".contains("root"))
            #expect("\(error)".contains("bad.json"))
        }
    }

    @Test func misspeltMappingKeyIsRefused() {
        let text = #"{"dialect": "x", "match": {"root": ["a"]}, "fields": [{"field": "dates.submitted", "form": "/a"}]}"#
        do {
            _ = try DialectMapping.load(Data(text.utf8), name: "typo.json")
            Issue.record("a misspelt key was accepted")
        } catch {
            #expect("\(error)".contains("fields[0].form"))
        }
    }

    /// The CLI's pipeline adds the built-in mappings (decoded on first use) after the user's, which win.
    @Test func pipelineTriesUserMappingsBeforeTheBuiltInOnes() throws {
        let path = repositoryRoot.appendingPathComponent("Corpus/11-dsp61-xml-ca/DSP61-OBM-I-26-0042.xml").path
        let builtInOnly = Pipeline(ingestOptions: IngestOptions(), normalizers: .standard, userMappings: [])
        #expect(builtInOnly.run(.file(path)) { Data() }.source.dialect == "deccs-elements")
        let mine = try DialectMapping.load(Data("""
            {"dialect": "mine", "match": {"root": ["DSP61Application"]}, "documentType": {"value": "DSP-61"}}
            """.utf8), name: "mine.json")
        let withMine = Pipeline(ingestOptions: IngestOptions(), normalizers: .standard, userMappings: [mine])
        #expect(withMine.run(.file(path)) { Data() }.source.dialect == "mine")
    }

    @Test func builtInMappingsLoad() throws {
        let names = try MappingLibrary.builtIn().map(\.dialect)
        #expect(Set(names) == ["deccs-elements", "snake-attributes", "namespaced", "xfdl-form"])
    }
}
