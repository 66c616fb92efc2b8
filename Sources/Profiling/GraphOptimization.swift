import NetworkIR

/// What the runtime that measured a network removes from the graph before running it.
///
/// Eager frameworks (PyTorch, the HELP measurements) run every layer, including `zero` layers
/// (`x·0`) and layers whose result never reaches the output. Graph compilers (TensorFlow Lite,
/// the HW-NAS-Bench phone and Raspberry Pi measurements) drop dead layers, and a network whose
/// output does not depend on its input folds to a constant. Which of the two a device follows is a
/// fact about its runtime; `LatencyCalibration` can also choose it from the measurements.
public enum GraphOptimization: String, CaseIterable, Codable, Sendable {
    /// Every layer runs.
    case none
    /// Only layers the output depends on run; a `zero` layer does not depend on its input. If the
    /// output does not depend on the network input, nothing runs.
    case deadCodeElimination
}
