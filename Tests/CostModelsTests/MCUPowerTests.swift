import CostModels
import Foundation
import ModelZoo
import Testing

/// The power figures of the shipped microcontroller profiles and the energy the model derives from them.
@Suite struct MCUPowerTests {
    /// Every shipped MCU profile with its datasheet run-mode and idle current (mA) at the profile's
    /// clock and its supply (V), or nil where no run-mode table was found (HardwareProfiles/README.md).
    static let currents: [String: (activeMilliamps: Double, idleMilliamps: Double, volts: Double)?] = [
        "stm32l4r5": nil, "stm32u575": nil,
        "stm32f746": (90.0, 24.0, 3.3),
        "stm32h743": (110.0, 50.7, 3.3),
        "nrf52840": (3.3, 0.00316, 3.0),
        "esp32s3": (72.4, 32.9, 3.3),
        "esp32c3": (23.0, 16.0, 3.3),
    ]

    /// Parts whose power figures are a sibling part's, standing in (`proxy` sources).
    static let proxied: Set<String> = ["stm32f746"]

    /// Active power measured while the part runs inference (MLPerf Tiny energy mode, visual wake
    /// words, the median-energy window's power in µW), for parts without a run-mode table.
    static let measuredMicrowatts: [String: Double] = ["stm32l4r5": 40319.483, "stm32u575": 25317.814]

    static func profile(_ id: String) throws -> HardwareProfile {
        try HardwareProfile(contentsOf: MCUCostModelTests.profiles.appendingPathComponent(id + ".yaml"))
    }

    @Test func everyShippedMCUProfileIsInTheTable() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: MCUCostModelTests.profiles.path).filter { $0.hasSuffix(".yaml") }
        let mcu = try files.map { String($0.dropLast(5)) }.filter { try Self.profile($0).kind == .mcu }
        #expect(Set(mcu) == Set(Self.currents.keys))
    }

    /// Active and idle power are current × voltage, rounded to the profile's four significant digits,
    /// and cite a derived source (a proxy one for the parts that borrow a sibling's figures).
    @Test(arguments: currents.keys.filter { measuredMicrowatts[$0] == nil }.sorted())
    func powerIsCurrentTimesVoltage(_ id: String) throws {
        let power = try Self.profile(id).power
        guard let figures = Self.currents[id]!, let active = power?.activePowerWatts, let idle = power?.idlePowerWatts else {
            #expect(power?.activePowerWatts == nil && power?.idlePowerWatts == nil)
            return
        }
        #expect(abs(active.value / (figures.activeMilliamps * 1e-3 * figures.volts) - 1) < 5e-4)
        #expect(abs(idle.value / (figures.idleMilliamps * 1e-3 * figures.volts) - 1) < 5e-4)
        let sources = try Self.profile(id).sources
        let kind: Source.Kind = Self.proxied.contains(id) ? .proxy : .derived
        #expect(sources[active.source]?.kind == kind && sources[idle.source]?.kind == kind)
    }

    /// A measured active power is the published figure at four significant digits, cites a
    /// measurement source (date and command), and comes without an idle power.
    @Test(arguments: measuredMicrowatts.keys.sorted())
    func measuredPowerIsThePublishedFigure(_ id: String) throws {
        let profile = try Self.profile(id)
        let active = try #require(profile.power?.activePowerWatts)
        #expect(abs(active.value / (Self.measuredMicrowatts[id]! * 1e-6) - 1) < 5e-4)
        #expect(profile.power?.idlePowerWatts == nil)
        let source = try #require(profile.sources[active.source])
        #expect(source.kind == .measurement && source.date != nil && source.command != nil)
    }

    /// Energy of one inference = active power × latency, per layer and in total; one inference per
    /// second adds the idle power over the rest of the second.
    @Test func energyIsPowerTimesLatency() throws {
        let profile = try Self.profile("esp32s3")
        let watts = profile.power!.activePowerWatts!.value, idle = profile.power!.idlePowerWatts!.value
        let estimate = try MCUCostModel(profile: profile).cost(of: mcunetIn2())
        #expect(estimate.energyBasis == .modelledFromPower)
        #expect(estimate.energyJoules == estimate.latencySeconds * watts)
        #expect(abs(estimate.layers.reduce(0) { $0 + $1.energyJoules! } / estimate.energyJoules! - 1) < 1e-12)
        #expect(estimate.idlePowerWatts == idle)
        #expect(estimate.energyJoules(periodSeconds: 1) == estimate.energyJoules! + idle * (1 - estimate.latencySeconds))
    }

    @Test func aProfileWithoutPowerSaysSo() throws {
        var profile = try Self.profile("stm32f746")
        profile.power = nil
        let estimate = try MCUCostModel(profile: profile, runtime: "tinyengine").cost(of: mcunetIn2())
        #expect(estimate.energyJoules == nil && estimate.energyBasis == .unavailable)
        #expect(estimate.notes.contains { $0.contains("energy not available") })
    }

    /// Energy from a proxy figure is still latency × power, but flagged and explained.
    @Test func aProxyPowerIsFlagged() throws {
        let profile = try Self.profile("stm32f746")
        let estimate = try MCUCostModel(profile: profile, runtime: "tinyengine").cost(of: mcunetIn2())
        #expect(estimate.energyBasis == .modelledFromProxyPower)
        #expect(estimate.energyJoules == estimate.latencySeconds * profile.power!.activePowerWatts!.value)
        #expect(estimate.notes.contains { $0.contains("is a proxy (source stm32f746-active-power)") })
        let own = try MCUCostModel(profile: Self.profile("stm32h743"), runtime: "tinyengine").cost(of: mcunetIn2())
        #expect(own.energyBasis == .modelledFromPower && !own.notes.contains { $0.contains("proxy") })
    }
}
