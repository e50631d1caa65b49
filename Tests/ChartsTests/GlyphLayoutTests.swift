import CGD
import Testing

@testable import Charts

/// The layout's tables (`GlyphStrike`, `GlyphTable`) and the blending of glyphs
/// (`InkOverOpaque`) against oracles that keep nothing: FreeType asked afresh for every glyph,
/// libgd's gdAlphaBlend and gdImageStringFTEx.
@Suite("Glyph layout: cached tables, FreeType's glyphs and libgd's pixels", .serialized)
struct GlyphLayoutTests {
    /// Lines with glyphs in common and not: digits, signs, sub- and superscripts, accents, kerned
    /// pairs, line breaks, repeated lines.
    static let lines: [String] = {
        var lines = [
            "After iteration 12: 3 of 4 misclassified", "W = [0.4, 0.2], b = 1", "−0.075", "x₁ × x₂ = −3²",
            "Café déjà vu: ñ, ü, Å, ø", "AV To Wa Ty LT", "ŷ = 1 if s ≥ 0.5", "Σ σ(z) ∈ (0, 1)", "two\nlines",
            "carriage\rreturn", "", " ", "W = [0.4, 0.2], b = 1", "After iteration 12: 3 of 4 misclassified",
        ]
        for k in [0, 1, 7, 12, 99, 120] {
            lines.append("After iteration \(k): \(k % 5) of 4 misclassified")
            lines.append("W = [\(Double(k) / 10), −\(Double(k) / 4)], b = \(k - 3)")
        }
        return lines
    }()

    @Test("lines new and repeated, regular and bold, at several sizes and angles: FreeType's glyphs, uncached")
    func sameAsUncachedLayout() throws {
        guard case .trueType(let regular, let bold) = Typeface.standard else {
            Issue.record("no TrueType font found; install fonts-dejavu-core")
            return
        }
        for font in [regular, bold] {
            let reference = try ReferenceGlyphLayout(font: font)
            let table = GlyphRuns()
            for ptsize in [7.5, 9, 12.75, 16.5] {
                for angle in [0, Double.pi / 2, 0.3] {
                    for text in Self.lines {
                        let run = try table.run(text, font: font, ptsize: ptsize, angle: angle)
                        let expected = try reference.line(text, ptsize: ptsize, angle: angle)
                        #expect(Self.line(run) == expected, "\(text) at \(ptsize) pt, angle \(angle)")
                    }
                }
            }
        }
    }

    @Test("drawn lines are libgd's pixels, over opaque, translucent and transparent pixels, blending or not")
    func samePixelsOverAlpha() throws {
        guard case .trueType(let regular, _) = Typeface.standard else {
            Issue.record("no TrueType font found; install fonts-dejavu-core")
            return
        }
        for blending in [true, false] {
            for text in ["After iteration 12: 3 of 4 misclassified", "W = [0.4, −0.2], b = 1 × x₁²", "Café"] {
                let ours = try Self.stripes(), theirs = try Self.stripes()
                gdImageAlphaBlending(ours.pointer, blending ? 1 : 0)
                gdImageAlphaBlending(theirs.pointer, blending ? 1 : 0)
                let ink = RGB(0x2A_6F_C3)
                ours.draw(try GlyphRuns.shared.run(text, font: regular, ptsize: 15, angle: 0), x: 3, y: 40, ink)
                var box = [Int32](repeating: 0, count: 8)
                var extra = gdFTStringExtra()
                extra.flags = gdFTEX_FONTPATHNAME
                #expect(
                    gdImageStringFTEx(theirs.pointer, &box, ink.truecolor(), regular, 15, 0, 3, 40, text, &extra) == nil
                )
                var differing = 0, inked = 0
                for y in 0..<Int32(60) {
                    for x in 0..<Int32(400) {
                        let pixel = gdImageGetPixel(ours.pointer, x, y)
                        if pixel != gdImageGetPixel(theirs.pointer, x, y) { differing += 1 }
                        if pixel != Self.stripe(x) { inked += 1 }
                    }
                }
                #expect(differing == 0, "\(text), blending \(blending): \(differing) pixels differ")
                #expect(inked > 100)
            }
        }
    }

    @Test("ink over an opaque pixel is gdAlphaBlend's result for every level and channel value")
    func inkOverOpaqueIsAlphaBlend() {
        // Each channel takes every value 0…255 against every other, red, green and blue shifted apart.
        func colour(_ value: Int32) -> Int32 { (value << 16) | (((value + 85) & 0xFF) << 8) | ((value + 170) & 0xFF) }
        var wrong = 0
        for value in Int32(0)...255 {
            let ink = colour(value)
            let over = InkOverOpaque(ink)
            for level in Int32(1)...126 {
                let source = ((127 - level) << 24) + ink
                for old in Int32(0)...255
                where over.blend(level, colour(old)) != GDImage.alphaBlend(colour(old), source) {
                    wrong += 1
                }
            }
        }
        #expect(wrong == 0)
    }

    @Test("the glyph table finds what was stored, the last value of a key, through its growth")
    func glyphTableIsADictionary() {
        var table = GlyphTable(bits: 2)
        var expected: [UInt64: Int] = [:]
        var generator = SystemRandomNumberGenerator()
        for step in 0..<5_000 {
            // Small keys like glyphs and code points, pairs of them, and some repeated.
            let key: UInt64 =
                switch step % 3 {
                case 0: UInt64.random(in: 0..<700, using: &generator)
                case 1:
                    UInt64.random(in: 0..<90, using: &generator) << 32 | UInt64.random(in: 0..<90, using: &generator)
                default: UInt64.random(in: 0..<UInt64.max, using: &generator)
                }
            let value = Int.random(in: -1_000...1_000, using: &generator)
            table.set(key, value)
            expected[key] = value
        }
        #expect(table.count == expected.count)
        for (key, value) in expected { #expect(table.value(key) == value) }
        for key: UInt64 in [700, 701, 90 << 32, UInt64.max - 1] where expected[key] == nil {
            #expect(table.value(key) == nil)
        }
    }

    /// A run as the reference describes it.
    static func line(_ run: GlyphRun) -> ReferenceGlyphLayout.Line {
        ReferenceGlyphLayout.Line(
            glyphs: run.glyphs.map {
                ReferenceGlyphLayout.Glyph(
                    penX: $0.penX, penY: $0.penY, width: $0.bitmap.width, rows: $0.bitmap.rows, left: $0.bitmap.left,
                    top: $0.bitmap.top, levels: $0.bitmap.levels)
            }, minX: run.minX, minY: run.minY, maxX: run.maxX, maxY: run.maxY)
    }

    /// The background of column `x`: opaque, translucent and transparent stripes of several colours.
    static func stripe(_ x: Int32) -> Int32 {
        let alphas: [Int32] = [0, 0, 127, 60, 0, 1, 126, 100]
        let colours: [Int32] = [0xF4F4F4, 0x102030, 0xFFFFFF, 0x80FF00, 0x000000, 0xC0C0C0, 0x123456, 0xFF0080]
        let band = Int(x / 9) % alphas.count
        return alphas[band] << 24 | colours[band]
    }

    /// A 400 × 60 image of `stripe`s.
    static func stripes() throws -> GDImage {
        let image = try GDImage(width: 400, height: 60)
        gdImageAlphaBlending(image.pointer, 0)
        for y in 0..<Int32(60) {
            for x in 0..<Int32(400) { gdImageSetPixel(image.pointer, x, y, stripe(x)) }
        }
        return image
    }
}
