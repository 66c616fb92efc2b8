/// The state of one pruning, the hot arrays in raw buffers freed by `deallocate()`. Members are
/// renumbered in the order of a sweep objective (the first with a positive range on the front),
/// with normalised coordinates stored per objective, and squared distances are computed when
/// needed rather than kept in an N × N matrix.
///
/// Each member keeps its `capacity` = k + 4 nearest living members, sorted; removing a member
/// only shortens the lists that hold it, and a list is rebuilt once fewer than k entries
/// remain. A list is built by two sweeps outward from the member in sweep order, each stopping
/// as soon as the gap in the sweep objective alone reaches the list's farthest distance: on a
/// front of N members in three objectives that visits O(√(kN)) members rather than N. The
/// members whose list may hold b form a linked list from `firstHolder[b]` (stale entries are
/// skipped).
struct NeighbourPruner {
    let n: Int, m: Int, k: Int, capacity: Int
    /// Front positions in sweep order: member i is `front[order[i]]`.
    let order: [Int]
    /// Normalised objective values, objective j of member i at `coordinates[j * n + i]`.
    let coordinates: UnsafeMutablePointer<Double>
    let alive: UnsafeMutablePointer<Bool>
    let extreme: [Bool]
    private(set) var score: [Double]
    var nearest: [Int]
    var length: [Int]
    var firstHolder: [Int32]
    var holder: [Int32] = []
    var nextHolder: [Int32] = []
    /// Scratch list reused by every rebuild.
    var list: NeighbourList

    init(_ front: [Int], in table: FitnessTable) {
        n = front.count
        m = table.objectiveCount
        k = min(m, max(n - 1, 0))
        capacity = min(max(n - 1, 0), k + 4)
        var normalised = Array(repeating: 0.0, count: m * n)
        var flagged = Array(repeating: false, count: n)
        var sweep: Int?
        for j in 0..<m {
            var low = Double.infinity, high = -Double.infinity
            for i in front {
                low = min(low, table.value(i, j))
                high = max(high, table.value(i, j))
            }
            guard high > low else { continue }
            if sweep == nil { sweep = j }
            for (position, i) in front.enumerated() {
                let x = (table.value(i, j) - low) / (high - low)
                normalised[j * n + position] = x
                if x == 0 || x == 1 { flagged[position] = true }
            }
        }
        let size = n
        let key = sweep.map { j in Array(normalised[(j * size)..<(j * size + size)]) } ?? Array(repeating: 0, count: size)
        let sorted = (0..<n).sorted { key[$0] < key[$1] || (key[$0] == key[$1] && $0 < $1) }
        var swept = Array(repeating: 0.0, count: m * n)
        for j in 0..<m {
            for (i, position) in sorted.enumerated() { swept[j * n + i] = normalised[j * n + position] }
        }
        if let sweep, sweep > 0 {
            // The sweep objective goes first, so its squared gap is the first term of a distance.
            for i in 0..<n { swept.swapAt(i, sweep * n + i) }
        }
        order = sorted
        coordinates = .allocate(capacity: max(m * n, 1))
        coordinates.initialize(from: swept, count: m * n)
        alive = .allocate(capacity: max(n, 1))
        alive.initialize(repeating: true, count: n)
        extreme = sorted.map { flagged[$0] }
        score = Array(repeating: 0, count: n)
        nearest = Array(repeating: 0, count: n * capacity)
        length = Array(repeating: 0, count: n)
        firstHolder = Array(repeating: -1, count: n)
        list = NeighbourList(capacity: capacity)
        holder.reserveCapacity(2 * n * capacity)
        nextHolder.reserveCapacity(2 * n * capacity)
    }

    func deallocate() {
        coordinates.deallocate()
        alive.deallocate()
        list.deallocate()
    }

    /// Removes members until `count` remain; `tieBreak` is per front position.
    mutating func prune(keeping count: Int, tieBreak frontTieBreak: [UInt64]) {
        let tieBreak = order.map { frontTieBreak[$0] }
        for a in 0..<n {
            rebuild(a)
            rescore(a)
        }
        var living = Array(0..<n)
        while living.count > count {
            var slot = 0
            for j in 1..<living.count {
                let a = living[j], b = living[slot]
                if score[a] < score[b] || (score[a] == score[b] && tieBreak[a] < tieBreak[b]) { slot = j }
            }
            let victim = living[slot]
            living.swapAt(slot, living.count - 1)
            living.removeLast()
            alive[victim] = false
            var entry = Int(firstHolder[victim])
            while entry >= 0 {
                let a = Int(holder[entry])
                entry = Int(nextHolder[entry])
                if alive[a] { forget(victim, in: a, remaining: living.count) }
            }
        }
    }

    /// Squared normalised distance between members a and b, summed from the sweep objective on.
    @inline(__always) private func distance(_ a: Int, _ b: Int) -> Double {
        var total = 0.0
        for j in 0..<m {
            let e = coordinates[j &* n &+ a] - coordinates[j &* n &+ b]
            total += e * e
        }
        return total
    }

    /// Drops `victim` from member a's list (if there), rebuilding or rescoring as needed.
    private mutating func forget(_ victim: Int, in a: Int, remaining: Int) {
        let base = a * capacity
        var slot = 0
        while slot < length[a] && nearest[base + slot] != victim { slot += 1 }
        guard slot < length[a] else { return }
        for j in slot..<(length[a] - 1) { nearest[base + j] = nearest[base + j + 1] }
        length[a] -= 1
        if length[a] < k && length[a] < remaining - 1 { rebuild(a) }
        if slot < k { rescore(a) }
    }

    /// Member a's `capacity` nearest living members, by insertion into a short sorted list
    /// guarded by the current capacity-th distance, sweeping down and then up from a.
    private mutating func rebuild(_ a: Int) {
        list.reset()
        let centre = coordinates[a]
        var b = a - 1
        while b >= 0 {
            let gap = centre - coordinates[b]
            if gap * gap >= list.threshold { break }
            if alive[b] { list.offer(b, distance(a, b)) }
            b -= 1
        }
        b = a + 1
        while b < n {
            let gap = coordinates[b] - centre
            if gap * gap >= list.threshold { break }
            if alive[b] { list.offer(b, distance(a, b)) }
            b += 1
        }
        length[a] = list.count
        for j in 0..<list.count {
            let member = list.members[j]
            nearest[a * capacity + j] = member
            holder.append(Int32(a))
            nextHolder.append(firstHolder[member])
            firstHolder[member] = Int32(holder.count - 1)
        }
    }

    private mutating func rescore(_ a: Int) {
        var product = 1.0
        for j in 0..<min(k, length[a]) { product *= distance(a, nearest[a * capacity + j]) }
        score[a] = extreme[a] ? .infinity : product
    }
}
