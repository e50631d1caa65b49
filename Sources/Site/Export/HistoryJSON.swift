import Training

/// The training log as one JSON document, streamed to a `ByteSink`: the data, the
/// settings and a summary, then every iteration.
///
///     {"generator":"nnreport","title":"…",
///     "dataset":{"name":…,"featureNames":[…],"features":[[…],…],"labels":[…]},
///     "settings":{"weights":[…],"bias":…,"learningRate":…,"iterations":…,"rule":"…","threshold":…},
///     "summary":{"iterationsRun":…,"allRightFrom":…,"divergedAt":…,"finalWeights":[…],"finalBias":…,
///       "accuracy":…,"nearThreshold":[{"iteration":…,"samples":[{"sample":…,"z":…,"s":…}]}],
///       "predictionChanges":[…]},
///     "iterations":[
///     {"iteration":1,"z":[…],"s":[…],"yhat":[…],"e":[…],"errors":0,"mse":…,"bce":…,"dw":[…],"db":…,"w":[…],"b":…},
///     …
///     ]}
///
/// When the site splits the rows into CSV parts (`ExportLayout`), "iterations" gives way to
/// `"parts":[{"file":"history-0001.csv","first":1,"last":40000},…]`, the files beside it that
/// hold every iteration.
///
/// Numbers are in the shortest form that reads back to the same double; non-finite values are
/// `null`, as JSON has no NaN or infinity. A network with hidden layers adds "network" and logs
/// each iteration with every layer (HistoryJSON+Hidden.swift); its summary's final W and b are the
/// output neuron's. Strings are escaped so that the document can also be
/// embedded in an HTML `<script>` element. The same log gives the same bytes.
public enum HistoryJSON {
    /// Writes `log` under `title`, with the run's `settings` (those with a JSON value), to `sink`.
    /// - Complexity: O(N·(m + n)) time; memory stays at a 64 KiB buffer.
    public static func write(
        _ log: TrainingLog, title: String, settings: [RunSetting], layout: ExportLayout? = nil, to sink: some ByteSink
    ) throws(OutputError) {
        var out = ExportBuffer(sink: sink)
        try out.append("{\"generator\":\"nnreport\",\"title\":")
        try out.appendJSONString(title)
        try out.append(",\n\"dataset\":")
        try writeDataset(log.dataset, to: &out)
        try out.append(",\n\"settings\":")
        try writeSettings(settings, to: &out)
        if log.hasHiddenLayers {
            try out.append(",\n\"network\":")
            try writeNetwork(of: log, to: &out)
        }
        try out.append(",\n\"summary\":")
        try writeSummary(of: log, to: &out)
        if let layout, layout.isSplit {
            try writeParts(layout, to: &out)
            try out.append("}\n")
            try out.flush()
            return
        }
        try out.append(",\n\"iterations\":[")
        let columns = log.columns
        for row in 0..<log.count {
            try out.append(row == 0 ? "\n" : ",\n")
            if log.hasHiddenLayers {
                try writeHiddenIteration(row, of: log, columns, to: &out)
                continue
            }
            try writeIteration(row, of: columns, samples: log.loggedSampleCount, features: log.featureCount, to: &out)
        }
        try out.append("\n]}\n")
        try out.flush()
    }

    /// `,"parts":[{"file":…,"first":…,"last":…},…]`: the CSV parts, named relative to the JSON file.
    private static func writeParts(_ layout: ExportLayout, to out: inout ExportBuffer) throws(OutputError) {
        try out.append(",\n\"parts\":[")
        for (index, part) in layout.parts.enumerated() {
            try out.append(index == 0 ? "\n{\"file\":" : ",\n{\"file\":")
            try out.appendJSONString(String(part.path.dropFirst("data/".count)))
            try out.append(",\"first\":")
            try out.appendInteger(part.iterations.lowerBound)
            try out.append(",\"last\":")
            try out.appendInteger(part.iterations.upperBound)
            try out.append(UInt8(ascii: "}"))
        }
        try out.append("\n]")
    }

    /// Writes the output neuron's pass of iteration `row + 1`, `"z":[…]` to `"bce":…`, for both
    /// layouts (the single neuron's iterations and a network's).
    static func writeOutputPass(
        _ row: Int, of columns: TrainingLog.Columns, samples: Range<Int>, to out: inout ExportBuffer
    ) throws(OutputError) {
        try out.append("\"z\":")
        try out.appendJSONArray(columns.z, samples)
        try out.append(",\"s\":")
        try out.appendJSONArray(columns.s, samples)
        try out.append(",\"yhat\":")
        try out.appendJSONArray(columns.predictions, samples)
        try out.append(",\"e\":")
        try out.appendJSONArray(columns.e, samples)
        try out.append(",\"errors\":")
        try out.appendInteger(Int(columns.errors[row]))
        try out.append(",\"mse\":")
        try out.appendJSONNumber(columns.mse[row])
        try out.append(",\"bce\":")
        try out.appendJSONNumber(columns.bce[row])
    }

    /// Writes iteration `row + 1`.
    private static func writeIteration(
        _ row: Int, of columns: TrainingLog.Columns, samples m: Int, features n: Int, to out: inout ExportBuffer
    ) throws(OutputError) {
        let samples = row * m..<(row + 1) * m, features = row * n..<(row + 1) * n
        try out.append("{\"iteration\":")
        try out.appendInteger(row + 1)
        try out.append(UInt8(ascii: ","))
        try writeOutputPass(row, of: columns, samples: samples, to: &out)
        try out.append(",\"dw\":")
        try out.appendJSONArray(columns.dW, features)
        try out.append(",\"db\":")
        try out.appendJSONNumber(columns.db[row])
        try out.append(",\"w\":")
        try out.appendJSONArray(columns.weights, features)
        try out.append(",\"b\":")
        try out.appendJSONNumber(columns.bias[row])
        try out.append(UInt8(ascii: "}"))
    }
}
