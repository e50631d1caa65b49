import Dispatch
import Formats
import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// What a run tells the user while it works, on standard error: on a terminal a bar with the
/// stage, the share done and the time left, redrawn ten times a second; elsewhere one line when
/// each stage starts and one when it ends; nothing with `-q`.
///
/// Unchecked Sendable: the stage is behind a Mutex, and the timer is set once in `init` and then
/// only cancelled, which libdispatch allows from any thread.
final class Progress: @unchecked Sendable {
    /// How progress is shown.
    enum Mode: Sendable {
        case quiet, lines, bar
    }

    private struct Stage {
        var name: String
        var started: UInt64
        /// The share done, 0...1, when known.
        var fraction: Double?
        /// The expected duration in seconds, for a stage whose share is estimated from time.
        var expected: Double?
    }

    let mode: Mode
    private let stage = Mutex<Stage?>(nil)
    private let timer: DispatchSourceTimer?

    /// Progress in `mode`; `.bar` redraws from a timer until `end()`.
    init(mode: Mode) {
        self.mode = mode
        guard mode == .bar else {
            timer = nil
            return
        }
        let timer = DispatchSource.makeTimerSource(queue: DispatchQueue(label: "nnreport.progress"))
        self.timer = timer
        timer.schedule(deadline: .now() + .milliseconds(100), repeating: .milliseconds(100))
        timer.setEventHandler { [weak self] in self?.redraw() }
        timer.resume()
    }

    /// The mode for a run: quiet with `-q`, a bar when standard error is a terminal, else lines.
    static func mode(quiet: Bool) -> Mode {
        quiet ? .quiet : isatty(Console.errors) == 1 ? .bar : .lines
    }

    /// Starts a stage ("training 1,000,000 iterations"); `expected` seconds, when known, give
    /// its share done from the time spent.
    /// A stage whose share is counted (`advance`) starts at `counted` 0.
    func start(_ name: String, expected: Double? = nil, counted: Bool = false) {
        stage.withLock { $0 = Stage(name: name, started: Clock.now, fraction: counted ? 0 : nil, expected: expected) }
        switch mode {
        case .quiet: break
        case .lines: Console.error(name.prefix(1).uppercased() + name.dropFirst() + "…\n")
        // Drawn at once, so even a stage shorter than the timer's period shows.
        case .bar: redraw()
        }
    }

    /// Sets the share of the current stage that is done.
    func advance(to fraction: Double) {
        stage.withLock { $0?.fraction = min(max(fraction, 0), 1) }
    }

    /// Says `line` in the middle of a stage ("Run 3 of 6 …"): a line of its own where progress
    /// is told in lines; on a terminal the bar's share says it, and the line is not printed.
    func note(_ line: String) {
        guard mode == .lines else { return }
        Console.error(line + "\n")
    }

    /// Ends the current stage with `line` ("Trained 1000 iterations in 21 ms; …").
    func finish(_ line: String) {
        stage.withLock { current in
            current = nil
            guard mode != .quiet else { return }
            Console.error((mode == .bar ? "\r\u{1B}[K" : "") + line + "\n")
        }
    }

    /// Stops the bar and clears its line, before a final message or the exit.
    func end() {
        timer?.cancel()
        stage.withLock { current in
            if mode == .bar, current != nil { Console.error("\r\u{1B}[K") }
            current = nil
        }
    }

    private func redraw() {
        stage.withLock { current in
            guard let current else { return }
            let elapsed = Double(Clock.now - current.started) / 1e9
            let fraction = current.fraction ?? current.expected.map { min(elapsed / max($0, 0.001), 0.99) }
            Console.error("\r\u{1B}[K" + Self.bar(current.name, fraction: fraction, elapsed: elapsed))
        }
    }

    /// "[#########...........] 45% training 1,000,000 iterations · 3.1 s, about 4 s left".
    static func bar(_ name: String, fraction: Double?, elapsed: Double) -> String {
        let width = 20
        guard let fraction else {
            return "[" + String(repeating: ".", count: width) + "] " + name + " · " + seconds(elapsed)
        }
        let filled = Int((fraction * Double(width)).rounded(.down))
        let left: String
        if fraction >= 0.99 {
            left = "finishing"
        } else if fraction > 0.01 {
            left = "about " + seconds(elapsed / fraction - elapsed) + " left"
        } else {
            left = "estimating the time left"
        }
        return "[" + String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled) + "] "
            + "\(Int((fraction * 100).rounded(.down)))% \(name) · \(seconds(elapsed)), \(left)"
    }

    private static func seconds(_ value: Double) -> String {
        value < 10 ? Printf.text("%.1f s", value) : "\(Int(value.rounded())) s"
    }
}
