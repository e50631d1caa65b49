import Foundation
import Synchronization
import TestSupport
import Testing

@testable import Site

@Suite("InterruptCleanup: an interrupted build leaves nothing behind")
struct InterruptCleanupTests {
    @Test("the handler's cleanup removes the temporary folder and terminates with 128 + the signal")
    func cleanupPath() throws {
        let fixture = try SiteFixture()
        let codes = Mutex<[Int32]>([])
        let cleanup = InterruptCleanup(signals: []) { code in codes.withLock { $0.append(code) } }
        let destination = fixture.folder.at("site")
        try fixture.build(destination, SiteFixture.firstReport)
        let before = try fixture.folder.snapshot("site")
        let site = try SiteWriter(
            destination: destination, protectedPaths: [], force: false, paths: fixture.paths, cleanup: cleanup)
        try site.write("<p>new</p>", to: "index.html")
        let stream = try site.openFile("data/history.csv")
        try stream.write([UInt8](repeating: 1, count: 100))
        // The lock, the journal and the temporary folder, removed in the reverse order.
        #expect(cleanup.pendingPaths == [site.lock.path, site.journal.path, site.temporaryFolder])

        cleanup.interrupted(by: SIGINT)

        #expect(codes.withLock { $0 } == [130])
        #expect(!FileManager.default.fileExists(atPath: site.temporaryFolder))
        #expect(try fixture.leftovers(beside: destination).isEmpty)
        #expect(try fixture.folder.snapshot("site") == before)
        #expect(cleanup.pendingPaths.isEmpty)
        // The writer cannot bring the folder back: its next file fails, its commit fails.
        #expect(throws: OutputError.self) { try site.write("x", to: "late/file.html") }
        #expect(throws: OutputError.self) { try site.commit() }
        #expect(try fixture.folder.snapshot("site") == before)
        #expect(try fixture.leftovers(beside: destination).isEmpty)
    }

    @Test("a real signal reaches the dispatch source and runs the cleanup")
    func realSignal() async throws {
        let fixture = try SiteFixture()
        let codes = Mutex<[Int32]>([])
        let cleanup = InterruptCleanup(signals: [SIGUSR2]) { code in codes.withLock { $0.append(code) } }
        let writer = try SingleFileWriter(
            target: fixture.folder.at("report.html"), protectedPaths: [], force: false, paths: fixture.paths,
            cleanup: cleanup)
        try writer.file.write("<html>")
        try writer.file.flush()
        #expect(FileManager.default.fileExists(atPath: writer.temporaryFile))
        kill(getpid(), SIGUSR2)
        for _ in 0..<500 where codes.withLock({ $0.isEmpty }) { try await Task.sleep(for: .milliseconds(10)) }
        #expect(codes.withLock { $0 } == [128 + SIGUSR2])
        #expect(!FileManager.default.fileExists(atPath: writer.temporaryFile))
        #expect(!FileManager.default.fileExists(atPath: fixture.folder.at("report.html")))
    }

    @Test("the swap holds the lock the handler needs, so an interrupt waits for it")
    func swapExcludesCleanup() throws {
        let fixture = try SiteFixture()
        let site = try fixture.writer(fixture.folder.at("site"))
        try site.write("x", to: "index.html")
        let interrupted = Mutex(false)
        let handlerDone = DispatchSemaphore(value: 0)
        let cleanup = fixture.cleanup
        try cleanup.critical { (_: inout [String]) throws(OutputError) in
            DispatchQueue.global().async {
                cleanup.interrupted(by: SIGTERM)
                interrupted.withLock { $0 = true }
                handlerDone.signal()
            }
            Thread.sleep(forTimeInterval: 0.2)
            // Still inside the swap: the handler has not removed anything.
            #expect(!interrupted.withLock { $0 })
            #expect(FileManager.default.fileExists(atPath: site.temporaryFolder))
        }
        handlerDone.wait()
        #expect(!FileManager.default.fileExists(atPath: site.temporaryFolder))
    }

    @Test("SIGINT during a build exits with 130 and leaves the previous site as it was")
    func sigintExitTest() async throws {
        let folder = try TemporaryFolder()
        let destination = folder.at("site")
        try folder.write("<p>previous</p>", to: "site/index.html")
        let previous = Array("<p>previous</p>".utf8)
        let manifest = SiteManifest(
            files: ["index.html": FileFingerprint(size: 15, hash: .xxh3, digest: ContentHash.digest(previous))])
        try folder.write(manifest.text, to: "site/.nnreport-manifest")
        let before = try folder.snapshot("site")
        await #expect(processExitsWith: .exitCode(130)) { [destination = destination as String] in
            let site = try SiteWriter(destination: destination)
            try site.write("<p>interrupted</p>", to: "index.html")
            kill(getpid(), SIGINT)
            // The handler exits the process; reaching the end would be a failure (exit code 0).
            try await Task.sleep(for: .seconds(10))
        }
        #expect(try folder.snapshot("site") == before)
        #expect(try folder.names().filter { $0.contains("nnreport") }.isEmpty)
    }
}
