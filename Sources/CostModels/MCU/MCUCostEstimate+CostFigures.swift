extension MCUCostEstimate: CostFigures {
    /// The peak SRAM: what decides whether a network fits a microcontroller.
    public var peakMemoryBytes: Int { peakSRAMBytes }
}
