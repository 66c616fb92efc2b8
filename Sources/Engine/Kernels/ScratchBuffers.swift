import Foundation

/// A process-wide cache of float buffers for kernels' temporary matrices (im2col columns,
/// batched GEMM products, column gradients).
///
/// Allocating and freeing such a buffer on every call costs page faults: glibc returns freed
/// memory at the top of the heap to the OS above 128 KB and maps buffers above its mmap
/// threshold afresh each time, so a ResNet-8 layer at batch 1 spends as long faulting in its
/// im2col matrix as multiplying it. Reusing a few buffers removes that cost. The cache keeps at
/// most `maximumBuffers` buffers and `maximumFloats` floats; anything beyond is freed.
final class ScratchBuffers: @unchecked Sendable {
    static let shared = ScratchBuffers()

    let maximumBuffers = 6
    let maximumFloats = 32 << 20

    private let lock = NSLock()
    private var pooled: [UnsafeMutableBufferPointer<Float>] = []

    /// Runs `body` with an uninitialised buffer of at least `count` floats, taken from the cache
    /// (the smallest that fits) or newly allocated, and caches it again afterwards.
    func with<R>(count: Int, _ body: (UnsafeMutablePointer<Float>) throws -> R) rethrows -> R {
        let buffer = take(max(count, 1))
        defer { give(buffer) }
        return try body(buffer.baseAddress!)
    }

    private func take(_ count: Int) -> UnsafeMutableBufferPointer<Float> {
        lock.lock()
        defer { lock.unlock() }
        var best: Int?
        for i in pooled.indices where pooled[i].count >= count {
            if best.map({ pooled[i].count < pooled[$0].count }) ?? true { best = i }
        }
        if let best { return pooled.remove(at: best) }
        return .allocate(capacity: count)
    }

    private func give(_ buffer: UnsafeMutableBufferPointer<Float>) {
        lock.lock()
        pooled.append(buffer)
        pooled.sort { $0.count > $1.count }
        var evicted: [UnsafeMutableBufferPointer<Float>] = []
        while pooled.count > maximumBuffers || pooled.reduce(0, { $0 + $1.count }) > maximumFloats {
            evicted.append(pooled.removeLast())
        }
        lock.unlock()
        evicted.forEach { $0.deallocate() }
    }
}
