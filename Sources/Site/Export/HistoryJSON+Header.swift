import Training

// The parts of the JSON document before the iterations: data, settings, summary.
extension HistoryJSON {
    static func writeDataset(_ dataset: Dataset, to out: inout ExportBuffer) throws(OutputError) {
        try out.append("{\"name\":")
        try out.appendJSONString(dataset.name)
        try out.append(",\"featureNames\":")
        try out.appendJSONArray(dataset.featureNames)
        try out.append(",\"features\":[")
        for (index, row) in dataset.features.enumerated() {
            if index > 0 { try out.append(UInt8(ascii: ",")) }
            try out.appendJSONArray(row)
        }
        try out.append("],\"labels\":")
        try out.appendJSONArray(dataset.labels)
        try out.append(UInt8(ascii: "}"))
    }

    /// `{"weights":[…],"bias":…,…}`: each setting with a JSON value, under its config key.
    static func writeSettings(_ settings: [RunSetting], to out: inout ExportBuffer) throws(OutputError) {
        try out.append(UInt8(ascii: "{"))
        for (index, setting) in settings.filter({ $0.json != nil }).enumerated() {
            if index > 0 { try out.append(UInt8(ascii: ",")) }
            try out.appendJSONString(setting.key)
            try out.append(UInt8(ascii: ":"))
            switch setting.json {
            case .number(let value): try out.appendJSONNumber(value)
            case .numbers(let values): try out.appendJSONArray(values)
            case .integer(let value): try out.appendInteger(value)
            case .text(let text): try out.appendJSONString(text)
            case nil: break
            }
        }
        try out.append(UInt8(ascii: "}"))
    }

    static func writeSummary(of log: TrainingLog, to out: inout ExportBuffer) throws(OutputError) {
        let summary = log.summary
        try out.append("{\"iterationsRun\":")
        try out.appendInteger(summary.iterationsRun)
        try out.append(",\"allRightFrom\":")
        try out.appendJSONInteger(summary.allRightFrom)
        try out.append(",\"divergedAt\":")
        try out.appendJSONInteger(summary.divergedAt)
        try out.append(",\"finalWeights\":")
        try out.appendJSONArray(summary.finalWeights)
        try out.append(",\"finalBias\":")
        try out.appendJSONNumber(summary.finalBias)
        try out.append(",\"accuracy\":")
        try out.appendJSONNumber(summary.accuracy ?? .nan)
        try out.append(",\"finalCrossEntropy\":")
        try out.appendJSONNumber(log.finalPass.crossEntropy)
        try out.append(",\"nearThresholdCount\":")
        try out.appendInteger(log.nearThreshold.count)
        try out.append(",\"nearThreshold\":")
        try writeNearThreshold(log.nearThreshold.prefix(nearThresholdListed), to: &out)
        try out.append(",\"predictionChanges\":")
        try out.appendJSONArray(log.predictionChanges)
        try out.append(UInt8(ascii: "}"))
    }

    /// At most this many near-threshold samples are listed (the first ones), so that a run that
    /// settles on the boundary (XOR under the logistic rule: every sample, every iteration) keeps
    /// history.json small; `nearThresholdCount` says how many there are, and the CSV holds s of
    /// every sample at every iteration.
    public static let nearThresholdListed = 1_000

    /// The most bytes one listed near-threshold sample takes, its iteration's object included.
    static func longestNearThresholdEntry(iterations: Int, samples: Int) -> Int {
        let keys = #"{"iteration":,"samples":[{"sample":,"z":,"s":,"flipsWithExpOneUlpOff":false}]},"#.utf8.count
        return keys + String(max(iterations, 0)).count + String(max(samples, 0)).count + 2 * 24
    }

    /// `[{"iteration":K,"samples":[{"sample":i,"z":…,"s":…,"flipsWithExpOneUlpOff":…},…]},…]`, one
    /// object per iteration.
    private static func writeNearThreshold(_ samples: ArraySlice<NearThresholdSample>, to out: inout ExportBuffer)
        throws(OutputError)
    {
        try out.append(UInt8(ascii: "["))
        // Indices rather than zip(indices, samples): a zip iterator left by a throw needs its
        // generic type built at run time, a search through every conformance of the binary.
        for index in samples.indices {
            let sample = samples[index]
            let opensIteration = index == samples.startIndex || samples[index - 1].iteration != sample.iteration
            if opensIteration {
                try out.append(index == samples.startIndex ? "{\"iteration\":" : "]},{\"iteration\":")
                try out.appendInteger(sample.iteration)
                try out.append(",\"samples\":[")
            } else {
                try out.append(UInt8(ascii: ","))
            }
            try out.append("{\"sample\":")
            try out.appendInteger(sample.sample)
            try out.append(",\"z\":")
            try out.appendJSONNumber(sample.z)
            try out.append(",\"s\":")
            try out.appendJSONNumber(sample.s)
            try out.append(",\"flipsWithExpOneUlpOff\":")
            try out.append(sample.flipsWithExpOneUlpOff ? "true" : "false")
            try out.append(UInt8(ascii: "}"))
        }
        try out.append(samples.isEmpty ? "]" : "]}]")
    }
}
