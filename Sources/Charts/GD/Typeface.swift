import CGD
import Foundation

/// The font that chart text is drawn with: DejaVu Sans where Debian's fonts-dejavu-core puts it,
/// else a scalable font file that fontconfig finds, or libgd's built-in bitmap font when there is none.
enum Typeface: Sendable, Equatable {
    /// FreeType text from these font files (regular and bold), drawn with gdImageStringFTEx.
    case trueType(regular: String, bold: String)
    /// libgd's 8×16 bitmap font (gdFontGetLarge), scaled up in whole pixels; ASCII only.
    case builtin

    /// The font family asked of fontconfig.
    static let family = "DejaVu Sans"

    /// The files of fonts-dejavu-core, tried before fontconfig: reading fontconfig's
    /// configuration (some 300 files) took longer than drawing a chart.
    static let knownFiles = (
        regular: "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        bold: "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"
    )

    /// The typeface of this process, resolved once.
    ///
    /// The file paths found are used from then on, so that every chart of the process uses the
    /// same font files.
    static let standard: Typeface = resolve(knownFiles: knownFiles)

    /// Sets up libgd's FreeType cache once per process (gdFontCacheSetup), before any text call:
    /// libgd otherwise creates it lazily, racing when the first calls come from several threads.
    /// A zero result means it could not; gdImageStringFTEx then tries itself, so text still works.
    static let fontCacheReady: Bool = gdFontCacheSetup() != 0

    /// The typeface from `knownFiles` when both are regular files, else from fontconfig.
    static func resolve(knownFiles: (regular: String, bold: String)) -> Typeface {
        if isRegularFile(knownFiles.regular) && isRegularFile(knownFiles.bold) {
            return .trueType(regular: knownFiles.regular, bold: knownFiles.bold)
        }
        _ = fontCacheReady
        let regular = fontFile(for: family) ?? fontFile(for: "sans-serif")
        guard let regular else {
            let note =
                "nnreport: no TrueType font was found through fontconfig (asked for \"\(family)\"); "
                + "chart text uses libgd's built-in bitmap font. Install fonts-dejavu-core for better text.\n"
            // write(2), not FileHandle: a closed or full standard error must not stop the run.
            _ = note.withCString { write(STDERR_FILENO, $0, strlen($0)) }
            return .builtin
        }
        let bold = fontFile(for: family + ":bold") ?? regular
        return .trueType(regular: regular, bold: bold)
    }

    /// Whether `path` names a regular file (symbolic links followed).
    static func isRegularFile(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFREG
    }

    /// The font file fontconfig picks for `pattern`, found by measuring one glyph with
    /// gdFTEX_FONTCONFIG | gdFTEX_RETURNFONTPATHNAME; nil when FreeType reports an error.
    static func fontFile(for pattern: String) -> String? {
        var extra = gdFTStringExtra()
        extra.flags = gdFTEX_FONTCONFIG | gdFTEX_RETURNFONTPATHNAME
        var box = [Int32](repeating: 0, count: 8)
        let error = gdImageStringFTEx(nil, &box, 0, pattern, 12, 0, 0, 0, "A", &extra)
        let path = extra.fontpath.map { String(cString: $0) }
        if let raw = extra.fontpath { gdFree(raw) }
        guard error == nil, let path, !path.isEmpty else { return nil }
        return path
    }
}
