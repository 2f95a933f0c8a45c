/// Strings drawn from a few characters that matter to a scan, by a fixed linear congruential generator: equivalence
/// tests cover thousands of cases, and a failure reproduces.
struct SeededStrings {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next(_ bound: Int) -> Int {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Int((state >> 33) % UInt64(bound))
    }

    /// Up to `length` pieces of `alphabet`, joined.
    mutating func string(from alphabet: [String], length: Int) -> String {
        (0..<next(length + 1)).map { _ in alphabet[next(alphabet.count)] }.joined()
    }
}
