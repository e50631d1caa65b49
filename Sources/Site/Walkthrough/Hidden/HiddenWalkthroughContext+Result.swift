import Formats
import Training

// The rule, training, the result (how the hidden units split the plane) and the downloads.
extension HiddenWalkthroughContext {
    var ruleValue: TemplateValue {
        let other = input.otherRule
        let otherName = settings.rule.other == .logistic ? "logistic" : "thresholded"
        let otherOutcome: String
        if let diverged = other.divergedAt {
            otherOutcome = "diverges at iteration \(Display.count(diverged))"
        } else if let allRight = other.allRightFrom {
            otherOutcome = "has every prediction right from iteration \(Display.count(allRight)) on"
        } else {
            otherOutcome =
                "ends with \(other.sampleCount - other.finalCorrect) of \(Display.count(other.sampleCount, "sample")) wrong"
        }
        let text: String
        if settings.rule == .logistic {
            text =
                "This run uses the logistic rule: the output's error is δ = s − y, which is m·∂L/∂z for the mean "
                + "cross-entropy L, so propagating it through the layers is ordinary backpropagation and every dW and "
                + "db is exactly the gradient of L (gradient descent on L)."
        } else {
            text =
                "This run uses the thresholded rule: the output's error is ŷ − y, the thresholded prediction's, and "
                + "it is propagated through the layers exactly as s − y would be, through σ′ of every hidden layer. "
                + "That is not the gradient of any loss: ŷ is a step function of z, whose derivative is 0 wherever "
                + "it exists, so no loss has ŷ − y as its derivative. It is the perceptron's error signal pushed "
                + "through the hidden layers' slopes: it is 0 for every sample that is right, so training stops "
                + "moving the weights once every prediction is right, and it ignores how confident a right answer is."
        }
        return [
            "text": .string(text),
            "other": .string(
                "The same data, network and initial values under the \(otherName) rule, with the same learning rate "
                    + "and iterations, \(otherOutcome)."),
        ]
    }

    var trainingValue: TemplateValue {
        let changes = log.predictionChanges.count
        var text = "Predictions changed in \(Display.count(changes, "iteration")). "
        if let allRight = log.summary.allRightFrom {
            text += "Every prediction is right from iteration \(Display.count(allRight)) on. "
        } else if log.divergedAt == nil {
            text += "Not every prediction is right at the end: \(log.errors(log.count)) wrong in the last iteration. "
        }
        text += lossText
        return ["text": .string(text)]
    }

    /// The training section's charts, and the notes on what they draw (units.png's facts).
    var trainingFigures: TemplateValue {
        let figures = [
            "loss.png", "errors.png", "gradients.png", "region.png", "region.gif", "units.png", "layer-weights.png",
            "weights.png", "bias.png", "confidence.png",
        ].compactMap { input.chart($0) == nil ? nil : base.figure($0) }
        var notes: [String] = []
        if dataset.featureCount != 2 {
            notes.append(
                "With \(Display.count(dataset.featureCount, "feature")) the inputs do not form a plane, so the decision "
                    + "region and the hidden units' lines are not drawn; the other charts are.")
        }
        notes += unitsSplit
        return ["figures": .list(figures), "notes": .list(notes.map { .string($0) })]
    }

    var resultValue: TemplateValue {
        let pass = log.finalPass
        let listed = min(dataset.sampleCount, WalkthroughContext.samplesShown)
        let rows: [TemplateValue] = (0..<min(listed, pass.s.count)).map { i in
            let label = Int(dataset.labels[i])
            return [
                "number": .int(i + 1),
                "point": .string(samplePoint(i)),
                "s": .string(Display.short(pass.s[i])),
                "prediction": .int(Int(pass.predictions[i])),
                "label": .int(label),
                "right": .bool(Int(pass.predictions[i]) == label),
            ]
        }
        var paragraphs: [String] = []
        if LogicGate.xor.dataset == dataset {
            paragraphs.append(base.xorImpossibility)
            paragraphs.append(
                "A hidden layer removes that limit: each hidden unit draws a line of its own, and the output "
                    + "combines the units' activations, which say on which side of each line a sample lies and how "
                    + "far from it, so the output's region need not be a half-plane.")
        }
        paragraphs += unitLines
        return [
            "caption": .string(
                "Predictions with the final parameters (\(firstOf(listed, dataset.sampleCount, "sample")))"),
            "rows": .list(rows),
            "accuracy": .string(base.accuracyText(log.summary)),
            "paragraphs": .list(paragraphs.map { .string($0) }),
        ]
    }

