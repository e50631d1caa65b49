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
        try out.append(",\"nearThreshold\":")
        try writeNearThreshold(log.nearThreshold, to: &out)
        try out.append(",\"predictionChanges\":")
        try out.appendJSONArray(log.predictionChanges)
        try out.append(UInt8(ascii: "}"))
    }

    /// `[{"iteration":K,"samples":[{"sample":i,"z":…,"s":…,"flipsWithExpOneUlpOff":…},…]},…]`, one
    /// object per iteration.
    private static func writeNearThreshold(_ samples: [NearThresholdSample], to out: inout ExportBuffer)
        throws(OutputError)
    {
        try out.append(UInt8(ascii: "["))
        for (index, sample) in samples.enumerated() {
            let opensIteration = index == 0 || samples[index - 1].iteration != sample.iteration
            if opensIteration {
                try out.append(index == 0 ? "{\"iteration\":" : "]},{\"iteration\":")
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
