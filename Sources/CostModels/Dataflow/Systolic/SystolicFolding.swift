/// How one group of a layer folds onto a systolic array, in SCALE-Sim 3.0.0's terms.
///
/// The layer is the GEMM `ofmap[P × K] = ifmap[P × W] · filter[W × K]` with `P` output pixels per
/// filter (SCALE-Sim's rounding up: `DataflowLayer.scaleSimOutputHeight`), `W = filterHeight · filterWidth · channels/groups` the convolution window and `K`
/// filters per group. Each dataflow puts two of the three dimensions on the array (`Sr` along the
/// rows, `Sc` along the columns) and streams the third (`T`) through it in time:
///
/// | dataflow | `Sr` | `Sc` | `T` |
/// |---|---|---|---|
/// | output stationary | `P` | `K` | `W` |
/// | weight stationary | `W` | `K` | `P` |
/// | input stationary | `W` | `P` | `K` |
///
/// The array of `R × C` PEs takes `⌈Sr/R⌉ · ⌈Sc/C⌉` folds, run one after the other, each
/// skewed in and drained before the next starts. A fold lasts
/// - output stationary: `T + R + C − 2` cycles (operands skew in over `R − 1` and `C − 1`
///   cycles around the `T` accumulation steps);
/// - weight and input stationary: `2R + C + T − 2` cycles (`R` cycles to load the stationary
///   operand, then `R − 1 + C − 1` of skew around the `T` streamed vectors).
///
/// SCALE-Sim reports the index of the last cycle, so a group takes `folds · cyclesPerFold − 1`
/// cycles. These are the lengths of the demand matrices `systolic_compute_{os,ws,is}.py` builds;
/// `double_buffered_scratchpad.service_memory_requests` returns the last row's cycle.
public struct SystolicFolding: Hashable, Sendable {
    public var spatialRows: Int
    public var spatialColumns: Int
    public var temporal: Int
    public var rowFolds: Int
    public var columnFolds: Int
    public var cyclesPerFold: Int

    /// - Complexity: O(1).
    public init(layer: DataflowLayer, array: SystolicArray) {
        let pixels = layer.scaleSimOutputHeight * layer.scaleSimOutputWidth
        let window = layer.filterHeight * layer.filterWidth * (layer.channels / layer.groups)
        let filters = layer.filterCount / layer.groups
        switch array.dataflow {
        case .outputStationary: (spatialRows, spatialColumns, temporal) = (pixels, filters, window)
        case .weightStationary: (spatialRows, spatialColumns, temporal) = (window, filters, pixels)
        case .inputStationary: (spatialRows, spatialColumns, temporal) = (window, pixels, filters)
        }
        rowFolds = (spatialRows + array.rows - 1) / array.rows
        columnFolds = (spatialColumns + array.columns - 1) / array.columns
        cyclesPerFold = switch array.dataflow {
        case .outputStationary: temporal + array.rows + array.columns - 2
        case .weightStationary, .inputStationary: 2 * array.rows + array.columns + temporal - 2
        }
    }

    public var folds: Int { rowFolds * columnFolds }
    /// SCALE-Sim's compute cycles of one group with ideal memory.
    public var computeCycles: Int { folds * cyclesPerFold - 1 }
    /// MACs of one group: `Sr · Sc · T`.
    public var macs: Int { spatialRows * spatialColumns * temporal }
}
