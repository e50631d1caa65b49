import Testing

@testable import Site

/// The escaper's quick check for bidirectional controls.
@Suite struct BidiControlsTests {
    static let controls =
        BidiControls.embeddingOpeners.union(BidiControls.isolateOpeners)
        .union([BidiControls.embeddingCloser, BidiControls.isolateCloser])

    @Test func theQuickCheckFindsExactlyTheControlsOfEveryScalar() {
        var wrong: [UInt32] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            for text in ["\(scalar)", "a\(scalar)", "ab\(scalar)z"] {
                var text = text
                let found = text.withUTF8 { BidiControls.mayContain($0) }
                if found != Self.controls.contains(value) { wrong.append(value) }
            }
        }
        #expect(wrong.isEmpty, "\(wrong.prefix(10))")
    }

    @Test func textFullOfOtherThreeByteCharactersIsLeftAlone() {
        var text = "W − 0.2 … ≥ w₁ ⁽²⁾ — → ᵀ ‘x’ “y”"
        #expect(!text.withUTF8 { BidiControls.mayContain($0) })
        #expect(BidiControls.removingUnpaired(text) == text)
        text += "\u{202E}"
        #expect(text.withUTF8 { BidiControls.mayContain($0) })
        #expect(BidiControls.removingUnpaired(text) == "W − 0.2 … ≥ w₁ ⁽²⁾ — → ᵀ ‘x’ “y”")
    }
}
