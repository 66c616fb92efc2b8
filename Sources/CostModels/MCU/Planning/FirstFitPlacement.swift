/// Places buffers one at a time, in a given order, each at the lowest offset where it does not
/// share bytes with an already placed buffer that is live at a common step.
///
/// This is the placement step of TensorFlow Lite Micro's `GreedyMemoryPlanner`: walk the placed
/// buffers that overlap in time in order of offset, and stop at the first gap large enough. The
/// lowest feasible offset is always 0 or the end of such a buffer, so the walk finds it.
/// Placing in every possible order and keeping the best finds the optimal arena: placing the
/// buffers of an optimal plan in the order of their offsets puts each at or below its optimal
/// offset (by induction, every buffer placed before it ends at or below its own optimal end).
struct FirstFitPlacement {
    let requests: [BufferRequest]
    /// Placed buffers as (offset, request index), sorted by offset.
    private(set) var placed: [(offset: Int, index: Int)] = []
    private(set) var offsets: [Int?]
    private(set) var topBytes = 0

    init(requests: [BufferRequest]) {
        self.requests = requests
        offsets = Array(repeating: nil, count: requests.count)
    }

    /// The lowest offset at which buffer `i` fits among the buffers placed so far.
    /// - Complexity: O(placed buffers).
    func lowestOffset(for i: Int) -> Int {
        let wanted = requests[i]
        var candidate = 0
        for p in placed where requests[p.index].overlapsInTime(wanted) && requests[p.index].sizeBytes > 0 {
            if p.offset - candidate >= wanted.sizeBytes { break }
            candidate = max(candidate, p.offset + requests[p.index].sizeBytes)
        }
        return candidate
    }

    /// Places buffer `i` at its lowest offset and returns the offset.
    @discardableResult
    mutating func place(_ i: Int) -> Int {
        let offset = lowestOffset(for: i)
        var low = 0, high = placed.count
        while low < high {
            let mid = (low + high) / 2
            if placed[mid].offset <= offset { low = mid + 1 } else { high = mid }
        }
        placed.insert((offset, i), at: low)
        offsets[i] = offset
        topBytes = max(topBytes, offset + requests[i].sizeBytes)
        return offset
    }

    /// Places every buffer in `order` and returns the offsets by request index.
    /// - Complexity: O(n²).
    static func offsets(_ requests: [BufferRequest], order: [Int]) -> [Int] {
        var placement = FirstFitPlacement(requests: requests)
        for i in order { placement.place(i) }
        return placement.offsets.map { $0 ?? 0 }
    }
}
