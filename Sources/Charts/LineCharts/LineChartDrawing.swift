/// A drawn line chart with its geometry, for callers (and tests) that need to know where a
/// value ended up.
struct LineChartDrawing {
    /// The image.
    let image: GDImage
    /// The plot panels, left to right.
    let panels: [ChartPanel]
    /// Where y values are drawn, shared by the panels.
    let yMap: AxisMap

    /// The pixel of value `y` at x in `panel` (x in the series' own units, such as iterations).
    func pixel(x: Int, y: Double, panel: Int = 0) -> (x: Int, y: Int) {
        let map = panels[panel].xMap
        return (Pixel.index(map.pixel(Double(x))), Pixel.index(yMap.pixel(y)))
    }
}
