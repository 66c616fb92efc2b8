/// Silicon area, for estimates of hardware whose size is a design choice (an accelerator's PE
/// array and buffers): what a co-design search trades against accuracy, latency and energy.
public protocol AreaFigures {
    /// Area of the configuration the estimate was made for (core: PEs, buffers, on-chip network);
    /// `nil` when the profile lacks the area figures.
    var areaSquareMillimetres: Double? { get }
}
