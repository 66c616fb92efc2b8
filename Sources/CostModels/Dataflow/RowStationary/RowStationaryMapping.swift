/// How one convolution folds onto a row-stationary PE array (Chen, Emer & Sze, ISCA 2016,
/// Section V; Chen et al., JSSC 2017, Section III).
///
/// A logical PE set is R filter rows × E ofmap rows: PE (i, j) convolves filter row i with ifmap
/// row j·U + i (a 1-D convolution producing a psum row of F values), and psums accumulate up each
/// column. The set is folded onto the physical `rows × columns` array:
/// - filter rows beyond the array height (or filter columns beyond a scratch pad) split into
///   segments run one after another, accumulated through the global buffer;
/// - ofmap rows split into `strips` of width `stripWidth` ≤ columns;
/// - sets of height h = ⌈R / segments⌉ and width e fill ⌊rows / h⌋ × ⌊columns / e⌋ slots, which are
///   replicated over concurrent strips (s), channel groups (r, psums summed across sets) and
///   filter groups (t, sharing the ifmap);
/// - each PE holds q channels and p filters in its scratch pads: q·S ≤ ifmap pad,
///   p·q·S ≤ filter pad, p ≤ psum pad (and p ≤ filters per group).
///
/// A processing pass runs p·q·S·F MACs per PE; passes = segments × ⌈strips / s⌉ ×
/// ⌈C_g / (q·r)⌉ × ⌈M / (p·t)⌉, with C_g the channels per group. A grouped (depthwise) layer
/// replicates over filter sets of different groups, each reading its own channels.
/// Simplifications: no pipeline fill or drain, no NoC delivery limits, the last strip is as
/// wide as the others (its idle PEs count against utilisation), batch 1.
public struct RowStationaryMapping: Hashable, Sendable, Codable {
    public var filterRowSegments: Int
    public var filterColumnSegments: Int
    /// Filter rows per set (h), filter columns per PE (S').
    public var setHeight: Int
    public var segmentWidth: Int
    public var stripWidth: Int
    public var strips: Int
    public var concurrentStrips: Int
    public var channelSets: Int
    public var filterSets: Int
    public var filtersPerPE: Int
    public var channelsPerPE: Int
    public var channelPasses: Int
    public var filterPasses: Int
    public var stripPasses: Int
    public var outputWidth: Int
    public var macsPerPEPerCycle: Int

    public var passes: Int { filterRowSegments * filterColumnSegments * channelPasses * filterPasses * stripPasses }
    public var cyclesPerPass: Int {
        (filtersPerPE * channelsPerPE * segmentWidth * outputWidth + macsPerPEPerCycle - 1) / macsPerPEPerCycle
    }
    public var computeCycles: Int { passes * cyclesPerPass }
    /// PEs busy in one pass.
    public var activePEs: Int { concurrentStrips * channelSets * filterSets * stripWidth * setHeight }

    /// The mapping with the fewest compute cycles, ties broken by fewer global-buffer and
    /// inter-PE accesses (`RowStationaryAccesses`).
    ///
    /// - Complexity: O(W · S · Cg) candidates for W strip widths, S concurrent strips and Cg
    ///   channel sets, each O(1); at most a few thousand for a 12 × 14 array.
    public static func best(for layer: DataflowLayer, on array: DataflowArray) -> RowStationaryMapping {
        let e = layer.outputHeight, f = layer.outputWidth
        let channelsPerGroup = layer.channels / layer.groups, filtersPerGroup = layer.filterCount / layer.groups
        let rowSegments = (layer.filterHeight + array.rows - 1) / array.rows
        let height = (layer.filterHeight + rowSegments - 1) / rowSegments
        let padWidth = min(array.ifmapScratchpadWords, array.filterScratchpadWords)
        let columnSegments = (layer.filterWidth + padWidth - 1) / padWidth
        let width = (layer.filterWidth + columnSegments - 1) / columnSegments
        var best: (mapping: RowStationaryMapping, key: [Int])?
        var lastStrips = 0
        for stripWidth in stride(from: min(e, array.columns), through: 1, by: -1) {
            let strips = (e + stripWidth - 1) / stripWidth
            // Only the narrowest width giving a strip count matters: it frees the most columns.
            if strips == lastStrips { continue }
            lastStrips = strips
            let narrowest = (e + strips - 1) / strips
            let slots = (array.rows / height) * (array.columns / narrowest)
            for s in 1...min(strips, slots) {
                for r in 1...min(channelsPerGroup, slots / s) {
                    let t = max(1, min(layer.filterCount, slots / (s * r)))
                    let q = max(1, min((channelsPerGroup + r - 1) / r, array.ifmapScratchpadWords / width,
                                       array.filterScratchpadWords / width))
                    let p = max(1, min(array.psumScratchpadWords, array.filterScratchpadWords / (q * width), filtersPerGroup,
                                       (layer.filterCount + t - 1) / t))
                    let mapping = RowStationaryMapping(
                        filterRowSegments: rowSegments, filterColumnSegments: columnSegments, setHeight: height,
                        segmentWidth: width, stripWidth: narrowest, strips: strips, concurrentStrips: s, channelSets: r,
                        filterSets: t, filtersPerPE: p, channelsPerPE: q,
                        channelPasses: (channelsPerGroup + q * r - 1) / (q * r),
                        filterPasses: (layer.filterCount + p * t - 1) / (p * t), stripPasses: (strips + s - 1) / s,
                        outputWidth: f, macsPerPEPerCycle: array.macsPerPEPerCycle)
                    let accesses = RowStationaryAccesses(layer: layer, mapping: mapping)
                    let key = [mapping.computeCycles, accesses.globalBufferWords, accesses.arrayWords]
                    if best == nil || key.lexicographicallyPrecedes(best!.key) { best = (mapping, key) }
                }
            }
        }
        return best!.mapping
    }
}
