/// `correctlyRoundedExp` and its exact path for Tests/Benchmarks, which imports them with
/// `@_spi(Benchmarks) import Training`: outside the module's API.
@_spi(Benchmarks) public enum ExpBenchmarks {
    /// `correctlyRoundedExp(x)`, called across the module boundary as the C library's exp is.
    public static func correctlyRounded(_ x: Double) -> Double { correctlyRoundedExp(x) }

    /// The exact path alone (`ExpFallback.exp`).
    public static func exact(_ x: Double) -> Double { ExpFallback.exp(x) }

    /// Whether `correctlyRoundedExp(x)` takes the exact path.
    public static func takesExactPath(_ x: Double) -> Bool {
        expOfEdgeCase(x) == nil && ExpFastPath.rounded(x) == nil
    }
}
