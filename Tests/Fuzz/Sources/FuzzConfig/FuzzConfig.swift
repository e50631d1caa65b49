import Foundation

@_spi(Benchmarks) @testable import ReportCLI

/// The config file the fuzzer's bytes are written to: one per process, in memory when possible.
let configPath: String = {
    let folder = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
    return folder + "/nnreport-fuzz-\(getpid()).json"
}()

/// The fuzz target: any bytes as a config file, through the settings resolver (the JSON parser,
/// the key checks and every setting's reader). Every refusal must be a located usage error.
func fuzzConfig(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    // Plain open/write: FileManager.createFile writes atomically through a second file, at twice the cost.
    let descriptor = open(configPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
    guard descriptor >= 0, write(descriptor, data, size) == size, close(descriptor) == 0 else {
        fatalError("cannot write \(configPath)")
    }
    do {
        let settings = try SettingsResolver.resolve(try ArgumentParser.parse(["-c", configPath]))
        if settings.title.isEmpty || settings.title.count > SettingReaders.maximumTitleLength {
            fatalError("accepted the title \(settings.title.debugDescription)")
        }
        if settings.training.iterations < 1 { fatalError("accepted \(settings.training.iterations) iterations") }
    } catch let error as ReportError {
        // A CSV file the config names has its own errors, about that file.
        if case .data = error { return 0 }
        guard error.exitCode == 2, error.description.contains(configPath) else {
            fatalError("a config error that is not a usage error naming the file: \(error)")
        }
    } catch {
        fatalError("an error that is not a ReportError: \(error)")
    }
    return 0
}
