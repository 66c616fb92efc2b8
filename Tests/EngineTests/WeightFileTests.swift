import Foundation
import Testing
@testable import Engine
import NetworkIR

@Suite("Safetensors weight files")
struct WeightFileTests {
    /// A fresh directory for one test's files.
    func directory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("coforge-weights-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    func loadError(_ model: Model, from url: URL, requireMatchingFingerprint: Bool = true) -> WeightFileError? {
        var copy = model
        do {
            try copy.loadWeights(from: url, requireMatchingFingerprint: requireMatchingFingerprint)
            return nil
        } catch {
            return error
        }
    }

    @Test("FNV-1a 64 reference values")
    func fnv() {
        #expect(FNV1a64.hash([UInt8]()) == 0xcbf2_9ce4_8422_2325)
        #expect(FNV1a64.hash(Array("a".utf8)) == 0xaf63_dc4c_8601_ec8c)
        #expect(FNV1a64.hash(Array("foobar".utf8)) == 0x8594_4171_f739_67e8)
        let fingerprint = try? TrainingFixtures.mlp().fingerprint()
        #expect(fingerprint?.hasPrefix("fnv1a64:") == true && fingerprint?.count == 24)
        #expect(fingerprint == (try? TrainingFixtures.mlp().fingerprint()))
        #expect(fingerprint != (try? TrainingFixtures.mlp(name: "other").fingerprint()))
    }

    @Test("save then load is bit-exact and leaves no temporary file")
    func roundTrip() throws {
        let dir = try directory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("mlp.safetensors")
        let saved = TrainingFixtures.model(seed: 3)
        try saved.save(to: url)
        try saved.save(to: url)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["mlp.safetensors"])
        var loaded = TrainingFixtures.model(seed: 4)
        #expect(loaded.parameters != saved.parameters)
        try loaded.loadWeights(from: url)
        #expect(loaded.parameters.flatMap { $0 }.map { $0.scalars.map(\.bitPattern) }
                == saved.parameters.flatMap { $0 }.map { $0.scalars.map(\.bitPattern) })
    }

    @Test("layout: little-endian length, space-padded JSON header, contiguous F32 data")
    func layout() throws {
        let model = TrainingFixtures.model()
        let data = try model.weightFileData(path: "x")
        let length = Int(data.prefix(8).reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) })
        #expect(length % 8 == 0)
        #expect(data.count == 8 + length + 4 * model.parameterCount)
        let header = try #require(try JSONSerialization.jsonObject(with: data.subdata(in: 8 ..< 8 + length)) as? [String: Any])
        let metadata = try #require(header["__metadata__"] as? [String: String])
        #expect(metadata["format"] == "coforge.weights")
        #expect(metadata["network"] == "mlp")
        #expect(metadata["fingerprint"] == (try model.network.fingerprint()))
        let fc1 = try #require(header["fc1.weight"] as? [String: Any])
        #expect(fc1["dtype"] as? String == "F32")
        #expect((fc1["shape"] as? [Any])?.compactMap { ($0 as? NSNumber)?.intValue } == [16, 8])
        #expect((fc1["data_offsets"] as? [Any])?.compactMap { ($0 as? NSNumber)?.intValue } == [0, 512])
        #expect(Set(header.keys) == ["__metadata__", "fc1.weight", "fc1.bias", "fc2.weight", "fc2.bias"])
        let first = data.subdata(in: 8 + length ..< 12 + length).reversed().reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        #expect(Float(bitPattern: first) == model.parameters[1][0].scalars[0])
    }

    @Test("a truncated file names the tensor whose data is cut off")
    func truncated() throws {
        let dir = try directory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("w.safetensors")
        let model = TrainingFixtures.model()
        try model.save(to: url)
        let data = try Data(contentsOf: url)
        try data.prefix(data.count - 4).write(to: url)
        let error = try #require(loadError(model, from: url))
        #expect(error.file == url.path)
        #expect(error.field == "fc2.bias")
        #expect(error.reason.contains("truncated"))
        try data.prefix(100).write(to: url)
        #expect(loadError(model, from: url)?.reason.contains("header length") == true)
        try data.prefix(5).write(to: url)
        #expect(loadError(model, from: url)?.reason.contains("at least 8") == true)
    }

    @Test("a wrong shape names the tensor and both shapes; nothing is loaded")
    func wrongShape() throws {
        let dir = try directory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("wide.safetensors")
        try TrainingFixtures.model(TrainingFixtures.mlp(hidden: 12)).save(to: url)
        var model = TrainingFixtures.model()
        let before = model.parameters
        #expect(throws: WeightFileError.self) { try model.loadWeights(from: url) }
        #expect(model.parameters == before)
        let error = try #require(loadError(model, from: url))
        #expect(error.field == "fc1.weight.shape")
        #expect(error.reason == "expected [16, 8], found [12, 8]")
        #expect(error.description.hasPrefix(url.path + ": fc1.weight.shape: "))
    }

    @Test("missing and unknown tensors are named")
    func missingAndUnknown() throws {
        let dir = try directory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let noBias = dir.appendingPathComponent("nobias.safetensors")
        let withBias = dir.appendingPathComponent("bias.safetensors")
        try TrainingFixtures.model(TrainingFixtures.mlp(outputBias: false)).save(to: noBias)
        try TrainingFixtures.model().save(to: withBias)
        let missing = try #require(loadError(TrainingFixtures.model(), from: noBias))
        #expect(missing.field == "fc2.bias")
        #expect(missing.reason.contains("missing tensor"))
        let unknown = try #require(loadError(TrainingFixtures.model(TrainingFixtures.mlp(outputBias: false)), from: withBias))
        #expect(unknown.field == "fc2.bias")
        #expect(unknown.reason.contains("unknown tensor"))
    }

    @Test("a fingerprint mismatch is an error unless waived")
    func fingerprintMismatch() throws {
        let dir = try directory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("tanh.safetensors")
        let source = TrainingFixtures.model(TrainingFixtures.mlp(activation: .tanh), seed: 9)
        try source.save(to: url)
        let error = try #require(loadError(TrainingFixtures.model(), from: url))
        #expect(error.field == "__metadata__.fingerprint")
        var model = TrainingFixtures.model()
        try model.loadWeights(from: url, requireMatchingFingerprint: false)
        #expect(model.parameters == source.parameters)
    }

    @Test("malformed headers name the JSON field")
    func malformedHeader() throws {
        let dir = try directory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("bad.safetensors")
        func write(_ json: String) throws {
            var data = Data(count: 8)
            data[0] = UInt8(json.utf8.count)
            data.append(contentsOf: Array(json.utf8))
            try data.write(to: url)
        }
        let model = TrainingFixtures.model()
        try write(#"{"fc1.weight":{"dtype":"F32","shape":"16x8","data_offsets":[0,512]}}"#)
        #expect(loadError(model, from: url)?.field == "fc1.weight.shape")
        try write(#"{"fc1.weight":{"dtype":"F32","shape":[16,8]}}"#)
        #expect(loadError(model, from: url)?.field == "fc1.weight.data_offsets")
        try write(#"{"__metadata__":{"format":"other"}}"#)
        #expect(loadError(model, from: url)?.field == "__metadata__.format")
        try write("not json")
        #expect(loadError(model, from: url)?.reason == "header is not valid JSON")
    }

    @Test("saving into a missing directory throws and names the file")
    func unwritable() {
        let url = URL(fileURLWithPath: "/nonexistent-coforge-dir/w.safetensors")
        #expect(throws: WeightFileError.self) { try TrainingFixtures.model().save(to: url) }
    }
}
