/// The state of one pruning, in raw buffers freed by `deallocate()`. Each member keeps its
/// `capacity` nearest living members, sorted; removing a member only shortens the lists that
/// hold it, and a list is rebuilt from the distance matrix once fewer than k entries remain.
/// The members whose list may hold b form a linked list from `firstHolder[b]` (stale entries
/// are skipped).
struct NeighbourPruner {
    let n: Int, k: Int, capacity: Int
    let distance: UnsafeMutablePointer<Double>
    let nearest: UnsafeMutablePointer<Int>
    let length: UnsafeMutablePointer<Int>
    let alive: UnsafeMutablePointer<Bool>
    let extreme: UnsafeMutablePointer<Bool>
    let score: UnsafeMutablePointer<Double>
    let firstHolder: UnsafeMutablePointer<Int32>
    var holder: [Int32] = []
    var nextHolder: [Int32] = []

    init(_ front: [Int], in table: FitnessTable) {
        let m = table.objectiveCount
        n = front.count
        k = min(m, n - 1)
        capacity = k + 2
        distance = .allocate(capacity: n * n)
        distance.initialize(repeating: 0, count: n * n)
        nearest = .allocate(capacity: n * capacity)
        length = .allocate(capacity: n)
        length.initialize(repeating: 0, count: n)
        alive = .allocate(capacity: n)
        alive.initialize(repeating: true, count: n)
        extreme = .allocate(capacity: n)
        extreme.initialize(repeating: false, count: n)
        score = .allocate(capacity: n)
        score.initialize(repeating: 0, count: n)
        firstHolder = .allocate(capacity: n)
        firstHolder.initialize(repeating: -1, count: n)
        holder.reserveCapacity(2 * n * capacity)
        nextHolder.reserveCapacity(2 * n * capacity)
        for j in 0..<m { addSquaredGaps(objective: j, front, table) }
    }

    /// Adds objective j's normalised squared gaps to the distance matrix, column by column
    /// over contiguous rows so the inner loop vectorises, and marks the members extreme in j.
    private func addSquaredGaps(objective j: Int, _ front: [Int], _ table: FitnessTable) {
        var low = Double.infinity, high = -Double.infinity
        for i in front {
            low = min(low, table.value(i, j))
            high = max(high, table.value(i, j))
        }
        guard high > low else { return }
        let column = front.map { (table.value($0, j) - low) / (high - low) }
        column.withUnsafeBufferPointer { x in
            for a in 0..<n {
                if x[a] == 0 || x[a] == 1 { extreme[a] = true }
                let value = x[a], row = distance + a &* n
                for b in 0..<n {
                    let e = value - x[b]
                    row[b] += e * e
                }
            }
        }
    }

    func deallocate() {
        for pointer in [UnsafeMutableRawPointer(distance), UnsafeMutableRawPointer(nearest), UnsafeMutableRawPointer(length),
                        UnsafeMutableRawPointer(alive), UnsafeMutableRawPointer(extreme), UnsafeMutableRawPointer(score),
                        UnsafeMutableRawPointer(firstHolder)] {
            pointer.deallocate()
        }
    }

    mutating func prune(keeping count: Int, tieBreak: [UInt64]) {
        for a in 0..<n {
            rebuild(a)
            rescore(a)
        }
        var remaining = n
        while remaining > count {
            var victim = -1
            var best = Double.infinity, bestTie = UInt64.max
            for a in 0..<n where alive[a] {
                let value = score[a]
                if victim < 0 || value < best || (value == best && tieBreak[a] < bestTie) {
                    victim = a
                    best = value
                    bestTie = tieBreak[a]
                }
            }
            alive[victim] = false
            remaining -= 1
            var entry = Int(firstHolder[victim])
            while entry >= 0 {
                let a = Int(holder[entry])
                entry = Int(nextHolder[entry])
                if alive[a] { forget(victim, in: a, remaining: remaining) }
            }
        }
    }

    /// Drops `victim` from member a's list (if there), rebuilding or rescoring as needed.
    private mutating func forget(_ victim: Int, in a: Int, remaining: Int) {
        let list = nearest + a * capacity
        var slot = 0
        while slot < length[a] && list[slot] != victim { slot += 1 }
        guard slot < length[a] else { return }
        for j in slot..<(length[a] - 1) { list[j] = list[j + 1] }
        length[a] -= 1
        if length[a] < k && length[a] < remaining - 1 { rebuild(a) }
        if slot < k { rescore(a) }
    }

    /// Member a's `capacity` nearest living members, by insertion into a short sorted list
    /// guarded by the current capacity-th distance.
    private mutating func rebuild(_ a: Int) {
        var filled = 0
        var threshold = Double.infinity
        let row = distance + a &* n, list = nearest + a &* capacity
        var b = 0
        while b < n {
            let value = row[b]
            if value < threshold && b != a && alive[b] {
                var slot = filled == capacity ? capacity &- 1 : filled
                while slot > 0 && row[list[slot &- 1]] > value {
                    list[slot] = list[slot &- 1]
                    slot &-= 1
                }
                list[slot] = b
                if filled < capacity { filled &+= 1 }
                if filled == capacity { threshold = row[list[capacity &- 1]] }
            }
            b &+= 1
        }
        length[a] = filled
        for j in 0..<filled {
            holder.append(Int32(a))
            nextHolder.append(firstHolder[list[j]])
            firstHolder[list[j]] = Int32(holder.count - 1)
        }
    }

    private func rescore(_ a: Int) {
        var product = 1.0
        for j in 0..<min(k, length[a]) { product *= distance[a * n + nearest[a * capacity + j]] }
        score[a] = extreme[a] ? .infinity : product
    }
}
