import Testing
@testable import DocketXML

@Suite("isBlank: the indentation test of text nodes")
struct BlankTextTests {
    @Test func answersAsCharacterWhiteSpaceDoes() {
        let alphabet = [" ", "\n", "\t", "\r\n", "\u{0B}", "\u{0C}", "\u{85}", "\u{A0}", "\u{2028}", "\u{3000}", "a",
                        " \u{301}", "\u{301}", "x"]
        var state: UInt64 = 99
        for _ in 0..<20_000 {
            var text = ""
            state = state &* 6364136223846793005 &+ 1442695040888963407
            for _ in 0..<Int((state >> 33) % 6) {
                state = state &* 6364136223846793005 &+ 1442695040888963407
                text += alphabet[Int((state >> 33) % UInt64(alphabet.count))]
            }
            #expect(isBlank(text) == text.allSatisfy(\.isWhitespace), "\(text.debugDescription)")
        }
    }
}
