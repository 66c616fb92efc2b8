/// DRAM traffic of one convolution processed layer by layer, its ifmap and weights in DRAM and
/// its ofmap written back (Eyeriss's schedule, Chen et al., JSSC 2017, Section II).
///
/// The ofmap rows split into `rowTiles` tiles processed in turn; a tile's ifmap rows (halo
/// included) and its psums must fit the global buffer, otherwise its channels split further into
/// `channelTiles`, whose partial ofmaps go to DRAM and come back. Weights stream once per row
/// tile (channels split at most into single channels; if even one output row per tile does not
/// fit, that tiling is kept and the buffer figure is capped at its capacity). Traffic = C·W·((E − T)·U + T·R) ifmap words for T row tiles + weights·T + ofmap
/// + 2·ofmap·(channel tiles − 1), minimised over T; with T = 1 and one channel tile it is the
/// compulsory ifmap + weights + ofmap. Psums hold at most half the buffer (more filters are
/// tiled without extra traffic, a simplification). The on-chip figure is the largest tile's footprint.
///
/// - Complexity: O(E) for E ofmap rows.
public struct GlobalBufferTiling: Hashable, Sendable {
    public var rowTiles: Int
    public var channelTiles: Int
    public var dramReadWords: Int
    public var dramWriteWords: Int
    /// Words of the global buffer the largest tile occupies.
    public var bufferWords: Int

    public init(layer: DataflowLayer, globalBufferWords capacity: Int) {
        let e = layer.outputHeight, f = layer.outputWidth
        let weights = layer.filterCount * (layer.channels / layer.groups) * layer.filterHeight * layer.filterWidth
        let ofmap = layer.filterCount * e * f
        var best: GlobalBufferTiling?
        for tiles in 1...e {
            let rowsOut = (e + tiles - 1) / tiles
            let rowsIn = min(layer.inputHeight, (rowsOut - 1) * layer.strideHeight + layer.filterHeight)
            let psums = layer.filterCount * rowsOut * f
            let ifmapTile = layer.channels * rowsIn * layer.inputWidth
            let room = max(1, capacity - min(psums, capacity / 2))
            let channelTiles = min(layer.channels, max(1, (ifmapTile + room - 1) / room))
            // A tile whose channels cannot split enough waits for smaller row tiles (the last is kept).
            if (ifmapTile + channelTiles - 1) / channelTiles > room, tiles < e { continue }
            let ifmapRows = tiles == 1 ? layer.inputHeight : min(tiles * layer.inputHeight,
                                                                 (e - tiles) * layer.strideHeight + tiles * layer.filterHeight)
            let reads = layer.channels * layer.inputWidth * ifmapRows + weights * tiles + ofmap * (channelTiles - 1)
            let writes = ofmap * channelTiles
            let candidate = GlobalBufferTiling(rowTiles: tiles, channelTiles: channelTiles, dramReadWords: reads,
                                               dramWriteWords: writes,
                                               bufferWords: min(capacity, ifmapTile / channelTiles + psums))
            if best == nil || candidate.dramWords < best!.dramWords { best = candidate }
            if channelTiles == 1 { break }
        }
        self = best!
    }

    init(rowTiles: Int, channelTiles: Int, dramReadWords: Int, dramWriteWords: Int, bufferWords: Int) {
        self.rowTiles = rowTiles
        self.channelTiles = channelTiles
        self.dramReadWords = dramReadWords
        self.dramWriteWords = dramWriteWords
        self.bufferWords = bufferWords
    }

    public var dramWords: Int { dramReadWords + dramWriteWords }
}
