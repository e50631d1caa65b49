import Foundation

/// The goldens of Reference/exp_reference.py: its hard cases, its input streams implemented
/// identically (same splitmix64 draws, same double operations in the same order), and the
/// per-chunk digests it wrote.
enum ExpGoldens {
    static let streamSeed: UInt64 = 0x6E6E_7265_706F_7274  // "nnreport"
    static let fallbackSeed: UInt64 = 0x6578_6163_7470_6174  // "exactpat"
    static let chunkSize = 10_000

    /// (x, e^x) of Golden/exp/hard-cases.csv.
    static let hardCases: [(x: Double, expected: Double)] = {
        let rows = (try? GoldenFile.allLines("exp/hard-cases.csv")) ?? []
        return rows.compactMap { row in
            guard row.count >= 2, let x = Double(row[0]), let y = Double(row[1]) else { return nil }
            return (x, y)
        }
    }()

    /// splitmix64's output function.
    static func mix(_ value: UInt64) -> UInt64 {
        var z = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Element 8·index + attempt of the splitmix64 sequence seeded with `seed`.
    static func draw(_ seed: UInt64, _ index: Int, attempt: Int = 0) -> UInt64 {
        mix(seed &+ UInt64(8 * index + attempt + 1) &* 0x9E37_79B9_7F4A_7C15)
    }

    /// A double in [0, 1) from the top 53 bits.
    static func unit(_ bits: UInt64) -> Double { Double(bits >> 11) * 0x1p-53 }

    /// sign bit of `bits`, the given exponent, 52 mantissa bits of `bits`.
    static func double(_ bits: UInt64, exponent: Int) -> Double {
        Double(bitPattern: (bits & 1 << 63) | UInt64(exponent + 1023) << 52 | (bits & (1 << 52 - 1)))
    }

    /// Input `index` of the 10⁷-input stream (`stream_input` in the script).
    static func input(_ index: Int) -> Double {
        let bits = draw(streamSeed, index)
        switch index % 4 {
        case 0: return -746.0 + 1456.0 * unit(bits)
        case 1: return -40.0 + 80.0 * unit(bits)
        case 2: return double(bits, exponent: -60 + Int((bits >> 52) % 41))
        default:
            var attempt = 0
            while true {
                let bits = draw(streamSeed, index, attempt: attempt)
                let x = double(bits, exponent: -54 + Int((bits >> 52) % 64))
                if x > -746 && x < 710 { return x }
                attempt += 1
            }
        }
    }

    /// Input `index` of the exact path's stream (`fallback_input` in the script).
    static func fallbackInput(_ index: Int) -> Double {
        let bits = draw(fallbackSeed, index)
        switch index % 5 {
        case 0: return -746.0 + 1456.0 * unit(bits)
        case 1: return -745.2 + 37.7 * unit(bits)
        case 2: return 709.0 + 0.79 * unit(bits)
        case 3:
            let k = Double(1 + (bits >> 16) % 65535)
            let scale = Double(sign: .plus, exponent: -(53 + Int((bits >> 1) % 8)), significand: 1)
            return (bits & 1 == 1 ? -1.0 : 1.0) * k * scale
        default: return -40.0 + 80.0 * unit(bits)
        }
    }

    /// 64-bit FNV-1a over the bit patterns of doubles, 8 bytes each, little-endian.
    struct Digest {
        private(set) var value: UInt64 = 0xCBF2_9CE4_8422_2325

        mutating func add(_ x: Double) {
            var pattern = x.bitPattern
            for _ in 0..<8 {
                value = (value ^ (pattern & 0xFF)) &* 0x100_0000_01B3
                pattern >>= 8
            }
        }
    }

    /// The digests of a file written by the script, in chunk order.
    static func digests(_ name: String) throws -> [UInt64] {
        try GoldenFile.allLines(name).filter { !($0.first?.hasPrefix("#") ?? true) }.map { fields in
            let parts = fields.joined(separator: ",").split(separator: " ")
            return UInt64(parts.last ?? "", radix: 16) ?? 0
        }
    }
}
