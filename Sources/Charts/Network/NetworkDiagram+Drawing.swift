import Formats
import Foundation
import Training

// The drawing: links first, then nodes, then labels on white boxes.
extension NetworkDiagram {
    static let positiveColour = ChartTheme.palette[0]
    static let negativeColour = ChartTheme.palette[1]
    static let zeroColour = RGB(0x999999)
    static let nodeFill = RGB(0xF4F4F4)
    static let labelBorder = RGB(0xCCCCCC)

    /// The title of a diagram of `log`'s initial or final network (the layered one's too).
    static func heading(_ log: TrainingLog, final: Bool) -> String {
        if !final { return "The network before training (iteration 0)" }
        if let diverged = log.divergedAt {
            return "The network when training stopped (iteration \(Display.count(diverged)))"
        }
        return "The network after training (iteration \(Display.count(log.count)))"
    }

    /// The diagram at 2×.
    func render() throws(ChartError) -> GDImage {
        let (width, height) = (Self.cssSize.width * ChartTheme.scale, Self.cssSize.height * ChartTheme.scale)
        let image = try GDImage(width: width, height: height, background: ChartTheme.background)
        let padding = ChartTheme.padding
        let titleBaseline = padding + ChartTheme.title.capHeight
        try image.drawText(
            Self.heading(log, final: final), ChartTheme.title, typeface, x: padding, baseline: titleBaseline)
        try image.drawText(
            "Link width ∝ |weight|; blue: positive, orange: negative; grey dashes: zero or not finite", ChartTheme.note,
            typeface, x: padding,
            baseline: titleBaseline + ChartTheme.note.lineHeight + 10)

        let inputs = shownInputs
        let rows = inputs.count + 1
        let top = 170.0
        let bottom = Double(height) - 60
        let spacing = min(190, (bottom - top) / Double(max(rows - 1, 1)))
        let firstY = (top + bottom) / 2 - spacing * Double(rows - 1) / 2
        let inputX = 330.0
        let neuron = Point(1010, (top + bottom) / 2)
        let neuronRadius = 92.0
        let nodeRadius = min(50, spacing * 0.36)
        var nodes: [(center: Point, text: String, name: String)] = []
        var links: [(from: Point, value: Double, label: String)] = []
        for (row, input) in inputs.enumerated() {
            let center = Point(inputX, firstY + spacing * Double(row))
            guard let j = input else {
                let hidden = log.featureCount - (inputs.count - 1)
                try image.drawText(
                    "⋮ \(Display.count(hidden)) more", ChartTheme.legend, typeface, x: inputX,
                    baseline: center.y + ChartTheme.legend.capHeight / 2, align: .center)
                continue
            }
            // A feature named like its input ("x1") needs no second label.
            let name = log.dataset.featureNames[j]
            nodes.append((center, "x\(j + 1)", name == "x\(j + 1)" ? "" : name))
            links.append((center, weights[j], "w\(j + 1) = \(linkValue(weights[j]))"))
        }
        let biasCenter = Point(inputX, firstY + spacing * Double(rows - 1))
        nodes.append((biasCenter, "1", "bias input"))
        links.append((biasCenter, bias, "b = \(linkValue(bias))"))

        drawLinks(links, to: neuron, radius: neuronRadius, on: image)
        try drawNodes(nodes, radius: nodeRadius, on: image)
        try drawNeuron(at: neuron, radius: neuronRadius, on: image)
        try drawLinkLabels(links, to: neuron, spacing: spacing, nodeRadius: nodeRadius, on: image)
        return image
    }

    /// A link's value as drawn on it.
    func linkValue(_ value: Double) -> String {
        value.isFinite ? Display.compact(value) : "not finite"
    }

    /// The width of a link for a parameter of this value, in drawn pixels.
    func linkWidth(_ value: Double) -> Double {
        guard value.isFinite else { return 3 }
        // Divided first: 25·|value| overflows for values near the largest double.
        let share = abs(value) / largestMagnitude
        return share.isFinite ? 3 + 25 * min(share, 1) : 3
    }

    private func drawLinks(
        _ links: [(from: Point, value: Double, label: String)], to neuron: Point, radius: Double, on image: GDImage
    ) {
        let whole = Rect(minX: 0, minY: 0, maxX: Double(image.width - 1), maxY: Double(image.height - 1))
        var positive = StrokeLayer(clip: whole, image: image)
        var negative = StrokeLayer(clip: whole, image: image)
        for link in links {
            if !link.value.isFinite || link.value == 0 {
                image.dashedLine(link.from, neuron, Self.zeroColour, thickness: 3, dash: 14, gap: 10)
            } else if link.value > 0 {
                positive.stroke(link.from, neuron, thickness: linkWidth(link.value))
            } else {
                negative.stroke(link.from, neuron, thickness: linkWidth(link.value))
            }
        }
        positive.composite(onto: image, Self.positiveColour)
        negative.composite(onto: image, Self.negativeColour)
    }

