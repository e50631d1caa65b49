// Which entries of the old destination belong to the user and go into the new site.
extension SiteWriter {
    /// The destination's entries that are not nnreport's, as relative paths (their bytes, so
    /// any file name is carried), in sorted order: whole folders where no file of nnreport's
    /// (old or new) lies below them.
    ///
    /// An entry is nnreport's when the previous manifest lists it, it still has the listed size
    /// and hash, and its path is one of the report's layout or of the new report; anything
    /// else is the user's. A user's entry at a path the new site uses is an error without
    /// `force` (`changedSinceWritten` for an edited file of nnreport's); with `force` it stays
    /// behind and is deleted with the old site.
    func carryOverPlan() throws(OutputError) -> [BytePath] {
        let newFiles = writtenFiles.union([SiteManifest.fileName])
        let ours = previousFiles.filter { SiteManifest.isLayoutPath($0) || writtenFiles.contains($0) }
        let newFolders = Self.folders(above: newFiles)
        let shared = Self.folders(above: ours).union(newFolders)
        let root = BytePath(destination)
        var carried: [BytePath] = []
        var inTheWay: [String] = []
        var changed: [String] = []
        var pending = [BytePath(bytes: [])]
        while let folder = pending.popLast() {
            for name in try FileSystem.names(in: root.appending(folder)) {
                let entry = folder.appending(name)
                let kind = try FileSystem.kind(of: root.appending(entry))
                // A name that is not UTF-8 is never nnreport's: carried over byte for byte.
                guard let path = entry.string else {
                    carried.append(entry)
                    continue
                }
                if kind == .file, ours.contains(path) || path == SiteManifest.fileName { continue }
                if kind == .folder, shared.contains(path) {
                    pending.append(entry)
                } else if newFiles.contains(path) || newFolders.contains(path) {
                    if kind == .file, changedFiles.contains(path) {
                        changed.append(path)
                    } else {
                        inTheWay.append(path)
                    }
                } else {
                    carried.append(entry)
                }
            }
        }
        if !force, let first = changed.min() {
            throw OutputError(
                path: destination + "/" + first, reason: .changedSinceWritten(more: changed.count + inTheWay.count - 1))
        }
        if !force, let first = inTheWay.min() {
            throw OutputError(path: destination + "/" + first, reason: .foreignFileInTheWay(more: inTheWay.count - 1))
        }
        return carried.sorted()
    }

    /// Every folder that holds one of `files`, as relative paths ("a" and "a/b" for "a/b/c").
    static func folders(above files: Set<String>) -> Set<String> {
        var folders: Set<String> = []
        for file in files {
            var path = Substring(file)
            while let slash = path.lastIndex(of: "/") {
                path = path[..<slash]
                guard folders.insert(String(path)).inserted else { break }
            }
        }
        return folders
    }
}
