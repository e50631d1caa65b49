#if canImport(Glibc)
    import Glibc
#endif

// Moving the finished site into place: manifest, carrying the user's files over, the swap.
extension SiteWriter {
    /// Finishes the site: closes open files, writes the manifest, moves the user's files from
    /// the old destination into the new site, and swaps the new site into place (atomically
    /// with renameat2's RENAME_EXCHANGE where the file system allows it). The old site is then
    /// deleted. On any error the destination is left as it was and the temporary folder is
    /// removed; a kill at any instant is undone or finished by the next run (`SiteJournal`).
    public func commit() throws(OutputError) {
        guard !isFinished else { throw OutputError(path: destination, reason: .alreadyFinished) }
        do {
            try closeOpenWriters()
            let files = fingerprints.mapValues { FileFingerprint(size: $0.byteCount, hash: .xxh3, digest: $0.finish()) }
            let manifest = SiteManifest(files: files)
            try write(manifest.text, toManifest: temporaryFolder + "/" + SiteManifest.fileName)
            if let mode = FileSystem.permissions(of: destination) { chmod(temporaryFolder, mode) }
            try cleanup.critical { pending throws(OutputError) in
                try swapIntoPlace()
                journal.remove()
                pending.removeAll { $0 == temporaryFolder || $0 == journal.path || $0 == lock.path }
                lock.release()
            }
            markFinished()
        } catch {
            discard()
            throw error
        }
    }

    private func write(_ text: String, toManifest path: String) throws(OutputError) {
        let file = try BufferedFileWriter(path: path, flags: O_CREAT | O_EXCL | O_NOFOLLOW, bufferCapacity: 0)
        try file.write(text)
        try file.close()
    }

    /// Runs with interrupts held off. Afterwards the destination is the new site and the old
    /// one is deleted, or (on a thrown error) the destination is untouched.
    private func swapIntoPlace() throws(OutputError) {
        switch try FileSystem.kind(of: destination) {
        case .missing:
            KillPoint.reach("exchange")
            try FileSystem.move(temporaryFolder, to: destination)
            return
        case .folder: break
        case .symbolicLink: throw OutputError(path: destination, reason: .isSymbolicLink)
        default: throw OutputError(path: destination, reason: .notAFolder)
        }
        let carried = try carryOverPlan()
        // The journal names every entry before the first moves, so a kill from here on is undone.
        journal.carried = carried
        try journal.write()
        try moveIn(carried)
        KillPoint.reach("exchange")
        let oldSite: String
        do {
            oldSite = try exchange()
        } catch {
            // A file that cannot go back stays in the temporary folder, which is then kept with
            // the journal that names it: the next run puts it back.
            if !moveBack(carried) { keepForRecovery() }
            throw error
        }
        KillPoint.reach("exchanged")
        removeOldSite(oldSite)
    }

    /// Swaps the temporary folder and the destination; returns where the old site now is.
    private func exchange() throws(OutputError) -> String {
        let outcome: RenameExchange.Outcome =
            switch swapMethod {
            case .exchange: RenameExchange.exchange(temporaryFolder, destination)
            case .twoRenames: .unsupported
            case .failing(let code): .failed(code)
            }
        switch outcome {
        case .exchanged:
            return temporaryFolder
        case .failed(let code):
            throw OutputError(path: temporaryFolder, reason: .cannotMove(destination: destination, errno: code))
        case .unsupported:
            // Two renames: the destination is briefly missing, never half-written, and put back
            // if the second rename fails (or by the next run, after a kill: the journal names it).
            let aside = FileSystem.parent(of: destination) + "/" + journal.aside
            try FileSystem.move(destination, to: aside)
            KillPoint.reach("aside")
            do {
                try FileSystem.move(temporaryFolder, to: destination)
            } catch {
                try? FileSystem.move(aside, to: destination)
                throw error
            }
            return aside
        }
    }

    /// Deletes the old site, entry by entry (so a kill can come in the middle).
    private func removeOldSite(_ oldSite: String) {
        let root = BytePath(oldSite)
        for name in (try? FileSystem.names(in: root)) ?? [] {
            FileSystem.removeTree(root.appending(name))
            KillPoint.reach("removing")
        }
        FileSystem.removeTree(root)
        KillPoint.reach("removed")
    }

    /// Moves the user's entries (relative paths) from the destination into the new site; if
    /// one move fails, those already made are undone.
    private func moveIn(_ entries: [BytePath]) throws(OutputError) {
        var moved: [BytePath] = []
        let from = BytePath(destination)
        let into = BytePath(temporaryFolder)
        for entry in entries {
            do {
                try makeFolders(entry.parent.string ?? "")
                try FileSystem.move(from.appending(entry), to: into.appending(entry))
            } catch {
                if !moveBack(moved) { keepForRecovery() }
                throw error
            }
            moved.append(entry)
            KillPoint.reach("carry")
        }
    }

    /// Undoes `moveIn`: the entries go back to the destination, last first; false when one
    /// could not.
    private func moveBack(_ entries: [BytePath]) -> Bool {
        let from = BytePath(temporaryFolder)
        let into = BytePath(destination)
        var all = true
        for entry in entries.reversed() {
            do {
                try FileSystem.move(from.appending(entry), to: into.appending(entry))
            } catch {
                all = false
            }
        }
        return all
    }
}
