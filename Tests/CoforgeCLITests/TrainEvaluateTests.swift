import Foundation
import Testing

/// `coforge train` and `coforge evaluate` end to end on a small CSV problem, through the binary.
@Suite struct TrainEvaluateTests {
    let cli = CommandLineTests()

    /// Two well-separated classes in four features, written as train/test CSV files, and a
    /// multilayer perceptron for them.
    struct Fixture {
        let directory: URL
        var train: String { directory.appendingPathComponent("train.csv").path }
        var test: String { directory.appendingPathComponent("test.csv").path }
        var network: String { directory.appendingPathComponent("mlp.json").path }
        var weights: String { directory.appendingPathComponent("mlp.safetensors").path }
        var data: String { "csv:\(train),\(test)" }

        init() throws {
            directory = FileManager.default.temporaryDirectory.appendingPathComponent("coforge-train-\(UUID())")
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            func rows(_ count: Int, offset: Int) -> String {
                var text = "a,b,c,d,label\n"
                for i in 0..<count {
                    let label = i % 2
                    let sign = label == 0 ? -1.0 : 1.0
                    let values = (0..<4).map { k in sign * 2 + Double((i * 7 + k * 13 + offset) % 11) / 11 - 0.5 }
                    text += values.map { String(format: "%.3f", $0) }.joined(separator: ",") + ",\(label == 0 ? "neg" : "pos")\n"
                }
                return text
            }
            try rows(256, offset: 0).write(toFile: train, atomically: true, encoding: .utf8)
            try rows(64, offset: 5).write(toFile: test, atomically: true, encoding: .utf8)
            try #"""
            {"format": "coforge.network", "formatVersion": 1, "name": "mlp", "input": [4, 1, 1],
             "layers": [{"name": "fc1", "type": "linear", "outFeatures": 16}, {"name": "act", "type": "relu"},
                        {"name": "fc2", "type": "linear", "outFeatures": 2}]}
            """#.write(toFile: network, atomically: true, encoding: .utf8)
        }
    }

    @Test func trainThenEvaluateAgree() throws {
        let f = try Fixture()
        defer { try? FileManager.default.removeItem(at: f.directory) }
        let trained = try cli.run([
            "train", f.network, "--data", f.data, "--epochs", "3", "--batch-size", "16", "--seed", "3",
            "--out", f.weights, "--json"])
        #expect(trained.status == 0, "\(trained.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(trained.stdout.utf8)) as? [String: Any])
        let accuracy = try #require(report["accuracy"] as? Double)
        #expect(accuracy > 0.95)
        #expect(report["status"] as? String == "completed")
        #expect(trained.stderr.contains("epoch 3"))

        let evaluated = try cli.run(["evaluate", f.network, "--weights", f.weights, "--data", f.data, "--json"])
        #expect(evaluated.status == 0, "\(evaluated.stderr)")
        let result = try #require(try JSONSerialization.jsonObject(with: Data(evaluated.stdout.utf8)) as? [String: Any])
        #expect(result["accuracy"] as? Double == accuracy)
        #expect((result["loss"] as? Double).map { $0 >= 0 } == true)
    }

    @Test func sameSeedSameWeights() throws {
        let f = try Fixture()
        defer { try? FileManager.default.removeItem(at: f.directory) }
        let other = f.directory.appendingPathComponent("again.safetensors").path
        for out in [f.weights, other] {
            let result = try cli.run(["train", f.network, "--data", f.data, "--steps", "10", "--seed", "5", "--out", out])
            #expect(result.status == 0, "\(result.stderr)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: f.weights)) == Data(contentsOf: URL(fileURLWithPath: other)))
    }

    @Test func divergenceFailsWithoutWritingWeights() throws {
        let f = try Fixture()
        defer { try? FileManager.default.removeItem(at: f.directory) }
        let result = try cli.run([
            "train", f.network, "--data", f.data, "--steps", "20", "--learning-rate", "1e30", "--out", f.weights, "--json"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("\"failed\""))
        #expect(result.stdout.contains("not finite"))
        #expect(!FileManager.default.fileExists(atPath: f.weights))
    }

    @Test func badInputsNameTheProblem() throws {
        let f = try Fixture()
        defer { try? FileManager.default.removeItem(at: f.directory) }
        let spec = try cli.run(["train", f.network, "--data", "tape:/dev/null", "--steps", "1"])
        #expect(spec.status != 0)
        #expect(spec.stderr.contains("tape:/dev/null"))

        let shape = try cli.run(["train", "resnet8", "--data", f.data, "--steps", "1"])
        #expect(shape.status != 0)
        #expect(shape.stderr.contains("3x32x32") && shape.stderr.contains("4x1x1"))

        let missing = try cli.run(["evaluate", f.network, "--weights", f.directory.appendingPathComponent("none.safetensors").path, "--data", f.data])
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("none.safetensors"))
    }
}
