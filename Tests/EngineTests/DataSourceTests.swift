import Platform
import Testing

@testable import Engine

@Suite struct DataSourceTests {
    @Test func parsesEverySpecForm() throws {
        #expect(try DataSource(parsing: "fashion-mnist").kind == .fashionMNIST(directory: "/usr/share/datasets/fashion-mnist"))
        #expect(try DataSource(parsing: "fashion-mnist:/d").kind == .fashionMNIST(directory: "/d"))
        #expect(try DataSource(parsing: "mnist:/m").kind == .idx(directory: "/m", name: "mnist"))
        #expect(try DataSource(parsing: "idx:rel/dir").kind == .idx(directory: "rel/dir", name: "idx"))
        #expect(try DataSource(parsing: "cifar10:/c.tar.gz").kind == .cifar10(path: "/c.tar.gz"))
        #expect(try DataSource(parsing: "folder:/f").kind == .imageFolder(path: "/f"))
        #expect(try DataSource(parsing: "csv:a.csv").kind == .csv(training: "a.csv", test: nil))
        #expect(try DataSource(parsing: "csv:a.csv,b.csv").kind == .csv(training: "a.csv", test: "b.csv"))
        #expect(try DataSource(parsing: "cifar10:/c").description == "CIFAR-10 from /c")
    }

    @Test(arguments: ["", "mnist", "mnist:", "imagenet:/x", "csv:a.csv,", "csv:a,b,c", "fashion-mnist:"])
    func rejectsBadSpecs(spec: String) throws {
        let error = try #require(throws: DataError.self) { try DataSource(parsing: spec) }
        guard case .invalidSpec(let named, _) = error else {
            Issue.record("expected invalidSpec, got \(error)")
            return
        }
        #expect(named == spec)
        #expect(error.description.hasPrefix("invalid data source \"\(spec)\"; expected"))
    }

    @Test func missingFashionMNISTSaysWhichPackageToInstall() throws {
        let error = try #require(throws: DataError.self) { try DataSource(parsing: "fashion-mnist:/nonexistent").load() }
        #expect(error.description.hasPrefix("/nonexistent/train-images-idx3-ubyte.gz: not found"))
        #expect(error.description.contains("install the Debian package dataset-fashion-mnist"))
    }

    @Test func loadsIDXDirectoryWithMixedCompression() throws {
        let fixtures = try DataFixtures()
        defer { fixtures.remove() }
        try fixtures.write("train-images-idx3-ubyte.gz", Gzip.compress(DataFixtures.idxImages(DataFixtures.bytes(8, seed: 1), count: 2, rows: 2, columns: 2)))
        try fixtures.write("train-labels-idx1-ubyte", DataFixtures.idxLabels([1, 2]))
        try fixtures.write("t10k-images-idx3-ubyte", DataFixtures.idxImages(DataFixtures.bytes(4, seed: 2), count: 1, rows: 2, columns: 2))
        try fixtures.write("t10k-labels-idx1-ubyte.gz", Gzip.compress(DataFixtures.idxLabels([5])))
        let (training, test) = try DataSource(parsing: "idx:" + fixtures.root).load()
        #expect(training.labels == [1, 2])
        #expect(test.labels == [5])
        #expect(training.classNames == test.classNames)
        #expect(training.classNames.count == 6)
        let mnist = try DataSource(parsing: "mnist:" + fixtures.root).load()
        #expect(mnist.training.classNames == (0...9).map(String.init))
    }

    @Test func loadsCIFARBinaryFromDirectoryAndArchive() throws {
        let fixtures = try DataFixtures()
        defer { fixtures.remove() }
        var members: [(name: String, contents: [UInt8])] = []
        for (i, file) in (CIFAR10BinaryLoader.trainingFiles + CIFAR10BinaryLoader.testFiles).enumerated() {
            let records = DataFixtures.cifarRecords(labels: [UInt8(i), UInt8(9 - i)], seed: UInt64(i))
            try fixtures.write("cifar-10-batches-bin/" + file, records)
            members.append(("cifar-10-batches-bin/" + file, records))
        }
        let (training, test) = try DataSource(parsing: "cifar10:" + fixtures.root).load()
        #expect(training.count == 10 && test.count == 2)
        #expect(training.labels.prefix(4) == [0, 9, 1, 8])
        #expect(test.labels == [5, 4])
        #expect(test.classNames == CIFAR10BinaryLoader.classNames)

        let archive = try fixtures.write("cifar-10-binary.tar.gz", Gzip.compress(DataFixtures.tar(members)))
        let fromArchive = try DataSource(parsing: "cifar10:" + archive).load()
        #expect(fromArchive.training.features == training.features)
        #expect(fromArchive.test.labels == test.labels)

        let partial = try fixtures.write("partial.tar", DataFixtures.tar(Array(members.prefix(3))))
        let error = try #require(throws: DataError.self) { try DataSource(parsing: "cifar10:" + partial).load() }
        #expect(error.description.hasPrefix("\(partial):cifar-10-batches-bin/data_batch_4.bin: not found"))
    }

    @Test func loadsImageFoldersNestedInDirectoriesAndArchives() throws {
        let fixtures = try DataFixtures()
        defer { fixtures.remove() }
        for (split, count) in [("train", 3), ("test", 2)] {
            for c in ["ant", "bee"] {
                for i in 0..<count {
                    let image = DataFixtures.image(width: 6, height: 6, channels: 1, seed: UInt64(i))
                    try fixtures.write("data/set/\(split)/\(c)/\(i).png", PNGEncoder.encode(image))
                }
            }
        }
        let (training, test) = try DataSource(parsing: "folder:" + fixtures.path("data")).load()
        #expect(training.count == 6 && test.count == 4)
        #expect(training.itemShape == [1, 6, 6])
        #expect(test.classNames == ["ant", "bee"])

        try #require(try fixtures.run(["tar", "-czf", "images.tar.gz", "data"]) == 0)
        var messages: [String] = []
        let fromArchive = try DataSource(parsing: "cifar10:" + fixtures.path("images.tar.gz")).load { messages.append($0) }
        #expect(fromArchive.training.features == training.features)
        #expect(fromArchive.test.labels == test.labels)
        #expect(messages.last == "decoding test images in \(fixtures.path("images.tar.gz")):data/set/test")

        let error = try #require(throws: DataError.self) { try DataSource(parsing: "folder:" + fixtures.path("data/set/train")).load() }
        #expect(error.description.hasPrefix(fixtures.path("data/set/train/train") + ": not found"))
    }

    @Test func csvWithoutTestTableHoldsOutASeededFifth() throws {
        let fixtures = try DataFixtures()
        defer { fixtures.remove() }
        let rows = (0..<50).map { "\($0),\($0 % 3)" }.joined(separator: "\n")
        let path = try fixtures.write("t.csv", text: "v,label\n" + rows)
        let source = try DataSource(parsing: "csv:" + path)
        let (training, test) = try source.load()
        #expect(training.count == 40 && test.count == 10)
        #expect(Set(training.features + test.features).count == 50)
        #expect(try source.load().test.features == test.features)
        #expect(source.description.contains("20 % held out"))
    }
}
