import Training

/// The CSV of a network with hidden layers. Layers are numbered from 1 (the first hidden layer) to
/// L (the output neuron); units, inputs and samples from 1. Columns, in order:
///
///     iteration
///     l1_a_1_1 … l1_a_U_M, l2_a_…     hidden activations A⁽ˡ⁾: unit u of logged sample i (u-major)
///     z1..zm, s1..sm, yhat1..yhatm, e1..em     the output neuron's, as without hidden layers
///     errors, mse, bce
///     l1_dw_1_1 … l1_dw_J_U, l1_db_1 … l1_db_U, …, lL_dw_J_1, lL_db_1      gradients, every layer
///     l1_w_1_1 … l1_w_J_U, l1_b_1 … l1_b_U, …, lL_w_J_1, lL_b_1            parameters after the update
///
/// where `l{l}_w_{j}_{u}` is W⁽ˡ⁾[j][u], the weight from input j of the layer (a feature for l = 1,
/// a unit of layer l − 1 above) into its unit u, as in W⁽ˡ⁾ᵀ·A⁽ˡ⁻¹⁾.
extension HistoryCSV {
    /// Writes the header and the logged iterations within `iterations`.
    static func writeHidden(_ log: TrainingLog, iterations: ClosedRange<Int>, to out: inout ExportBuffer)
        throws(OutputError)
    {
        let layout = log.hiddenLayout
        let m = log.loggedSampleCount, n = log.weightCount, output = layout.layers.count + 1
        // MARK: header
        try out.append("iteration")
        for (index, layer) in layout.layers.enumerated() {
            for u in stride(from: 1, through: layer.units, by: 1) {
                for i in stride(from: 1, through: m, by: 1) { try name(index + 1, "_a_", u, i, to: &out) }
            }
        }
        for prefix: StaticString in ["z", "s", "yhat", "e"] {
            for i in stride(from: 1, through: m, by: 1) {
                try out.append(UInt8(ascii: ","))
                try out.append(prefix)
                try out.appendInteger(i)
            }
        }
        try out.append(",errors,mse,bce")
        for (gradient, bias): (StaticString, StaticString) in [("_dw_", "_db_"), ("_w_", "_b_")] {
            for (index, layer) in layout.layers.enumerated() {
                for j in stride(from: 1, through: layer.inputs, by: 1) {
                    for u in stride(from: 1, through: layer.units, by: 1) {
                        try name(index + 1, gradient, j, u, to: &out)
                    }
                }
                for u in stride(from: 1, through: layer.units, by: 1) { try name(index + 1, bias, u, nil, to: &out) }
            }
            for j in stride(from: 1, through: n, by: 1) { try name(output, gradient, j, 1, to: &out) }
            try name(output, bias, 1, nil, to: &out)
        }
        try out.append(UInt8(ascii: "\n"))
        // MARK: rows
        let columns = log.columns
        let comma = UInt8(ascii: ",")
        // Within a layer's part of a row W, b, dW, db are adjacent (`HiddenLayout`): dW with db and
        // W with b are each one run of values, as are a layer's activations.
        let activations = layout.layers.map { $0.activations..<($0.activations + $0.units * m) }
        let gradients = layout.layers.map { $0.dW..<($0.dW + $0.inputs * $0.units + $0.units) }
        let parameters = layout.layers.map { $0.weights..<($0.weights + $0.inputs * $0.units + $0.units) }
        let hidden = columns.hidden
        for row in (iterations.lowerBound - 1)..<min(iterations.upperBound, log.count) where row >= 0 {
            let base = row * layout.rowWidth, samples = (row * m)..<((row + 1) * m)
            try out.appendInteger(row + 1)
            for range in activations {
                for index in range {
                    try out.append(comma)
                    try out.appendShortest(hidden[base + index])
                }
            }
            try writeOutputPass(row, of: columns, samples: samples, to: &out)
            for range in gradients {
                for index in range {
                    try out.append(comma)
                    try out.appendShortest(hidden[base + index])
                }
            }
            for index in (row * n)..<((row + 1) * n) {
                try out.append(comma)
                try out.appendShortest(columns.dW[index])
            }
            try out.append(comma)
            try out.appendShortest(columns.db[row])
            for range in parameters {
                for index in range {
                    try out.append(comma)
                    try out.appendShortest(hidden[base + index])
                }
            }
            for index in (row * n)..<((row + 1) * n) {
                try out.append(comma)
                try out.appendShortest(columns.weights[index])
            }
            try out.append(comma)
            try out.appendShortest(columns.bias[row])
            try out.append(UInt8(ascii: "\n"))
        }
    }

    /// Writes ",l{layer}{part}{first}" and "_{second}" when there is one.
    private static func name(
        _ layer: Int, _ part: StaticString, _ first: Int, _ second: Int?, to out: inout ExportBuffer
    )
        throws(OutputError)
    {
        try out.append(UInt8(ascii: ","))
        try out.append(UInt8(ascii: "l"))
        try out.appendInteger(layer)
        try out.append(part)
        try out.appendInteger(first)
        if let second {
            try out.append(UInt8(ascii: "_"))
            try out.appendInteger(second)
        }
    }
}
