/// Times named stages, each run the same number of times, and prints them as JSON.
struct StageTimer {
    /// How many times each stage runs.
    let runs: Int
    private var stages: [(name: String, seconds: [Double])] = []

    init(runs: Int) { self.runs = runs }

    /// Runs `body` `runs` times and records its wall times under `name`; returns the last result.
    @discardableResult
    mutating func stage<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
        var times: [Double] = []
        var result = try measure(body, into: &times)
        for _ in 1..<runs { result = try measure(body, into: &times) }
        record(name, times)
        return result
    }

    /// Records times measured elsewhere.
    mutating func record(_ name: String, _ seconds: [Double]) { stages.append((name, seconds)) }

    /// The stages as one JSON object.
    func json(iterations: Int) -> String {
        let body = stages.map { "\"\($0.name)\":[\($0.seconds.map { String($0) }.joined(separator: ","))]" }
        return "{\"iterations\":\(iterations),\"stages\":{\(body.joined(separator: ","))}}"
    }

    private func measure<T>(_ body: () throws -> T, into times: inout [Double]) rethrows -> T {
        let start = ContinuousClock.now
        let result = try body()
        times.append(Self.seconds(ContinuousClock.now - start))
        return result
    }

    /// A duration in seconds.
    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}
