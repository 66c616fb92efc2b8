/// Words one group of a layer moves between the array, its three SRAMs and DRAM.
///
/// **SRAM side** (exactly SCALE-Sim 3.0.0's request counts): the stationary operand is read
/// once, a streamed operand once per fold of the other spatial dimension. With `Sr`, `Sc`, `T`
/// and the fold counts of `SystolicFolding`:
///
/// | dataflow | IFMAP reads | filter reads | OFMAP writes |
/// |---|---|---|---|
/// | output stationary | `⌈Sc/C⌉ · Sr · T` | `⌈Sr/R⌉ · Sc · T` | `Sr · Sc` |
/// | weight stationary | `⌈Sc/C⌉ · Sr · T` | `Sr · Sc` | `⌈Sr/R⌉ · Sc · T` |
/// | input stationary | `Sr · Sc` | `⌈Sc/C⌉ · Sr · T` | `⌈Sr/R⌉ · Sc · T` |
///
/// Weight and input stationary write every fold's partial sums, as SCALE-Sim does (it has no
/// accumulation in the OFMAP SRAM). SCALE-Sim's output-stationary OFMAP count adds `R + C` per
/// fold on top of `Sr · Sc` (`systolic_compute_os.py` counts the flipped fold's shape a second
/// time); that is a counting artefact and is not reproduced.
///
/// **DRAM side** (a model of SCALE-Sim's double-buffered scratchpads): an operand whose words fit
/// in the active half of its SRAM is fetched once; one that does not is fetched again on every
/// pass the fold order makes over it (SCALE-Sim walks column folds outside, row folds inside):
/// - IFMAP: the words the windows touch: `min(H, (Eh−1)·sh + Fh)` rows when windows overlap or
///   abut, `Fh` rows per window when the stride skips rows (likewise columns), times
///   `C/groups` (SCALE-Sim's output sizes `E`, whose last window may run past the edge);
///   refetched `⌈Sc/C⌉` times under output and weight stationary when it does not fit; read once
///   under input stationary (where each IFMAP element sits in exactly one fold; the halo that
///   overlapping windows share between folds is not counted twice).
/// - Filter: `W · K` words; read once under weight stationary; refetched `⌈Sc/C⌉` times under
///   input stationary and `⌈Sr/R⌉` times under output stationary (when one column fold's
///   `T · C` words do not fit) otherwise.
/// - OFMAP: every SRAM write is drained to DRAM, as SCALE-Sim's write buffer does.
///
/// With SRAMs large enough for every operand this gives SCALE-Sim's DRAM counts exactly (its
/// `CALC` mode fetches each distinct address once); with small SRAMs it is an estimate of its
/// set-by-set prefetcher, which also refetches partially.
public struct SystolicTraffic: Hashable, Sendable {
    public var ifmapSRAMReads: Int
    public var filterSRAMReads: Int
    public var ofmapSRAMWrites: Int
    public var ifmapDRAMReads: Int
    public var filterDRAMReads: Int
    public var ofmapDRAMWrites: Int

    /// - Complexity: O(1).
    public init(layer: DataflowLayer, array: SystolicArray, folding f: SystolicFolding) {
        let groupChannels = layer.channels / layer.groups
        let touchedRows = Self.covered(layer.inputHeight, filter: layer.filterHeight, stride: layer.strideHeight,
                                       outputs: layer.scaleSimOutputHeight)
        let touchedColumns = Self.covered(layer.inputWidth, filter: layer.filterWidth, stride: layer.strideWidth,
                                          outputs: layer.scaleSimOutputWidth)
        let ifmapWords = touchedRows * touchedColumns * groupChannels
        let filterWords = layer.filterHeight * layer.filterWidth * groupChannels * (layer.filterCount / layer.groups)
        let ifmapFits = ifmapWords <= Self.activeWords(array.ifmapSRAMBytes, array)
        let filterCapacity = Self.activeWords(array.filterSRAMBytes, array)
        let streamed = f.columnFolds * f.spatialRows * f.temporal
        switch array.dataflow {
        case .outputStationary:
            ifmapSRAMReads = streamed
            filterSRAMReads = f.rowFolds * f.spatialColumns * f.temporal
            ofmapSRAMWrites = f.spatialRows * f.spatialColumns
            ifmapDRAMReads = ifmapFits ? ifmapWords : ifmapWords * f.columnFolds
            let blockFits = f.temporal * min(array.columns, f.spatialColumns) <= filterCapacity
            filterDRAMReads = blockFits ? filterWords : filterWords * f.rowFolds
        case .weightStationary:
            ifmapSRAMReads = streamed
            filterSRAMReads = f.spatialRows * f.spatialColumns
            ofmapSRAMWrites = f.rowFolds * f.spatialColumns * f.temporal
            ifmapDRAMReads = ifmapFits ? ifmapWords : ifmapWords * f.columnFolds
            filterDRAMReads = filterWords
        case .inputStationary:
            ifmapSRAMReads = f.spatialRows * f.spatialColumns
            filterSRAMReads = streamed
            ofmapSRAMWrites = f.rowFolds * f.spatialColumns * f.temporal
            ifmapDRAMReads = ifmapWords
            filterDRAMReads = filterWords <= filterCapacity ? filterWords : filterWords * f.columnFolds
        }
        ofmapDRAMWrites = ofmapSRAMWrites
    }

    /// Rows (or columns) of an IFMAP of `size` that `outputs` windows of `filter` at `stride` touch:
    /// one contiguous span when windows overlap or abut, `filter` per window (the last one cut at the
    /// edge) when the stride skips rows.
    static func covered(_ size: Int, filter: Int, stride: Int, outputs: Int) -> Int {
        let lastStart = (outputs - 1) * stride
        if stride <= filter { return min(size, lastStart + filter) }
        return (outputs - 1) * filter + min(filter, size - lastStart)
    }

    /// Words in the active half of a double-buffered SRAM (SCALE-Sim's `active_buf_frac = 0.5`).
    static func activeWords(_ bytes: Int, _ array: SystolicArray) -> Int { bytes / array.wordBytes / 2 }

    public var dramWords: Int { ifmapDRAMReads + filterDRAMReads + ofmapDRAMWrites }
}
