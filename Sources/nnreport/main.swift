// The nnreport executable: everything lives in ReportCLI, so tests can drive the same code.
import Foundation
import ReportCLI

let code = ReportCommand.main(Array(CommandLine.arguments.dropFirst()))
exit(code)
