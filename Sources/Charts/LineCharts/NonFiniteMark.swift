/// The "×" drawn where a series has a value that is NaN or infinite.
enum NonFiniteMark {
    /// Half the width of the mark.
    static let radius = 9.0

    /// Draws a mark centred on each of `centers`.
    static func draw(on image: GDImage, at centers: [Point]) {
        guard !centers.isEmpty else { return }
        var layer = StrokeLayer(
            clip: Rect(minX: 0, minY: 0, maxX: Double(image.width - 1), maxY: Double(image.height - 1)), image: image)
        let r = radius
        for center in centers {
            layer.stroke(Point(center.x - r, center.y - r), Point(center.x + r, center.y + r), thickness: 3.5)
            layer.stroke(Point(center.x - r, center.y + r), Point(center.x + r, center.y - r), thickness: 3.5)
        }
        layer.composite(onto: image, ChartTheme.annotation)
    }
}
