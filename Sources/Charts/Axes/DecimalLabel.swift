/// Exact, short labels for tick values of the form n × 10^e, built from the integers rather
/// than from the rounded double (so 3 × 0.1 is "0.3", never "0.30000000000000004").
enum DecimalLabel {
    /// The notation an axis uses for all of its labels, so that they line up.
    enum Notation: Equatable {
        /// Plain decimals with this many digits after the point.
        case plain(decimals: Int)
        /// Plain decimals of value / 10^exponent, followed by a suffix ("k", "M", "G").
        case suffixed(exponent: Int, suffix: String, decimals: Int)
        /// Shortest scientific notation per label ("2e-5", "1.5e12").
        case scientific
    }

    /// The notation for ticks spaced 10^stepExponent × (1, 2 or 5) whose largest magnitude is
    /// 10^largestExponent or less.
    static func notation(stepExponent: Int, largestExponent: Int) -> Notation {
        for (exponent, suffix) in [(9, "G"), (6, "M"), (3, "k")]
        where largestExponent >= max(exponent, 4) && largestExponent < exponent + 3 && stepExponent >= exponent - 2 {
            return .suffixed(exponent: exponent, suffix: suffix, decimals: max(0, exponent - stepExponent))
        }
        if largestExponent >= 12 || largestExponent < -3 || stepExponent < -8 {
            return .scientific
        }
        return .plain(decimals: max(0, -stepExponent))
    }

    /// The label of n × 10^exponent in `notation`; `signed` adds "+" to positive values.
    static func label(_ n: Int, exponent: Int, notation: Notation, signed: Bool = false) -> String {
        let sign = n < 0 ? "−" : (signed && n > 0 ? "+" : "")
        let magnitude = n.magnitude
        switch notation {
        case .plain(let decimals):
            // Zero gets the axis' decimals too ("0.0" beside "0.5"), so the labels line up.
            return sign + digits(magnitude, exponent: magnitude == 0 ? -decimals : exponent, decimals: decimals)
        case .suffixed(let shift, let suffix, let decimals):
            guard magnitude != 0 else { return "0" }
            return sign + digits(magnitude, exponent: exponent - shift, decimals: decimals) + suffix
        case .scientific:
            guard magnitude != 0 else { return "0" }
            var mantissa = String(magnitude)
            while mantissa.count > 1, mantissa.hasSuffix("0") { mantissa.removeLast() }
            let power = exponent + String(magnitude).count - 1
            let head = mantissa.prefix(1)
            let tail = mantissa.dropFirst()
            let text = tail.isEmpty ? String(head) : head + "." + tail
            return sign + text + "e" + (power < 0 ? "-" : "") + String(power.magnitude)
        }
    }

    /// magnitude × 10^exponent written with exactly `decimals` digits after the point.
    private static func digits(_ magnitude: UInt, exponent: Int, decimals: Int) -> String {
        // Scale to an integer count of 10^-decimals units; exponent ≥ -decimals by construction.
        let shift = exponent + decimals
        var text = String(magnitude)
        if shift > 0 {
            text += String(repeating: "0", count: shift)
        } else if shift < 0 {
            // More digits than wanted after the point cannot happen for ticks; drop them.
            text = String(text.dropLast(min(-shift, text.count)))
            if text.isEmpty { text = "0" }
        }
        guard decimals > 0 else { return text }
        if text.count <= decimals { text = String(repeating: "0", count: decimals - text.count + 1) + text }
        let point = text.index(text.endIndex, offsetBy: -decimals)
        return text[..<point] + "." + text[point...]
    }
}