    private func drawNodes(_ nodes: [(center: Point, text: String, name: String)], radius: Double, on image: GDImage)
        throws(ChartError)
    {
        // Small nodes (many inputs) get smaller text, so that "x12" stays inside its circle.
        var style = ChartTheme.legend
        style.size = min(style.size, radius * 0.75)
        for node in nodes {
            image.fillCircle(center: node.center, radius: radius, ChartTheme.axis)
            image.fillCircle(center: node.center, radius: radius - 3, Self.nodeFill)
            try image.drawText(
                node.text, style, typeface, x: node.center.x, baseline: node.center.y + style.capHeight / 2,
                align: .center)
            guard !node.name.isEmpty else { continue }
            try image.drawText(
                node.name, style, typeface, x: node.center.x - radius - 18,
                baseline: node.center.y + style.capHeight / 2, align: .right)
        }
    }

    private func drawNeuron(at center: Point, radius: Double, on image: GDImage) throws(ChartError) {
        image.fillCircle(center: center, radius: radius, ChartTheme.ink)
        image.fillCircle(center: center, radius: radius - 4, ChartTheme.background)
        var strokes = StrokeLayer(
            clip: Rect(minX: center.x - 400, minY: center.y - 200, maxX: center.x + 420, maxY: center.y + 200),
            image: image)
        // Σ on the left half, the sigmoid's S on the right, a divider between.
        strokes.stroke(Point(center.x, center.y - radius + 16), Point(center.x, center.y + radius - 16), thickness: 2.5)
        let curve = (0...40).map { step -> Point in
            let t = Double(step) / 40
            let s = 1 / (1 + exp(-(t * 12 - 6)))
            return Point(center.x + 14 + t * (radius - 30), center.y + 30 - s * 60)
        }
        strokes.polyline(curve, thickness: 4)
        // The output: an arrow to ŷ.
        let start = Point(center.x + radius + 6, center.y)
        let end = Point(center.x + radius + 190, center.y)
        strokes.stroke(start, end, thickness: 4)
        strokes.composite(onto: image, ChartTheme.ink)
        image.fillPolygon(
            [Point(end.x + 18, end.y), Point(end.x - 4, end.y - 12), Point(end.x - 4, end.y + 12)], ChartTheme.ink)
        let big = TextStyle(size: 52, colour: ChartTheme.ink)
        try image.drawText(
            "Σ", big, typeface, x: center.x - radius / 2 + 4, baseline: center.y + big.capHeight / 2, align: .center)
        let style = ChartTheme.legend
        try image.drawText(
            "s = σ(z)", style, typeface, x: (start.x + end.x) / 2, baseline: center.y - 18, align: .center)
        let threshold = Display.compact(log.settings.threshold)
        try image.drawText(
            "ŷ = 1 if s ≥ \(threshold)", style, typeface, x: end.x + 30, baseline: center.y + style.capHeight / 2)
        try image.drawText(
            "z = Wᵀ·x + b", ChartTheme.note, typeface, x: center.x, baseline: center.y + radius + 40, align: .center)
    }

    private func drawLinkLabels(
        _ links: [(from: Point, value: Double, label: String)], to neuron: Point, spacing: Double, nodeRadius: Double,
        on image: GDImage
    ) throws(ChartError) {
        var style = ChartTheme.legend
        style.size = min(style.size, spacing * 0.4)
        for link in links {
            // Just right of its input, where the links are still a row apart, each label sits on its link.
            let labelWidth = try GDImage.textWidth(link.label, style, typeface)
            let x = link.from.x + nodeRadius + 24 + labelWidth / 2
            let t = (x - link.from.x) / (neuron.x - link.from.x)
            let at = Point(x, link.from.y + (neuron.y - link.from.y) * t)
            let width = try GDImage.textWidth(link.label, style, typeface)
            let (x0, x1) = (
                Pixel.index(at.x - width / 2 - 10, .towardZero), Pixel.index(at.x + width / 2 + 10, .towardZero)
            )
            let (y0, y1) = (
                Pixel.index(at.y - style.capHeight / 2 - 9, .towardZero),
                Pixel.index(at.y + style.capHeight / 2 + 9, .towardZero)
            )
            image.fillRectangle(x0: x0 - 2, y0: y0 - 2, x1: x1 + 2, y1: y1 + 2, Self.labelBorder)
            image.fillRectangle(x0: x0, y0: y0, x1: x1, y1: y1, ChartTheme.background)
            try image.drawText(
                link.label, style, typeface, x: at.x, baseline: at.y + style.capHeight / 2, align: .center)
        }
    }
}
