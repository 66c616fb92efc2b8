import ArgumentParser
import CostModels
import Foundation

struct SystolicCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "systolic",
        abstract: "Cycles, utilisation, accesses and energy of SCALE-Sim topology layers on a systolic array.",
        discussion: """
            Reads SCALE-Sim's convolution topology CSV (header line; columns Layer name, IFMAP \
            Height, IFMAP Width, Filter Height, Filter Width, Channels, Num Filter, Strides; \
            IFMAP sizes include padding; a name containing DP is depthwise) and prices every \
            layer with SCALE-Sim 3.0.0's folding: compute cycles equal SCALE-Sim's in its \
            ideal-bandwidth mode. With --bandwidth, DRAM traffic beyond what compute hides adds \
            stall cycles. --profile (an asic-dataflow profile) gives the clock, the word width \
            and per-access energies (buffer and DRAM levels); without it the word is one byte, \
            as in SCALE-Sim, and energy and latency are not reported.

            Examples:
              coforge systolic --rows 32 --cols 32 --dataflow ws --topology layers.csv
              coforge systolic --rows 12 --cols 14 --dataflow os --topology layers.csv --profile eyeriss-like --json
            """)

    @Option(help: "PE rows of the array.")
    var rows: Int

    @Option(help: "PE columns of the array.")
    var cols: Int

    @Option(help: "Dataflow: os (output stationary), ws (weight stationary) or is (input stationary).")
    var dataflow: String

    @Option(help: "SCALE-Sim topology CSV file.")
    var topology: String

    @Option(name: .customLong("sram-kb"),
            help: "SRAM sizes in KiB: IFMAP,FILTER,OFMAP or one number for all three (default: SCALE-Sim's 256,256,128).")
    var sramKB: String = "256,256,128"

    @Option(help: "DRAM bandwidth in words per cycle; omitted = ideal bandwidth (no stalls), as SCALE-Sim's CALC mode.")
    var bandwidth: Double?

    @Option(help: "asic-dataflow hardware profile (file or id) for the clock, word width and per-access energies.")
    var profile: String?

    @Flag(help: "Print JSON: {\"layers\": [{\"name\", \"computeCycles\", \"stallCycles\", \"utilization\", …}], \"total\": {…}}.")
    var json = false

    func validate() throws {
        if rows < 1 || cols < 1 { throw ValidationError("--rows and --cols must be at least 1, got \(rows)×\(cols)") }
        guard SystolicArray.Dataflow(scaleSimName: dataflow) != nil else {
            throw ValidationError("--dataflow must be os, ws or is, got \(dataflow)")
        }
        _ = try sramBytes()
        if let bandwidth, !(bandwidth.isFinite && bandwidth > 0) {
            throw ValidationError("--bandwidth must be a positive number of words per cycle, got \(bandwidth)")
        }
    }

    /// IFMAP, filter and OFMAP SRAM sizes in bytes.
    func sramBytes() throws -> [Int] {
        let parts = sramKB.split(separator: ",").map { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard parts.count == 1 || parts.count == 3, let sizes = parts as? [Int], sizes.allSatisfy({ $0 > 0 }) else {
            throw ValidationError("--sram-kb must be IFMAP,FILTER,OFMAP or one size, in whole KiB, got \(sramKB)")
        }
        return (sizes.count == 1 ? Array(repeating: sizes[0], count: 3) : sizes).map { $0 * 1024 }
    }

    func run() throws {
        let layers = try readTopology()
        let sram = try sramBytes()
        var array = SystolicArray(rows: rows, columns: cols, dataflow: SystolicArray.Dataflow(scaleSimName: dataflow)!,
                                  ifmapSRAMBytes: sram[0], filterSRAMBytes: sram[1], ofmapSRAMBytes: sram[2],
                                  dramWordsPerCycle: bandwidth)
        var energyNote = "not available (give --profile with per-access energies)"
        if let profile {
            let hardware = try ProfileLocator.load(profile)
            guard hardware.kind == .asicDataflow, let section = hardware.asicDataflow else {
                throw CommandError("\(profile): kind \(hardware.kind.rawValue); systolic takes an asic-dataflow profile")
            }
            array.clockHz = hardware.clocks.coreClockHz.value
            array.wordBytes = (section.wordBits.value + 7) / 8
            do {
                array.energy = try SystolicEnergy(profile: hardware, wordBits: section.wordBits.value)
            } catch {
                energyNote = "not available: \(error.description)"
            }
        }
        let costs = layers.map { SystolicMapping.cost(of: $0, on: array) }
        let report = SystolicReport(array: array, costs: costs, energyNote: array.energy == nil ? energyNote : nil)
        print(json ? try report.json() : report.table())
    }

    func readTopology() throws -> [DataflowLayer] {
        let text: String
        do { text = try String(contentsOfFile: topology, encoding: .utf8) } catch {
            throw CommandError("\(topology): cannot read the topology file (\(error.localizedDescription))")
        }
        do { return try SystolicTopology.layers(csv: text, file: topology) } catch { throw CommandError(error.description) }
    }
}
