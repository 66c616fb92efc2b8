extension ReferenceDirectionSurvival {
    /// Picks `room` members of `last` (Deb & Jain 2014, Algorithm 4): each individual joins
    /// the reference direction nearest to it (perpendicular distance in the objective space
    /// normalised by ideal and nadir); niche counts start from the members of `earlier`; then,
    /// repeatedly, among the least crowded niches still holding candidates (in random order),
    /// an empty niche takes its closest candidate and a non-empty one a random candidate.
    /// - Complexity: O((|earlier| + |last|) · H · M) for H directions, plus O(H + |last|) per round.
    func niche<R: RandomNumberGenerator>(
        _ last: [Int], among earlier: [Int], room: Int, table: FitnessTable, nadir: [Double],
        using generator: inout R
    ) -> [Int] {
        var nicheCount = Array(repeating: 0, count: directions.count)
        for i in earlier { nicheCount[associate(i, table: table, nadir: nadir).niche] += 1 }
        let association = last.map { associate($0, table: table, nadir: nadir) }
        var members = Array(repeating: [Int](), count: directions.count)
        for (position, a) in association.enumerated() { members[a.niche].append(position) }
        var open = members.indices.filter { !members[$0].isEmpty }
        var chosen: [Int] = []
        while chosen.count < room {
            let fewest = open.map { nicheCount[$0] }.min()!
            let niches = open.filter { nicheCount[$0] == fewest }.shuffled(using: &generator)
            for niche in niches.prefix(room - chosen.count) {
                let slot = nicheCount[niche] == 0
                    ? members[niche].shuffled(using: &generator).min { association[$0].distance < association[$1].distance }!
                    : members[niche].randomElement(using: &generator)!
                members[niche].removeAll { $0 == slot }
                chosen.append(last[slot])
                nicheCount[niche] += 1
            }
            open.removeAll { members[$0].isEmpty }
        }
        return chosen
    }

    /// The nearest direction to individual `i` and the perpendicular distance to it.
    private func associate(_ i: Int, table: FitnessTable, nadir: [Double]) -> (niche: Int, distance: Double) {
        let m = directions.dimension
        var point = Array(repeating: 0.0, count: m)
        for k in 0..<m {
            var range = nadir[k] - idealPoint[k]
            if range == 0 { range = 1e-12 }
            point[k] = (table.value(i, k) - idealPoint[k]) / range
        }
        var best = (niche: 0, distance: Double.infinity)
        directions.values.withUnsafeBufferPointer { w in
            for d in 0..<directions.count {
                var dot = 0.0, norm = 0.0
                for k in 0..<m {
                    dot += point[k] * w[d * m + k]
                    norm += w[d * m + k] * w[d * m + k]
                }
                let scale = dot / norm
                var distance = 0.0
                for k in 0..<m {
                    let e = point[k] - scale * w[d * m + k]
                    distance += e * e
                }
                if distance < best.distance { best = (d, distance) }
            }
        }
        return (best.niche, best.distance.squareRoot())
    }
}
