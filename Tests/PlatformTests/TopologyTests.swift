import Foundation
import Testing

@testable import Platform

@Suite struct TopologyTests {
    @Test func countsCoresAndThreads() throws {
        let machine = try MachineTopology.current()
        #expect(machine.packageCount >= 1)
        #expect(machine.coreCount >= 1)
        #expect(machine.processingUnitCount >= machine.coreCount)
    }

    @Test func findsL1DataAndL2Caches() throws {
        let machine = try MachineTopology.current()
        let l1d = machine.caches(level: 1, kind: .data)
        let l2 = machine.caches(level: 2, kind: .unified) + machine.caches(level: 2, kind: .data)
        #expect(!l1d.isEmpty)
        #expect(!l2.isEmpty)
        for cache in l1d + l2 {
            #expect(cache.sizeBytes > 0)
            #expect(cache.coresSharing >= 1)
            #expect(cache.instanceCount >= 1)
        }
    }

    @Test func memoryMatchesProcMeminfo() throws {
        let machine = try MachineTopology.current()
        #expect(machine.totalMemoryBytes >= 1 << 30)

        let meminfo = try String(contentsOfFile: "/proc/meminfo", encoding: .utf8)
        let line = try #require(meminfo.split(separator: "\n").first { $0.hasPrefix("MemTotal:") })
        let kibibytes = try #require(Int(line.split(separator: " ")[1]))
        let reference = Double(kibibytes) * 1024
        #expect(abs(Double(machine.totalMemoryBytes) - reference) <= 0.1 * reference)
    }

    @Test func reportsCPUModelWhenCPUInfoHasOne() throws {
        let cpuinfo = try String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)
        guard cpuinfo.contains("model name") else { return }
        let model = try #require(try MachineTopology.current().cpuModel)
        #expect(!model.isEmpty)
    }

    @Test func roundTripsThroughJSON() throws {
        let machine = try MachineTopology.current()
        let decoded = try JSONDecoder().decode(
            MachineTopology.self, from: JSONEncoder().encode(machine))
        #expect(decoded == machine)
    }

    @Test func parsesProcText() {
        let meminfo = "MemTotal:       24576000 kB\nMemFree:         1000 kB\n"
        #expect(SystemMemory.memTotalBytes(meminfo: meminfo) == 24_576_000 * 1024)
        #expect(SystemMemory.memTotalBytes(meminfo: "MemFree: 1 kB") == nil)
        let cpuinfo = "processor\t: 0\nmodel name\t: Example CPU @ 2.0GHz\nflags\t: fpu\n"
        #expect(CPUInfo.modelName(cpuinfo: cpuinfo) == "Example CPU @ 2.0GHz")
        #expect(CPUInfo.modelName(cpuinfo: "processor\t: 0\n") == nil)
    }
}
