/// Variation operators shared by every categorical space.
extension SearchSpace {
    /// A genome with every gene drawn uniformly.
    public func sample(using rng: inout some RandomNumberGenerator) -> Genome {
        Genome(genes.map { Int.random(in: 0..<$0.choices.count, using: &rng) })
    }

    /// Per-gene resampling mutation: each active gene with more than one choice moves to a
    /// different choice with probability `rate`; if none moved, one such gene is forced to, so
    /// the result always differs from `genome` in an active gene (when the space allows it).
    /// - Complexity: O(genes).
    public func mutate(_ genome: Genome, rate: Double, using rng: inout some RandomNumberGenerator) -> Genome {
        var child = genome
        let mutable = genes.indices.filter { genes[$0].choices.count > 1 && isActive(gene: $0, in: genome) }
        var changed = false
        for i in mutable where Double.random(in: 0..<1, using: &rng) < rate {
            child.values[i] = differentChoice(of: i, than: genome.values[i], using: &rng)
            changed = true
        }
        if !changed, let i = mutable.randomElement(using: &rng) {
            child.values[i] = differentChoice(of: i, than: genome.values[i], using: &rng)
        }
        return child
    }

    /// Uniform crossover: each gene of the first child comes from either parent with
    /// probability ½, and the second child takes the other parent's gene.
    public func crossover(
        _ a: Genome, _ b: Genome, using rng: inout some RandomNumberGenerator
    ) -> (Genome, Genome) {
        var c = a, d = b
        for i in genes.indices where Bool.random(using: &rng) {
            c.values[i] = b.values[i]
            d.values[i] = a.values[i]
        }
        return (c, d)
    }

    private func differentChoice(of gene: Int, than value: Int, using rng: inout some RandomNumberGenerator) -> Int {
        let r = Int.random(in: 0..<(genes[gene].choices.count - 1), using: &rng)
        return r >= value ? r + 1 : r
    }
}
