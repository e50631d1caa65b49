import Formats
import Training

// Iteration 1's forward pass layer by layer, the chain rule for one weight of each layer, and the
// matrix form of the backward pass with the shapes.
extension HiddenWalkthroughContext {
    /// "σ(1.4) = 0.8022": the sigmoid of a value, with its result.
    private func sigmoidText(_ z: Double, _ a: Double) -> String { "σ(\(Display.short(z))) = \(Display.short(a))" }

    func forwardValue(_ one: HiddenIterationOne) -> TemplateValue {
        let samples = min(one.samples, Self.shown)
        let layers: [TemplateValue] = (1...layerCount).map { l in
            let output = l == layerCount
            let units = min(sizes[l], Self.shown)
            var rows: [TemplateValue] = []
            for i in 0..<samples {
                for u in 0..<units {
                    let pairs = (0..<sizes[l - 1]).map { j in (initialWeight(l, j, u), one.activations[l - 1][j][i]) }
                    let zText =
                        Arithmetic.sumOfProducts(pairs) + Arithmetic.plus(initialBias(l, u)) + " = "
                        + Display.short(one.z[l][u][i])
                    var row: [String: TemplateValue] = [
                        "sample": .int(i + 1),
                        "unit": .string(output ? "output" : "\(u + 1)"),
                        "zText": .string(zText),
                        "aText": .string(sigmoidText(one.z[l][u][i], one.activations[l][u][i])),
                        "verdict": "",
                    ]
                    if output {
                        let prediction = log.prediction(1, i), label = Int(dataset.labels[i])
                        row["verdict"] = .string(
                            "ŷ = \(prediction), y = \(label): " + (prediction == label ? "right" : "wrong"))
                    }
                    rows.append(.object(row))
                }
            }
            let name = output ? "s" : "A\(layerMark(l))"
            let zName = output ? "z" : "Z\(layerMark(l))"
            return [
                "heading": .string(output ? "Layer \(l): the output" : "Layer \(l): hidden"),
                "formulaMath": .string(
                    forwardMath(
                        l,
                        label:
                            "\(zName) = W\(layerMark(l))ᵀ·A\(layerMark(l - 1)) + b\(layerMark(l)),  \(name) = σ(\(zName))"
                    )),
                "shapes": .string(
                    "Shapes: W\(layerMark(l))ᵀ is \(sizes[l])×\(sizes[l - 1]), A\(layerMark(l - 1)) is "
                        + "\(sizes[l - 1])×\(dataset.sampleCount), so \(zName) and \(name) are \(sizes[l])×\(dataset.sampleCount); "
                        + "b\(layerMark(l)) (\(sizes[l])×1) is added to every column."),
                "rows": .list(rows),
                "caption": .string(
                    "Iteration 1, \(layerName(l)): \(firstOf(samples, dataset.sampleCount, "sample"))"
                        + (output ? "" : ", \(firstOf(units, sizes[l], "unit"))")),
                "inputs": .string(sourceName(l)),
            ]
        }
        let right = (0..<one.samples).filter { log.prediction(1, $0) == Int(dataset.labels[$0]) }.count
        return [
            "layers": .list(layers),
            "conclusion": .string(
                "With the initial parameters, iteration 1 classifies \(log.summary.sampleCount - log.errors(1)) of "
                    + "\(Display.count(dataset.sampleCount, "sample")) correctly"
                    + (one.samples < dataset.sampleCount ? " (\(right) of the first \(one.samples))" : "")
                    + "; its mean cross-entropy is \(Display.short(log.bce(1)))."),
        ]
    }

