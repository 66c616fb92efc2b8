/// The nearest members seen so far, at most `capacity`, sorted by squared distance (earlier
/// offers first among equal distances), in raw buffers freed by `deallocate()`.
struct NeighbourList {
    let capacity: Int
    let members: UnsafeMutablePointer<Int>
    private let distances: UnsafeMutablePointer<Double>
    private(set) var count = 0
    /// The capacity-th distance once the list is full (infinity before): only nearer members
    /// enter.
    private(set) var threshold = Double.infinity

    init(capacity: Int) {
        self.capacity = capacity
        members = .allocate(capacity: max(capacity, 1))
        distances = .allocate(capacity: max(capacity, 1))
    }

    func deallocate() {
        members.deallocate()
        distances.deallocate()
    }

    /// Empties the list, keeping its storage.
    mutating func reset() {
        count = 0
        threshold = .infinity
    }

    @inline(__always) mutating func offer(_ member: Int, _ distance: Double) {
        guard capacity > 0, distance < threshold else { return }
        var slot = count == capacity ? capacity &- 1 : count
        while slot > 0 && distances[slot &- 1] > distance {
            members[slot] = members[slot &- 1]
            distances[slot] = distances[slot &- 1]
            slot &-= 1
        }
        members[slot] = member
        distances[slot] = distance
        if count < capacity { count &+= 1 }
        if count == capacity { threshold = distances[capacity &- 1] }
    }
}
