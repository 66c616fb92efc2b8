/// A device described by its sourced numbers: the input of every cost model.
///
/// The YAML form is documented key by key in `HardwareProfiles/README.md`. Loading
/// (`HardwareProfile(yaml:file:)`) validates everything and names the file, key path and
/// expected form of each problem; writing (`write(to:)`) is validated and atomic.
public struct HardwareProfile: Hashable, Sendable, Codable {
    public static let currentSchemaVersion = 1

    public var schemaVersion: Int
    public var kind: DeviceKind
    public var name: String
    public var description: String?
    public var clocks: Clocks
    public var memory: MemoryHierarchy
    public var power: Power?
    /// Present exactly when `kind` is `cpu`; likewise for the other kind sections.
    public var cpu: CPUSection?
    public var mcu: MCUSection?
    public var asicDataflow: DataflowSection?
    public var analogCrossbar: CrossbarSection?
    /// Citations by id; every `source:` in the profile names one of them.
    public var sources: ProfileTable<Source>

    public init(kind: DeviceKind, name: String, description: String? = nil, clocks: Clocks, memory: MemoryHierarchy,
                power: Power? = nil, cpu: CPUSection? = nil, mcu: MCUSection? = nil, asicDataflow: DataflowSection? = nil,
                analogCrossbar: CrossbarSection? = nil, sources: ProfileTable<Source>) {
        schemaVersion = Self.currentSchemaVersion
        self.kind = kind
        self.name = name
        self.description = description
        self.clocks = clocks
        self.memory = memory
        self.power = power
        self.cpu = cpu
        self.mcu = mcu
        self.asicDataflow = asicDataflow
        self.analogCrossbar = analogCrossbar
        self.sources = sources
    }
}
