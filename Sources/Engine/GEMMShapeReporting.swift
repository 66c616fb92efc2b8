/// A kernel whose inference forward pass is made of GEMMs (convolution, linear).
public protocol GEMMShapeReporting {
    /// The GEMMs one inference forward pass on `batch` items issues, in order.
    func forwardGEMMs(batch: Int) -> [GEMMShape]
}
