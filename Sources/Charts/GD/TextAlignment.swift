/// Where text is anchored horizontally relative to the x it is drawn at.
enum TextAlignment: Sendable {
    /// The text starts at x.
    case left
    /// The text is centred on x.
    case center
    /// The text ends at x.
    case right
}
