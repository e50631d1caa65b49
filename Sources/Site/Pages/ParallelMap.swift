import Dispatch
import Foundation

/// Runs independent pieces of work on every core and returns their results in order.
enum ParallelMap {
    /// `transform` applied to every element of `items` concurrently; the first error is rethrown.
    ///
    /// `transform` must not touch shared mutable state: each call gets its own item.
    static func map<Item: Sendable, Result: Sendable>(
        _ items: [Item], _ transform: @Sendable (Item) throws -> Result
    ) throws -> [Result] {
        let slots = Slots<Result>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            do {
                slots.set(index, .success(try transform(items[index])))
            } catch {
                slots.set(index, .failure(error))
            }
        }
        return try slots.values()
    }

    /// Results written from several threads, one slot each, behind a lock.
    private final class Slots<Value: Sendable>: @unchecked Sendable {
        private var results: [Swift.Result<Value, any Error>?]
        private let lock = NSLock()

        init(count: Int) { results = Array(repeating: nil, count: count) }

        func set(_ index: Int, _ result: Swift.Result<Value, any Error>) {
            lock.lock()
            results[index] = result
            lock.unlock()
        }

        func values() throws -> [Value] {
            try results.map { slot in
                guard let slot else { throw CancellationError() }
                return try slot.get()
            }
        }
    }
}
