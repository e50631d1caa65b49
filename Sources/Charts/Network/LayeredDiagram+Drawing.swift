import Formats
import Training

// The drawing: headers, links (singles by sign, bundles grey), nodes, the output's arrow.
extension LayeredDiagram {
    /// A link to draw: its ends, the value its width shows, and whether it bundles several.
    private struct Link {
        let from: Point, to: Point
        let value: Double
        let bundle: Bool
    }

    /// The mean |v| of `values`; NaN when one is not finite, so that the bundle is drawn as such.
    private static func meanMagnitude(_ values: [Double]) -> Double {
        guard !values.isEmpty, values.allSatisfy(\.isFinite) else { return .nan }
        // Each divided first: a sum of magnitudes near the largest double would overflow.
        let count = Double(values.count)
        return values.reduce(0) { $0 + abs($1) / count }
    }

    /// The centres of column `c`'s nodes: its drawn units, its summary node, then its bias node
    /// (none for the output column).
    private func centres(_ c: Int, x: Double, top: Double, bottom: Double) -> [Point] {
        let last = c == sizes.count - 1
        guard !last else { return [Point(x, (top + bottom) / 2)] }
        let (count, summarised) = drawn(c)
        let rows = count + (summarised ? 1 : 0) + 1
        let spacing = min(190, (bottom - top) / Double(max(rows - 1, 1)))
        let first = (top + bottom) / 2 - spacing * Double(rows - 1) / 2
        return (0..<rows).map { Point(x, first + spacing * Double($0)) }
    }

    /// The diagram at 2× and the |value| its widest link stands for.
    func render() throws(ChartError) -> (GDImage, Double?) {
        let (width, height) = (Self.cssSize.width * ChartTheme.scale, Self.cssSize.height * ChartTheme.scale)
        let image = try GDImage(width: width, height: height, background: ChartTheme.background)
        let padding = ChartTheme.padding
        let titleBaseline = padding + ChartTheme.title.capHeight
        try image.drawText(
            NetworkDiagram.heading(log, final: final), ChartTheme.title, typeface, x: padding,
            baseline: titleBaseline)

        let columns = sizes.count
        let (left, right) = (130.0, Double(width) - 380)
        let xs = (0..<columns).map { left + (right - left) * Double($0) / Double(columns - 1) }
        let headerBaseline = titleBaseline + 2 * ChartTheme.note.lineHeight + 58
        let (top, bottom) = (headerBaseline + 96, Double(height) - 44)
        let nodes = (0..<columns).map { centres($0, x: xs[$0], top: top, bottom: bottom) }
        let links = linkList(nodes)
        let finiteMagnitudes = links.map { abs($0.value) }.filter { $0.isFinite && $0 > 0 }
        let scale = finiteMagnitudes.max()
        try drawNotes(scale: scale, baseline: titleBaseline, on: image)
        try drawHeaders(xs: xs, baseline: headerBaseline, on: image)
        drawLinks(links, scale: scale, crowded: links.count > 40 * (columns - 1), on: image)
        try drawNodes(nodes, on: image)
        return (image, scale)
    }

    /// Every link, layer by layer: unit to unit, the summary nodes' bundles, the biases.
    private func linkList(_ nodes: [[Point]]) -> [Link] {
        let k = iteration
        var links: [Link] = []
        for l in 1..<sizes.count {
            let source = drawn(l - 1), target = drawn(l)
            let sourceNodes = nodes[l - 1], targetNodes = nodes[l]
            let hiddenSources = source.count..<sizes[l - 1]
            let hiddenTargets = target.count..<sizes[l]
            // Targets: each drawn unit, then the summary node standing for the rest.
            var targets: [(Point, [Int])] = (0..<target.count).map { (targetNodes[$0], [$0]) }
            if target.summarised { targets.append((targetNodes[target.count], Array(hiddenTargets))) }
            for (to, units) in targets {
                let bundled = units.count > 1
                for j in 0..<source.count {
                    let values = units.map { weight(k, l, j, $0) }
                    links.append(
                        Link(
                            from: sourceNodes[j], to: to, value: bundled ? Self.meanMagnitude(values) : values[0],
                            bundle: bundled))
                }
                if source.summarised {
                    let values = hiddenSources.flatMap { j in units.map { weight(k, l, j, $0) } }
                    links.append(
                        Link(
                            from: sourceNodes[source.count], to: to, value: Self.meanMagnitude(values), bundle: true))
                }
                let biases = units.map { bias(k, l, $0) }
                links.append(
                    Link(
                        from: sourceNodes[sourceNodes.count - 1], to: to,
                        value: bundled ? Self.meanMagnitude(biases) : biases[0], bundle: bundled))
            }
        }
        return links
    }

    /// The scale and what the colours mean; what is summarised.
    private func drawNotes(scale: Double?, baseline: Double, on image: GDImage) throws(ChartError) {
        let widest = scale.map { "widest = \(Display.compact($0))" } ?? "no link is finite and non-zero"
        try image.drawText(
            "Link width ∝ |w| or |b| (\(widest)); blue: positive, orange: negative; grey dashes: 0 or not finite",
            ChartTheme.note, typeface, x: ChartTheme.padding, baseline: baseline + ChartTheme.note.lineHeight + 10)
        let summarised = (0..<sizes.count - 1).filter { drawn($0).summarised }
        let second =
            summarised.isEmpty
            ? "Every unit has a bias: the links from the node b under each column."
            : "Layers of more than \(Self.listedUnits): units \(Self.drawnUnits + 1)… as one “+n” node; grey links "
                + "as wide as their mean |w|"
        try image.drawText(
            second, ChartTheme.note, typeface, x: ChartTheme.padding,
            baseline: baseline + 2 * ChartTheme.note.lineHeight + 14)
    }

