extension MachineTopology {
    /// One kind of cache at one level, e.g. "the L2: 1 MiB, 64-byte lines, one per
    /// core, 4 of them".
    public struct Cache: Codable, Hashable, Sendable {
        /// 1 for L1, 2 for L2, and so on.
        public var level: Int
        public var kind: Kind
        /// Capacity of one instance.
        public var sizeBytes: Int
        /// Cache-line size; 0 when the hardware does not report it.
        public var lineSizeBytes: Int
        /// Ways of associativity: 0 when unknown, -1 when fully associative.
        public var associativity: Int
        /// Physical cores served by one instance: 1 for a private cache, all the
        /// cores of a package for a typical L3.
        public var coresSharing: Int
        /// How many instances of this cache the machine has.
        public var instanceCount: Int

        public init(
            level: Int, kind: Kind, sizeBytes: Int, lineSizeBytes: Int,
            associativity: Int, coresSharing: Int, instanceCount: Int
        ) {
            self.level = level
            self.kind = kind
            self.sizeBytes = sizeBytes
            self.lineSizeBytes = lineSizeBytes
            self.associativity = associativity
            self.coresSharing = coresSharing
            self.instanceCount = instanceCount
        }
    }
}
