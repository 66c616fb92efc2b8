extension Tensor {
    /// Calls `body` with a pointer to the scalars that parallel workers may read.
    ///
    /// The pointer is only valid inside `body`; an empty tensor yields a dangling but aligned
    /// pointer that must not be dereferenced.
    @inlinable
    func withSharedScalars<R>(_ body: (SharedPointer<Float>) throws -> R) rethrows -> R {
        try scalars.withUnsafeBufferPointer { buffer in
            try body(SharedPointer(buffer.baseAddress.map { UnsafeMutablePointer(mutating: $0) } ?? Self.emptyAddress))
        }
    }

    /// Calls `body` with a pointer through which parallel workers write disjoint ranges.
    @inlinable
    mutating func withMutableSharedScalars<R>(_ body: (SharedPointer<Float>) throws -> R) rethrows -> R {
        try scalars.withUnsafeMutableBufferPointer { buffer in
            try body(SharedPointer(buffer.baseAddress ?? Self.emptyAddress))
        }
    }

    @usableFromInline
    static var emptyAddress: UnsafeMutablePointer<Float> {
        UnsafeMutablePointer(bitPattern: MemoryLayout<Float>.alignment)!
    }
}
