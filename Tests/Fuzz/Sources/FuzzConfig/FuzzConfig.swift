import Foundation

@testable import ReportCLI

/// The config file the fuzzer's bytes are written to: one per process, in memory when possible.
let configPath: String = {
    let folder = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
    return folder + "/nnreport-fuzz-\(getpid()).json"
}()

/// The fuzz target: any bytes as a config file, through `ConfigFile.load` (the JSON parser, the
/// key checks and the mapping to settings). Every refusal must be a located usage error.
func fuzzConfig(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    // Plain open/write: FileManager.createFile writes atomically through a second file, at twice the cost.
    let descriptor = open(configPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    guard descriptor >= 0, write(descriptor, data, size) == size, close(descriptor) == 0 else {
        fatalError("cannot write \(configPath)")
    }
    do {
        let settings = try ConfigFile.load(configPath)
        if let title = settings.title?.value, title.isEmpty || title.count > ValueParser.maximumTitleLength {
            fatalError("accepted the title \(title.debugDescription)")
        }
        if let iterations = settings.iterations?.value, iterations < 1 {
            fatalError("accepted \(iterations) iterations")
        }
    } catch let error as ReportError {
        guard error.exitCode == 2, error.description.contains(configPath) else {
            fatalError("a config error that is not a usage error naming the file: \(error)")
        }
    } catch let error as UsageError {
        // A value refused by the rule it shares with its flag; SettingsResolver makes it a ReportError.
        guard error.description.contains(configPath) else { fatalError("a value error without the file: \(error)") }
    } catch {
        fatalError("an error that is neither a ReportError nor a UsageError: \(error)")
    }
    return 0
}
