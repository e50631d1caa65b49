import CFreeType
import Foundation
import Synchronization

/// One font file opened with FreeType, laying out and rendering text exactly as libgd's
/// gdImageStringFTEx does: its two sizes (layout at 300 dpi, drawing at 96), its charmap,
/// kerning and line breaks. Each glyph is rendered once per size and angle; libgd rendered
/// every glyph of every label again, under its global lock.
///
/// FreeType objects are not thread-safe: every call into FreeType holds this face's lock.
final class FontFace: Sendable {
    /// The font file.
    let path: String
    private let state: Mutex<FontFaceState>

    /// Opens `path` (nothing is read until the first layout).
    init(path: String) {
        self.path = path
        state = Mutex(FontFaceState())
    }

    /// `text` laid out at `ptsize` points (libgd's size at 96 dpi), rotated by `angle` radians.
    ///
    /// - Throws: `.textFailed` with libgd's message for the same failure.
    func run(_ text: String, ptsize: Double, angle: Double) throws(ChartError) -> GlyphRun {
        let result: Result<GlyphRun, ChartError> = state.withLock { face in
            Result { () throws(ChartError) in try face.layout(text, path: path, ptsize: ptsize, angle: angle) }
        }
        return try result.get()
    }
}
