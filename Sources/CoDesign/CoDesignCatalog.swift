import CostModels
import SearchSpaces

/// Co-design spaces by name: `<network space>+<profile>`, e.g. `nb201+eyeriss-like`, where the
/// network space is one of `SearchSpaceCatalog` and the profile (an id or a file, found by the
/// caller's `loadProfile`) is the asic-dataflow base of `HardwareSpace.standard`.
public enum CoDesignCatalog {
    /// The network space and profile halves of a co-design name; `nil` when `name` has no `+`.
    public static func parts(of name: String) -> (network: String, profile: String)? {
        guard let plus = name.firstIndex(of: "+") else { return nil }
        return (String(name[..<plus]), String(name[name.index(after: plus)...]))
    }

    /// The co-design space called `name`; throws naming an unknown network space or a base
    /// profile that cannot be varied.
    public static func space(
        named name: String, loadProfile: (String) throws -> HardwareProfile
    ) throws -> any CoDesignDecoding {
        guard let (networkName, profileName) = parts(of: name), !profileName.isEmpty else {
            throw CoDesignError("\"\(name)\": expected <network space>+<asic-dataflow profile>, e.g. nb201+eyeriss-like")
        }
        guard let network = SearchSpaceCatalog.space(named: networkName) else {
            throw CoDesignError("\"\(name)\": unknown network space \"\(networkName)\"; known: \(SearchSpaceCatalog.names.joined(separator: ", "))")
        }
        let hardware = try HardwareSpace.standard(id: profileName, base: try loadProfile(profileName))
        return try compose(network, hardware)
    }

    private static func compose(_ network: some SearchSpace, _ hardware: HardwareSpace) throws -> any CoDesignDecoding {
        try CoDesignSpace(network: network, hardware: hardware)
    }
}
