import Synchronization

/// The text of the process laid out so far, shared by the charts drawn in parallel: tick labels
/// and legend entries repeat from chart to chart, and a line is laid out once however often it
/// is measured or drawn.
final class GlyphRuns: Sendable {
    /// What a laid-out line depends on.
    struct Key: Hashable, Sendable {
        let font: String
        let ptsize: Double
        let angle: Double
        let text: String
    }

    /// The runs of the process.
    static let shared = GlyphRuns()

    private let faces = Mutex<[String: FontFace]>([:])
    private let runs = Mutex<[Key: GlyphRun]>([:])

    /// `text` in the font file `font` at `ptsize` points (libgd's, at 96 dpi), turned by `angle` radians.
    func run(_ text: String, font: String, ptsize: Double, angle: Double) throws(ChartError) -> GlyphRun {
        let key = Key(font: font, ptsize: ptsize, angle: angle, text: text)
        if let known = runs.withLock({ $0[key] }) { return known }
        let face = faces.withLock { faces in
            if let face = faces[font] { return face }
            let face = FontFace(path: font)
            faces[font] = face
            return face
        }
        let run = try face.run(text, ptsize: ptsize, angle: angle)
        runs.withLock { $0[key] = run }
        return run
    }
}