    /// How the first hidden layer's units split the plane with the final parameters: each unit's
    /// line w₁x₁ + w₂x₂ + b = 0, where its activation is 0.5, and the samples on its side a ≥ 0.5.
    var unitLines: [String] {
        guard dataset.featureCount == 2, log.divergedAt == nil, let first = log.hiddenLayout.layers.first else {
            return []
        }
        let k = log.count
        let units = min(first.units, Self.matrixShown)
        let samples = min(dataset.sampleCount, WalkthroughContext.samplesShown)
        var sentences: [String] = []
        for u in 0..<units {
            let w1 = log.hiddenWeight(k, layer: 1, 0, u), w2 = log.hiddenWeight(k, layer: 1, 1, u)
            let b = log.hiddenBias(k, layer: 1, u)
            let active = (0..<samples).filter { i in
                w1 * dataset.features[0][i] + w2 * dataset.features[1][i] + b >= 0
            }
            var text =
                "Hidden unit \(u + 1) ends with w₁ = \(Display.short(w1)), w₂ = \(Display.short(w2)), b = "
                + "\(Display.short(b)): its line \(Display.short(w1))·x₁ + \(Arithmetic.factor(w2))·x₂"
                + "\(Arithmetic.plus(b)) = 0 is where its activation is 0.5, and it is above 0.5 for "
            text +=
                active.isEmpty
                ? "none of the samples"
                : (active.count == samples && samples == dataset.sampleCount
                    ? "every sample"
                    : "sample" + (active.count == 1 ? " " : "s ")
                        + Display.list(active.map { "\($0 + 1) \(samplePoint($0))" }))
            if dataset.sampleCount == 4,
                let gate = LogicGate.allCases.first(where: { gate in
                    gate.dataset.features == dataset.features
                        && (0..<4).allSatisfy { (gate.dataset.labels[$0] == 1) == active.contains($0) }
                })
            {
                text += ": on these inputs it computes \(gate.rawValue.uppercased())"
            }
            sentences.append(text + ".")
        }
        if first.units > units {
            sentences.append("The other \(first.units - units) units of layer 1 are in data/history.csv.")
        }
        if log.hiddenLayout.layers.count == 1 {
            let weights = (0..<log.weightCount).map { log.weight(k, $0) }
            sentences.append(
                "The output weighs the units with W\(layerMark(layerCount)) = \(base.list(weights)) and b = "
                    + "\(Display.short(log.bias(k))): its own boundary is a straight line in the plane of the hidden "
                    + "units' activations, not of the inputs; the region it gives in the input plane need not be a "
                    + "half-plane.")
        }
        return sentences
    }

    /// How the first hidden layer's units split the plane at the end, as units.png draws them:
    /// which of the first samples each unit puts above ½, the units without a line, and that
    /// deeper units have none in the input plane.
    var unitsSplit: [String] {
        guard let facts = input.chart("units.png")?.facts.units else { return [] }
        var sentences: [String] = []
        let described = facts.units.prefix(Self.matrixShown)
        let which =
            facts.samplesListed < dataset.sampleCount ? " of the first \(Display.count(facts.samplesListed))" : ""
        let withLines = described.filter(\.hasLine)
        let sides = withLines.map { unit in
            "unit \(unit.number) puts \(ChartText.samples(unit.above))\(which) above ½"
        }
        // When every line leaves the samples on the same sides, the sides cannot be what tells
        // them apart: the activations' sizes are (XOR 2-2-1 under the thresholded rule, seed 1).
        let oneSplit = withLines.count > 1 && withLines.allSatisfy { $0.above == withLines.first?.above }
        let combined =
            oneSplit
            ? " No line separates the samples differently from the others: the output tells them apart by how far "
                + "from each line they lie, not by their side."
            : " The output combines those sides, and how far from each line a sample lies."
        if !sides.isEmpty {
            sentences.append(
                "In units.png each unit of hidden layer 1 is its line w₁x₁ + w₂x₂ + b = 0; after iteration "
                    + "\(Display.count(facts.iteration)), " + Display.list(sides)
                    + (described.count < facts.units.count
                        ? " (units \(described.count + 1) to \(facts.units.count) are drawn but not listed)" : "")
                    + "." + combined)
        }
        let lineless = facts.units.filter { !$0.hasLine }
        if !lineless.isEmpty {
            let names =
                lineless.count <= 4
                ? (lineless.count == 1 ? "Unit " : "Units ") + Display.list(lineless.map { Display.count($0.number) })
                : Display.count(lineless.count, "unit")
            sentences.append(
                "\(names) of hidden layer 1 \(lineless.count == 1 ? "has" : "have") no line at the end: "
                    + "both weights are 0 or a parameter is not a finite number.")
        }
        if facts.deeperLayers.count > 0 {
            sentences.append(
                "Only hidden layer 1 is drawn as lines: the units of the later hidden layers read the activations of "
                    + "the layer below, not x₁ and x₂, so their boundaries are not lines in the input plane.")
        }
        return sentences
    }

    var downloadsValue: TemplateValue {
        guard case .object(var value) = base.downloadsValue else { return base.downloadsValue }
        let m = log.loggedSampleCount, top = layerCount
        value["columnsNote"] = .string(
            "Columns: iteration, every hidden unit's activation per sample (l1_a_1_1 … for layer 1, unit 1, sample "
                + "1, up to the first \(m) samples), the output's z1…z\(m), s1…s\(m), yhat1…yhat\(m), e1…e\(m), errors, "
                + "mse, bce, then every layer's gradients (l1_dw_1_1 … l\(top)_db_1) and parameters after the update "
                + "(l1_w_1_1 … l\(top)_b_1), where l{l}_w_{j}_{u} is W⁽ˡ⁾ from input j into unit u. Row k is iteration "
                + "k. Numbers are written in the shortest form that reads back to the same double.")
        return .object(value)
    }
}
