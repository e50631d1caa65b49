import CGD
import Glibc
import Testing

@testable import Charts

/// Text goes through libgd's global FreeType cache; these tests run one at a time.
@Suite("Text: DejaVu Sans, fontconfig's choice, the bitmap font as fallback", .serialized)
struct TextTests {
    @Test("fontconfig finds a TrueType file for DejaVu Sans on this machine")
    func standardFont() throws {
        guard case .trueType(let regular, let bold) = Typeface.standard else {
            Issue.record("no TrueType font found; install fonts-dejavu-core")
            return
        }
        #expect(regular.hasSuffix(".ttf") && bold.hasSuffix(".ttf"))
        #expect(regular.contains("DejaVuSans") && bold.contains("Bold"))
        #expect(try GDImage.textWidth("iteration", ChartTheme.tickLabel, .standard) > 50)
    }

    @Test("without fonts-dejavu-core's files, fontconfig finds a TrueType file for the family")
    func fontconfigFallback() {
        let found = Typeface.fontFile(for: Typeface.family)
        #expect(found?.hasSuffix(".ttf") == true)
        #expect(Typeface.isRegularFile(found ?? "") && !Typeface.isRegularFile("/nonexistent/font.ttf"))
        // Either known file missing (or a folder): the font fontconfig picks, regular and bold.
        let viaFontconfig = Typeface.resolve(knownFiles: (regular: "/nonexistent/a.ttf", bold: "/nonexistent/b.ttf"))
        #expect(
            viaFontconfig
                == .trueType(regular: found ?? "", bold: Typeface.fontFile(for: Typeface.family + ":bold") ?? ""))
        let oneMissing = Typeface.resolve(knownFiles: (regular: Typeface.knownFiles.regular, bold: "/usr/share"))
        #expect(oneMissing == viaFontconfig)
    }

    @Test("the files tried before fontconfig are the ones fontconfig picks: the same glyphs, without its start-up")
    func knownFilesAreFontconfigsChoice() throws {
        let known = Typeface.knownFiles
        try #require(Typeface.isRegularFile(known.regular), "fonts-dejavu-core is not installed")
        #expect(Typeface.resolve(knownFiles: known) == .trueType(regular: known.regular, bold: known.bold))
        #expect(Typeface.standard == .trueType(regular: known.regular, bold: known.bold))
        func real(_ path: String?) -> String? {
            guard let path, let resolved = realpath(path, nil) else { return nil }
            defer { free(resolved) }
            return String(cString: resolved)
        }
        #expect(real(Typeface.fontFile(for: Typeface.family)) == real(known.regular))
        #expect(real(Typeface.fontFile(for: Typeface.family + ":bold")) == real(known.bold))
    }

    @Test("a font that cannot be opened is a thrown error, with libgd's message")
    func missingFont() throws {
        let broken = Typeface.trueType(regular: "/nonexistent/font.ttf", bold: "/nonexistent/font.ttf")
        let image = try GDImage(width: 100, height: 40)
        #expect {
            try image.drawText("weight", ChartTheme.legend, broken, x: 4, baseline: 30)
        } throws: { error in
            guard case ChartError.textFailed(let message, let text) = error else { return false }
            return text == "weight" && !message.isEmpty
        }
    }

    @Test("text is drawn where asked, in its colour", arguments: [Typeface.standard, .builtin])
    func drawn(_ typeface: Typeface) throws {
        let image = try GDImage(width: 300, height: 80)
        image.fill(RGB(0xFFFFFF))
        let style = TextStyle(size: 26, colour: RGB(0x000000))
        try image.drawText("Weights −0.075", style, typeface, x: 20, baseline: 50)
        var inked: [(Int, Int)] = []
        for y in 0..<80 {
            for x in 0..<300 where image.pixel(x: x, y: y) == RGB(0x000000) { inked.append((x, y)) }
        }
        #expect(inked.count > 100)
        // Everything lies right of x, around the baseline.
        #expect(inked.allSatisfy { $0.0 >= 18 && $0.1 >= 20 && $0.1 <= 60 })
        let width = try GDImage.textWidth("Weights −0.075", style, typeface)
        #expect(inked.map(\.0).max() ?? 0 <= 20 + Int(width) + 2)
    }

    @Test("vertical text reads upwards, centred where asked", arguments: [Typeface.standard, .builtin])
    func vertical(_ typeface: Typeface) throws {
        let image = try GDImage(width: 80, height: 300)
        image.fill(RGB(0xFFFFFF))
        try image.drawVerticalText(
            "weight", TextStyle(size: 26, colour: RGB(0)), typeface, baselineX: 50, centerY: 150)
        var ys: [Int] = []
        for y in 0..<300 {
            for x in 0..<80 where image.pixel(x: x, y: y) == RGB(0) {
                ys.append(y)
                // Glyphs lie left of the baseline; only descenders ("g") cross it.
                #expect(x <= 50 + 8)
            }
        }
        let middle = ((ys.min() ?? 0) + (ys.max() ?? 0)) / 2
        #expect(abs(middle - 150) <= 6)
        #expect((ys.max() ?? 0) - (ys.min() ?? 0) > 40)
    }

    @Test("the bitmap font replaces signs it cannot show")
    func ascii() {
        #expect(BitmapText.ascii("−0.5 × σ(z) ≥ ∞ é") == Array("-0.5 x sigma(z) >= inf ?".utf8))
    }
}
