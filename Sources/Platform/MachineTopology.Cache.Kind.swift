extension MachineTopology.Cache {
    /// What a cache holds. L1 is usually split into data (L1d) and instruction (L1i);
    /// L2 and beyond are usually unified. Ordered data, instruction, unified.
    public enum Kind: String, Codable, Hashable, Sendable, CaseIterable, Comparable {
        case data
        case instruction
        case unified

        public static func < (lhs: Self, rhs: Self) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }
}
