import Search

/// The objectives a co-design problem may have.
public enum CoDesignObjective: String, CaseIterable, Sendable, Codable {
    /// What the accuracy source returns, in percent; maximised.
    case accuracy
    case latency
    case energy
    case area

    public var objective: Objective {
        switch self {
        case .accuracy: Objective("accuracyPercent", .maximize)
        case .latency: Objective("latencySeconds", .minimize)
        case .energy: Objective("energyJoules", .minimize)
        case .area: Objective("areaSquareMillimetres", .minimize)
        }
    }
}