    /// The chain rule for W⁽ˡ⁾[0][0] of every layer, from the output down, with iteration 1's numbers.
    func backwardValue(_ one: HiddenIterationOne) -> TemplateValue {
        let top = layerCount
        let m = dataset.sampleCount
        let terms = min(one.samples, Self.shown)
        let logistic = settings.rule == .logistic
        let s = one.activations[top][0][0], y = dataset.labels[0]
        var outputFactors: [TemplateValue] = []
        if logistic {
            let slope = s * (1 - s)
            outputFactors.append(
                .string(
                    "∂Lᵢ/∂s = (s − y)/(s·(1 − s)) for the cross-entropy Lᵢ = −y·ln s − (1 − y)·ln(1 − s); here "
                        + "(\(Display.short(s)) − \(Display.short(y)))/(\(Display.short(s))·\(Arithmetic.factor(1 - s)))"
                        + (slope > 0 ? " = \(Display.short((s - y) / slope))" : ", where s(1 − s) rounds to 0")))
            outputFactors.append(
                .string(
                    "∂s/∂z = σ′(z) = s·(1 − s) = \(Display.short(s))·\(Arithmetic.factor(1 - s)) = \(Display.short(slope))"
                ))
            outputFactors.append(
                .string(
                    "Their product cancels to δ\(layerMark(top)) = s − y = \(Display.short(s)) − \(Display.short(y)) = "
                        + "\(Display.short(one.delta[top][0][0])): the sigmoid's slope and the cross-entropy's "
                        + "denominator are the same factor."))
        } else {
            let prediction = log.prediction(1, 0)
            outputFactors.append(
                .string(
                    "Under the thresholded rule the output's error is not a derivative: δ\(layerMark(top)) = ŷ − y = "
                        + "\(prediction) − \(Display.short(y)) = \(Display.short(one.delta[top][0][0])) (see "
                        + "\(HiddenWalkthroughSection.rule.reference)); from here on it is propagated exactly like a "
                        + "gradient."))
        }
        var weights: [TemplateValue] = []
        for l in stride(from: top, through: 1, by: -1) {
            var factors: [String] = []
            let input = one.activations[l - 1][0][0]
            let a = one.activations[l][0][0]
            if l < top {
                let above = sizes[l + 1]
                let pairs = (0..<above).map { k in (initialWeight(l + 1, 0, k), one.delta[l + 1][k][0]) }
                var back = 0.0
                for (w, d) in pairs { back += w * d }
                let deltaNames = (0..<min(above, 2)).map { "δ\(layerMark(l + 1))\(sub($0 + 1))" }
                factors.append(
                    "∂Lᵢ/∂a\(layerMark(l))\(sub(1)) = Σₖ W\(layerMark(l + 1))\(sub(1))ₖ·δ\(layerMark(l + 1))ₖ "
                        + "(unit 1 feeds every unit of the layer above: \(deltaNames.joined(separator: ", "))"
                        + (above > 2 ? ", …" : "") + ") = " + Arithmetic.sumOfProducts(pairs) + " = "
                        + Display.short(back))
                factors.append(
                    "∂a/∂z = σ′(z) = a·(1 − a) = \(Display.short(a))·\(Arithmetic.factor(1 - a)) = "
                        + Display.short(a * (1 - a)))
                factors.append(
                    "so δ\(layerMark(l))\(sub(1)) = \(Display.short(back))·\(Arithmetic.factor(a * (1 - a))) = "
                        + Display.short(one.delta[l][0][0]))
            }
            factors.append("∂z/∂w = \(inputName(l, 0)) = \(Display.short(input)), the input this weight multiplies")
            let products = (0..<terms).map { i in one.activations[l - 1][0][i] * one.delta[l][0][i] }
            let sampleTerms = products.map(Arithmetic.factor).joined(separator: " + ")
            let averaged =
                "Averaged over the \(Display.count(m, "sample")): dW\(layerMark(l))\(sub(1))\(sub(1)) = (1/\(m))·("
                + sampleTerms + (terms < m ? " + …" : "") + ") = " + Display.short(gradient(1, l, 0, 0))
            let after = weight(1, l, 0, 0)
            let update =
                "Update: W\(layerMark(l))\(sub(1))\(sub(1)) ← \(Display.short(initialWeight(l, 0, 0))) − "
                + "\(Display.short(settings.learningRate))·\(Arithmetic.factor(gradient(1, l, 0, 0))) = \(Display.short(after))"
            let path =
                (l..<top).map { "a\(layerMark($0))" }.reversed().joined(separator: " → ")
            weights.append([
                "heading": .string(
                    "W\(layerMark(l))\(sub(1))\(sub(1)), \(layerName(l)): from \(inputName(l, 0)) into "
                        + (l == top ? "the output" : "unit 1")),
                "chain": .string(
                    l == top
                        ? "∂Lᵢ/∂w = ∂Lᵢ/∂s · ∂s/∂z · ∂z/∂w"
                        : "∂Lᵢ/∂w = ∂Lᵢ/∂s · ∂s/∂z · … · ∂a\(layerMark(l))\(sub(1))/∂z · ∂z/∂w, through \(path) "
                            + "(every path from this weight to the output)"),
                "factors": .list(factors.map { .string($0) }),
                "product": .string(
                    "For sample 1 the product is δ\(layerMark(l))\(sub(1))·\(inputName(l, 0)) = "
                        + "\(Arithmetic.factor(one.delta[l][0][0]))·\(Arithmetic.factor(input)) = "
                        + Display.short(products.first ?? 0) + "."),
                "averaged": .string(averaged),
                "update": .string(update),
            ])
        }
        return [
            "intro": .string(
                "The loss L is the mean over the \(Display.count(m, "sample")) of each sample's loss, so every "
                    + "gradient is the mean of the samples' own. The chain rule follows one weight of each layer, the "
                    + "one from the first input into the first unit, from the output down, for sample 1 first."),
            "outputFactors": .list(outputFactors),
            "weights": .list(weights),
        ]
    }

