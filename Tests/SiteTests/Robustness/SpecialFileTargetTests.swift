import Foundation
import Testing

@testable import Site

/// A device, pipe or socket is never a report's file: not replaced even with `--force`, and the
/// refusal does not suggest `--force` (which could not help).
@Suite struct SpecialFileTargetTests {
    @Test(arguments: [false, true])
    func aPipeIsRefusedWithOrWithoutForce(force: Bool) throws {
        let fixture = try SiteFixture()
        let pipe = fixture.folder.at("pipe.html")
        #expect(mkfifo(pipe, 0o644) == 0)
        #expect(throws: OutputError(path: pipe, reason: .notARegularFile)) {
            try SingleFileWriter(
                target: pipe, protectedPaths: [], force: force, paths: fixture.paths, cleanup: fixture.cleanup)
        }
        var status = stat()
        #expect(lstat(pipe, &status) == 0 && status.st_mode & S_IFMT == S_IFIFO)
        #expect(try fixture.leftovers(beside: pipe).isEmpty)
    }

    @Test func aDeviceIsRefusedWithForce() {
        let fixture = try? SiteFixture()
        #expect(throws: OutputError(path: "/dev/null", reason: .notARegularFile)) {
            guard let fixture else { return }
            try SingleFileWriter(
                target: "/dev/null", protectedPaths: [], force: true, paths: fixture.paths, cleanup: fixture.cleanup)
        }
    }

    @Test func theMessageSaysWhyAndDoesNotSuggestForce() {
        let message = OutputError(path: "/dev/null", reason: .notARegularFile).description
        #expect(message.contains("/dev/null: it is not a regular file but a device, pipe or socket"))
        #expect(message.contains("Name a regular file instead."))
        #expect(!message.contains("pass --force"))
    }
}
