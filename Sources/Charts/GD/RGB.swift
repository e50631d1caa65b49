import CGD

/// An opaque sRGB colour, written as 0xRRGGBB.
struct RGB: Hashable, Sendable, CustomStringConvertible {
    /// The red, green and blue components.
    let red: UInt8, green: UInt8, blue: UInt8

    /// The colour 0xRRGGBB.
    init(_ hex: UInt32) {
        red = UInt8(truncatingIfNeeded: hex >> 16)
        green = UInt8(truncatingIfNeeded: hex >> 8)
        blue = UInt8(truncatingIfNeeded: hex)
    }

    /// The colour with these components.
    init(red: UInt8, green: UInt8, blue: UInt8) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    /// 0xRRGGBB.
    var hex: UInt32 { UInt32(red) << 16 | UInt32(green) << 8 | UInt32(blue) }

    /// The libgd truecolor value, with alpha from 0 (opaque) to 127 (transparent).
    func truecolor(alpha: Int32 = 0) -> Int32 {
        cgd_truecolor_alpha(Int32(red), Int32(green), Int32(blue), alpha)
    }

    /// This colour mixed with `other`: `amount` 0 gives self, 1 gives other.
    func mixed(with other: RGB, _ amount: Double) -> RGB {
        func mix(_ a: UInt8, _ b: UInt8) -> UInt8 {
            UInt8((Double(a) + (Double(b) - Double(a)) * min(max(amount, 0), 1)).rounded())
        }
        return RGB(red: mix(red, other.red), green: mix(green, other.green), blue: mix(blue, other.blue))
    }

    /// The squared distance to `other` in RGB space.
    func distance(to other: RGB) -> Int {
        let r = Int(red) - Int(other.red)
        let g = Int(green) - Int(other.green)
        let b = Int(blue) - Int(other.blue)
        return r * r + g * g + b * b
    }

    /// "#RRGGBB".
    var description: String {
        let digits = String(hex, radix: 16, uppercase: true)
        return "#" + String(repeating: "0", count: 6 - digits.count) + digits
    }
}
