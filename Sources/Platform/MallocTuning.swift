import CSystem

/// glibc allocator settings for workloads that allocate and free large tensors every step.
///
/// By default glibc serves blocks above a dynamic threshold (at most 32 MiB) with fresh `mmap`
/// pages and returns them on `free`, so every training step pays page faults and kernel page
/// zeroing for its activations (measured here: about 12 % of a small-CNN training step).
/// Raising the mmap and trim thresholds keeps freed blocks in the heap for reuse.
public enum MallocTuning {
    /// Applies the settings once per process; later calls do nothing.
    public static func keepLargeBlocks() {
        _ = applied
    }

    private static let applied: Bool = {
        #if canImport(Glibc)
        let oneGiB: Int32 = 1 << 30
        return mallopt(M_MMAP_THRESHOLD, oneGiB) == 1 && mallopt(M_TRIM_THRESHOLD, Int32.max) == 1
        #else
        return false
        #endif
    }()
}
