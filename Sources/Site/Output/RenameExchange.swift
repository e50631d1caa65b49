#if canImport(Glibc)
    import Glibc
#endif

/// Atomically swaps two paths with Linux's renameat2(2) and `RENAME_EXCHANGE`.
///
/// Swift's Glibc module does not import `renameat2` (glibc declares it only under `_GNU_SOURCE`)
/// nor the variadic `syscall`, and a C shim would need a new package target. So the function is
/// looked up once with dlsym(3): glibc has exported it since 2.28. Where it is missing, or the
/// file system cannot exchange (`EINVAL`, `ENOSYS`), `exchange` says so and the caller falls
/// back to two renames.
enum RenameExchange {
    /// `RENAME_EXCHANGE` from <linux/fs.h>, part of the kernel's stable ABI.
    private static let exchangeFlag: UInt32 = 1 << 1

    private typealias RenameAt2 =
        @convention(c) (Int32, UnsafePointer<CChar>?, Int32, UnsafePointer<CChar>?, UInt32) -> Int32

    private static let function: RenameAt2? = {
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "renameat2") else { return nil }
        return unsafeBitCast(symbol, to: RenameAt2.self)
    }()

    /// What an exchange did.
    enum Outcome: Equatable {
        /// The two paths now name each other's former contents.
        case exchanged
        /// This system or file system cannot exchange; nothing changed.
        case unsupported
        /// The exchange failed with this `errno`; nothing changed.
        case failed(Int32)
    }

    /// Swaps `first` and `second`, both of which must exist.
    static func exchange(_ first: String, _ second: String) -> Outcome {
        guard let renameat2 = function else { return .unsupported }
        if renameat2(AT_FDCWD, first, AT_FDCWD, second, exchangeFlag) == 0 { return .exchanged }
        let code = errno
        return code == EINVAL || code == ENOSYS ? .unsupported : .failed(code)
    }
}
