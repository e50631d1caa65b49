/// A point in pixel coordinates of an image (y grows downwards).
struct Point: Equatable, Sendable {
    /// Horizontal position.
    var x: Double
    /// Vertical position, from the top.
    var y: Double

    /// The point (x, y).
    init(_ x: Double, _ y: Double) {
        self.x = x
        self.y = y
    }
}
