/// Words moved at each on-chip level by one row-stationary layer, following the reuse pattern of
/// Chen, Emer & Sze (ISCA 2016, Section VI-B): loop order filter passes (outer), channel passes,
/// strip passes (inner), so a PE's filters stay in its scratch pad across strips.
///
/// - Register file (scratch pads): per MAC one ifmap, one filter and one psum read and one psum
///   write; plus the fills: each filter word multicast to the e·s PEs of its set rows, and each
///   PE's q ifmap rows of (F − 1)·U + S' words per pass.
/// - Array (inter-PE): every psum row of F values climbs h·r − 1 PEs (the set's filter rows and
///   the channel sets stacked on it) per pass.
/// - Global buffer: the ifmap rows of every strip ((E − strips)·U + strips·R rows per channel)
///   once per group of filter passes that need the same channels; each weight once; psums
///   written after every channel pass and filter segment and read back before all but the first;
///   the finished ofmap read once towards DRAM.
public struct RowStationaryAccesses: Hashable, Sendable {
    public var registerFileReads: Int
    public var registerFileWrites: Int
    public var arrayWords: Int
    public var globalBufferReads: Int
    public var globalBufferWrites: Int

    public var globalBufferWords: Int { globalBufferReads + globalBufferWrites }

    public init(layer: DataflowLayer, mapping m: RowStationaryMapping) {
        let macs = layer.macs
        let e = layer.outputHeight
        let filtersPerGroup = layer.filterCount / layer.groups
        let weights = layer.filterCount * (layer.channels / layer.groups) * layer.filterHeight * layer.filterWidth
        let ofmap = layer.filterCount * e * layer.outputWidth
        let ifmapRowWords = (layer.outputWidth - 1) * layer.strideWidth + m.segmentWidth
        let filterFill = weights * m.stripWidth * m.concurrentStrips
        let ifmapFill = m.passes * m.activePEs * m.channelsPerPE * ifmapRowWords
        registerFileReads = 3 * macs
        registerFileWrites = macs + filterFill + ifmapFill
        let sets = m.concurrentStrips * m.filterSets
        arrayWords = m.passes * sets * m.stripWidth * m.filtersPerPE * layer.outputWidth * (m.setHeight * m.channelSets - 1)

        let rowsRead = min(layer.inputHeight, (e - m.strips) * layer.strideHeight + m.strips * layer.filterHeight)
        let sameGroupFilterSets = min(m.filterSets, (filtersPerGroup + m.filtersPerPE - 1) / m.filtersPerPE)
        let ifmapRepeats = (filtersPerGroup + m.filtersPerPE * sameGroupFilterSets - 1) / (m.filtersPerPE * sameGroupFilterSets)
        let ifmapReads = rowsRead * layer.inputWidth * layer.channels * ifmapRepeats
        let psumRounds = m.channelPasses * m.filterRowSegments * m.filterColumnSegments
        globalBufferReads = ifmapReads + weights + ofmap * (psumRounds - 1) + ofmap
        globalBufferWrites = ofmap * psumRounds
    }
}