    /// "inputs", "layer 1" …, "output" above the columns, with the size of summarised layers.
    private func drawHeaders(xs: [Double], baseline: Double, on image: GDImage) throws(ChartError) {
        let style = ChartTheme.legend
        for (c, x) in xs.enumerated() {
            let name = c == 0 ? "inputs" : (c == xs.count - 1 ? "output" : "layer \(c)")
            try image.drawText(
                name, TextStyle(size: style.size, bold: true, colour: ChartTheme.ink), typeface, x: x,
                baseline: baseline, align: .center)
            guard c < xs.count - 1 else { continue }
            try image.drawText(
                Display.count(sizes[c], c == 0 ? "input" : "unit"), ChartTheme.note, typeface, x: x,
                baseline: baseline + style.lineHeight, align: .center)
        }
    }

    private func drawLinks(_ links: [Link], scale: Double?, crowded: Bool, on image: GDImage) {
        let whole = Rect(minX: 0, minY: 0, maxX: Double(image.width - 1), maxY: Double(image.height - 1))
        var positive = StrokeLayer(clip: whole, image: image)
        var negative = StrokeLayer(clip: whole, image: image)
        var bundles = StrokeLayer(clip: whole, image: image)
        let widest = crowded ? 12.0 : 24.0
        for link in links {
            guard link.value.isFinite, link.value != 0, let scale else {
                image.dashedLine(link.from, link.to, NetworkDiagram.zeroColour, thickness: 2, dash: 12, gap: 10)
                continue
            }
            // Divided first: |value| near the largest double must not overflow.
            let thickness = 2 + widest * min(abs(link.value) / scale, 1)
            if link.bundle {
                bundles.stroke(link.from, link.to, thickness: thickness)
            } else if link.value > 0 {
                positive.stroke(link.from, link.to, thickness: thickness)
            } else {
                negative.stroke(link.from, link.to, thickness: thickness)
            }
        }
        bundles.composite(onto: image, Self.bundleColour)
        positive.composite(onto: image, NetworkDiagram.positiveColour)
        negative.composite(onto: image, NetworkDiagram.negativeColour)
    }

    private func drawNodes(_ nodes: [[Point]], on image: GDImage) throws(ChartError) {
        let last = nodes.count - 1
        for (c, column) in nodes.enumerated() where c < last {
            let (count, summarised) = drawn(c)
            let spacing = column.count > 1 ? column[1].y - column[0].y : 150
            let radius = min(40, spacing * 0.4)
            var style = ChartTheme.legend
            style.size = max(22, min(style.size, radius * 0.8))
            for (row, centre) in column.enumerated() {
                let text: String
                if row < count {
                    text = c == 0 ? "x\(row + 1)" : "\(row + 1)"
                } else if summarised && row == count {
                    text = "+\(sizes[c] - count)"
                } else {
                    text = "b"
                }
                let bias = text == "b"
                image.fillCircle(center: centre, radius: radius, bias ? ChartTheme.mutedInk : ChartTheme.axis)
                image.fillCircle(
                    center: centre, radius: radius - 3, bias ? ChartTheme.background : NetworkDiagram.nodeFill)
                try image.drawText(
                    text, style, typeface, x: centre.x, baseline: centre.y + style.capHeight / 2, align: .center)
            }
        }
        // The output: σ in a ringed node, an arrow to ŷ.
        let centre = nodes[last][0]
        let radius = 58.0
        image.fillCircle(center: centre, radius: radius, ChartTheme.ink)
        image.fillCircle(center: centre, radius: radius - 4, ChartTheme.background)
        let big = TextStyle(size: 44, colour: ChartTheme.ink)
        try image.drawText("σ", big, typeface, x: centre.x, baseline: centre.y + big.capHeight / 2, align: .center)
        let start = Point(centre.x + radius + 6, centre.y), end = Point(centre.x + radius + 110, centre.y)
        var arrow = StrokeLayer(
            clip: Rect(minX: 0, minY: 0, maxX: Double(image.width - 1), maxY: Double(image.height - 1)), image: image)
        arrow.stroke(start, end, thickness: 4)
        arrow.composite(onto: image, ChartTheme.ink)
        image.fillPolygon(
            [Point(end.x + 18, end.y), Point(end.x - 4, end.y - 12), Point(end.x - 4, end.y + 12)], ChartTheme.ink)
        let style = ChartTheme.legend
        try image.drawText("s", style, typeface, x: (start.x + end.x) / 2, baseline: centre.y - 16, align: .center)
        try image.drawText(
            "ŷ = 1 if", style, typeface, x: end.x + 30, baseline: centre.y - 6)
        try image.drawText(
            "s ≥ \(Display.compact(log.settings.threshold))", style, typeface, x: end.x + 30,
            baseline: centre.y + style.lineHeight - 6)
    }
}
