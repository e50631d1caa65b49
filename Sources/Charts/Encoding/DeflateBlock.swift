extension ChartDeflate {
    /// One block's codes, chosen by its symbol counts, and the cheapest of its three forms: a
    /// dynamic Huffman code (its tables cost some 60–100 bytes), the fixed code of RFC 1951
    /// §3.2.6 (best for a few tokens), or the raw bytes stored (for incompressible input).
    struct BlockWriter {
        private enum Form { case dynamic, fixed, stored }

        private let literalCounts: [UInt32]
        private let distanceCounts: [UInt32]
        private let literals: HuffmanCode
        private let distances: HuffmanCode
        private let codeLengths: HuffmanCode
        /// The run-length coded code lengths of the dynamic header: symbol 0…18 and its extra bits' value.
        private let header: [(symbol: UInt8, extra: UInt8)]
        /// HLIT + 257, HDIST + 1, HCLEN + 4.
        private let literalCodesSent: Int
        private let distanceCodesSent: Int
        private let codeLengthCodesSent: Int
        /// Bits of the tokens' extra bits, the same in every coded form.
        private let extraBits: Int
        private let dynamicBits: Int
        private let fixedBits: Int
        /// Bits already waiting in the writer, which decide the padding of a stored block.
        private let pendingBits: Int

        /// The codes for a block of these counts (end-of-block's count included).
        init(literalCounts: [UInt32], distanceCounts: [UInt32], pendingBits: Int) {
            self.literalCounts = literalCounts
            self.distanceCounts = distanceCounts
            self.pendingBits = pendingBits
            literals = HuffmanCode(frequencies: literalCounts, limit: 15)
            distances = HuffmanCode(frequencies: distanceCounts, limit: 15)

            var extra = 0
            for symbol in 0..<29 { extra += Int(literalCounts[257 + symbol]) * Int(ChartDeflate.lengthExtra[symbol]) }
            for symbol in 0..<30 { extra += Int(distanceCounts[symbol]) * Int(ChartDeflate.distanceExtra[symbol]) }
            extraBits = extra

            // The code lengths sent: up to the last used literal/length (at least 257, end-of-block
            // is always used) and the last used distance (at least one).
            literalCodesSent = max(257, (literals.lengths.lastIndex { $0 != 0 } ?? 0) + 1)
            distanceCodesSent = max(1, (distances.lengths.lastIndex { $0 != 0 } ?? 0) + 1)
            let sequence = Array(literals.lengths[0..<literalCodesSent] + distances.lengths[0..<distanceCodesSent])
            header = Self.runLengthCoded(sequence)
            var headerCounts = [UInt32](repeating: 0, count: 19)
            for item in header { headerCounts[Int(item.symbol)] += 1 }
            codeLengths = HuffmanCode(frequencies: headerCounts, limit: 7)
            var sent = 19
            while sent > 4 && codeLengths.lengths[ChartDeflate.codeLengthOrder[sent - 1]] == 0 { sent -= 1 }
            codeLengthCodesSent = sent

            var dynamic = 3 + 5 + 5 + 4 + 3 * sent + extra
            for item in header {
                dynamic += Int(codeLengths.lengths[Int(item.symbol)])
                dynamic += item.symbol == 16 ? 2 : item.symbol == 17 ? 3 : item.symbol == 18 ? 7 : 0
            }
            var fixed = 3 + extra
            for (symbol, count) in literalCounts.enumerated() where count > 0 {
                dynamic += Int(count) * Int(literals.lengths[symbol])
                fixed += Int(count) * (symbol < 144 ? 8 : symbol < 256 ? 9 : symbol < 280 ? 7 : 8)
            }
            for (symbol, count) in distanceCounts.enumerated() where count > 0 {
                dynamic += Int(count) * Int(distances.lengths[symbol])
                fixed += Int(count) * 5
            }
            dynamicBits = dynamic
            fixedBits = fixed
        }

        /// RFC 1951's fixed code (§3.2.6): literals 0–143 in 8 bits, 144–255 in 9, 256–279 in 7,
        /// 280–287 in 8; every distance in 5.
        private static let fixedLiterals = fixedCode(
            lengths: [UInt8](repeating: 8, count: 144) + [UInt8](repeating: 9, count: 112)
                + [UInt8](repeating: 7, count: 24) + [UInt8](repeating: 8, count: 8))
        private static let fixedDistances = fixedCode(lengths: [UInt8](repeating: 5, count: 30))

        private static func fixedCode(lengths: [UInt8]) -> (lengths: [UInt8], codes: [UInt16]) {
            (lengths, HuffmanCode.canonicalCodes(lengths: lengths))
        }

        /// The code lengths as the header sends them: 16 repeats the previous length 3–6 times,
        /// 17 and 18 give 3–10 and 11–138 zeros.
        static func runLengthCoded(_ lengths: [UInt8]) -> [(symbol: UInt8, extra: UInt8)] {
            var items: [(symbol: UInt8, extra: UInt8)] = []
            var i = 0
            while i < lengths.count {
                let length = lengths[i]
                var run = 1
                while i + run < lengths.count && lengths[i + run] == length { run += 1 }
                i += run
                if length == 0 {
                    while run >= 11 {
                        let taken = min(run, 138)
                        items.append((18, UInt8(taken - 11)))
                        run -= taken
                    }
                    if run >= 3 {
                        items.append((17, UInt8(run - 3)))
                        run = 0
                    }
                } else {
                    items.append((length, 0))
                    run -= 1
                    while run >= 3 {
                        let taken = min(run, 6)
                        items.append((16, UInt8(taken - 3)))
                        run -= taken
                    }
                }
                for _ in 0..<run { items.append((length, 0)) }
            }
            return items
        }

        /// The bits of `raw` stored: each piece of up to 65,535 bytes a block of its own, its
        /// 3-bit header padded to a byte, then LEN and NLEN.
        private static func storedBits(count: Int, pendingBits: Int) -> Int {
            let pieces = max(1, (count + 65534) / 65535)
            let firstPadding = (8 - (pendingBits + 3) % 8) % 8
            return pieces * (3 + 32) + firstPadding + (pieces - 1) * 5 + 8 * count
        }

        /// Writes the block: `tokens` in a coded form, or `raw` (the input they stand for) stored
        /// when that is smaller.
        func write(
            tokens: UnsafeBufferPointer<UInt32>, raw: UnsafeBufferPointer<UInt8>, final: Bool,
            into writer: inout BitWriter
        ) {
            let stored = Self.storedBits(count: raw.count, pendingBits: pendingBits)
            let form: Form =
                stored < min(dynamicBits, fixedBits) ? .stored : dynamicBits < fixedBits ? .dynamic : .fixed
            let finalBit: UInt64 = final ? 1 : 0
            switch form {
            case .stored:
                writeStored(raw, final: final, into: &writer)
            case .fixed:
                writer.reserve(bytes: fixedBits / 8 + 8)
                writer.write(finalBit | 1 << 1, bits: 3)
                writeTokens(
                    tokens, literalLengths: Self.fixedLiterals.lengths, literalCodes: Self.fixedLiterals.codes,
                    distanceLengths: Self.fixedDistances.lengths, distanceCodes: Self.fixedDistances.codes,
                    into: &writer)
            case .dynamic:
                writer.reserve(bytes: dynamicBits / 8 + 8)
                writer.write(finalBit | 2 << 1, bits: 3)
                writer.write(UInt64(literalCodesSent - 257), bits: 5)
                writer.write(UInt64(distanceCodesSent - 1), bits: 5)
                writer.write(UInt64(codeLengthCodesSent - 4), bits: 4)
                writer.flush()
                for symbol in ChartDeflate.codeLengthOrder[0..<codeLengthCodesSent] {
                    writer.write(UInt64(codeLengths.lengths[symbol]), bits: 3)
                    writer.flush()
                }
                for item in header {
                    let symbol = Int(item.symbol)
                    writer.write(UInt64(codeLengths.codes[symbol]), bits: Int(codeLengths.lengths[symbol]))
                    let extra = symbol == 16 ? 2 : symbol == 17 ? 3 : symbol == 18 ? 7 : 0
                    writer.write(UInt64(item.extra), bits: extra)
                    writer.flush()
                }
                writeTokens(
                    tokens, literalLengths: literals.lengths, literalCodes: literals.codes,
                    distanceLengths: distances.lengths, distanceCodes: distances.codes, into: &writer)
            }
        }

        private func writeStored(_ raw: UnsafeBufferPointer<UInt8>, final: Bool, into writer: inout BitWriter) {
            var start = 0
            repeat {
                let count = min(65535, raw.count - start)
                let last = start + count == raw.count
                writer.reserve(bytes: count + 8)
                writer.write(final && last ? 1 : 0, bits: 3)
                writer.alignToByte()
                writer.write(UInt64(count) | UInt64(~UInt16(count)) << 16, bits: 32)
                writer.flush()
                if let base = raw.baseAddress { writer.append(base + start, count: count) }
                start += count
            } while start < raw.count
        }

        /// The tokens in the given code, then end-of-block.
        private func writeTokens(
            _ tokens: UnsafeBufferPointer<UInt32>, literalLengths: [UInt8], literalCodes: [UInt16],
            distanceLengths: [UInt8], distanceCodes: [UInt16], into writer: inout BitWriter
        ) {
            // Each match length's code word and extra bits as one field, at index length − 3.
            var lengthFields = [UInt32](repeating: 0, count: 256)
            var lengthFieldBits = [UInt8](repeating: 0, count: 256)
            for index in 0..<256 {
                let symbol = Int(ChartDeflate.lengthSymbols[index])
                let codeBits = literalLengths[257 + symbol]
                let extra = UInt32(index + 3 - Int(ChartDeflate.lengthBase[symbol]))
                lengthFields[index] = UInt32(literalCodes[257 + symbol]) | extra << UInt32(codeBits)
                lengthFieldBits[index] = codeBits + ChartDeflate.lengthExtra[symbol]
            }
            let distanceSymbols = ChartDeflate.distanceSymbols
            let distanceBase = ChartDeflate.distanceBase
            let distanceExtra = ChartDeflate.distanceExtra
            for token in tokens {
                let distance = Int(token >> 16)
                let value = Int(token & 0xFFFF)
                if distance == 0 {
                    writer.write(UInt64(literalCodes[value]), bits: Int(literalLengths[value]))
                } else {
                    writer.write(UInt64(lengthFields[value - 3]), bits: Int(lengthFieldBits[value - 3]))
                    let symbol = Int(distanceSymbols[ChartDeflate.distanceSymbolIndex(distance)])
                    let codeBits = Int(distanceLengths[symbol])
                    let field =
                        UInt64(distanceCodes[symbol]) | UInt64(distance - Int(distanceBase[symbol])) << UInt64(codeBits)
                    writer.write(field, bits: codeBits + Int(distanceExtra[symbol]))
                }
                writer.flush()
            }
            writer.write(UInt64(literalCodes[256]), bits: Int(literalLengths[256]))
            writer.flush()
        }
    }
}
