import Foundation

/// One destination written by several runs at once: each file is written whole, one at a time,
/// so a `SiteWriter` (which is not made for threads) serves every run of a comparison.
public final class SharedDestination<Inner: SiteDestination>: SiteDestination, @unchecked Sendable {
    private let inner: Inner
    private let lock = NSLock()

    public init(_ inner: Inner) { self.inner = inner }

    @discardableResult
    public func file(_ path: String, _ produce: (any ByteSink) throws -> Void) throws -> Int {
        lock.lock()
        defer { lock.unlock() }
        return try inner.file(path, produce)
    }

    /// The destination of the run named `name`: its files go below runs/<name>/.
    public func run(_ name: String) -> RunFolder<Inner> {
        RunFolder(shared: self, folder: ComparedRun.folder(of: name))
    }
}

/// A run's folder in a comparison's destination: every path is put below `folder`. The run's
/// .nojekyll is not written: it means something to a host only at the top of the site.
public struct RunFolder<Inner: SiteDestination>: SiteDestination, Sendable {
    let shared: SharedDestination<Inner>
    let folder: String

    @discardableResult
    public func file(_ path: String, _ produce: (any ByteSink) throws -> Void) throws -> Int {
        guard path != ".nojekyll" else { return 0 }
        return try shared.file(folder + path, produce)
    }
}
