extension ReferenceDirectionSurvival {
    /// Picks `room` members of `last` (Deb & Jain 2014, Algorithm 4): each individual joins
    /// the reference direction nearest to it (perpendicular distance in the objective space
    /// normalised by ideal and nadir); niche counts start from the members of `earlier`; then,
    /// repeatedly, among the least crowded niches still holding candidates (in random order),
    /// an empty niche takes its closest candidate and a non-empty one a random candidate.
    /// - Complexity: O((|earlier| + |last|) · H · M) for H directions, plus O(room · |last|).
    func niche<R: RandomNumberGenerator>(
        _ last: [Int], among earlier: [Int], room: Int, table: FitnessTable, nadir: [Double],
        using generator: inout R
    ) -> [Int] {
        var nicheCount = Array(repeating: 0, count: directions.count)
        for i in earlier { nicheCount[associate(i, table: table, nadir: nadir).niche] += 1 }
        let association = last.map { associate($0, table: table, nadir: nadir) }
        var available = Array(repeating: true, count: last.count)
        var chosen: [Int] = []
        while chosen.count < room {
            var open = Set<Int>()
            for (position, a) in association.enumerated() where available[position] { open.insert(a.niche) }
            let fewest = open.map { nicheCount[$0] }.min()!
            let niches = open.filter { nicheCount[$0] == fewest }.sorted().shuffled(using: &generator)
            for niche in niches.prefix(room - chosen.count) {
                let candidates = last.indices.filter { available[$0] && association[$0].niche == niche }
                    .shuffled(using: &generator)
                let pick = nicheCount[niche] == 0
                    ? candidates.min { association[$0].distance < association[$1].distance }!
                    : candidates[0]
                available[pick] = false
                chosen.append(last[pick])
                nicheCount[niche] += 1
            }
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
