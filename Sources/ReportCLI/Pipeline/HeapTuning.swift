import CMalloc

/// How glibc's allocator keeps memory: for one report, and for the many runs of a comparison.
enum HeapTuning {
    /// One report allocates and frees a dozen images of 1600 × 900 pixels and their buffers (a
    /// few megabytes each) on two threads. With glibc's defaults each buffer past 128 KiB is a
    /// fresh mmap and each freed heap top is handed back, so every chart touches new pages: some
    /// 11,000 page faults for the default report, each a page the kernel zeroes. Kept for reuse
    /// instead, the same report takes about 6,600; at 10⁶ iterations the peak grows by some
    /// 14 MB. Buffers of 16 MiB and more (the log's columns of long runs) are still mapped and
    /// unmapped whole. Call once, before the first chart is drawn.
    static func forOneReport() {
        mallopt(M_MMAP_THRESHOLD, 16 << 20)
        mallopt(M_TRIM_THRESHOLD, 64 << 20)
        mallopt(M_TOP_PAD, 16 << 20)
    }

    /// A comparison allocates and frees a run's charts and pages hundreds of times on several
    /// threads, and glibc otherwise keeps what each thread's arena once held (200 runs of 100
    /// iterations: 107 MB peak, against 76 MB with this and `returnFreeMemory` after each run).
    /// Limits the allocator to `arenas` arenas and returns free blocks of 128 KB or more at once.
    /// Call before the workers start.
    static func forManyRuns(arenas: Int) {
        mallopt(M_ARENA_MAX, Int32(clamping: max(arenas, 1)))
        mallopt(M_TRIM_THRESHOLD, 128 << 10)
    }

    /// Returns the free memory of every arena to the system, after a run's pages are written.
    static func returnFreeMemory() {
        malloc_trim(0)
    }
}
