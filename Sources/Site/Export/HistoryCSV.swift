import Training

/// The training log as CSV, one row per iteration, streamed to a `ByteSink`.
///
/// Columns, in order: `iteration`, `z1..zm`, `s1..sm`, `yhat1..yhatm`, `e1..em`, `errors`,
/// `mse`, `bce`, `dw1..dwn`, `db`, `w1..wn`, `b`, where m is the number of logged samples and n
/// the number of features. Row k is iteration k: its forward pass used the parameters before
/// the update; `w*` and `b` are the values after it. Numbers are in the shortest form that
/// reads back to the same double ("nan", "inf", "-inf" when not finite); ŷ and the error count
/// are integers. Lines end with LF. A network with hidden layers has the columns of
/// `writeHidden` (HistoryCSV+Hidden.swift).
public enum HistoryCSV {
    /// Writes the header and every logged iteration of `log` to `sink`.
    /// - Complexity: O(N·(m + n)) time; memory stays at a 64 KiB buffer.
    public static func write(_ log: TrainingLog, to sink: some ByteSink) throws(OutputError) {
        try write(log, iterations: 1...max(log.count, 1), to: sink)
    }

    /// Writes the header and the logged iterations of `log` within `iterations` to `sink`: one
    /// part of a split export, a CSV of its own.
    /// - Complexity: O(iterations·(m + n)) time; memory stays at a 64 KiB buffer.
    public static func write(_ log: TrainingLog, iterations: ClosedRange<Int>, to sink: some ByteSink)
        throws(OutputError)
    {
        var out = ExportBuffer(sink: sink)
        if log.hasHiddenLayers {
            try writeHidden(log, iterations: iterations, to: &out)
            try out.flush()
            return
        }
        let m = log.loggedSampleCount, n = log.featureCount
        try writeHeader(samples: m, features: n, to: &out)
        let columns = log.columns
        for row in (iterations.lowerBound - 1)..<min(iterations.upperBound, log.count) where row >= 0 {
            try writeRow(row, of: columns, samples: m, features: n, to: &out)
        }
        try out.flush()
    }

    private static func writeHeader(samples: Int, features: Int, to out: inout ExportBuffer) throws(OutputError) {
        try out.append("iteration")
        for name: StaticString in ["z", "s", "yhat", "e"] {
            try writeNumberedNames(name, count: samples, to: &out)
        }
        try out.append(",errors,mse,bce")
        try writeNumberedNames("dw", count: features, to: &out)
        try out.append(",db")
        try writeNumberedNames("w", count: features, to: &out)
        try out.append(",b\n")
    }

    /// Writes ",name1,name2,…,nameN".
    private static func writeNumberedNames(_ name: StaticString, count: Int, to out: inout ExportBuffer)
        throws(OutputError)
    {
        for index in stride(from: 1, through: count, by: 1) {
            try out.append(UInt8(ascii: ","))
            try out.append(name)
            try out.appendInteger(index)
        }
    }

    /// Writes iteration `row + 1`.
    private static func writeRow(
        _ row: Int, of columns: TrainingLog.Columns, samples m: Int, features n: Int, to out: inout ExportBuffer
    ) throws(OutputError) {
        let comma = UInt8(ascii: ",")
        let samples = row * m..<(row + 1) * m, features = row * n..<(row + 1) * n
        try out.appendInteger(row + 1)
        try writeOutputPass(row, of: columns, samples: samples, to: &out)
        for index in features {
            try out.append(comma)
            try out.appendShortest(columns.dW[index])
        }
        try out.append(comma)
        try out.appendShortest(columns.db[row])
        for index in features {
            try out.append(comma)
            try out.appendShortest(columns.weights[index])
        }
        try out.append(comma)
        try out.appendShortest(columns.bias[row])
        try out.append(UInt8(ascii: "\n"))
    }

    /// Writes ",z…,s…,yhat…,e…,errors,mse,bce" of iteration `row + 1`, whose logged samples are
    /// at `samples` of the columns: the output neuron's pass, the same with hidden layers or without.
    static func writeOutputPass(
        _ row: Int, of columns: TrainingLog.Columns, samples: Range<Int>, to out: inout ExportBuffer
    ) throws(OutputError) {
        let comma = UInt8(ascii: ",")
        for index in samples {
            try out.append(comma)
            try out.appendShortest(columns.z[index])
        }
        for index in samples {
            try out.append(comma)
            try out.appendShortest(columns.s[index])
        }
        for index in samples {
            try out.append(comma)
            try out.appendInteger(Int(columns.predictions[index]))
        }
        for index in samples {
            try out.append(comma)
            try out.appendShortest(columns.e[index])
        }
        try out.append(comma)
        try out.appendInteger(Int(columns.errors[row]))
        try out.append(comma)
        try out.appendShortest(columns.mse[row])
        try out.append(comma)
        try out.appendShortest(columns.bce[row])
    }
}
