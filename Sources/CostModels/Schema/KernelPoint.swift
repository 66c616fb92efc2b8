/// One measured kernel of a `table` kernel model: its `KernelFeatures` and the log residual of
/// its measured time over the model's logLinear baseline (ln measured seconds − ln baseline
/// seconds). Written on one line: `{features: [...], logResidual: -0.12}`.
public struct KernelPoint: Hashable, Sendable, Codable {
    public var features: [Double]
    public var logResidual: Double

    public init(features: [Double], logResidual: Double) {
        self.features = features
        self.logResidual = logResidual
    }
}
