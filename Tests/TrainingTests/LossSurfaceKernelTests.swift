import Foundation
import Testing

@testable import Training

/// LossSurface's lowest loss and fewest errors against the straightforward formulas they replace:
/// equal bit for bit on random datasets with ties, signed zeros, infinities and NaN.
@Suite struct LossSurfaceKernelTests {
    /// The lowest loss over b as first written: zip over the samples, the same Newton steps.
    static func referenceLowestLoss(_ z: [Double], _ y: [Double]) -> Double {
        let spread = z.reduce(0) { max($0, abs($1)) }
        var low = -(spread + 40), high = spread + 40, b = 0.0
        for _ in 0..<60 {
            var slope = 0.0, curvature = 0.0
            for (zi, yi) in zip(z, y) {
                let s = 1 / (1 + exp(-(zi + b)))
                slope += s - yi
                curvature += s * (1 - s)
            }
            if slope > 0 { high = b } else { low = b }
            let newton = curvature > 1e-300 ? b - slope / curvature : .nan
            let next = newton.isFinite && newton > low && newton < high ? newton : (low + high) / 2
            if abs(next - b) <= 1e-12 * max(1, abs(b)) { break }
            b = next
        }
        var total = 0.0
        for (zi, yi) in zip(z, y) {
            let t = yi == 1 ? -(zi + b) : zi + b
            total += t > 0 ? t + log1p(exp(-t)) : log1p(exp(t))
        }
        return total / Double(z.count)
    }

    /// The fewest errors over b by trying every cut: predicted 1 from a cut on, where the cuts
    /// lie between distinct values of z in the order NaN last (NaN samples inseparable).
    static func referenceFewestErrors(_ z: [Double], _ y: [Double]) -> Int {
        func key(_ v: Double) -> (Int, Double) { v.isNaN ? (1, 0) : (0, v) }
        let distinct = z.map(key).sorted { $0 < $1 }
        var cuts = [(2, 0.0)]  // nothing predicted 1
        for value in distinct where !cuts.contains(where: { $0 == value }) { cuts.append(value) }
        return cuts.map { cut in
            zip(z, y).reduce(0) { wrong, sample in
                let predicted: Double = key(sample.0) >= cut ? 1 : 0
                return wrong + (sample.1 == 1 ? (predicted == 1 ? 0 : 1) : (predicted == 1 ? 1 : 0))
            }
        }.min() ?? 0
    }

    /// Values with ties, signed zeros, huge and non-finite ones.
    static func randomZ(_ m: Int, _ random: inout SplitMix64) -> [Double] {
        let specials: [Double] = [0, -0.0, 1, -1, 1e300, -1e300, .infinity, -.infinity, .nan, 0.5, 2]
        let kind = random.next() % 4
        return (0..<m).map { _ in
            switch kind {
            case 0: return random.nextSigned() * 10
            case 1: return Double(Int(random.next() % 5)) - 2  // many ties
            case 2:
                return random.next() % 3 == 0
                    ? specials[Int(random.next() % UInt64(specials.count))] : random.nextSigned()
            default: return random.nextSigned() * 1e300 * 8
            }
        }
    }

    static func randomLabels(_ m: Int, _ random: inout SplitMix64) -> [Double] {
        (0..<m).map { _ in random.next() % 2 == 0 ? 0 : 1 }
    }

    static func sameBits(_ a: Double, _ b: Double) -> Bool {
        a.bitPattern == b.bitPattern || (a.isNaN && b.isNaN)
    }

    @Test func theLowestLossIsTheFirstFormulasBitForBit() {
        var random = SplitMix64(seed: 11)
        for trial in 0..<3000 {
            let m = trial < 2700 ? Int(random.next() % 9) : Int(random.next() % 257)
            let z = Self.randomZ(m, &random), y = Self.randomLabels(m, &random)
            let (new, old) = (LossSurface.lowestLoss(z, y), Self.referenceLowestLoss(z, y))
            #expect(Self.sameBits(new, old), "z \(z) y \(y): \(new) vs \(old)")
        }
    }

    @Test func theFewestErrorsAreEveryCutsMinimumFromAnyStartingOrder() {
        var random = SplitMix64(seed: 12)
        for trial in 0..<3000 {
            let m = trial < 2700 ? Int(random.next() % 9) : Int(random.next() % 257)
            let z = Self.randomZ(m, &random), y = Self.randomLabels(m, &random)
            let expected = Self.referenceFewestErrors(z, y)
            #expect(LossSurface.fewestErrors(z, y) == expected, "z \(z) y \(y)")
            // Any permutation to start from: it ends sorted, NaN last, and the count is the same.
            var order = Array(0..<m)
            order.shuffle(using: &random)
            let count = z.withUnsafeBufferPointer { z in
                y.withUnsafeBufferPointer { y in
                    order.withUnsafeMutableBufferPointer { LossSurface.fewestErrors(z, y, sorting: $0) }
                }
            }
            #expect(count == expected)
            #expect(Set(order) == Set(0..<m))
            #expect(zip(order, order.dropFirst()).allSatisfy { a, b in z[b].isNaN || (!z[a].isNaN && z[a] <= z[b]) })
        }
    }

    @Test func theSurfaceIsTheFormulasAtEveryGridPoint() throws {
        var random = SplitMix64(seed: 13)
        for trial in 0..<40 {
            let m = trial < 30 ? 1 + Int(random.next() % 8) : 1 + Int(random.next() % 256)
            let scale = [1.0, 1e300, 1e155][trial % 3]
            let features = (0..<2).map { _ in
                (0..<m).map { _ in trial % 4 == 1 ? Double(Int(random.next() % 3)) : random.nextSigned() * scale }
            }
            let y = Self.randomLabels(m, &random)
            let dataset = try Dataset(name: "random \(trial)", features: features, labels: y)
            let reach = [4.0, 8e307, 1e-3][trial % 3]
            let resolution = trial < 30 ? 2 + Int(random.next() % 20) : 5
            let surface = try #require(
                LossSurface(
                    dataset: dataset, w1: -reach...reach * 0.5, w2: -reach * 0.25...reach, resolution: resolution))
            for j in 0..<resolution {
                let b2 = -reach * 0.25 + (reach - -reach * 0.25) * Double(j) / Double(resolution - 1)
                for i in 0..<resolution {
                    let b1 = -reach + (reach * 0.5 - -reach) * Double(i) / Double(resolution - 1)
                    let z = (0..<m).map { b1 * features[0][$0] + b2 * features[1][$0] }
                    let k = j * resolution + i
                    #expect(
                        Self.sameBits(surface.loss[k], Self.referenceLowestLoss(z, y)), "trial \(trial) (\(i), \(j))")
                    #expect(surface.errors[k] == Self.referenceFewestErrors(z, y), "trial \(trial) (\(i), \(j))")
                }
            }
        }
    }
}
