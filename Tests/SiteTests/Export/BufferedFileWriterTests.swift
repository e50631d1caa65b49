import Foundation
import TestSupport
import Testing

@testable import Site

@Suite("BufferedFileWriter")
struct BufferedFileWriterTests {
    static let capacity = BufferedFileWriter.bufferCapacity

    @Test(
        "writes every byte in order, whatever the sizes of the pieces, buffered or not",
        arguments: [
            [0], [1], [1000, 1, 0, 77], [capacity], [capacity - 1, 1, 1], [capacity + 1],
            [10, 3 * capacity + 5, 10], [capacity / 2, capacity / 2 + 1, capacity],
        ], [capacity, 0])
    func piecesInOrder(_ sizes: [Int], bufferCapacity: Int) throws {
        let folder = try TemporaryFolder()
        let file = try BufferedFileWriter(
            path: folder.at("out.bin"), flags: O_CREAT | O_EXCL, bufferCapacity: bufferCapacity)
        var expected: [UInt8] = []
        for (index, size) in sizes.enumerated() {
            let piece = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ index) }
            try file.write(piece)
            expected += piece
        }
        try file.close()
        let written = try #require(FileManager.default.contents(atPath: folder.at("out.bin")))
        #expect(written == Data(expected))
    }

    @Test("strings are written as UTF-8, and a second close does nothing")
    func stringsAndClose() throws {
        let folder = try TemporaryFolder()
        let file = try BufferedFileWriter(path: folder.at("text.txt"))
        try file.write("héllo, ")
        try file.write("wörld 😀\n")
        try file.close()
        try file.close()
        #expect(folder.read("text.txt") == "héllo, wörld 😀\n")
    }

    @Test("an existing file is truncated, and created files have mode 0644")
    func truncatesAndMode() throws {
        let folder = try TemporaryFolder()
        try folder.write(String(repeating: "x", count: 5000), to: "old.txt")
        let file = try BufferedFileWriter(path: folder.at("old.txt"))
        try file.write("new")
        try file.close()
        #expect(folder.read("old.txt") == "new")
        let fresh = try BufferedFileWriter(path: folder.at("fresh.txt"))
        try fresh.close()
        let attributes = try FileManager.default.attributesOfItem(atPath: folder.at("fresh.txt"))
        let mode = try #require(attributes[.posixPermissions] as? Int)
        #expect(mode & 0o133 == 0 && mode & 0o600 == 0o600)
    }

    @Test("what is still buffered is written when the writer is released")
    func deinitFlushes() throws {
        let folder = try TemporaryFolder()
        do {
            let file = try BufferedFileWriter(path: folder.at("late.txt"))
            try file.write("kept")
        }
        #expect(folder.read("late.txt") == "kept")
    }

    @Test("a file in a missing folder cannot be created, and the error names it")
    func missingFolder() throws {
        let folder = try TemporaryFolder()
        let path = folder.at("missing/out.csv")
        #expect(throws: OutputError(path: path, reason: .cannotCreateFile(errno: ENOENT))) {
            try BufferedFileWriter(path: path)
        }
        let message = OutputError(path: path, reason: .cannotCreateFile(errno: ENOENT)).description
        #expect(message == "Could not create the file \(path): No such file or directory.")
    }

    @Test("a full disk is an error naming the file, and the writer stays failed")
    func fullDisk() throws {
        let file = try BufferedFileWriter(path: "/dev/full")
        let full = OutputError(path: "/dev/full", reason: .cannotWrite(errno: ENOSPC))
        #expect(throws: full) {
            try file.write([UInt8](repeating: 1, count: Self.capacity + 10))
        }
        #expect(throws: full) { try file.write("more") }
        #expect(throws: full) { try file.close() }
        #expect(full.description.contains("/dev/full"))
        #expect(full.description.contains("No space left on device"))
        #expect(full.description.contains("The disk is full"))
    }

    @Test("a small write to a full disk fails at flush")
    func fullDiskAtFlush() throws {
        let file = try BufferedFileWriter(path: "/dev/full")
        try file.write("fits in the buffer")
        #expect(throws: OutputError(path: "/dev/full", reason: .cannotWrite(errno: ENOSPC))) { try file.flush() }
    }

    @Test("writing after close is an error")
    func writeAfterClose() throws {
        let folder = try TemporaryFolder()
        let file = try BufferedFileWriter(path: folder.at("closed.txt"))
        try file.close()
        #expect(throws: OutputError(path: folder.at("closed.txt"), reason: .writerClosed)) { try file.write("x") }
    }

    @Test("closing the standard output writer leaves descriptor 1 open")
    func standardOutputStaysOpen() throws {
        let writer = BufferedFileWriter.standardOutput()
        #expect(writer.path == "standard output")
        try writer.close()
        #expect(fcntl(STDOUT_FILENO, F_GETFD) != -1)
    }
}
