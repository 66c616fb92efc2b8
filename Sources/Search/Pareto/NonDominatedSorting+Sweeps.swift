extension NonDominatedSorting {
    /// Jensen's two-objective sort. Points are visited by increasing (f₁, f₂), so every
    /// earlier point has f₁ no larger; an earlier point that differs dominates the current one
    /// exactly when its f₂ is no larger. Each front keeps its smallest f₂ (the last point it
    /// received), and these minima do not decrease from front to front, so the current point
    /// joins the first front whose minimum exceeds its f₂, found by binary search; a point
    /// equal to its predecessor joins the predecessor's front.
    /// - Complexity: O(N log N).
    static func sweepTwoObjectives(_ p: UnsafeBufferPointer<Double>, count n: Int) -> [[Int]] {
        let order = lexicographicOrder(p, count: n, dimension: 2)
        var fronts: [[Int]] = []
        var smallestF2: [Double] = []
        var previous = -1, previousFront = 0
        for i in order {
            let f1 = p[2 * i], f2 = p[2 * i + 1]
            var front: Int
            if previous >= 0 && p[2 * previous] == f1 && p[2 * previous + 1] == f2 {
                front = previousFront
            } else {
                var low = 0, high = fronts.count
                while low < high {
                    let middle = (low + high) >> 1
                    if smallestF2[middle] > f2 { high = middle } else { low = middle + 1 }
                }
                front = low
            }
            if front == fronts.count {
                fronts.append([i])
                smallestF2.append(f2)
            } else {
                fronts[front].append(i)
                smallestF2[front] = f2
            }
            previous = i
            previousFront = front
        }
        return fronts
    }

    /// ENS-BS: points are visited in lexicographic order, so only earlier points can dominate
    /// the current one, and an earlier point that is no larger in every objective and differs
    /// does. If some member of front k dominates a point, some member of every front before k
    /// does too, so the point's front is found by binary search over the fronts; within a
    /// front, members are checked newest first (the likeliest dominators).
    /// - Complexity: O(M N²) in the worst case (all points in one front); O(M N log N)
    ///   comparisons when fronts are many and short.
    static func efficientBinarySearch(_ p: UnsafeBufferPointer<Double>, count n: Int, dimension m: Int) -> [[Int]] {
        let order = lexicographicOrder(p, count: n, dimension: m)
        var fronts: [[Int]] = []
        func isDominated(_ i: Int, by front: [Int]) -> Bool {
            let row = i * m
            for j in front.reversed() {
                let other = j * m
                var noLarger = true, equal = true
                for k in 0..<m {
                    let x = p[other + k], y = p[row + k]
                    if x > y { noLarger = false; break }
                    if x < y { equal = false }
                }
                if noLarger && !equal { return true }
            }
            return false
        }
        for i in order {
            var low = 0, high = fronts.count
            while low < high {
                let middle = (low + high) >> 1
                if isDominated(i, by: fronts[middle]) { low = middle + 1 } else { high = middle }
            }
            if low == fronts.count { fronts.append([i]) } else { fronts[low].append(i) }
        }
        return fronts
    }
}
