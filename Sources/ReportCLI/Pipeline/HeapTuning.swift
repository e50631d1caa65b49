import Glibc

/// How the C library's allocator keeps memory for a run.
///
/// A report allocates and frees a dozen images of 1600 × 900 pixels and their buffers (a few
/// megabytes each) on two threads. With glibc's defaults each buffer past 128 KiB is a fresh
/// mmap and each freed heap top is handed back, so every chart touches new pages: some 11,000
/// page faults for the default report, each a page the kernel zeroes. Kept for reuse instead,
/// the same report takes about 6,600; at 10⁶ iterations the peak grows by some 14 MB. Buffers
/// of 16 MiB and more (the log's columns of long runs) are still mapped and unmapped whole.
enum HeapTuning {
    /// Applies the settings, once, before the first chart is drawn; does nothing where the C
    /// library has no mallopt.
    static func apply() {
        // malloc.h is not part of Swift's Glibc module: mallopt is looked up by name.
        guard let symbol = dlsym(nil, "mallopt") else { return }
        let mallopt = unsafeBitCast(symbol, to: (@convention(c) (Int32, Int32) -> Int32).self)
        // M_MMAP_THRESHOLD, M_TRIM_THRESHOLD and M_TOP_PAD of malloc.h.
        _ = mallopt(-3, 16 << 20)
        _ = mallopt(-1, 64 << 20)
        _ = mallopt(-2, 16 << 20)
    }
}
