import Foundation

/// A row-wrapped legend: a swatch (a line or a mark) and a label per entry.
struct Legend {
    /// One legend entry.
    struct Entry: Sendable {
        /// How the swatch looks.
        enum Swatch: Sendable {
            /// A short line in the series colour.
            case line(RGB, thickness: Int)
            /// The mark drawn where a value is not finite.
            case nonFiniteMark
            /// A dashed vertical marker line.
            case dashedMarker
            /// A short dashed line.
            case dashedLine(RGB, thickness: Int)
            /// A filled circle (a sample of label 1).
            case circle(RGB)
            /// A filled square (a sample of label 0).
            case square(RGB)
            /// A ring (a misclassified sample).
            case ring(RGB)
            /// A filled patch (a region).
            case area(RGB)
            /// No swatch: a note.
            case none
        }
        /// The swatch.
        var swatch: Swatch
        /// The label.
        var label: String
    }

    /// Where each entry goes: its swatch's left edge and its baseline.
    private(set) var placements: [(entry: Entry, x: Double, baseline: Double)] = []
    /// The total height of the rows.
    private(set) var height = 0.0

    /// Drawn pixels per CSS pixel; the theme's sizes are for 2.
    let zoom: Double
    private var style: TextStyle { ChartTheme.legend.scaled(zoom / 2) }
    private var swatchWidth: Double { 44 * zoom / 2 }
    private var swatchGap: Double { 12 * zoom / 2 }
    private var entryGap: Double { 36 * zoom / 2 }

    /// Lays out `entries` in rows from (left, top), wrapping before `right`, or one per row.
    init(
        _ entries: [Entry], left: Double, top: Double, right: Double, typeface: Typeface, zoom: Double = 2,
        onePerRow: Bool = false
    ) throws(ChartError) {
        self.zoom = zoom
        guard !entries.isEmpty else { return }
        var x = left
        let style = ChartTheme.legend.scaled(zoom / 2)
        let rowHeight = style.lineHeight * (onePerRow ? 1.35 : 1)
        var baseline = top + style.capHeight
        for entry in entries {
            let width = swatchWidth + swatchGap + (try GDImage.textWidth(entry.label, style, typeface))
            if x > left && (onePerRow || x + width > right) {
                x = left
                baseline += rowHeight
            }
            placements.append((entry, x, baseline))
            x += width + entryGap
        }
        height = baseline - top + style.descent
    }

    /// Draws the entries.
    func draw(on image: GDImage, typeface: Typeface) throws(ChartError) {
        var strokes = StrokeLayer(
            clip: Rect(minX: 0, minY: 0, maxX: Double(image.width - 1), maxY: Double(image.height - 1)), image: image)
        for (entry, x, baseline) in placements {
            let middle = (baseline - style.capHeight / 2).rounded()
            let center = Point(x + swatchWidth / 2, middle)
            let unit = zoom / 2
            switch entry.swatch {
            case .line(let colour, let thickness):
                var layer = swatchLayer(center, image)
                layer.stroke(Point(x, middle), Point(x + swatchWidth, middle), thickness: Double(thickness) * unit)
                layer.composite(onto: image, colour)
            case .dashedLine(let colour, let thickness):
                image.dashedLine(
                    Point(x, middle), Point(x + swatchWidth, middle), colour,
                    thickness: max(1, Int(Double(thickness) * unit)), dash: 14 * unit, gap: 9 * unit)
            case .nonFiniteMark:
                NonFiniteMark.draw(on: image, at: [center])
            case .dashedMarker:
                image.dashedLine(
                    Point(center.x, middle - 14 * unit), Point(center.x, middle + 14 * unit), ChartTheme.annotation,
                    thickness: 2, dash: 6 * unit, gap: 5 * unit)
            case .circle(let colour):
                var layer = swatchLayer(center, image)
                layer.stroke(center, center, thickness: 25 * unit)
                layer.composite(onto: image, colour)
            case .square(let colour):
                let half = Int((9 * unit).rounded())
                let (cx, cy) = (Int(center.x.rounded()), Int(center.y.rounded()))
                image.fillRectangle(x0: cx - half, y0: cy - half, x1: cx + half, y1: cy + half, colour)
            case .ring:
                strokes.polyline(Self.ring(center, radius: 15 * unit), thickness: 3.5 * unit)
            case .area(let colour):
                let (cx, cy) = (Int(center.x.rounded()), Int(center.y.rounded()))
                let (w, h) = (Int(swatchWidth / 2), Int(style.capHeight))
                image.fillRectangle(x0: cx - w, y0: cy - h, x1: cx + w, y1: cy + h, colour)
            case .none:
                break
            }
            try image.drawText(entry.label, style, typeface, x: x + swatchWidth + swatchGap, baseline: baseline)
        }
        strokes.composite(onto: image, ChartTheme.ink)
    }

    /// The widest entry, swatch included.
    static func width(of entries: [Entry], typeface: Typeface, zoom: Double = 2) throws(ChartError) -> Double {
        let style = ChartTheme.legend.scaled(zoom / 2)
        var widest = 0.0
        for entry in entries { widest = max(widest, try GDImage.textWidth(entry.label, style, typeface)) }
        return widest + (44 + 12) * zoom / 2
    }

    /// A small layer around one swatch.
    private func swatchLayer(_ center: Point, _ image: GDImage) -> StrokeLayer {
        let reach = swatchWidth
        return StrokeLayer(
            clip: Rect(minX: center.x - reach, minY: center.y - reach, maxX: center.x + reach, maxY: center.y + reach),
            image: image)
    }

    /// The points of a circle, for drawing a ring as a closed polyline.
    static func ring(_ center: Point, radius: Double) -> [Point] {
        let steps = 48
        return (0...steps).map { k in
            let angle = Double(k) * 2 * Double.pi / Double(steps)
            return Point(center.x + radius * cos(angle), center.y + radius * sin(angle))
        }
    }
}
