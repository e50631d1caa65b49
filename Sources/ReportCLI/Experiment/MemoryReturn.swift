import CMalloc

/// glibc's allocator, told to give memory back: a comparison allocates and frees a run's charts
/// and pages hundreds of times on several threads, and glibc otherwise keeps what each thread's
/// arena once held (twice a run's memory after a few hundred runs).
enum MemoryReturn {
    /// Limits the allocator to `arenas` arenas and returns free blocks of 128 KB or more at once.
    /// Call before the workers start.
    static func limit(arenas: Int) {
        mallopt(M_ARENA_MAX, Int32(clamping: max(arenas, 1)))
        mallopt(M_TRIM_THRESHOLD, 128 << 10)
    }

    /// Returns the free memory of every arena to the system, after a run's pages are written.
    static func trim() {
        malloc_trim(0)
    }
}
