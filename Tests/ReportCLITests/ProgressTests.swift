import Foundation
import TestSupport
import Testing

/// Progress on standard error: a line as each stage starts and ends where standard error is a
/// file or pipe, a bar with the stage, share and time left on a terminal, nothing with -q.
@Suite struct ProgressTests {
    @Test func aLinePerStageWhenNotATerminal() throws {
        let workspace = try Workspace(previousSite: false)
        let run = try SpawnedRun.run(["-o", "site", "--iterations", "3000"], in: workspace.path)
        #expect(run.exitCode == 0, "\(run.summary)")
        // The counts the lines state are those of what is on disk: the images, and every file
        // but the manifest (nnreport's own record of them).
        let site = URL(fileURLWithPath: workspace.path).appendingPathComponent("site")
        let images = try FileManager.default.contentsOfDirectory(atPath: site.appendingPathComponent("images").path)
        let files =
            FileManager.default.enumerator(at: site, includingPropertiesForKeys: [.isRegularFileKey])?
            .compactMap { $0 as? URL }
            .filter { (try? $0.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true }
            .filter { $0.lastPathComponent != ".nnreport-manifest" } ?? []
        let starts = [
            "Training 3000 iterations…", "Trained 3000 iterations in",
            "Writing the site into site and drawing the charts…",
            "Drew \(images.count) charts and wrote \(files.count) files into site in",
        ]
        let lines = run.stderr.split(separator: "\n").map(String.init)
        #expect(lines.count == starts.count, "\(lines)")
        for (line, start) in zip(lines, starts) { #expect(line.hasPrefix(start), "\(line)") }
        #expect(!run.stderr.contains("\r"))
    }

    @Test func quietIsSilent() throws {
        let workspace = try Workspace(previousSite: false)
        let run = try SpawnedRun.run(["-o", "site", "--iterations", "3000", "-q"], in: workspace.path)
        #expect(run.exitCode == 0 && run.stderr.isEmpty, "\(run.summary)")
        // The memory of the run itself is measured (the catalogue's limits rely on it).
        #expect(run.peakMemoryKB > 1_000)
    }

    /// Under a terminal (script(1) gives the run one), the bar shows the stage, the share and the
    /// time left while training and writing run.
    @Test func aBarOnATerminal() throws {
        let workspace = try Workspace(previousSite: false)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-qec", "'\(BuiltBinary.url.path)' -o site --iterations 3000", "/dev/null"]
        process.currentDirectoryURL = URL(fileURLWithPath: workspace.path)
        let output = Pipe()
        process.standardOutput = output
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let screen = String(decoding: data, as: UTF8.self)
        #expect(screen.contains("% training 3000 iterations · "), "\(screen.suffix(400))")
        #expect(screen.contains("% writing the site into site and drawing the charts · "), "\(screen.suffix(400))")
        #expect(screen.contains(" left"))
        #expect(screen.contains("\r\u{1B}[KDrew "))
        #expect(!screen.contains("Training 3000 iterations…"))
    }
}
