import Formats

/// What static hosts accept, by default the strictest of the common ones: Cloudflare Pages
/// (25 MiB a file, 20,000 files) and GitHub Pages (1 GB a site).
public struct HostLimits: Sendable, Equatable {
    /// The largest file, in bytes.
    public var largestFile: Int
    /// The most files.
    public var files: Int
    /// The largest site, in bytes.
    public var total: Int

    /// Cloudflare Pages' file size and count, GitHub Pages' site size.
    public static let standard = HostLimits(largestFile: 25 * 1024 * 1024, files: 20_000, total: 1_000_000_000)

    /// A sentence for each limit `sizes` (every file of a site, path → bytes) passes, naming
    /// the host that refuses it; empty when the site fits them all.
    public func exceeded(by sizes: [String: Int]) -> [String] {
        var sentences: [String] = []
        let over = sizes.filter { $0.value > largestFile }.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
        if let largest = over.first {
            let others = over.count > 1 ? " and \(Display.count(over.count - 1, "other file")) over it" : ""
            sentences.append(
                "\(largest.key) is \(Display.bytes(largest.value))\(others): Cloudflare Pages refuses files over "
                    + "\(Self.binary(largestFile)).")
        }
        if sizes.count > files {
            sentences.append(
                "The site has \(Display.count(sizes.count, "file")): Cloudflare Pages refuses sites of more than "
                    + "\(Display.count(files)) files.")
        }
        let sum = sizes.values.reduce(0, +)
        if sum > total {
            sentences.append(
                "The site is \(Display.bytes(sum)): GitHub Pages refuses sites over \(Display.bytes(total)).")
        }
        return sentences
    }

    /// "25 MiB" for a whole number of mebibytes, else the decimal size.
    static func binary(_ bytes: Int) -> String {
        bytes % (1024 * 1024) == 0 ? "\(bytes / (1024 * 1024)) MiB" : Display.bytes(bytes)
    }
}
