import Formats
import Training

// Section 1: the samples, X and y.
extension WalkthroughContext {
    /// The most samples listed in the data table; the rest are in the downloads.
    static let samplesListed = 64

    var dataValue: TemplateValue {
        let m = dataset.sampleCount, n = dataset.featureCount
        let listed = min(m, Self.samplesListed)
        let samples: [TemplateValue] = (0..<listed).map { i in
            [
                "number": .int(i + 1),
                "values": .list(dataset.features.map { .string(Display.exact($0[i])) }),
                "label": .int(Int(dataset.labels[i])),
            ]
        }
        return [
            "description": .string(dataDescription),
            "intro": .string(dataIntro),
            "tableCaption": .string(
                listed == m ? "The \(Display.count(m, "sample"))" : "The first \(listed) of \(Display.count(m)) samples"
            ),
            "featureNames": .list(dataset.featureNames.map { .string($0) }),
            "samples": .list(samples),
            "moreSamples": .string(
                listed == m ? "" : "…and \(Display.count(m - listed, "more sample")), all in data/history.json."),
            "matricesMath": .string(matricesMath),
            "shapes": .string(
                "X is \(n)×\(m) (n = \(Display.count(n, "feature")) by m = \(Display.count(m, "sample"))) and y is 1×\(m)."
            ),
        ]
    }

    /// The gate whose truth table the dataset is, if any.
    var gate: LogicGate? { LogicGate.allCases.first { $0.dataset == dataset } }

    var dataDescription: String {
        if let gate { return "the \(gate.title) (\(Display.count(dataset.sampleCount, "sample")))" }
        return
            "\(dataset.name) (\(Display.count(dataset.sampleCount, "sample")) of \(Display.count(dataset.featureCount, "feature")))"
    }

    var dataIntro: String {
        let shape =
            "There are \(Display.count(dataset.sampleCount, "sample")) of \(Display.count(dataset.featureCount, "feature")) each"
        guard let gate else {
            return "The data comes from \(input.datasetLabel). \(shape), and a label of 0 or 1."
        }
        let rule: String
        switch gate {
        case .and: rule = "its output is 1 only when both inputs are 1"
        case .or: rule = "its output is 1 when at least one input is 1"
        case .nand: rule = "its output is 0 only when both inputs are 1"
        case .nor: rule = "its output is 1 only when both inputs are 0"
        case .xor: rule = "its output is 1 when exactly one input is 1"
        }
        return "The \(gate.title): \(rule). \(shape), the four rows of the truth table."
    }

    /// X and y as matrices, at most 8 columns and 8 rows shown.
    var matricesMath: String {
        let m = dataset.sampleCount, limit = Self.samplesShown
        func cells(_ row: [Double]) -> [String] {
            var cells = row.prefix(limit).map(MathML.number)
            if m > limit { cells.append(MathML.op("⋯")) }
            return cells
        }
        var rows = dataset.features.prefix(limit).map(cells)
        if dataset.featureCount > limit { rows.append(Array(repeating: MathML.op("⋮"), count: rows[0].count)) }
        let x = MathML.row(MathML.identifier("X"), MathML.op("="), MathML.matrix(rows))
        let y = MathML.row(MathML.identifier("y"), MathML.op("="), MathML.matrix([cells(dataset.labels)]))
        return MathML.block(x, MathML.op(","), MathML.text(" "), y, label: "X and y as matrices")
    }
}
