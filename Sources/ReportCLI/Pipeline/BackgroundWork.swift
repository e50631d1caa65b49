import Dispatch

/// A value computed on another thread while the caller goes on: the other rule's training, the
/// site's icon, a run's charts, a small run trained early. `wait()` gives it once it is ready.
final class BackgroundWork<Value>: @unchecked Sendable {
    private let done = DispatchSemaphore(value: 0)
    // Written once by the working thread before `done` is signalled, read after waiting for it.
    private var value: Value?
    // Touched only by the thread that waits.
    private var waited = false

    /// Starts `work` on the global queue.
    init(_ work: @escaping @Sendable () -> Value) {
        DispatchQueue.global().async {
            self.value = work()
            self.done.signal()
        }
    }

    /// The value, once computed.
    func wait() -> Value {
        if !waited {
            done.wait()
            waited = true
        }
        guard let value else { preconditionFailure("the working thread signals only after setting the value") }
        return value
    }
}
