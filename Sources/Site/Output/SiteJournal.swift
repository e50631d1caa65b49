#if canImport(Glibc)
    import Glibc
#endif

/// What a run writing a site has under way, kept beside the destination as
/// `.<name>.nnreport-journal` from before its temporary folder exists until the old site is gone.
///
/// A run killed at any instant (SIGKILL, a power cut aside) leaves it behind, and the next run
/// for the destination reads it (see `SiteJournal+Recovery.swift`): the user's files that were
/// being carried over go back into the destination, and the killed run's folders are removed.
///
///     # nnreport journal 1: …
///     temporary .site.nnreport-tmp-3f0a9b2c4d5e6f70
///     aside .site.nnreport-old-3f0a9b2c4d5e6f70
///     carry notes%20and%20more.txt
public struct SiteJournal: Equatable, Sendable {
    /// The first line; a journal without it is not nnreport's.
    static let header = "# nnreport journal 1: a run writing the folder beside this file had not finished."
    /// The largest journal read: a line per carried entry, so generous.
    static let maximumBytes = 256 << 20

    /// The journal file's path.
    let path: String
    /// The run's temporary folder, a sibling of the destination (its name only).
    let temporary: String
    /// Where the old site goes when the swap takes two renames (its name only).
    let aside: String
    /// The user's entries being moved from the destination into the new site, relative paths.
    var carried: [BytePath] = []

    /// The journal's path for `destination`.
    static func path(for destination: String) -> String {
        FileSystem.sidePath(of: destination, ".nnreport-journal")
    }

    /// The journal's text.
    var text: [UInt8] {
        var bytes = Array((Self.header + "\ntemporary \(temporary)\naside \(aside)\n").utf8)
        for entry in carried {
            bytes += Array("carry ".utf8) + Self.escaped(entry.bytes) + [UInt8(ascii: "\n")]
        }
        return bytes
    }

    /// Writes the journal whole or not at all: into `<path>.new`, then renamed over `path`.
    func write() throws(OutputError) {
        let next = path + ".new"
        unlink(next)
        let file = try BufferedFileWriter(path: next, flags: O_CREAT | O_EXCL | O_NOFOLLOW)
        try file.write(text)
        try file.close()
        try FileSystem.move(next, to: path)
    }

    /// Removes the journal (and a `.new` one a kill may have left).
    func remove() {
        unlink(path + ".new")
        unlink(path)
    }

    /// Bytes outside printable ASCII, "%" and the space as %XX, so every name fits on one line.
    static func escaped(_ bytes: [UInt8]) -> [UInt8] {
        let digits = Array("0123456789ABCDEF".utf8)
        var result: [UInt8] = []
        for byte in bytes {
            if byte > 0x20, byte < 0x7F, byte != UInt8(ascii: "%") {
                result.append(byte)
            } else {
                result += [UInt8(ascii: "%"), digits[Int(byte >> 4)], digits[Int(byte & 0xF)]]
            }
        }
        return result
    }

    /// The bytes `escaped` encoded, or nil for a malformed escape.
    static func unescaped(_ text: ArraySlice<UInt8>) -> [UInt8]? {
        var result: [UInt8] = []
        var index = text.startIndex
        while index < text.endIndex {
            guard text[index] == UInt8(ascii: "%") else {
                result.append(text[index])
                index += 1
                continue
            }
            guard index + 2 < text.endIndex,
                let value = UInt8(String(decoding: text[index + 1...index + 2], as: UTF8.self), radix: 16)
            else { return nil }
            result.append(value)
            index += 3
        }
        return result
    }
}
