import Synchronization

/// The text of the process laid out so far, shared by the charts drawn in parallel: tick labels
/// and legend entries repeat from chart to chart, and a line is laid out once however often it
/// is measured or drawn. At most `capacity` lines are kept: a comparison draws a thousand runs'
/// charts in one process, each with lines of its own (titles, markers, labels), and an unbounded
/// table kept about 80 KB of glyphs per run.
final class GlyphRuns: Sendable {
    /// The most lines kept; a report's charts lay out a few hundred.
    static let capacity = 2_048

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
        runs.withLock { runs in
            // Full: start again rather than track use; the lines of the charts being drawn come back.
            if runs.count >= Self.capacity { runs.removeAll(keepingCapacity: true) }
            runs[key] = run
        }
        return run
    }

    /// How many lines are kept.
    var count: Int { runs.withLock { $0.count } }
}
