import DocketCore
import Foundation
import Testing

@Suite struct MoneyNormalizerTests {
    @Test(arguments: [
        ("$1,250,000.00", "1250000", "USD"), ("$1,250,000", "1250000", "USD"), ("USD 1.25M", "1250000", "USD"),
        ("1 250 000 USD", "1250000", "USD"), ("US$ 12,000", "12000", "USD"), ("US$12,000", "12000", "USD"),
        ("$2.5 million", "2500000", "USD"), ("1.2 billion", "1200000000", "USD"), ("EUR 40.000,00", "40000", "EUR"),
        ("€40,000", "40000", "EUR"), ("€ 40.000,50", "40000.5", "EUR"), ("£1,000", "1000", "GBP"),
        ("(USD) 500", "500", "USD"), ("12,000.00 U.S. Dollars", "12000", "USD"),
        ("12,000.00 US Dollars", "12000", "USD"),
        ("USD 0.10", "0.1", "USD"), ("$0.01", "0.01", "USD"), ("1,5 Mio EUR", "1500000", "EUR"),
        ("$ 999,999,999.99", "999999999.99", "USD"), ("USD 12k", "12000", "USD"), ("usd 7", "7", "USD"),
        ("CHF 1'250'000.00", "1250000", "CHF"), ("JPY 1,000,000", "1000000", "JPY"), ("C$ 5,000", "5000", "CAD"),
        ("A$250", "250", "AUD"), ("5,000 Canadian dollars", "5000", "CAD"), ("Total value: USD 500 only", "500", "USD"),
        ("$1.250 million", "1250000", "USD"), ("USD 1,250 million", "1250000000", "USD"),
        ("GBP 1.000.000", "1000000", "GBP"),
        ("12 000,50 EUR", "12000.5", "EUR"), ("$3,000,000.123", "3000000.123", "USD"), ("USD$ 100", "100", "USD"),
        ("25 euros", "25", "EUR"), ("1,000 pounds sterling", "1000", "GBP"),
        ("\u{00A0}$\u{00A0}1\u{00A0}000 ", "1000", "USD"),
        ("$0.1 bn", "100000000", "USD"), ("$123456789.12", "123456789.12", "USD"),
    ])
    func recognizes(text: String, amount: String, currency: String) throws {
        let expected = try #require(Decimal(string: amount, locale: Locale(identifier: "en_US_POSIX")))
        #expect(MoneyNormalizer().normalize(text) == Money(amount: expected, currency: currency))
    }

    @Test func amountsAreExactDecimals() throws {
        // 0.1 + 0.2 is not 0.3 in binary floating point; the parser must never pass through Double.
        let money = try #require(MoneyNormalizer().normalize("$1,234,567,890,123.37"))
        #expect(money.amount.description == "1234567890123.37")
    }

    @Test(arguments: [
        "", "USD", "$", "N/A", "See Attached", "$1.250", "EUR 1.250", "1,25,000", "$12,00,000", "1,2,3",
        "$1,000.000.00", "USD 500 EUR", "$ 40 €", "(500)", "($500)", "-$500", "about $500", "$500 per unit",
        "$1.000,000.00", "500 apples", "USD 5 6", "1.2.3", "$1.25MM million", "$12,0000", "¥1,000", "M 500",
        "million $5", "USD 5 million million",
    ])
    func rejectsWhatItCannotReadExactly(text: String) {
        #expect(MoneyNormalizer().normalize(text) == nil)
    }

    @Test func withoutADefaultCurrencyAMarkerIsRequired() {
        let strict = MoneyNormalizer(defaultCurrency: nil)
        #expect(strict.normalize("1,000") == nil)
        #expect(strict.normalize("1,000 USD") == Money(amount: 1000, currency: "USD"))
    }
}
