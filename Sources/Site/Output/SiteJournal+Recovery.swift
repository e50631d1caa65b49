#if canImport(Glibc)
    import Glibc
#endif

// Finishing what a killed run left: the user's files back, the run's folders gone.
extension SiteJournal {
    /// What recovering from a killed run did, for the note the user reads.
    public struct Recovery: Equatable, Sendable {
        /// How many of the user's entries (files or whole folders) were put back.
        public let restored: Int
        /// The killed run's folders that were removed, by name.
        public let removed: [String]
    }

    /// Reads the journal of `destination` and undoes or finishes the killed run it describes;
    /// nil when there is no journal. The caller holds the destination's lock.
    ///
    /// Whatever instant the run was killed at, the rule is the same: the old site goes back if
    /// the two-rename swap was half done; each carried entry still in the temporary folder goes
    /// back into the destination; then the temporary and set-aside folders are removed. Before
    /// the swap that restores the previous site; after it, the new site is already complete
    /// and the carried entries are in it, so only the old site is removed.
    static func recover(destination: String) throws(OutputError) -> Recovery? {
        let path = self.path(for: destination)
        guard let journal = try read(path) else {
            unlink(path + ".new")
            return nil
        }
        let parent = FileSystem.parent(of: destination)
        let temporary = BytePath(parent + "/" + journal.temporary)
        let aside = parent + "/" + journal.aside
        let root = BytePath(destination)
        if try FileSystem.kind(of: destination) == .missing, try FileSystem.kind(of: aside) == .folder {
            try FileSystem.move(aside, to: destination)
        }
        var restored = 0
        if try FileSystem.kind(of: temporary) == .folder {
            for entry in journal.carried where try FileSystem.kind(of: temporary.appending(entry)) != .missing {
                guard try FileSystem.kind(of: root.appending(entry)) == .missing else {
                    throw OutputError(
                        path: temporary.description,
                        reason: .recoveryConflict(
                            entry: entry.description, destination: root.appending(entry).description))
                }
                if let folder = entry.parent.string, !folder.isEmpty {
                    _ = try FileSystem.makeFolders(destination + "/" + folder)
                }
                try FileSystem.move(temporary.appending(entry), to: root.appending(entry))
                restored += 1
            }
        }
        var removed: [String] = []
        let leftovers = [temporary.description, temporary.description + ".removing", aside]
        for folder in leftovers where (try? FileSystem.kind(of: folder)) != .missing {
            FileSystem.removeTree(folder)
            removed.append(FileSystem.name(of: folder))
        }
        journal.remove()
        return Recovery(restored: restored, removed: removed)
    }

    /// The journal at `path`, nil when there is none; throws when it is not a journal of
    /// nnreport's, too large, or names folders that are not the destination's siblings.
    static func read(_ path: String) throws(OutputError) -> SiteJournal? {
        switch try FileSystem.kind(of: path) {
        case .missing: return nil
        case .file: break
        default: throw OutputError(path: path, reason: .unreadableJournal("it is not a regular file"))
        }
        let bytes = try FileSystem.readFile(path, limit: maximumBytes + 1)
        guard bytes.count <= maximumBytes else {
            throw OutputError(path: path, reason: .unreadableJournal("it is larger than any nnreport writes"))
        }
        let lines = bytes.split(separator: UInt8(ascii: "\n"))
        guard lines.first?.elementsEqual(header.utf8) == true else {
            throw OutputError(path: path, reason: .unreadableJournal("its first line is not nnreport's"))
        }
        var temporary: String?
        var aside: String?
        var carried: [BytePath] = []
        for line in lines.dropFirst() {
            let text = String(decoding: line, as: UTF8.self)
            if text.hasPrefix("temporary ") {
                temporary = String(text.dropFirst("temporary ".count))
            } else if text.hasPrefix("aside ") {
                aside = String(text.dropFirst("aside ".count))
            } else if text.hasPrefix("carry "), let entry = unescaped(line.dropFirst("carry ".count)),
                isRelative(entry)
            {
                carried.append(BytePath(bytes: entry))
            } else {
                throw OutputError(
                    path: path, reason: .unreadableJournal("its line \"\(text.prefix(80))\" makes no sense"))
            }
        }
        // ".site.nnreport-" of ".site.nnreport-journal": the run's folders are its siblings of that name.
        let base = String(FileSystem.name(of: path).dropLast("journal".count))
        guard let temporary, let aside, temporary.hasPrefix(base + "tmp-"), aside.hasPrefix(base + "old-"),
            !temporary.contains("/"), !aside.contains("/")
        else {
            throw OutputError(path: path, reason: .unreadableJournal("it does not name the run's folders"))
        }
        return SiteJournal(path: path, temporary: temporary, aside: aside, carried: carried)
    }

    /// True for a relative path without empty, "." or ".." parts.
    private static func isRelative(_ bytes: [UInt8]) -> Bool {
        !bytes.isEmpty && bytes.first != UInt8(ascii: "/")
            && bytes.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false).allSatisfy {
                !$0.isEmpty && !$0.elementsEqual([0x2E]) && !$0.elementsEqual([0x2E, 0x2E])
            }
    }
}
