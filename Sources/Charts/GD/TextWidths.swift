import Foundation

/// Widths of labels already measured, shared by the charts drawn in parallel: tick labels and
/// legend entries repeat from chart to chart, and every FreeType measurement is a full glyph
/// render under libgd's global lock.
final class TextWidths: @unchecked Sendable {
    /// What a width depends on.
    struct Key: Hashable {
        let text: String
        let font: String
        let size: Double
    }

    /// The cache of the process.
    static let shared = TextWidths()

    private var widths: [Key: Double] = [:]
    private let lock = NSLock()

    /// The width remembered for `key`, if any.
    func width(of key: Key) -> Double? {
        lock.lock()
        defer { lock.unlock() }
        return widths[key]
    }

    /// Remembers `width` for `key`.
    func remember(_ width: Double, for key: Key) {
        lock.lock()
        defer { lock.unlock() }
        widths[key] = width
    }
}
