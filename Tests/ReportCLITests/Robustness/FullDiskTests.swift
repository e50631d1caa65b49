import Foundation
import TestSupport
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// A full disk (a 1 MB tmpfs mounted for the test): the run fails with the disk-full advice,
/// and the previous report, the user's files and the free space are as they were.
@Suite(.serialized) struct FullDiskTests {
    /// Mounts a 1 MB tmpfs at `folder` and runs `body`; unmounts after. Returns false, with the
    /// reason printed, only when mounting is not permitted here.
    func withSmallDisk(_ folder: String, _ body: () throws -> Void) throws -> Bool {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        guard mount("tmpfs", folder, "tmpfs", 0, "size=1m") == 0 else {
            let reason = String(cString: strerror(errno))
            guard errno == EPERM || errno == EACCES else {
                Issue.record("mount failed: \(reason)")
                return false
            }
            print("FullDiskTests: not run, mounting a tmpfs is not permitted here (\(reason)).")
            return false
        }
        defer { umount2(folder, Int32(MNT_DETACH)) }
        try body()
        return true
    }

    func freeBytes(_ folder: String) -> UInt64 {
        var info = statvfs()
        statvfs(folder, &info)
        return UInt64(info.f_bavail) * UInt64(info.f_frsize)
    }

    @Test(arguments: [
        ["-o", "disk/site", "--iterations", "3000"],
        ["-o", "disk/report.html", "--single-file", "--iterations", "3000"],
        ["train", "--log", "disk/run.csv", "--iterations", "20000"],
    ])
    func aFullDiskLosesNothing(_ arguments: [String]) throws {
        let workspace = try Workspace(previousSite: false)
        let disk = workspace.at("disk")
        _ = try withSmallDisk(disk) {
            // The previous outputs, small enough to fit: a report, a single file and a log.
            let first = try SpawnedRun.run(["-o", "disk/site", "--iterations", "2", "-q"], in: workspace.path)
            #expect(first.exitCode == 0, "\(first.summary)")
            let single = try SpawnedRun.run(
                ["-o", "disk/report.html", "--single-file", "--iterations", "2", "-q"], in: workspace.path)
            #expect(single.exitCode == 0, "\(single.summary)")
            try Data("previous log\n".utf8).write(to: URL(fileURLWithPath: disk + "/run.csv"))
            try Data("mine".utf8).write(to: URL(fileURLWithPath: disk + "/site/CNAME"))
            let before = try workspace.snapshot()
            let free = freeBytes(disk)

            let run = try SpawnedRun.run(arguments + ["-q"], in: workspace.path)
            #expect(run.signal == nil)
            #expect(run.exitCode == 1, "\(run.summary)")
            #expect(run.stderr.contains("No space left on device."), "\(run.stderr)")
            #expect(run.stderr.contains("The disk is full: free some space"), "\(run.stderr)")
            #expect(try workspace.snapshot() == before)
            #expect(workspace.leftovers().isEmpty, "\(workspace.leftovers())")
            #expect(freeBytes(disk) == free)
        }
    }
}
