import CKernels

/// How one image's direct convolution (`DirectConvolutionPlan`) is cut into pieces for the
/// worker pool: blocks of `channelBlock` output channels times chunks of output rows.
///
/// A tile computes its rows' positions (rounded up to the kernels' position block) into its own
/// region of the output scratch, `chunkPositions` floats per channel, so that tiles never share
/// a float, and unpacks its own rows. Layers smaller than two pieces of `minimumMultiplyAdds`
/// (default `ConvolutionTuning.minimumPieceMultiplyAdds`) stay on one tile: a hand-off to a pool
/// thread (and the wait for its last piece) costs more than it saves on tiny layers. Pieces are
/// claimed one at a time, so
/// `piecesPerWorker` pieces per worker let the caller take over the work of a pool thread that
/// another process has descheduled.
struct DirectConvolutionTiles: Sendable {
    /// Output channels per tile: the AVX-512 kernel's register block.
    static let channelBlock = 8
    static let piecesPerWorker = 4

    let outChannels: Int
    let channelBlocks: Int
    let rowChunks: Int
    let rowsPerChunk: Int
    /// Computed positions per channel of one tile, a multiple of the kernels' block.
    let chunkPositions: Int
    let outHeight: Int
    /// Floats a tile may read past the last channel slot of the packed input (its rows rounded
    /// up to whole chunks and blocks), which the scratch must hold.
    let inputSlack: Int

    /// Tiles for `workers` threads, each of at least `minimumMultiplyAdds` (as far as the layer allows).
    init(plan: DirectConvolutionPlan, inChannels: Int, outChannels: Int, workers: Int,
         minimumMultiplyAdds: Int = ConvolutionTuning.minimumPieceMultiplyAdds) {
        let block = ck_position_block(plan.level)
        let multiplyAdds = outChannels * inChannels * plan.taps * plan.positions
        let pieces = workers <= 1 ? 1 : min(multiplyAdds / max(minimumMultiplyAdds, 1), Self.piecesPerWorker * workers)
        self.outChannels = outChannels
        outHeight = plan.outHeight
        channelBlocks = pieces < 2 ? 1 : (outChannels + Self.channelBlock - 1) / Self.channelBlock
        let chunks = min(plan.outHeight, max(1, pieces / channelBlocks))
        rowsPerChunk = (plan.outHeight + chunks - 1) / chunks
        rowChunks = (plan.outHeight + rowsPerChunk - 1) / rowsPerChunk
        chunkPositions = rowChunks == 1 ? plan.positions : (rowsPerChunk * plan.pitch + block - 1) / block * block
        inputSlack = rowChunks == 1 ? 0 : rowsPerChunk * plan.pitch + block
    }

    var count: Int { channelBlocks * rowChunks }

    /// Floats of output scratch all tiles take together.
    var computedFloats: Int { rowChunks * outChannels * chunkPositions }

    /// Output channels and rows of tile `index`, and where its region of the scratch starts.
    func tile(_ index: Int) -> (channels: Range<Int>, rows: Range<Int>, offset: Int) {
        let (block, chunk) = index.quotientAndRemainder(dividingBy: rowChunks)
        let channelsPerBlock = channelBlocks == 1 ? outChannels : Self.channelBlock
        let channels = block * channelsPerBlock..<min((block + 1) * channelsPerBlock, outChannels)
        let rows = chunk * rowsPerChunk..<min((chunk + 1) * rowsPerChunk, outHeight)
        return (channels, rows, (chunk * outChannels + channels.lowerBound) * chunkPositions)
    }
}
