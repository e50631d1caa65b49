import Dispatch
import Foundation
import Synchronization
import Testing

@testable import Site

/// The journal and the lock, one state at a time: what a kill can leave, and what the next run
/// makes of it.
@Suite("SiteJournal and SiteLock: recovering after a kill, one run at a time")
struct RecoveryTests {
    /// A killed two-rename swap: the old site set aside, the destination missing, the new site
    /// in the temporary folder with the user's files in it.
    @Test("a kill between the two renames: the old site and the user's files go back")
    func betweenTheRenames() throws {
        let fixture = try SiteFixture()
        let destination = fixture.folder.at("site")
        let journal = SiteJournal(
            path: SiteJournal.path(for: destination), temporary: ".site.nnreport-tmp-00000000000000aa",
            aside: ".site.nnreport-old-00000000000000aa",
            carried: [BytePath("notes.txt"), BytePath("history/mine.md"), BytePath(bytes: Array("caf".utf8) + [0xE9])])
        try journal.write()
        try fixture.folder.write(["\(journal.aside)/index.html": "old", "\(journal.aside)/history/page-0001.html": "p"])
        try fixture.folder.write([
            "\(journal.temporary)/index.html": "new", "\(journal.temporary)/notes.txt": "mine",
            "\(journal.temporary)/history/mine.md": "also mine",
        ])
        try fixture.folder.write(journal.temporary + "/caf\u{FFFD}", bytes: [])
        let latin1 = Array(fixture.folder.at(journal.temporary + "/caf").utf8) + [0xE9]
        #expect(
            rename(fixture.folder.at(journal.temporary + "/caf\u{FFFD}"), latin1.map { CChar(bitPattern: $0) } + [0])
                == 0)

