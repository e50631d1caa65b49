import Dispatch
import Formats
import Foundation

/// Wall-clock timing for the progress lines.
enum Clock {
    static var now: UInt64 { DispatchTime.now().uptimeNanoseconds }
    static func since(_ start: UInt64) -> String { text(nanoseconds: now - start) }
    /// "12 ms" below a second, "1.5 s" from a second on.
    static func text(nanoseconds: UInt64) -> String {
        let milliseconds = Double(nanoseconds) / 1e6
        return milliseconds < 1000 ? "\(Int(milliseconds.rounded())) ms" : Printf.text("%.1f s", milliseconds / 1000)
    }
}
