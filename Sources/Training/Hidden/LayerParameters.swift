/// The parameters of one layer of a network, in the walkthrough's layout: W of layer l is
/// n₍ₗ₋₁₎×nₗ (row j holds the weights from input j, column u those into unit u), applied as Wᵀ·A,
/// and b holds one bias per unit. The article's single neuron is the layer with W n×1.
public struct LayerParameters: Sendable, Equatable {
    /// W, one row per input of the layer, one column per unit.
    public var weights: [[Double]]
    /// b, one per unit.
    public var biases: [Double]

    public init(weights: [[Double]], biases: [Double]) {
        self.weights = weights
        self.biases = biases
    }

    /// n₍ₗ₋₁₎, the layer's inputs (rows of W).
    public var inputCount: Int { weights.count }
    /// nₗ, the layer's units (the length of b).
    public var unitCount: Int { biases.count }

    /// The shape of W as given: rows × the length of the first row that differs from `unitCount`
    /// (or `unitCount` when every row has it), for messages.
    public var givenShape: MatrixShape {
        MatrixShape(rows: weights.count, columns: weights.first { $0.count != unitCount }?.count ?? unitCount)
    }
}
