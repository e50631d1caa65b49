/// What the diagram of a network with hidden layers shows: the layers, what is summarised, the
/// scale of its links and the weights that stand out.
public struct LayeredNetworkFacts: Sendable, Equatable {
    /// One weight: W⁽ˡ⁾[from][to] (layer from 1; from and to from 0).
    public struct Weight: Sendable, Equatable {
        public let layer: Int, from: Int, to: Int
        public let value: Double
    }

    /// A column whose units are not all drawn: the first `drawn`, the rest as one node.
    public struct Summary: Sendable, Equatable {
        /// The hidden layer (from 1).
        public let layer: Int
        /// Units drawn one by one, and the layer's units in all.
        public let drawn: Int, units: Int
    }

    /// Inputs, each hidden layer's units, then 1 for the output.
    public let sizes: [Int]
    /// The iteration whose parameters are drawn (0: the initial ones).
    public let iteration: Int
    /// The hidden layers drawn summarised.
    public let summaries: [Summary]
    /// The |w| or |b| drawn widest (every other link's width is in proportion); nil when none is
    /// finite and non-zero.
    public let scale: Double?
    /// The weight of largest finite |w|; nil when none is finite.
    public let strongest: Weight?
    /// Weights and biases of every layer, in all.
    public let parameterCount: Int
    /// Of them, those that are not finite, and the weights that are exactly 0.
    public let nonFinite: Int, zeroWeights: Int
    /// Weights whose sign differs from the initial one (positive to negative or back); 0 for the
    /// initial diagram.
    public let signChanges: Int
    /// The weights compared for `signChanges`: those finite and non-zero at both ends.
    public let comparedWeights: Int
}
