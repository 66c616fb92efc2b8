/// Why a hardware space cannot be built over a profile; names the space and the knob.
public struct HardwareSpaceError: Error, Hashable, Sendable, CustomStringConvertible {
    public var space: String
    public var knob: String?
    public var reason: String

    public init(space: String, knob: String?, reason: String) {
        self.space = space
        self.knob = knob
        self.reason = reason
    }

    public var description: String {
        if let knob { return "hardware space \(space): knob \(knob): \(reason)" }
        return "hardware space \(space): \(reason)"
    }
}
