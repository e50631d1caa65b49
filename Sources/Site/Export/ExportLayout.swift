import Training

/// How a run's exports are laid out so that no file passes a static host's limit: one
/// data/history.csv and a data/history.json holding every iteration while the run fits one
/// part; beyond, data/history-0001.csv, data/history-0002.csv, … of `rowsPerPart` iterations
/// each (every part a CSV with its header line) and a data/history.json that lists them.
///
/// The part size comes from the longest row the run's shape can have (every number at its
/// longest, 24 characters), so no part can pass `HostLimits.largestFile` whatever the values.
/// One copy of the rows is enough: a JSON copy beside the CSV parts would take a run of 10⁶
/// iterations past a host's 1 GB.
public struct ExportLayout: Sendable, Equatable {
    /// One CSV part: its site path and the iterations it holds.
    public struct Part: Sendable, Equatable {
        /// "data/history-0003.csv", or "data/history.csv" for a run of one part.
        public let path: String
        /// The iterations, in order.
        public let iterations: ClosedRange<Int>
    }

    /// The path of the JSON document.
    public static let jsonPath = "data/history.json"
    /// The path of the CSV when the run is one part.
    public static let csvPath = "data/history.csv"

    /// Iterations per part: a multiple of the history's page size when that fits, so that each
    /// history page's rows are in one part.
    public let rowsPerPart: Int
    /// The parts, in order of iterations (one for a run of at most `rowsPerPart` iterations).
    public let parts: [Part]

    /// The layout of `log`'s exports under `limits`.
    public init(_ log: TrainingLog, limits: HostLimits = .standard) {
        self.init(
            iterations: log.count, loggedSamples: log.loggedSampleCount, features: log.weightCount,
            samples: log.dataset.sampleCount, hidden: log.hiddenLayout, limits: limits)
    }

    /// The layout of a run of `iterations` logging `loggedSamples` of `samples` samples, with
    /// `features` weights into the output neuron and the values of `hidden` layers in every row.
    init(
        iterations: Int, loggedSamples m: Int, features n: Int, samples: Int,
        hidden: HiddenLayout = HiddenLayout(sizes: [], features: 0, loggedSamples: 0), limits: HostLimits = .standard
    ) {
        let row = max(
            Self.longestCSVRow(m, n, iterations: iterations, samples: samples) + Self.longestHiddenCSV(hidden),
            Self.longestJSONRow(m, n, iterations: iterations, samples: samples) + Self.longestHiddenJSON(hidden, n))
        // The CSV header is short (at most 8 bytes a column, 16 for a hidden layer's names), and
        // so is the JSON's head but for its near-threshold samples (a bounded list); keep them
        // out of the rows' room.
        let header = max(
            8 * (4 * m + 2 * n + 6) + 16 * hidden.rowWidth,
            Self.jsonHead + HistoryJSON.nearThresholdListed
                * HistoryJSON.longestNearThresholdEntry(iterations: iterations, samples: samples))
        let size = Self.roundDown(max(1, (limits.largestFile - header) / row))
        let count = max(iterations, 1)
        let partCount = (count + size - 1) / size
        rowsPerPart = size
        parts = (1...partCount).map { index in
            let first = (index - 1) * size + 1
            let path = partCount == 1 ? Self.csvPath : Self.partPath(index)
            return Part(path: path, iterations: first...min(first + size - 1, count))
        }
    }

    /// Whether the CSV comes in more than one part (and history.json lists them instead of
    /// holding the iterations).
    public var isSplit: Bool { parts.count > 1 }

    /// "data/history-0003.csv": four digits at least, so that the files sort in order.
    static func partPath(_ index: Int) -> String {
        let digits = String(index)
        return "data/history-" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits + ".csv"
    }

    /// The parts holding iterations `range`.
    public func parts(holding range: ClosedRange<Int>) -> [Part] {
        parts.filter { $0.iterations.overlaps(range) }
    }

    /// `value` rounded down to a number a reader can reckon with: a multiple of 10,000 or of the
    /// history's page size, else 1, 2 or 5 times a power of ten.
    static func roundDown(_ value: Int) -> Int {
        if value >= 10_000 { return value / 10_000 * 10_000 }
        if value >= HistoryPaging.perPage { return value / HistoryPaging.perPage * HistoryPaging.perPage }
        var unit = 1
        while unit * 10 <= value { unit *= 10 }
        return [5, 2, 1].map { $0 * unit }.first { $0 <= value } ?? 1
    }

    /// The most bytes one CSV row can take: the iteration, every number at its longest
    /// (`ShortestNumber.room` less the 8 spare), ŷ digits and the misclassified count.
    static func longestCSVRow(_ m: Int, _ n: Int, iterations: Int, samples: Int) -> Int {
        let number = 24 + 1  // with its comma
        return digits(iterations) + 3 * m * number + 2 * m + 1 + digits(samples) + (3 + 2 * n + 1) * number + 1
    }

    /// The most bytes one row of history.json's "iterations" can take, its separator included,
    /// and its entry in the summary's "predictionChanges".
    static func longestJSONRow(_ m: Int, _ n: Int, iterations: Int, samples: Int) -> Int {
        let keys = 97
        return keys + digits(iterations) + 3 * (25 * m) + 2 * m + digits(samples) + (4 + 2 * n) * 25
            + digits(iterations) + 1
    }

    /// The most bytes a row's hidden values add to a CSV row: each number at its longest, with its comma.
    static func longestHiddenCSV(_ hidden: HiddenLayout) -> Int { hidden.rowWidth * 25 }

    /// The most bytes a row's hidden values add to a history.json row: each number at its longest
    /// with its comma and at most one pair of brackets and a comma of its own (a row of a matrix
    /// or a unit's activations), each layer's keys, and the output layer's n × 1 matrices, whose
    /// every value is bracketed.
    static func longestHiddenJSON(_ hidden: HiddenLayout, _ n: Int) -> Int {
        guard !hidden.layers.isEmpty else { return 0 }
        return hidden.rowWidth * (25 + 3) + 64 * (hidden.layers.count + 1) + 2 * n * 3 + 16
    }

    /// Room for history.json's head besides its near-threshold samples: the generator, the
    /// settings, the summary and a dataset of a few thousand numbers (a dataset is written
    /// whole: a CSV of millions of samples makes its own size).
    static let jsonHead = 1 << 18

    private static func digits(_ value: Int) -> Int { String(max(value, 0)).count }
}
