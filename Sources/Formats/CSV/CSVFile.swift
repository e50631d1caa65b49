import Foundation

/// Reads a CSV file's bytes, checking the size cap before reading it all.
package enum CSVFile {
    /// The bytes of the file at `path`.
    ///
    /// A missing path, a folder, an unreadable file and a file larger than
    /// `CSVReader.maximumFileBytes` are errors; for pipes and devices, whose size is not known
    /// in advance, the cap is checked while reading.
    package static func read(_ path: String) throws(CSVError) -> [UInt8] {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw openError(path: path, code: errno) }
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw openError(path: path, code: errno) }
        let kind = status.st_mode & S_IFMT
        if kind == S_IFDIR { throw CSVError(file: path, reason: .notAFile) }
        let cap = CSVReader.maximumFileBytes
        if kind == S_IFREG, status.st_size > cap {
            throw CSVError(file: path, reason: .fileTooLarge(bytes: Int(status.st_size)))
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(kind == S_IFREG ? Int(status.st_size) : 0)
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let count = chunk.withUnsafeMutableBytes { Foundation.read(descriptor, $0.baseAddress, $0.count) }
            if count < 0 {
                if errno == EINTR { continue }
                throw openError(path: path, code: errno)
            }
            if count == 0 { return bytes }
            // The file may grow while it is read; the cap holds regardless.
            guard bytes.count + count <= cap else {
                throw CSVError(file: path, reason: .fileTooLarge(bytes: bytes.count + count))
            }
            bytes.append(contentsOf: chunk[0..<count])
        }
    }

    /// The error for a failed `open`, `fstat` or `read` with `errno` `code`.
    private static func openError(path: String, code: Int32) -> CSVError {
        switch code {
        case ENOENT, ENOTDIR: return CSVError(file: path, reason: .fileNotFound)
        case EISDIR: return CSVError(file: path, reason: .notAFile)
        default: return CSVError(file: path, reason: .unreadable(String(cString: strerror(code)).lowercased()))
        }
    }
}
