import Foundation

/// Threads of their own for work that blocks (libgd's text lock, the shared site writer): a
/// blocked thread leaves its core to the others, where a thread of the dispatch pool would not.
enum WorkerThreads {
    /// Runs `body` on `count` new threads and returns when every one has returned.
    static func run(_ count: Int, _ body: @escaping @Sendable () -> Void) {
        let finished = DispatchGroup()
        for _ in 0..<count {
            finished.enter()
            let thread = Thread {
                body()
                finished.leave()
            }
            thread.stackSize = 8 << 20
            thread.start()
        }
        finished.wait()
    }
}
