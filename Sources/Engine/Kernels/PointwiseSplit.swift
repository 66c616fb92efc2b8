/// How one (image, group) pair of a 1x1 convolution is cut into `parts` pieces (see
/// `Conv2DKernel.forwardPointwise`): ranges of positions that start on multiples of 16 (an AVX-512
/// vector), or ranges of output channels that start on multiples of 8 (the kernel's
/// register block).
struct PointwiseSplit: Sendable {
    let parts: Int
    let byPositions: Bool
    let outChannels: Int
    let positions: Int
    let chunk: Int

    init(units: Int, outChannels: Int, positions: Int, workers: Int) {
        (self.outChannels, self.positions) = (outChannels, positions)
        func rounded(_ count: Int, _ multiple: Int) -> Int { ((count + workers - 1) / workers + multiple - 1) / multiple * multiple }
        if units >= workers || workers == 1 {
            (parts, byPositions, chunk) = (1, true, positions)
        } else if outChannels <= positions && positions >= 32 * workers {
            (byPositions, chunk) = (true, rounded(positions, 16))
            parts = (positions + chunk - 1) / chunk
        } else if outChannels >= 16 * workers {
            (byPositions, chunk) = (false, rounded(outChannels, 8))
            parts = (outChannels + chunk - 1) / chunk
        } else {
            (parts, byPositions, chunk) = (1, true, positions)
        }
    }

    func positions(_ part: Int) -> Range<Int> {
        byPositions ? min(part * chunk, positions)..<min((part + 1) * chunk, positions) : 0..<positions
    }

    func channels(_ part: Int) -> Range<Int> {
        byPositions ? 0..<outChannels : min(part * chunk, outChannels)..<min((part + 1) * chunk, outChannels)
    }
}
