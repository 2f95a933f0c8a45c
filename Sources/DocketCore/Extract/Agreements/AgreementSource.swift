/// A document's passages prepared once for the analyzer: any transmittal letter in front split off, and the
/// sentences built once. Building `AgreementText` is the costliest step of reading an agreement, and
/// classifying, analyzing and reading the registration code each used to build their own.
struct AgreementSource {
    let passages: [TextPassage]
    /// Whether the document is, or begins with, a 124.12 transmittal letter.
    let isTransmittal: Bool
    let letter: [TextPassage]?
    let body: [TextPassage]
    /// The sentences of the whole document.
    let text: AgreementText
    /// The sentences of the agreement itself, after any transmittal letter.
    let bodyText: AgreementText

    init(_ passages: [TextPassage]) {
        self.passages = passages
        text = AgreementText(passages)
        let headCount = AgreementAnalyzer.transmittalHead
        isTransmittal = AgreementAnalyzer.isTransmittal(
            head: passages.count <= headCount ? text : AgreementText(Array(passages.prefix(headCount))))
        (letter, body) = AgreementAnalyzer.splitTransmittal(passages, isTransmittal: isTransmittal)
        bodyText = body.count == passages.count ? text : AgreementText(body)
    }

    var letterText: AgreementText? {
        letter.map { $0.count == passages.count ? text : AgreementText($0) }
    }
}
