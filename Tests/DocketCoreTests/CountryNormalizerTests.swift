import DocketCore
import Testing

@Suite struct CountryNormalizerTests {
    static let normalizer: CountryNormalizer = {
        do { return try CountryNormalizer() } catch { fatalError("built-in countries.json: \(error)") }
    }()

    @Test(arguments: [
        ("Germany", "DE"), ("GERMANY", "DE"), ("germany", "DE"), ("Germany.", "DE"), ("(Germany)", "DE"),
        ("  Germany ; ", "DE"), ("Federal Republic of Germany", "DE"), ("Deutschland", "DE"),
        ("korea, republic of", "KR"), ("KOREA (SOUTH)", "KR"), ("South Korea", "KR"), ("Korea, Rep.", "KR"),
        ("Republic of Korea", "KR"), ("ROK", "KR"), ("North Korea", "KP"), ("DPRK", "KP"),
        ("Korea, Democratic People's Republic of", "KP"), ("Democratic People’s Republic of Korea", "KP"),
        ("Türkiye", "TR"), ("turkiye", "TR"), ("TURKEY", "TR"), ("Republic of Türkiye", "TR"),
        ("U.K.", "GB"), ("UK", "GB"), ("United Kingdom", "GB"), ("Great Britain", "GB"), ("England", "GB"),
        ("Britain", "GB"), ("United Kingdom of Great Britain and Northern Ireland", "GB"), ("GBR", "GB"),
        ("USA", "US"), ("U.S.", "US"), ("U.S.A.", "US"), ("United States", "US"),
        ("United States of America", "US"), ("America", "US"),
        ("Holland", "NL"), ("The Netherlands", "NL"), ("Netherlands", "NL"), ("Czechia", "CZ"),
        ("Czech Republic", "CZ"), ("Russia", "RU"), ("Russian Federation", "RU"), ("PRC", "CN"), ("China", "CN"),
        ("People's Republic of China", "CN"), ("Mainland China", "CN"), ("Taiwan", "TW"), ("ROC", "TW"),
        ("Burma", "MM"), ("Myanmar", "MM"), ("Ivory Coast", "CI"), ("Côte d'Ivoire", "CI"), ("Cote d’Ivoire", "CI"),
        ("Vatican", "VA"), ("Holy See", "VA"), ("UAE", "AE"), ("United Arab Emirates", "AE"), ("KSA", "SA"),
        ("Vietnam", "VN"), ("Viet Nam", "VN"), ("Laos", "LA"), ("Syria", "SY"), ("Iran", "IR"), ("Macau", "MO"),
        ("Macao", "MO"), ("Hong Kong", "HK"), ("Eswatini", "SZ"), ("Swaziland", "SZ"), ("North Macedonia", "MK"),
        ("Macedonia", "MK"), ("Cape Verde", "CV"), ("Cabo Verde", "CV"), ("East Timor", "TL"), ("Timor-Leste", "TL"),
        ("Congo (Kinshasa)", "CD"), ("DRC", "CD"), ("Democratic Republic of the Congo", "CD"),
        ("Congo, The Democratic Republic of the", "CD"), ("Congo (Brazzaville)", "CG"), ("Congo", "CG"),
        ("Republic of the Congo", "CG"), ("Bolivia", "BO"), ("Venezuela", "VE"), ("Tanzania", "TZ"),
        ("Moldova", "MD"), ("Brunei", "BN"), ("Falklands", "FK"), ("Falkland Islands (Malvinas)", "FK"),
        ("Saint Kitts and Nevis", "KN"), ("St. Kitts & Nevis", "KN"), ("St Lucia", "LC"),
        ("Bosnia & Herzegovina", "BA"), ("Trinidad and Tobago", "TT"), ("British Virgin Islands", "VG"),
        ("Virgin Islands, U.S.", "VI"), ("Åland Islands", "AX"), ("Curaçao", "CW"), ("Réunion", "RE"),
        ("Papua New Guinea", "PG"), ("Guinea", "GN"), ("Niger", "NE"), ("Nigeria", "NG"), ("Japan", "JP"),
        ("The Bahamas", "BS"), ("Gambia", "GM"), ("State of Palestine", "PS"),
    ])
    func namesAndAliases(text: String, expected: String) {
        #expect(Self.normalizer.alpha2(for: text) == expected)
        #expect(Self.normalizer.alpha2(for: text, context: .countryField) == expected)
    }

