extension Collection<BufferRequest> {
    /// The largest total size of the buffers live at one step: no placement can use a smaller
    /// arena, so it bounds every plan from below (and is the optimum whenever a plan reaches it).
    /// - Complexity: O(n log n) by a sweep over the sorted start and end events.
    public var liveBytesLowerBound: Int {
        var events: [(step: Int, delta: Int)] = []
        events.reserveCapacity(count * 2)
        for b in self {
            events.append((b.firstStep, b.sizeBytes))
            events.append((b.lastStep + 1, -b.sizeBytes))
        }
        // At equal steps, ends (negative deltas) come first: a buffer ending at step s - 1 is not live at s.
        events.sort { $0.step != $1.step ? $0.step < $1.step : $0.delta < $1.delta }
        var live = 0, peak = 0
        for e in events {
            live += e.delta
            peak = Swift.max(peak, live)
        }
        return peak
    }
}
