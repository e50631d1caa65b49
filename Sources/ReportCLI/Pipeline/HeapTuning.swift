import CMalloc

#if canImport(Glibc)
    import Glibc
#endif

/// How glibc's allocator keeps memory: for one report, and for the many runs of a comparison.
enum HeapTuning {
    /// One report allocates and frees a dozen images of 1600 × 900 pixels and their buffers (a
    /// few megabytes each) on two threads. With glibc's defaults each buffer past 128 KiB is a
    /// fresh mmap and each freed heap top is handed back, so every chart touches new pages: some
    /// 11,000 page faults for the default report, each a page the kernel zeroes. Kept for reuse
    /// instead, the same report takes about 6,600; at 10⁶ iterations the peak grows by some
    /// 14 MB. Buffers of 16 MiB and more (the log's columns of long runs) are still mapped and
    /// unmapped whole. Call once, before the first chart is drawn.
    ///
    /// The next 64 MiB of heap are asked for as transparent huge pages, and the threads started
    /// after the call allocate from that one heap: a 2 MiB page costs one fault instead of 512,
    /// and the kernel frees it at exit at once (tearing down the 4 KiB pages of some 30 MB took
    /// 3 ms at the end of every report, after the last file was written). Default report: 6,955
    /// → 1,893 page faults and 7 % less CPU; its peak resident size grows from 46 to 80 MB
    /// (whole 2 MiB pages count), while 10⁶ iterations peak lower (272 → 239 MB).
    static func forOneReport() {
        mallopt(M_MMAP_THRESHOLD, 16 << 20)
        mallopt(M_TRIM_THRESHOLD, 128 << 20)
        mallopt(M_ARENA_MAX, 1)
        hugePageHeap(bytes: 64 << 20)
        mallopt(M_TOP_PAD, 16 << 20)
    }

    /// Grows the heap by about `bytes` without touching it and advises huge pages for it. Where
    /// the kernel has none to give (transparent huge pages off), the pages stay 4 KiB.
    ///
    /// The heap starts at a random address, and what lies below its first 2 MiB boundary cannot
    /// be a huge page; the allocator hands out the heap's top from its lowest address, so the
    /// first images would land there in 4 KiB pages. And a 2 MiB range with one page touched
    /// before the advice stays in 4 KiB pages. So the heap up to a boundary is taken as one block
    /// that is never freed (an address range: only its header is written), which grows the heap
    /// by the pad, and the allocator's next header falls below the boundary, in that block's
    /// range. The default report: 1,200–1,500 page faults before (the heap's alone 240–1,040, by
    /// where the heap began), 610 after (the heap's ~30), and 2 ms less CPU.
    private static func hugePageHeap(bytes: Int) {
        let huge = 2 << 20
        mallopt(M_TOP_PAD, Int32(clamping: bytes))
        guard let before = sbrk(0) else { return }
        // At least 256 KiB above the break: more than the heap's free top at the start, so that
        // the block cannot come from it and must grow the heap.
        let boundary = (Int(bitPattern: before) + (256 << 10) + huge - 1) / huge * huge
        // The block's chunk begins at or below the break; its size and header (32 bytes at
        // most) end below the boundary. (Asking its usable size keeps the optimiser from
        // removing an allocation whose result is otherwise unused.)
        guard let block = malloc(boundary - Int(bitPattern: before) - 64), malloc_usable_size(block) > 0,
            let after = sbrk(0)
        else { return }
        let end = Int(bitPattern: after) / huge * huge
        guard end > boundary, let base = UnsafeMutableRawPointer(bitPattern: boundary) else { return }
        _ = madvise(base, end - boundary, MADV_HUGEPAGE)
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