        let recovery = try #require(try SiteJournal.recover(destination: destination))
        #expect(recovery.restored == 3)
        #expect(fixture.folder.read("site/index.html") == "old")
        #expect(fixture.folder.read("site/notes.txt") == "mine")
        #expect(fixture.folder.read("site/history/mine.md") == "also mine")
        #expect(fixture.folder.read("site/history/page-0001.html") == "p")
        let latin1Name = BytePath(bytes: Array("caf".utf8) + [0xE9])
        #expect(try FileSystem.kind(of: BytePath(destination).appending(latin1Name)) == .file)
        #expect(try fixture.leftovers(beside: destination).isEmpty)
        #expect(try SiteJournal.recover(destination: destination) == nil)
    }

    @Test("a journal that is not nnreport's, or names folders elsewhere, is refused and nothing is touched")
    func foreignJournal() throws {
        let fixture = try SiteFixture()
        let destination = fixture.folder.at("site")
        try fixture.folder.write("keep", to: "site/index.html")
        for text in [
            "rm -rf /\n", SiteJournal.header + "\ntemporary ../../etc\naside .site.nnreport-old-1\n",
            SiteJournal.header + "\ntemporary .site.nnreport-tmp-1\naside .site.nnreport-old-1\ncarry ../escape\n",
        ] {
            try fixture.folder.write(text, to: ".site.nnreport-journal")
            #expect(throws: OutputError.self) { try SiteJournal.recover(destination: destination) }
            #expect(fixture.folder.read("site/index.html") == "keep")
        }
    }

    @Test("escaping carries any byte through a line and back")
    func escaping() {
        let bytes: [UInt8] = Array(0...255)
        let escaped = SiteJournal.escaped(bytes)
        #expect(!escaped.contains(UInt8(ascii: "\n")) && !escaped.contains(UInt8(ascii: " ")))
        #expect(SiteJournal.unescaped(escaped[...]) == bytes)
        #expect(SiteJournal.unescaped(Array("%4".utf8)[...]) == nil)
    }

    @Test("a second lock on one destination waits for the first, and says so once")
    func lockWaits() throws {
        let fixture = try SiteFixture()
        let destination = fixture.folder.at("site")
        let first = try SiteLock(destination: destination) {}
        let events = Mutex<[String]>([])
        let done = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            let second = try? SiteLock(destination: destination) { events.withLock { $0.append("waiting") } }
            events.withLock { $0.append(second == nil ? "failed" : "locked") }
            second?.release()
            done.signal()
        }
        for _ in 0..<500 where events.withLock({ $0.isEmpty }) { usleep(2_000) }
        #expect(events.withLock { $0 } == ["waiting"])
        first.release()
        done.wait()
        #expect(events.withLock { $0 } == ["waiting", "locked"])
        #expect(try fixture.leftovers(beside: destination).isEmpty)
    }

    @Test("SHA-256 of the standard test vectors, whole and in pieces")
    func sha256() {
        #expect(SHA256.hex(SHA256.digest([])) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(
            SHA256.hex(SHA256.digest(Array("abc".utf8)))
                == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        let stream = SHA256Stream()
        let piece = [UInt8](repeating: UInt8(ascii: "a"), count: 1000)
        for _ in 0..<1000 { piece.withUnsafeBytes { stream.update($0) } }
        #expect(SHA256.hex(stream.finish()) == "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0")
        #expect(stream.byteCount == 1_000_000)
        // FIPS 180-4's two-block message (its padding takes a block of its own), in 3-byte pieces.
        let message = Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8)
        let pieces = SHA256Stream()
        for start in stride(from: 0, to: message.count, by: 3) {
            message[start..<min(start + 3, message.count)].withUnsafeBytes { pieces.update($0) }
        }
        #expect(SHA256.hex(pieces.finish()) == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
        #expect(SHA256.hex(SHA256.digest(message)) == SHA256.hex(pieces.finish()))
    }

    @Test("XXH3-128 of vectors from the Python xxhash package (0.8.4), whole and in pieces of every size")
    func xxh3() {
        // Regenerate: python3 -c "import xxhash; print(xxhash.xxh3_128_hexdigest(b'abc'))"
        #expect(SHA256.hex(ContentHash.digest([])) == "99aa06d3014798d86001c324468d497f")
        #expect(SHA256.hex(ContentHash.digest(Array("abc".utf8))) == "06b05ab6733a618578af5f94892f3950")
        let long = [UInt8](repeating: UInt8(ascii: "a"), count: 1000) + Array("nnreport".utf8)
        #expect(SHA256.hex(ContentHash.digest(long)) == "11ef95691518ba4b4f0a3dbe73b32b79")
        // bytes(range(256)) * 4097, fed in pieces of 1, 2, 3, … bytes.
        let bytes = (0..<(256 * 4097)).map { UInt8(truncatingIfNeeded: $0) }
        let stream = ContentHash()
        var start = 0
        var size = 1
        bytes.withUnsafeBytes { all in
            while start < all.count {
                let end = min(start + size, all.count)
                stream.update(UnsafeRawBufferPointer(rebasing: all[start..<end]))
                (start, size) = (end, size + 1)
            }
        }
        #expect(SHA256.hex(stream.finish()) == "3898db5d5b4a87468b544a01c6d30e1c")
        #expect(stream.finish() == stream.finish())
        #expect(stream.byteCount == 256 * 4097)
    }

    @Test("side names count bytes: a 252-byte name gets a cut name with a hash, within 255 bytes")
    func sideNames() {
        let long = "/x/" + String(repeating: "🧪", count: 63)
        let other = "/x/" + String(repeating: "🧪", count: 62) + "ab"
        let tmp = FileSystem.sidePath(of: long, ".nnreport-tmp-0123456789abcdef.removing")
        #expect(FileSystem.name(of: tmp).utf8.count <= 255)
        #expect(FileSystem.sidePath(of: long, ".nnreport-lock") != FileSystem.sidePath(of: other, ".nnreport-lock"))
        #expect(FileSystem.sidePath(of: "/x/site", ".nnreport-lock") == "/x/.site.nnreport-lock")
    }
}
