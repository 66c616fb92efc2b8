import Randomness
import Search

/// A seeded (μ + λ) evolutionary loop over `UnitBox` genomes, the study fixture's optimiser:
/// the first batch is μ random genomes; each later batch is λ children of parents chosen by
/// binary tournament (crossover, then mutation), never a genome seen before; survival keeps
/// the μ best of parents and children by Fonseca–Fleming rank (how many members
/// constraint-dominate each, Deb's rules: feasible beats infeasible, smaller violation beats
/// larger, failures last), ties broken by key.
struct MuPlusLambda: Optimizer {
    var box: UnitBox
    var parentCount: Int
    var childCount: Int
    var generator: SeededGenerator
    private(set) var generation = 0
    private(set) var population: [Individual<RealVector>] = []
    private var seen: Set<String> = []

    init(box: UnitBox, parentCount: Int, childCount: Int, seed: UInt64) {
        self.box = box
        self.parentCount = parentCount
        self.childCount = childCount
        self.generator = SeededGenerator(seed: seed)
    }

    mutating func ask() -> [RealVector] {
        let wanted = population.isEmpty ? parentCount : childCount
        let ranks = Self.ranks(population)
        var batch: [RealVector] = []
        var attempts = 0
        while batch.count < wanted, attempts < 100 * wanted {
            attempts += 1
            let children: [RealVector]
            if population.isEmpty {
                children = [box.sample(using: &generator)]
            } else {
                let (a, b) = box.crossover(parent(ranks), parent(ranks), using: &generator)
                children = [box.mutate(a, using: &generator), box.mutate(b, using: &generator)]
            }
            for child in children where batch.count < wanted && seen.insert(box.key(of: child)).inserted {
                batch.append(child)
            }
        }
        return batch
    }

    mutating func tell(_ evaluated: [Individual<RealVector>]) {
        let pool = population + evaluated
        let ranks = Self.ranks(pool)
        population = pool.indices
            .sorted { ranks[$0] != ranks[$1] ? ranks[$0] < ranks[$1] : pool[$0].key < pool[$1].key }
            .prefix(parentCount)
            .map { pool[$0] }
        generation += 1
    }

    private mutating func parent(_ ranks: [Int]) -> RealVector {
        let i = Int.random(in: 0..<population.count, using: &generator)
        let j = Int.random(in: 0..<population.count, using: &generator)
        return population[ranks[j] < ranks[i] ? j : i].genome
    }

    /// For each member, how many others constraint-dominate it.
    static func ranks(_ members: [Individual<RealVector>]) -> [Int] {
        members.map { member in members.filter { dominates($0.evaluation, member.evaluation) }.count }
    }

    static func dominates(_ a: Evaluation, _ b: Evaluation) -> Bool {
        switch (a.isFeasible, b.isFeasible) {
        case (true, false): return true
        case (false, true): return false
        case (false, false): return violation(a) < violation(b)
        case (true, true):
            return zip(a.objectives, b.objectives).allSatisfy { $0 <= $1 } && a.objectives != b.objectives
        }
    }

    /// Total constraint violation, with a failed evaluation worse than any violation.
    private static func violation(_ e: Evaluation) -> Double {
        if case .failed = e.status { return .infinity }
        return e.totalViolation
    }

    private enum CodingKeys: String, CodingKey {
        case box, parentCount, childCount, generator, generation, population, seen
    }

    /// Encodes `seen` sorted, so equal states give equal JSON in every process.
    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(box, forKey: .box)
        try c.encode(parentCount, forKey: .parentCount)
        try c.encode(childCount, forKey: .childCount)
        try c.encode(generator, forKey: .generator)
        try c.encode(generation, forKey: .generation)
        try c.encode(population, forKey: .population)
        try c.encode(seen.sorted(), forKey: .seen)
    }
}
