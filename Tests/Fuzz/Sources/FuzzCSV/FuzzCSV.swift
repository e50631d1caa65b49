import Foundation
import Training

/// The fuzz target: any bytes as a CSV dataset. A dataset must satisfy the README's rules and
/// an error must say where; anything else stops the fuzzer with a crash it can report.
func fuzzCSV(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    do {
        let dataset = try Dataset.csv(bytes, file: "fuzz.csv")
        let names = dataset.featureNames
        guard !names.isEmpty, names.count == dataset.features.count, Set(names).count == names.count,
            names.allSatisfy({ !$0.isEmpty }), !dataset.labels.isEmpty,
            dataset.labels.allSatisfy({ $0 == 0 || $0 == 1 }),
            dataset.features.allSatisfy({ $0.count == dataset.labels.count && $0.allSatisfy(\.isFinite) })
        else { fatalError("accepted a dataset that breaks the rules: \(dataset)") }
    } catch {
        let text = error.description
        guard text.hasPrefix("fuzz.csv"), (error.line == nil) == (error.column == nil),
            (error.line ?? 1) >= 1, (error.column ?? 1) >= 1
        else { fatalError("an error without its place: \(text)") }
    }
    return 0
}
