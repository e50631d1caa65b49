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

extension ParallelMap {
    /// Transforms `batches` on every core and hands each batch's results, in order, to `consume`
    /// on the calling thread, while the next batch is already being transformed: rendering and
    /// writing overlap, and at most two batches are in memory.
    static func pipeline<Item: Sendable, Result: Sendable>(
        _ batches: [[Item]], _ transform: @escaping @Sendable (Item) throws -> Result,
        consume: ([(Item, Result)]) throws -> Void
    ) throws {
        guard !batches.isEmpty else { return }
        var pending = Pending(batches[0], transform)
        for index in batches.indices {
            let results = try pending.wait()
            if index + 1 < batches.count { pending = Pending(batches[index + 1], transform) }
            do {
                try consume(Array(zip(batches[index], results)))
            } catch {
                // Let the batch in flight finish before the caller cleans up after the error.
                _ = try? pending.wait()
                throw error
            }
        }
    }

    /// One batch being transformed on a background queue.
    private final class Pending<Item: Sendable, Result: Sendable>: @unchecked Sendable {
        private let done = DispatchSemaphore(value: 0)
        private var outcome: Swift.Result<[Result], any Error> = .success([])
        private var waited = false

        init(_ items: [Item], _ transform: @escaping @Sendable (Item) throws -> Result) {
            DispatchQueue.global().async {
                self.outcome = Swift.Result { try ParallelMap.map(items, transform) }
                self.done.signal()
            }
        }

        func wait() throws -> [Result] {
            if !waited {
                done.wait()
                waited = true
            }
            return try outcome.get()
        }
    }
}
