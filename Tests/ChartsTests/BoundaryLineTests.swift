import Testing

@testable import Charts

@Suite("BoundaryLine: W·x + b = c clipped to the view")
struct BoundaryLineTests {
    static let unit = (x: -0.5...1.5, y: -0.5...1.5)

    @Test("the final AND boundary runs from (1.5, 0) to (0, 1.5)")
    func diagonal() throws {
        let segment = try #require(
            BoundaryLine.segment(weights: [0.05, 0.05], bias: -0.075, level: 0, x: Self.unit.x, y: Self.unit.y))
        let ends = [segment.start, segment.end].sorted { $0.0 < $1.0 }
        #expect(abs(ends[0].0 - 0) < 1e-12 && abs(ends[0].1 - 1.5) < 1e-12)
        #expect(abs(ends[1].0 - 1.5) < 1e-12 && abs(ends[1].1 - 0) < 1e-12)
    }

    @Test("vertical and horizontal boundaries, and those that do not cross the view")
    func special() throws {
        let vertical = try #require(
            BoundaryLine.segment(weights: [2, 0], bias: -1, level: 0, x: Self.unit.x, y: Self.unit.y))
        #expect(vertical.start.0 == 0.5 && vertical.end.0 == 0.5 && abs(vertical.start.1 - vertical.end.1) == 2)
        let horizontal = try #require(
            BoundaryLine.segment(weights: [0, 1], bias: -1, level: 0, x: Self.unit.x, y: Self.unit.y))
        #expect(horizontal.start.1 == 1 && horizontal.end.1 == 1)
        #expect(BoundaryLine.segment(weights: [0.4, 0.2], bias: 1, level: 0, x: Self.unit.x, y: Self.unit.y) == nil)
        #expect(BoundaryLine.segment(weights: [0, 0], bias: 1, level: 0, x: Self.unit.x, y: Self.unit.y) == nil)
        #expect(BoundaryLine.segment(weights: [.nan, 1], bias: 0, level: 0, x: Self.unit.x, y: Self.unit.y) == nil)
        #expect(
            BoundaryLine.segment(weights: [1e308, 1e308], bias: -1e308, level: 0, x: Self.unit.x, y: Self.unit.y) != nil
        )
    }

    @Test("the region predicted 1 is the part of the view on the positive side")
    func region() {
        let region = BoundaryLine.positiveRegion(
            weights: [0.05, 0.05], bias: -0.075, level: 0, x: Self.unit.x, y: Self.unit.y)
        // A triangle: (1.5, 0), (1.5, 1.5), (0, 1.5), area 1.125.
        var area = 0.0
        for i in region.indices {
            let (a, b) = (region[i], region[(i + 1) % region.count])
            area += a.0 * b.1 - b.0 * a.1
        }
        #expect(region.count == 3 && abs(abs(area) / 2 - 1.125) < 1e-12)
        #expect(
            BoundaryLine.positiveRegion(weights: [0, 0], bias: 1, level: 0, x: Self.unit.x, y: Self.unit.y).count == 4)
        #expect(
            BoundaryLine.positiveRegion(weights: [0, 0], bias: -1, level: 0, x: Self.unit.x, y: Self.unit.y).isEmpty)
    }

    @Test("the level for a threshold T is ln(T/(1−T))")
    func level() {
        #expect(BoundaryLine.level(threshold: 0.5) == 0)
        #expect(abs(BoundaryLine.level(threshold: 0.7) - 0.8472978603872037) < 1e-15)
    }
}
