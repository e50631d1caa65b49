import Foundation
import TestSupport
import Testing

@testable import Site

@Suite("OutputError messages")
struct OutputErrorTests {
    static let messages: [(OutputError.Reason, String)] = [
        (
            .cannotWrite(errno: ENOSPC),
            "Could not write the file /s/a.csv: No space left on device. The disk is full: free some space, or choose a folder on another disk with -o."
        ),
        (
            .cannotCreateFile(errno: EACCES),
            "Could not create the file /s/a.csv: Permission denied. Choose a folder you can write to with -o."
        ),
        (
            .cannotWrite(errno: EIO),
            "Could not write the file /s/a.csv: Input/output error. The disk reported an input/output error: check it, then run nnreport again."
        ),
        (
            .cannotCreateTemporaryFolder(errno: ENOENT),
            "Could not create a temporary folder beside /s/a.csv, where the report is built before it replaces the destination: No such file or directory. Choose a folder you can write to with -o."
        ),
        (.cannotMove(destination: "/s/b", errno: EXDEV), "Could not move /s/a.csv to /s/b: Invalid cross-device link."),
        (
            .isFilesystemRoot,
            "Refusing to write the report to /s/a.csv, the filesystem root. Choose a new or empty folder with -o, for example -o output."
        ),
        (
            .isCurrentFolder,
            "Refusing to write the report to /s/a.csv, the current folder, where it would mix with your files. Choose a subfolder with -o, for example -o output."
        ),
        (
            .containsInput("/s/a.csv/in.csv"),
            "Refusing to write the report to /s/a.csv: it is or contains /s/a.csv/in.csv, which this run reads. Choose a folder with -o that holds none of the input files."
        ),
        (
            .isSymbolicLink,
            "Refusing to write the report to /s/a.csv: it is a symbolic link, and nnreport replaces files and folders only where they are, never through a link. Pass the folder it points to with -o, or remove the link."
        ),
        (
            .foreignFileInTheWay(more: 0),
            "Refusing to replace /s/a.csv: nnreport did not write it, but the new report puts a file there. Move it elsewhere, or pass --force to replace it."
        ),
    ]

    @Test("each reason reads as whole sentences that say what, where and what to do", arguments: messages)
    func message(_ reason: OutputError.Reason, _ expected: String) {
        #expect(OutputError(path: "/s/a.csv", reason: reason).description == expected)
    }
}