    var matrixValue: TemplateValue {
        let top = layerCount
        let m = dataset.sampleCount
        var lines: [TemplateValue] = []
        let output =
            settings.rule == .logistic
            ? "δ\(layerMark(top)) = s − y" : "δ\(layerMark(top)) = ŷ − y (the thresholded rule's output error)"
        lines.append(["formulaMath": .string(outputDeltaMath(label: output)), "shape": .string("1×\(m)")])
        if top > 1 {
            for l in stride(from: top - 1, through: 1, by: -1) {
                let label =
                    "δ\(layerMark(l)) = (W\(layerMark(l + 1))·δ\(layerMark(l + 1))) ⊙ σ′(Z\(layerMark(l))), "
                    + "σ′(Z\(layerMark(l))) = A\(layerMark(l)) ⊙ (1 − A\(layerMark(l)))"
                lines.append([
                    "formulaMath": .string(
                        hiddenDeltaMath(l, label: label) + escapeHTML(", where σ′(Z) = A ⊙ (1 − A)")),
                    "shape": .string("\(sizes[l])×\(m) = (\(sizes[l])×\(sizes[l + 1]))·(\(sizes[l + 1])×\(m))"),
                ])
            }
        }
        for l in stride(from: top, through: 1, by: -1) {
            lines.append([
                "formulaMath": .string(
                    gradientMath(
                        l,
                        label:
                            "dW\(layerMark(l)) = A\(layerMark(l - 1))·δ\(layerMark(l))ᵀ / m,  db\(layerMark(l)) = Σᵢ δ\(layerMark(l)) / m"
                    )),
                "shape": .string(
                    "\(sizes[l - 1])×\(sizes[l]) = (\(sizes[l - 1])×\(m))·(\(m)×\(sizes[l])); db \(sizes[l])×1"),
            ])
        }
        lines.append([
            "formulaMath": .string(escapeHTML("W\(layerMark(1))…W\(layerMark(top)) ← W − α·dW,  b ← b − α·db")),
            "shape": .string("each as its W and b"),
        ])
        let gradients: [TemplateValue] = (1...top).map { l in
            let rows = min(sizes[l - 1], Self.matrixShown), columns = min(sizes[l], Self.matrixShown)
            let cut = rows < sizes[l - 1] || columns < sizes[l]
            return [
                "caption": .string(
                    "dW\(layerMark(l)) and db\(layerMark(l)) of iteration 1"
                        + (cut ? " (the first \(rows) rows and \(columns) columns of \(sizes[l - 1])×\(sizes[l]))" : "")
                ),
                "units": .list((0..<columns).map { .string($0 == 0 && l == top ? "output" : "unit \($0 + 1)") }),
                "rows": .list(
                    (0..<rows).map { j in
                        [
                            "name": .string("from \(inputName(l, j))"),
                            "values": .list((0..<columns).map { .string(Display.short(gradient(1, l, j, $0))) }),
                        ]
                    }),
                "biases": .list((0..<columns).map { .string(Display.short(biasGradient(1, l, $0))) }),
            ]
        }
        return [
            "intro": .string(
                "All samples and all weights at once: each δ is one row per unit and one column per sample, and "
                    + "every gradient is computed from the weights before the update; only then are all layers "
                    + "updated with α = \(Display.short(settings.learningRate))."),
            "lines": .list(lines),
            "gradients": .list(gradients),
        ]
    }
}
