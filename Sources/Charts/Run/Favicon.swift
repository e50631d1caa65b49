import CGD
import Foundation

/// The site's icon: a sigmoid neuron, a blue disc with the S of σ(z) across it.
public enum Favicon {
    /// The side of the icon in pixels.
    public static let size = 64

    /// The icon as a 64×64 PNG with a transparent background.
    public static func png() throws(ChartError) -> [UInt8] {
        let image = try GDImage(width: size, height: size)
        // Start fully transparent and keep the alpha channel in the PNG.
        gdImageAlphaBlending(image.pointer, 0)
        image.fillRectangle(x0: 0, y0: 0, x1: size - 1, y1: size - 1, ChartTheme.background, alpha: 127)
        gdImageAlphaBlending(image.pointer, 1)
        gdImageSaveAlpha(image.pointer, 1)
        let whole = Rect(minX: 0, minY: 0, maxX: Double(size - 1), maxY: Double(size - 1))
        let middle = Double(size - 1) / 2
        var disc = StrokeLayer(clip: whole, image: image)
        disc.stroke(Point(middle, middle), Point(middle, middle), thickness: Double(size) - 3)
        disc.composite(onto: image, ChartTheme.palette[0])
        var curve = StrokeLayer(clip: whole, image: image)
        let points = (0...48).map { step -> Point in
            let t = Double(step) / 48
            let s = 1 / (1 + exp(-(t * 12 - 6)))
            return Point(middle - 20 + 40 * t, middle + 15 - 30 * s)
        }
        curve.polyline(points, thickness: 6)
        curve.composite(onto: image, ChartTheme.background)
        return try image.png()
    }
}
