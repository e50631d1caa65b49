// Which entries of the old destination belong to the user and go into the new site.
extension SiteWriter {
    /// The destination's entries that nnreport did not write, as relative paths, in sorted
    /// order: whole folders where no file of nnreport's (old or new) lies below them.
    ///
    /// An entry is nnreport's when the previous manifest lists it and it is still a regular
    /// file; anything else is the user's. A user's entry at a path the new site uses is an
    /// error without `force`; with `force` it stays behind and is deleted with the old site.
    func carryOverPlan() throws(OutputError) -> [String] {
        let newFiles = writtenFiles.union([SiteManifest.fileName])
        let shared = Self.folders(above: previousFiles).union(Self.folders(above: newFiles))
        let newFolders = Self.folders(above: newFiles)
        var carried: [String] = []
        var pending = [""]
        while let folder = pending.popLast() {
            for name in try FileSystem.names(in: folder.isEmpty ? destination : destination + "/" + folder) {
                let entry = folder.isEmpty ? name : folder + "/" + name
                let kind = try FileSystem.kind(of: destination + "/" + entry)
                if kind == .file, previousFiles.contains(entry) || entry == SiteManifest.fileName { continue }
                if kind == .folder, shared.contains(entry) {
                    pending.append(entry)
                } else if newFiles.contains(entry) || newFolders.contains(entry) {
                    guard force else {
                        throw OutputError(path: destination + "/" + entry, reason: .foreignFileInTheWay)
                    }
                } else {
                    carried.append(entry)
                }
            }
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
