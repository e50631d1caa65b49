/// What units.png shows: each unit of the first hidden layer as its line w₁x₁ + w₂x₂ + b = 0
/// (where its activation is ½) at the end of the run.
public struct UnitsFacts: Sendable, Equatable {
    /// One unit of the first hidden layer with the final parameters.
    public struct Unit: Sendable, Equatable {
        /// The unit's number, from 1.
        public let number: Int
        /// w₁, w₂ and b after the last iteration.
        public let w1: Double, w2: Double, b: Double
        /// Whether the unit has a line: w₁, w₂ and b finite and not both weights 0.
        public let hasLine: Bool
        /// Whether its line crosses the plot.
        public let inView: Bool
        /// The samples (from 0) whose activation is above ½ (w₁x₁ + w₂x₂ + b ≥ 0), of the first
        /// `samplesListed`.
        public let above: [Int]
        /// Whether the initial line is drawn (dashed) too.
        public let initialDrawn: Bool
    }

    /// Every unit of the first hidden layer.
    public let units: [Unit]
    /// How many units carry a number label (the others are drawn thin and unlabelled).
    public let labelled: Int
    /// The sizes of the hidden layers after the first: their units have no line in the input plane.
    public let deeperLayers: [Int]
    /// How many samples `Unit.above` looks at (the first of the dataset).
    public let samplesListed: Int
    /// The iteration whose lines are drawn (the last).
    public let iteration: Int

    /// At most this many samples are listed per unit.
    public static let listedSamples = 8
}
