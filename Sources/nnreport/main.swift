// The nnreport executable: everything lives in ReportCLI, so tests can drive the same code.
import Foundation
import ReportCLI

// The arguments' bytes, not CommandLine.arguments: those replace bytes that are not UTF-8.
// stride, not 1..<argc: a process started with no argv at all has argc 0.
let arguments = stride(from: 1, to: Int(CommandLine.argc), by: 1).map { index in
    CommandLine.unsafeArgv[index].map {
        Array(UnsafeBufferPointer(start: $0, count: strlen($0))).map(UInt8.init(bitPattern:))
    } ?? []
}
exit(ReportCommand.main(rawArguments: arguments))
