import Formats
import Foundation
import Testing

@testable import Training

/// CSV files that are valid datasets, large ones, and reading from disk.
@Suite struct DatasetCSVTests {
    @Test func readsTheLayoutOfTheWalkthrough() throws {
        let dataset = try Dataset.csv(Array("x1,x2,y\n0,0,0\n0,1,0\n1,0,0\n1,1,1\n".utf8), file: "data/and.csv")
        #expect(dataset.name == "and.csv")
        #expect(dataset.featureNames == ["x1", "x2"])
        #expect(dataset.features == [[0, 0, 1, 1], [0, 1, 0, 1]])
        #expect(dataset.labels == [0, 0, 0, 1])
    }

    @Test func acceptsBOMCRLFQuotesSpacesAndBlankLines() throws {
        let text = "\u{FEFF} height ,\"weight, kg\",label\r\n\r\n 1.5e-3 ,\"-2\",1.0\r\n\t.5\t,5.,  0 \r\n\r\n"
        let dataset = try Dataset.csv(Array(text.utf8), file: "people.csv")
        #expect(dataset.featureNames == ["height", "weight, kg"])
        #expect(dataset.features == [[0.0015, 0.5], [-2, 5]])
        #expect(dataset.labels == [1, 0])
    }

    @Test func readsCROnlyFiles() throws {
        let dataset = try Dataset.csv(Array("a,b\r1,1\r2,0".utf8), file: "mac.csv")
        #expect(dataset.features == [[1, 2]])
        #expect(dataset.labels == [1, 0])
    }

    @Test func keepsEveryDigitOfTheNumbers() throws {
        let dataset = try Dataset.csv(
            Array("x,y\n0.1,0\n2.2250738585072011e-308,1\n-0,0\n1e-400,1\n".utf8), file: "d.csv")
        let bits = dataset.features[0].map(\.bitPattern)
        #expect(bits == [(0.1).bitPattern, 0x000F_FFFF_FFFF_FFFF, (-0.0).bitPattern, (0.0).bitPattern])
    }

    @Test func twoHundredThousandRowsParseFast() throws {
        var text = "a,b,label\n"
        for row in 0..<200_000 { text += "\(row % 7).25,-\(row % 3)e-2,\(row % 2)\n" }
        let clock = ContinuousClock()
        var dataset: Dataset?
        let elapsed = try clock.measure { dataset = try Dataset.csv(Array(text.utf8), file: "big.csv") }
        let parsed = try #require(dataset)
        #expect(parsed.sampleCount == 200_000)
        #expect(parsed.features[0][199_999] == 2.25)
        #expect(parsed.features[1][199_999] == -0.01)
        #expect(parsed.labels[199_999] == 1)
        // Linear work takes well under a second even in a debug build; quadratic work would not.
        #expect(elapsed < .seconds(5))
    }

    @Test func tenThousandColumnsAreTooManyFeatures() throws {
        let header = (0..<10_000).map { "c\($0)" }.joined(separator: ",")
        let row = (0..<10_000).map { "\($0 % 2)" }.joined(separator: ",")
        let error = try #require(throws: DatasetFileError.self) {
            try Dataset.csv(Array("\(header)\n\(row)\n".utf8), file: "wide.csv")
        }
        #expect(error.reason == .tooManyFeatures(9_999))
        #expect(error.line == 1)
        let firstExtra = (0..<Dataset.maximumFeatures).map { "c\($0)," }.joined().count + 1
        #expect(error.column == firstExtra)
    }

    @Test func theMostFeaturesAreAccepted() throws {
        let count = Dataset.maximumFeatures
        let header = (0..<count).map { "c\($0)" }.joined(separator: ",") + ",y"
        let row = String(repeating: "1,", count: count) + "0"
        let dataset = try Dataset.csv(Array("\(header)\n\(row)\n".utf8), file: "wide.csv")
        #expect(dataset.featureCount == count)
    }

    @Test func moreThanTheMostSamplesIsAnError() throws {
        var bytes = Array("x,y\n".utf8)
        bytes.reserveCapacity(4 * (Dataset.maximumSamples + 2))
        for _ in 0...Dataset.maximumSamples { bytes += [0x31, 0x2C, 0x30, 0x0A] }
        let error = try #require(throws: DatasetFileError.self) { try Dataset.csv(bytes, file: "tall.csv") }
        #expect(error.reason == .tooManySamples)
        #expect(error.line == Dataset.maximumSamples + 2)
        #expect(error.column == 1)
    }

    // MARK: - Files

    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("csv-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test func readsAFile() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("xor.csv")
        try Data("a,b,y\n0,1,1\n".utf8).write(to: file)
        let dataset = try Dataset.csv(contentsOf: file.path)
        #expect(dataset.name == "xor.csv")
        #expect(dataset.labels == [1])
    }

    @Test func errorsInAFileNameThePath() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("bad.csv")
        try Data("a,b,y\n0,1,2\n".utf8).write(to: file)
        let error = try #require(throws: DatasetFileError.self) { try Dataset.csv(contentsOf: file.path) }
        #expect(error.file == file.path)
        #expect(error.description.hasPrefix("\(file.path):2:5: the label \"2\""))
    }

    @Test func aMissingFileIsNamed() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let missing = folder.appendingPathComponent("none.csv").path
        let error = try #require(throws: DatasetFileError.self) { try Dataset.csv(contentsOf: missing) }
        #expect(error.reason == .csv(.fileNotFound))
        #expect(error.description == "\(missing): there is no such file; check the path.")
        let inFile = try #require(throws: DatasetFileError.self) {
            try Dataset.csv(contentsOf: folder.appendingPathComponent("none.csv/x.csv").path)
        }
        #expect(inFile.reason == .csv(.fileNotFound))
    }

    @Test func aFolderIsNotAFile() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let error = try #require(throws: DatasetFileError.self) { try Dataset.csv(contentsOf: folder.path) }
        #expect(error.reason == .csv(.notAFile))
        #expect(error.line == nil)
    }

    @Test func aFileOverTheCapIsRefusedBeforeReading() throws {
        let folder = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("huge.csv")
        #expect(FileManager.default.createFile(atPath: file.path, contents: Data("a,y\n".utf8)))
        // A sparse file: the size is there, the bytes are not, so only the size check is quick.
        let handle = try FileHandle(forWritingTo: file)
        try handle.truncate(atOffset: UInt64(CSVReader.maximumFileBytes + 1))
        try handle.close()
        // The size in the reason is the file's, read by stat before a byte of it (reading would stop
        // at the first byte over the cap and report fewer).
        var caught: DatasetFileError?
        do throws(DatasetFileError) { _ = try Dataset.csv(contentsOf: file.path) } catch { caught = error }
        #expect(caught?.reason == .csv(.fileTooLarge(bytes: CSVReader.maximumFileBytes + 1)))
    }

    @Test func anUnreadableFileSaysWhy() throws {
        // Reading /proc/self/mem at offset 0 fails with EIO: a file that opens but cannot be read.
        let error = try #require(throws: DatasetFileError.self) { try Dataset.csv(contentsOf: "/proc/self/mem") }
        #expect(error.reason == .csv(.unreadable("input/output error")))
        #expect(error.description.contains("cannot be read (input/output error)"))
    }
}
