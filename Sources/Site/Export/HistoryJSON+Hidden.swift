import Training

/// The JSON of a network with hidden layers. After "settings" comes
///
///     "network":{"sizes":[n₀,n₁,…,1],"initial":[{"w":[[…],…],"b":[…]},…],"final":[…]}
///
/// with every layer's W (one row per input, one column per unit) and b, before training and after
/// the last iteration; each iteration is
///
///     {"iteration":k,"a":[[[…]…]…],"z":[…],"s":[…],"yhat":[…],"e":[…],"errors":…,"mse":…,"bce":…,
///      "layers":[{"dw":[[…]…],"db":[…],"w":[[…]…],"b":[…]},…]}
///
/// where "a" holds each hidden layer's activations, unit by unit, for the logged samples, and
/// "layers" every layer from the first hidden one to the output, W and b after the update.
extension HistoryJSON {
    static func writeNetwork(of log: TrainingLog, to out: inout ExportBuffer) throws(OutputError) {
        try out.append("{\"sizes\":")
        let sizes = [log.featureCount] + log.hiddenLayout.layers.map(\.units) + [1]
        try out.appendJSONArray(sizes)
        let initial =
            log.settings.hiddenLayers
            + [LayerParameters(weights: log.settings.initialWeights.map { [$0] }, biases: [log.settings.initialBias])]
        try out.append(",\"initial\":")
        try writeLayers(initial, to: &out)
        try out.append(",\"final\":")
        try writeLayers(finalLayers(of: log) ?? initial, to: &out)
        try out.append(UInt8(ascii: "}"))
    }

    /// Every layer's W and b after the last iteration; nil when none ran.
    private static func finalLayers(of log: TrainingLog) -> [LayerParameters]? {
        guard log.count > 0 else { return nil }
        let columns = log.columns, layout = log.hiddenLayout
        let base = (log.count - 1) * layout.rowWidth
        var layers = layout.layers.map { layer in
            LayerParameters(
                weights: (0..<layer.inputs).map { j in
                    (0..<layer.units).map { columns.hidden[base + layer.weights + j * layer.units + $0] }
                },
                biases: (0..<layer.units).map { columns.hidden[base + layer.biases + $0] })
        }
        let n = log.weightCount, row = log.count - 1
        layers.append(
            LayerParameters(weights: (0..<n).map { [columns.weights[row * n + $0]] }, biases: [columns.bias[row]]))
        return layers
    }

    private static func writeLayers(_ layers: [LayerParameters], to out: inout ExportBuffer) throws(OutputError) {
        try out.append(UInt8(ascii: "["))
        for (index, layer) in layers.enumerated() {
            if index > 0 { try out.append(UInt8(ascii: ",")) }
            try out.append("{\"w\":[")
            for (j, row) in layer.weights.enumerated() {
                if j > 0 { try out.append(UInt8(ascii: ",")) }
                try out.appendJSONArray(row)
            }
            try out.append("],\"b\":")
            try out.appendJSONArray(layer.biases)
            try out.append(UInt8(ascii: "}"))
        }
        try out.append(UInt8(ascii: "]"))
    }

    /// Writes iteration `row + 1` of a network with hidden layers.
    static func writeHiddenIteration(
        _ row: Int, of log: TrainingLog, _ columns: TrainingLog.Columns, to out: inout ExportBuffer
    )
        throws(OutputError)
    {
        let layout = log.hiddenLayout, m = log.loggedSampleCount, n = log.weightCount
        let base = row * layout.rowWidth
        let samples = row * m..<(row + 1) * m
        try out.append("{\"iteration\":")
        try out.appendInteger(row + 1)
        try out.append(",\"a\":[")
        for (index, layer) in layout.layers.enumerated() {
            if index > 0 { try out.append(UInt8(ascii: ",")) }
            try out.append(UInt8(ascii: "["))
            for u in 0..<layer.units {
                if u > 0 { try out.append(UInt8(ascii: ",")) }
                let start = base + layer.activations + u * m
                try out.appendJSONArray(columns.hidden, start..<(start + m))
            }
            try out.append(UInt8(ascii: "]"))
        }
        try out.append("],")
        try writeOutputPass(row, of: columns, samples: samples, to: &out)
        try out.append(",\"layers\":[")
        for layer in layout.layers {
            try out.append("{\"dw\":")
            try matrix(columns.hidden, at: base + layer.dW, layer.inputs, layer.units, to: &out)
            try out.append(",\"db\":")
            try out.appendJSONArray(columns.hidden, (base + layer.db)..<(base + layer.db + layer.units))
            try out.append(",\"w\":")
            try matrix(columns.hidden, at: base + layer.weights, layer.inputs, layer.units, to: &out)
            try out.append(",\"b\":")
            try out.appendJSONArray(columns.hidden, (base + layer.biases)..<(base + layer.biases + layer.units))
            try out.append("},")
        }
        try out.append("{\"dw\":")
        try matrix(columns.dW, at: row * n, n, 1, to: &out)
        try out.append(",\"db\":[")
        try out.appendJSONNumber(columns.db[row])
        try out.append("],\"w\":")
        try matrix(columns.weights, at: row * n, n, 1, to: &out)
        try out.append(",\"b\":[")
        try out.appendJSONNumber(columns.bias[row])
        try out.append("]}]}")
    }

    /// `[[…],…]`: `rows` rows of `columns` values of `values` from `start`, row-major.
    private static func matrix(
        _ values: [Double], at start: Int, _ rows: Int, _ columns: Int, to out: inout ExportBuffer
    ) throws(OutputError) {
        try out.append(UInt8(ascii: "["))
        for j in 0..<rows {
            if j > 0 { try out.append(UInt8(ascii: ",")) }
            try out.appendJSONArray(values, (start + j * columns)..<(start + (j + 1) * columns))
        }
        try out.append(UInt8(ascii: "]"))
    }
}
