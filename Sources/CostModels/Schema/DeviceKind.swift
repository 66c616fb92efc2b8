/// The family of hardware a profile describes; each kind has its own section and cost model.
public enum DeviceKind: String, ProfileChoice, ProfileValueForm {
    case cpu
    case mcu
    case asicDataflow = "asic-dataflow"
    case analogCrossbar = "analog-crossbar"

    public init(from decoder: any Decoder) throws { self = try Self.decodeChoice(from: decoder) }
}
