/// The built-in datasets: two-input logic gates over the truth table in the order
/// (0,0), (0,1), (1,0), (1,1), as in the original walkthrough.
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

    /// X = [[0, 0, 1, 1], [0, 1, 0, 1]] and y the gate's truth table.
    public var dataset: Dataset {
        let inputs: [(Bool, Bool)] = [(false, false), (false, true), (true, false), (true, true)]
        let x1 = inputs.map { $0.0 ? 1.0 : 0.0 }
        let x2 = inputs.map { $0.1 ? 1.0 : 0.0 }
        let y = inputs.map { output($0.0, $0.1) ? 1.0 : 0.0 }
        return Dataset(trustedName: title, featureNames: ["x1", "x2"], features: [x1, x2], labels: y)
    }
}
