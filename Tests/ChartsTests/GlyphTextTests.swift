import CGD
import Testing

@testable import Charts

/// Chart text is laid out and rendered by nnreport with FreeType; libgd's gdImageStringFTEx is
/// the oracle it must match pixel for pixel. libgd's text shares a global cache: one at a time.
@Suite("Glyph text: the same pixels as libgd's gdImageStringFTEx", .serialized)
struct GlyphTextTests {
    static let samples = [
        "iteration", "Weights over the iterations", "AV To Wa Ty", "−0.075", "ŷ = 1 if s ≥ 0.5", "Σ", "w1 (age)",
        "1,000,000", "z = Wᵀ·x + b", "two\nlines", "After iteration 12: 3 of 4 misclassified", "W = [0.4, 0.2], b = 1",
        "x₁ × x₂ = −3²", "Café déjà vu: ñ, ü, Å",
    ]

    @Test("horizontal and vertical text, regular and bold, at every size the charts use", arguments: samples)
    func samePixels(_ text: String) throws {
        guard case .trueType(let regular, let bold) = Typeface.standard else {
            Issue.record("no TrueType font found; install fonts-dejavu-core")
            return
        }
        for style in [ChartTheme.tickLabel, ChartTheme.title, ChartTheme.legend.scaled(0.5)] {
            for angle in [0, Double.pi / 2] {
                let font = style.bold ? bold : regular
                let ours = try GDImage(width: 700, height: 700)
                let theirs = try GDImage(width: 700, height: 700)
                for image in [ours, theirs] { image.fill(RGB(0xF4F4F4)) }
                let run = try GlyphRuns.shared.run(text, font: font, ptsize: GDImage.points(style), angle: angle)
                ours.draw(run, x: 41, y: 603, style.colour)
                var box = [Int32](repeating: 0, count: 8)
                var extra = gdFTStringExtra()
                extra.flags = gdFTEX_FONTPATHNAME
                let error = gdImageStringFTEx(
                    theirs.pointer, &box, style.colour.truecolor(), font, GDImage.points(style), angle, 41, 603, text,
                    &extra)
                #expect(error == nil)
                var differing = 0
                for y in 0..<700 {
                    for x in 0..<700 where ours.pixel(x: x, y: y) != theirs.pixel(x: x, y: y) { differing += 1 }
                }
                #expect(differing == 0, "\(text) at \(style.size) px, angle \(angle): \(differing) pixels differ")
            }
            var box = [Int32](repeating: 0, count: 8)
            var extra = gdFTStringExtra()
            extra.flags = gdFTEX_FONTPATHNAME
            let font = style.bold ? bold : regular
            #expect(gdImageStringFTEx(nil, &box, 0, font, GDImage.points(style), 0, 0, 0, text, &extra) == nil)
            #expect(try GDImage.textWidth(text, style, .standard) == Double(box[2] - box[0]))
        }
    }

    @Test("text outside the image or its clip rectangle is cut off, not drawn elsewhere")
    func clipped() throws {
        guard case .trueType(let regular, _) = Typeface.standard else { return }
        let image = try GDImage(width: 60, height: 30)
        image.fill(RGB(0xFFFFFF))
        gdImageSetClip(image.pointer, 10, 0, 29, 29)
        let run = try GlyphRuns.shared.run("MMMMMMMM", font: regular, ptsize: 20, angle: 0)
        image.draw(run, x: -5, y: 25, RGB(0))
        gdImageSetClip(image.pointer, 0, 0, 59, 29)
        for y in 0..<30 {
            for x in [0, 9, 30, 59] { #expect(image.pixel(x: x, y: y) == RGB(0xFFFFFF)) }
        }
        #expect((10..<30).contains { x in (0..<30).contains { image.pixel(x: x, y: $0) != RGB(0xFFFFFF) } })
    }

    /// A comparison lays out lines of its own for every run; the table of laid-out lines stays
    /// bounded, and a line laid out again after the table starts over is the same run.
    @Test func theTableOfLaidOutLinesStaysBounded() throws {
        guard case .trueType(let regular, _) = Typeface.standard else {
            Issue.record("no TrueType font found; install fonts-dejavu-core")
            return
        }
        let table = GlyphRuns()
        let first = try table.run("iteration 1", font: regular, ptsize: 12, angle: 0)
        for k in 0..<(GlyphRuns.capacity + 10) {
            _ = try table.run("iteration \(k + 2)", font: regular, ptsize: 12, angle: 0)
            #expect(table.count <= GlyphRuns.capacity)
        }
        let again = try table.run("iteration 1", font: regular, ptsize: 12, angle: 0)
        #expect(again.glyphs.map(\.penX) == first.glyphs.map(\.penX))
        #expect(again.minX == first.minX && again.maxX == first.maxX && again.maxY == first.maxY)
    }
}
