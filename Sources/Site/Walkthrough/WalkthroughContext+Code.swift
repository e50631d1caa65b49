import Formats
import Training

// The code beside the maths: each numpy statement of the article's loop, its formula, and what it
// gave in iteration 1 of this run, one row per step.
extension WalkthroughContext {
    var codeValue: TemplateValue {
        let thresholded = settings.rule == .thresholded
        let threshold = ShortestNumber.text(settings.threshold)
        let start = settings.initialWeights
        let weightsCode =
            start.count == 2
            ? "W[0], W[1] = \(ShortestNumber.text(start[0])), \(ShortestNumber.text(start[1]))"
            : "W[:, 0] = [" + start.prefix(Self.samplesShown).map(ShortestNumber.text).joined(separator: ", ")
                + (start.count > Self.samplesShown ? ", …]" : "]")
        let error = thresholded ? "y_pred - y" : "s - y"
        let rows: [(step: String, code: [String], math: String, numbers: String)] = [
            (
                "start",
                [
                    weightsCode, "b = \(ShortestNumber.text(settings.initialBias))",
                    "a = \(ShortestNumber.text(settings.learningRate))",
                ],
                MathML.inline(
                    MathML.identifier("W"), MathML.op(","), MathML.identifier("b"), MathML.op(","),
                    MathML.identifier("α"), label: "W, b and alpha"),
                "W = \(column(start)), b = \(Display.short(settings.initialBias)), α = "
                    + Display.short(settings.learningRate)
            ),
            (
                "z", ["z = np.dot(W.T, x) + b"],
                inline("z equals W transposed times X plus b", "z", "=", "W", "ᵀ", "·", "X", "+", "b"),
                "z = " + sampleRow { log.z(1, $0) }
            ),
            (
                "s", ["s = 1 / (1 + np.exp(-z))"],
                MathML.inline(
                    MathML.identifier("s"), MathML.op("="), MathML.identifier("σ"), MathML.op("("),
                    MathML.identifier("z"), MathML.op(")"), label: "s equals sigma of z"),
                "s = " + sampleRow { log.s(1, $0) }
            ),
            (
                "ŷ",
                thresholded
                    ? ["s = s >= \(threshold)", "y_pred = np.array(s, dtype='int64')"]
                    : ["y_pred = np.array(s >= \(threshold), dtype='int64')"],
                MathML.inline(
                    MathML.identifier("ŷ"), MathML.op("="), MathML.integer(1), MathML.text(" where "),
                    MathML.identifier("s"), MathML.op("≥"), MathML.number(settings.threshold),
                    MathML.text(", else "), MathML.integer(0),
                    label: "y hat is 1 where s is at least \(Display.short(settings.threshold)), else 0"),
                "ŷ = " + sampleRow { Double(log.prediction(1, $0)) }
            ),
            (
                "e", [error + "  # in dW and db below"],
                inline(
                    thresholded ? "e equals y hat minus y" : "e equals s minus y", "e", "=", thresholded ? "ŷ" : "s",
                    "−", "y"),
                "e = " + sampleRow { log.e(1, $0) }
            ),
            (
                "dW", ["m = x.shape[1]", "dW = np.dot(x, (\(error)).T) / m"],
                MathML.inline(
                    MathML.name("dW"), MathML.op("="), MathML.fraction(MathML.integer(1), MathML.identifier("m")),
                    MathML.identifier("X"), MathML.op("·"), MathML.sup(MathML.identifier("e"), MathML.identifier("T")),
                    label: "dW equals one over m times X times e transposed"),
                "dW = " + column(log.weights(after: 0).indices.map { log.dW(1, $0) }) + ", m = "
                    + Display.count(dataset.sampleCount)
            ),
            (
                "db", ["db = np.sum(\(error)) / m"],
                MathML.inline(
                    MathML.name("db"), MathML.op("="), MathML.fraction(MathML.integer(1), MathML.identifier("m")),
                    MathML.op("∑"), MathML.ofSample("e"), label: "db equals one over m times the sum of the errors"),
                "db = " + Display.short(log.db(1))
            ),
            (
                "W", ["W = W - a * dW"],
                inline("W becomes W minus alpha times dW", "W", "←", "W", "−", "α", "·", "dW"),
                "W = " + column(log.weights(after: 1))
            ),
            (
                "b", ["b = b - a * db"],
                inline("b becomes b minus alpha times db", "b", "←", "b", "−", "α", "·", "db"),
                "b = " + Display.short(log.bias(1))
            ),
        ]
        return [
            "rows": .list(
                rows.map {
                    [
                        "step": .string($0.step), "code": .string($0.code.joined(separator: "\n")),
                        "math": .string($0.math), "numbers": .string($0.numbers),
                    ]
                }),
            "ruleNote": .string(
                thresholded
                    ? "These are the article's statements; its x is the X of the formulas and its a is α."
                    : "The article's code has only the thresholded rule. For the logistic rule of this run the "
                        + "error is s − y, so its two gradient lines use s - y where the article has y_pred - y, "
                        + "and the prediction no longer overwrites s. Its x is the X of the formulas and its a is α."),
            "samplesNote": .string(samplesNote),
        ]
    }

    /// "[1, 1.4, 1.2, 1.6]": a per-sample value of iteration 1 for the samples the page shows.
    private func sampleRow(_ value: (Int) -> Double) -> String {
        let shown = min(log.loggedSampleCount, Self.samplesShown)
        let values = (0..<shown).map { Display.short(value($0)) }
        return "[" + values.joined(separator: ", ") + (dataset.sampleCount > shown ? ", …]" : "]")
    }

    /// Which samples the per-sample vectors show.
    private var samplesNote: String {
        let shown = min(log.loggedSampleCount, Self.samplesShown), m = dataset.sampleCount
        return shown == m
            ? "Each vector has one entry per sample, samples 1 to \(Display.count(m)) in order."
            : "Each vector shows samples 1 to \(Display.count(shown)) of \(Display.count(m)); "
                + "the rest are in the history and the downloads."
    }

    /// A formula of single symbols: identifiers, operators ("=", "·", …) and the upright names dW, db.
    private func inline(_ label: String, _ symbols: String...) -> String {
        let operators: Set<String> = ["=", "+", "−", "·", "←"]
        var parts: [String] = []
        for symbol in symbols {
            if symbol == "ᵀ", let last = parts.popLast() {
                parts.append(MathML.sup(last, MathML.identifier("T")))
            } else if operators.contains(symbol) {
                parts.append(MathML.op(symbol))
            } else if symbol.count > 1 {
                parts.append(MathML.name(symbol))
            } else {
                parts.append(MathML.identifier(symbol))
            }
        }
        return "<math aria-label=\"\(escapeHTML(label))\">" + parts.joined() + "</math>"
    }
}
