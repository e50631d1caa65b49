/// The built-in datasets: two-input logic gates over the original walkthrough's samples, in its
/// order: X = [[0, 1, 0, 1], [0, 0, 1, 1]], so the samples are (0,0), (1,0), (0,1), (1,1).
public enum LogicGate: String, CaseIterable, Sendable {
    case and, or, nand, nor, xor

    /// The gate's output for inputs `a` and `b`.
    public func output(_ a: Bool, _ b: Bool) -> Bool {
        switch self {
        case .and: a && b
        case .or: a || b
        case .nand: !(a && b)
        case .nor: !(a || b)
        case .xor: a != b
        }
    }

    /// The name shown in reports, e.g. "AND gate".
    public var title: String { "\(rawValue.uppercased()) gate" }

    /// X = [[0, 1, 0, 1], [0, 0, 1, 1]] and y the gate's output for each sample.
    public var dataset: Dataset {
        let inputs: [(Bool, Bool)] = [(false, false), (true, false), (false, true), (true, true)]
        let x1 = inputs.map { $0.0 ? 1.0 : 0.0 }
        let x2 = inputs.map { $0.1 ? 1.0 : 0.0 }
        let y = inputs.map { output($0.0, $0.1) ? 1.0 : 0.0 }
        return Dataset(trustedName: title, featureNames: ["x1", "x2"], features: [x1, x2], labels: y)
    }
}
