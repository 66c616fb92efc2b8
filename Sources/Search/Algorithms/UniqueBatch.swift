/// Genomes with distinct keys, none of them among keys already evaluated, up to a capacity.
struct UniqueBatch<Genome> {
    let capacity: Int
    private(set) var genomes: [Genome] = []
    private var keys: Set<String> = []

    init(capacity: Int) {
        self.capacity = capacity
        genomes.reserveCapacity(capacity)
        keys.reserveCapacity(2 * capacity)
    }

    var isFull: Bool { genomes.count >= capacity }
    var remaining: Int { capacity - genomes.count }

    mutating func offer(_ genome: Genome, key: String, unless evaluated: Set<String>) {
        guard !isFull, !evaluated.contains(key), keys.insert(key).inserted else { return }
        genomes.append(genome)
    }
}
