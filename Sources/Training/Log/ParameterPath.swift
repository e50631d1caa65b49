/// W and b along a run, at most about `maximumPoints` iterations evenly spread (iteration 0, every
/// `stride`-th, and the last), for drawing where training went.
public struct ParameterPath: Sendable, Equatable {
    /// The most points kept, whatever the number of iterations.
    public static let maximumPoints = 400

    /// The iterations kept, ascending, from 0.
    public private(set) var iterations: [Int] = []
    /// W after each kept iteration (iteration 0: the initial W).
    public private(set) var weights: [[Double]] = []
    /// b after each kept iteration.
    public private(set) var biases: [Double] = []
    /// Every how many iterations a point is kept.
    let stride: Int

    /// An empty path for a run of `iterations` planned iterations.
    public init(planned iterations: Int) {
        stride = max(1, iterations / Self.maximumPoints)
    }

    /// Keeps W and b after iteration `k` when it falls on the stride, or when `last`.
    mutating func record(_ k: Int, weights w: [Double], bias b: Double, last: Bool = false) {
        guard k % stride == 0 || last, iterations.last != k else { return }
        iterations.append(k)
        weights.append(w)
        biases.append(b)
    }
}