    @Test(arguments: [
        ("DE", "DE"), ("de", "DE"), ("IN", "IN"), ("IT", "IT"), ("GBR", "GB"), ("gbr", "GB"), ("DEU", "DE"),
        ("CAN", "CA"), ("276", "DE"), ("840", "US"), ("us", "US"), ("uk", "GB"), ("Kor", "KR"),
    ])
    func codesInACountryField(text: String, expected: String) {
        #expect(Self.normalizer.alpha2(for: text, context: .countryField) == expected)
    }

    @Test(arguments: [
        "IN", "IT", "AT", "BE", "TO", "NO", "ME", "AS", "DE", "in", "gbr", "AND", "ARE", "us", "276", "N/A",
    ])
    func bareCodesAreNotTrustedInFreeText(text: String) {
        #expect(Self.normalizer.alpha2(for: text) == nil)
    }

    @Test(arguments: [
        "", "  ", "Korea", "Atlantis", "Germany Japan", "N/A", "See Attached", "Europe", "XX", "ZZZ", "D.E.", "G-B",
        "000", "Republic of", "Islands", "12345",
    ])
    func unknownOrAmbiguousIsNil(text: String) {
        #expect(Self.normalizer.alpha2(for: text, context: .countryField) == nil)
    }

    @Test(arguments: [
        ("Ottobrunn 85521, Germany", "DE", "Ottobrunn 85521"),
        ("Tokyo 100-0005 Japan", "JP", "Tokyo 100-0005"),
        ("Landsberger Str. 7, 85521 Ottobrunn, Germany.", "DE", "Landsberger Str. 7, 85521 Ottobrunn"),
        ("Seoul 06164, Republic of Korea", "KR", "Seoul 06164"),
        ("Seoul, Korea, Republic of", "KR", "Seoul"),
        ("Port Moresby, Papua New Guinea", "PG", "Port Moresby"),
        ("London SW1A 1AA (United Kingdom)", "GB", "London SW1A 1AA"),
        ("Arlington, VA 22202, USA", "US", "Arlington, VA 22202"),
        ("Ankara - Türkiye", "TR", "Ankara"),
        ("Abu Dhabi, U.A.E.", "AE", "Abu Dhabi"),
        ("Ottawa ON K1A 0B1 CAN", "CA", "Ottawa ON K1A 0B1"),
        ("Wellington, New Zealand", "NZ", "Wellington"),
        ("Kinshasa, Congo (Kinshasa)", "CD", "Kinshasa"),
        ("Germany", "DE", ""),
    ])
    func findsACountryAtTheEnd(text: String, alpha2: String, remainder: String) throws {
        let match = try #require(Self.normalizer.findCountry(in: text))
        #expect(match.alpha2 == alpha2)
        #expect(match.remainder == remainder)
    }

    @Test(arguments: [
        "1200 Main Street, Suite 400", "Arlington, VA 22202", "Milano MI 20121 IT", "Vienna AT", "Trenton, New Jersey",
        "Santa Fe, New Mexico", "Sydney, New South Wales", "Lima, South America", "Bank of Latin America",
        "Seoul, Korea", "Chennai 600001 IN", "Japan Street 5", "", "Bruxelles BE", "made in us",
    ])
    func noCountryAtTheEnd(text: String) {
        #expect(Self.normalizer.findCountry(in: text) == nil)
    }

    @Test func entryLookup() {
        #expect(Self.normalizer.entry(alpha2: "de")?.name == "Germany")
        #expect(Self.normalizer.entry(alpha2: "XX") == nil)
    }
}
