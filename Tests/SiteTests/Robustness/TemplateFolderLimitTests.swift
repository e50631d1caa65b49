import Foundation
import TestSupport
import Testing

@testable import Site

/// A templates folder is read file by file with a size cap; links, devices and pipes are refused unread.
@Suite struct TemplateFolderLimitTests {
    @Test func aLinkToAnEndlessDeviceIsRefusedUnread() throws {
        let folder = try TemporaryFolder()
        try FileManager.default.createSymbolicLink(
            atPath: folder.at("index.mustache"), withDestinationPath: "/dev/zero")
        #expect(throws: TemplateError(file: folder.at("index.mustache"), .symbolicLink)) {
            try TemplateLibrary(directory: folder.url)
        }
    }

    @Test func aPipeIsRefusedWithoutWaitingForAWriter() throws {
        let folder = try TemporaryFolder()
        #expect(mkfifo(folder.at("style.css"), 0o644) == 0)
        #expect(throws: TemplateError(file: folder.at("style.css"), .notARegularFile)) {
            try TemplateLibrary(directory: folder.url)
        }
    }

    @Test func aFileOverTheCapIsRefusedBeforeItIsRead() throws {
        let folder = try TemporaryFolder()
        let file = folder.at("layout.mustache")
        FileManager.default.createFile(atPath: file, contents: nil)
        // Sparse: 100 MB on paper, nothing on disk.
        #expect(truncate(file, 100_000_000) == 0)
        let error = #expect(throws: TemplateError.self) { try TemplateLibrary(directory: folder.url) }
        #expect(error?.reason == .fileTooLarge(bytes: 100_000_000))
        #expect(error?.description.contains("templates and assets may have at most 10000000 bytes") == true)
    }

    @Test func aFileAtTheCapIsRead() throws {
        let folder = try TemporaryFolder()
        try folder.write("assets/big.css", bytes: Array(repeating: 0x20, count: TemplateLibrary.maximumFileBytes))
        let library = try TemplateLibrary(directory: folder.url)
        #expect(library.asset("assets/big.css")?.utf8.count == TemplateLibrary.maximumFileBytes)
    }
}
