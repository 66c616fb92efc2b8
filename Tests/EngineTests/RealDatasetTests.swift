import Foundation
import Testing

@testable import Engine

/// Loads the real data sets when this machine has them; each test passes trivially, saying so, when not.
@Suite struct RealDatasetTests {
    static let cifarTarball = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("shared/datasets/CIFAR-10-images-d7d0561.tar.gz").path

    @Test func fashionMNISTFromTheDebianPackage() throws {
        let directory = DataSource.fashionMNISTDirectory
        guard FileManager.default.fileExists(atPath: directory + "/train-images-idx3-ubyte.gz") else {
            print("skipped: \(directory) absent (install the Debian package dataset-fashion-mnist)")
            return
        }
        let start = Date()
        let (training, test) = try DataSource(parsing: "fashion-mnist").load()
        print("Fashion-MNIST loaded in \(String(format: "%.2f", Date().timeIntervalSince(start))) s")
        #expect(training.count == 60_000)
        #expect(test.count == 10_000)
        #expect(training.itemShape == [1, 28, 28])
        #expect(training.labels.first == 9)
        #expect(training.classNames[9] == "Ankle boot")
        #expect(training.features.prefix(784 * 100).allSatisfy { (0...1).contains($0) })
        #expect(Set(test.labels).count == 10)
    }

    @Test func cifar10ImageTarball() throws {
        let path = Self.cifarTarball
        guard FileManager.default.fileExists(atPath: path) else {
            print("skipped: \(path) absent")
            return
        }
        let start = Date()
        let (training, test) = try DataSource(parsing: "cifar10:" + path).load { print($0) }
        print("CIFAR-10 tarball loaded in \(String(format: "%.2f", Date().timeIntervalSince(start))) s")
        #expect(training.count == 50_000)
        #expect(test.count == 10_000)
        #expect(training.itemShape == [3, 32, 32])
        #expect(test.itemShape == [3, 32, 32])
        #expect(training.classNames == CIFAR10BinaryLoader.classNames)
        #expect((0..<10).allSatisfy { c in test.labels.count { $0 == c } == 1_000 })
    }
}
