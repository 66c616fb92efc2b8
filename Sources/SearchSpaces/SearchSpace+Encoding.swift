/// Fixed-length numeric encodings of genomes, the inputs of accuracy and latency predictors.
public enum GenomeEncoding: String, Sendable, CaseIterable {
    /// One indicator per (gene, choice); inactive genes encode as all zeros.
    case oneHot
    /// One value per gene: the choice index scaled to [0, 1]; inactive genes encode as −1.
    case ordinal
}

extension SearchSpace {
    public func encodingLength(_ encoding: GenomeEncoding) -> Int {
        switch encoding {
        case .oneHot: genes.reduce(0) { $0 + $1.choices.count }
        case .ordinal: genes.count
        }
    }

    /// - Complexity: O(`encodingLength`).
    public func encode(_ genome: Genome, as encoding: GenomeEncoding = .oneHot) -> [Double] {
        switch encoding {
        case .oneHot:
            var x = [Double](repeating: 0, count: encodingLength(.oneHot))
            var offset = 0
            for (i, gene) in genes.enumerated() {
                if isActive(gene: i, in: genome) { x[offset + genome.values[i]] = 1 }
                offset += gene.choices.count
            }
            return x
        case .ordinal:
            return genes.indices.map { i in
                guard isActive(gene: i, in: genome) else { return -1 }
                let n = genes[i].choices.count
                return n > 1 ? Double(genome.values[i]) / Double(n - 1) : 0
            }
        }
    }
}
