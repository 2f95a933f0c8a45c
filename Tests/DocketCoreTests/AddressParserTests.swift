import DocketCore
import Testing

@Suite struct AddressParserTests {
    static let parser: AddressParser = {
        do { return AddressParser(countries: try CountryNormalizer()) } catch { fatalError("countries: \(error)") }
    }()

    struct Case: Sendable, CustomTestStringConvertible {
        var text: String
        var lines: [String]
        var city: String?
        var region: String?
        var postalCode: String?
        var country: String?
        var testDescription: String { text }
    }

    @Test(arguments: [
        Case(
            text: "1200 Main Street, Suite 400, Arlington, VA 22202", lines: ["1200 Main Street", "Suite 400"],
            city: "Arlington", region: "VA", postalCode: "22202", country: "US"),
        Case(
            text: "1200 Main Street\nArlington, Virginia 22202-4501, USA", lines: ["1200 Main Street"],
            city: "Arlington", region: "VA", postalCode: "22202-4501", country: "US"),
        Case(
            text: "500 Pine St, Seattle WA 98101", lines: ["500 Pine St"], city: "Seattle", region: "WA",
            postalCode: "98101", country: "US"),
        Case(
            text: "PO Box 12, Wilmington, DE 19801, United States of America", lines: ["PO Box 12"],
            city: "Wilmington", region: "DE", postalCode: "19801", country: "US"),
        Case(
            text: "77 Massachusetts Ave, Cambridge, Massachusetts 02139", lines: ["77 Massachusetts Ave"],
            city: "Cambridge", region: "MA", postalCode: "02139", country: "US"),
        Case(
            text: "1 Infinite Loop, Santa Fe, New Mexico 87501", lines: ["1 Infinite Loop"], city: "Santa Fe",
            region: "NM", postalCode: "87501", country: "US"),
        Case(
            text: "10 Downing Street, London SW1A 2AA, United Kingdom", lines: ["10 Downing Street"],
            city: "London", region: nil, postalCode: "SW1A 2AA", country: "GB"),
        Case(
            text: "Warwick House\nLondon\nSW1A 1AA\nUK", lines: ["Warwick House"], city: "London", region: nil,
            postalCode: "SW1A 1AA", country: "GB"),
        Case(
            text: "Landsberger Str. 7, 85521 Ottobrunn, Germany", lines: ["Landsberger Str. 7"], city: "Ottobrunn",
            region: nil, postalCode: "85521", country: "DE"),
        Case(
            text: "12 rue de la Paix, 75002 Paris, France", lines: ["12 rue de la Paix"], city: "Paris", region: nil,
            postalCode: "75002", country: "FR"),
        Case(
            text: "Hauptstrasse 1, D-80331 München", lines: ["Hauptstrasse 1"], city: "München", region: nil,
            postalCode: "80331", country: nil),
        Case(
            text: "Damrak 1, 1012 LG Amsterdam, The Netherlands", lines: ["Damrak 1"], city: "Amsterdam", region: nil,
            postalCode: "1012 LG", country: "NL"),
        Case(
            text: "Kungsgatan 2, 111 43 Stockholm, Sweden", lines: ["Kungsgatan 2"], city: "Stockholm", region: nil,
            postalCode: "111 43", country: "SE"),
        Case(
            text: "ul. Nowy Świat 6, 00-400 Warszawa, Poland", lines: ["ul. Nowy Świat 6"], city: "Warszawa",
            region: nil, postalCode: "00-400", country: "PL"),
        Case(
            text: "1-1 Marunouchi, Chiyoda-ku, Tokyo 100-0005, Japan", lines: ["1-1 Marunouchi", "Chiyoda-ku"],
            city: "Tokyo", region: nil, postalCode: "100-0005", country: "JP"),
        Case(
            text: "Marunouchi 1-1\nTokyo 100-0005 Japan", lines: ["Marunouchi 1-1"], city: "Tokyo", region: nil,
            postalCode: "100-0005", country: "JP"),
        Case(
            text: "123 Teheran-ro, Gangnam-gu, Seoul 06164, Republic of Korea",
            lines: ["123 Teheran-ro", "Gangnam-gu"],
            city: "Seoul", region: nil, postalCode: "06164", country: "KR"),
        Case(
            text: "42 Pangyo-ro, Seongnam-si, Gyeonggi-do 13494, South Korea", lines: ["42 Pangyo-ro"],
            city: "Seongnam-si", region: "Gyeonggi-do", postalCode: "13494", country: "KR"),
        Case(
            text: "101 Colonel By Drive, Ottawa, ON K1A 0B1, Canada", lines: ["101 Colonel By Drive"], city: "Ottawa",
            region: "ON", postalCode: "K1A 0B1", country: "CA"),
        Case(
            text: "101 Colonel By Drive, Ottawa, Ontario K1A0B1", lines: ["101 Colonel By Drive"], city: "Ottawa",
            region: "ON", postalCode: "K1A 0B1", country: "CA"),
        Case(
            text: "Russell Offices, Canberra ACT 2600, Australia", lines: ["Russell Offices"], city: "Canberra",
            region: "ACT", postalCode: "2600", country: "AU"),
        Case(
            text: "Russell Offices, Canberra ACT 2600", lines: ["Russell Offices"], city: "Canberra", region: "ACT",
            postalCode: "2600", country: "AU"),
        Case(
            text: "Ottobrunn 85521, Germany", lines: [], city: "Ottobrunn", region: nil, postalCode: "85521",
            country: "DE"),
        Case(
            text: "Via Roma 1, 20121 Milano MI, Italy", lines: ["Via Roma 1"], city: "Milano", region: "MI",
            postalCode: "20121", country: "IT"),
        Case(
            text: "Av. Paulista 1000, São Paulo - SP, 01310-100, Brazil", lines: ["Av. Paulista 1000"],
            city: "São Paulo - SP", region: nil, postalCode: "01310-100", country: "BR"),
        Case(
            text: "Matam Park, Haifa 3100001, Israel", lines: ["Matam Park"], city: "Haifa", region: nil,
            postalCode: "3100001", country: "IL"),
        Case(
            text: "Haidian District, Beijing 100080, PRC", lines: ["Haidian District"], city: "Beijing", region: nil,
            postalCode: "100080", country: "CN"),
        Case(
            text: "Electronics City, Bengaluru 560100, India", lines: ["Electronics City"], city: "Bengaluru",
            region: nil, postalCode: "560100", country: "IN"),
        Case(
            text: "Bahnhofstrasse 10, CH-8001 Zürich, Switzerland", lines: ["Bahnhofstrasse 10"], city: "Zürich",
            region: nil, postalCode: "8001", country: "CH"),
        Case(
            text: "Level 5, 1 George St, Sydney NSW 2000, Australia", lines: ["Level 5", "1 George St"],
            city: "Sydney", region: "NSW", postalCode: "2000", country: "AU"),
        Case(
            text: "1 George St, Sydney, New South Wales", lines: ["1 George St", "Sydney", "New South Wales"],
            city: nil, region: nil, postalCode: nil, country: nil),
        Case(
            text: "2 Rue Royale\n1000 Bruxelles\nBelgium", lines: ["2 Rue Royale"], city: "Bruxelles", region: nil,
            postalCode: "1000", country: "BE"),
        Case(
            text: "Arlington, VA 22202 USA", lines: [], city: "Arlington", region: "VA", postalCode: "22202",
            country: "US"),
        Case(
            text: "Some Building, Unknown Town, Atlantis", lines: ["Some Building", "Unknown Town", "Atlantis"],
            city: nil, region: nil, postalCode: nil, country: nil),
        Case(
            text: "Ministry of Defence, Ankara, Türkiye", lines: ["Ministry of Defence", "Ankara"], city: nil,
            region: nil, postalCode: nil, country: "TR"),
        Case(
            text: "Peachtree Center, Atlanta, Georgia", lines: ["Peachtree Center", "Atlanta", "Georgia"], city: nil,
            region: nil, postalCode: nil, country: nil),
        Case(
            text: "1 Raffles Place, Singapore 048616, Singapore", lines: ["1 Raffles Place"], city: "Singapore",
            region: nil,
            postalCode: "048616", country: "SG"),
        Case(
            text: "No. 66, Keya Road, Daya District, Taichung City 428, Taiwan",
            lines: ["No. 66", "Keya Road", "Daya District"], city: "Taichung City", region: nil, postalCode: "428",
            country: "TW"),
        Case(
            text: "No. 8, Lane 12, Zhongshan Road, Hsinchu City 30012, Taiwan", lines: ["No. 8", "Lane 12", "Zhongshan Road"],
            city: "Hsinchu City", region: nil, postalCode: "30012", country: "TW"),
    ])
    func parses(testCase: Case) throws {
        let parsed = try #require(Self.parser.parse(testCase.text))
        #expect(parsed.address.lines == testCase.lines)
        #expect(parsed.address.city == testCase.city)
        #expect(parsed.address.region == testCase.region)
        #expect(parsed.address.postalCode == testCase.postalCode)
        #expect(parsed.country == testCase.country)
    }

    @Test func linesKeepTheirOwnCommas() throws {
        let parsed = try #require(
            Self.parser.parse(lines: ["Acme Tower, 5th Floor", "1200 Main Street", "Arlington, VA 22202"]))
        #expect(parsed.address.lines == ["Acme Tower, 5th Floor", "1200 Main Street"])
        #expect(parsed.address.city == "Arlington")
    }

    @Test(arguments: ["", " , ,\n", "\n\n"])
    func emptyInputIsNil(text: String) {
        #expect(Self.parser.parse(text) == nil)
    }
}
