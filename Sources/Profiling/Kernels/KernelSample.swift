import CostModels

/// A measured kernel with the coordinates its kernel model uses.
public struct KernelSample: Hashable, Sendable {
    public var configuration: KernelConfiguration
    public var features: KernelFeatures
    /// The roofline terms of the kernel on the profile being built.
    public var computeSeconds: Double
    public var memorySeconds: Double
    /// Median measured time of one call of the kernel.
    public var measuredSeconds: Double

    public init(configuration: KernelConfiguration, features: KernelFeatures, computeSeconds: Double,
                memorySeconds: Double, measuredSeconds: Double) {
        self.configuration = configuration
        self.features = features
        self.computeSeconds = computeSeconds
        self.memorySeconds = memorySeconds
        self.measuredSeconds = measuredSeconds
    }

    public var kernelClass: KernelClass { configuration.kernelClass }
}
