import Testing

@testable import Engine

@Suite struct CIFAR10BinaryLoaderTests {
    @Test func readsRecordsAsPlanarRGB() throws {
        let fixtures = try DataFixtures()
        defer { fixtures.remove() }
        let first = try fixtures.write("data_batch_1.bin", DataFixtures.cifarRecords(labels: [3, 7], seed: 1))
        let second = try fixtures.write("data_batch_2.bin", DataFixtures.cifarRecords(labels: [9], seed: 5))
        let data = try CIFAR10BinaryLoader.load(files: [first, second], name: "cifar")
        #expect(data.count == 3)
        #expect(data.itemShape == [3, 32, 32])
        #expect(data.labels == [3, 7, 9])
        #expect(data.classNames[3] == "cat")
        let record = DataFixtures.bytes(3072, seed: 2)
        #expect(Array(data.features[3072..<6144]) == record.map { Float($0) / 255 })
    }

    @Test func truncatedRecordNamesRecordAndOffset() throws {
        let fixtures = try DataFixtures()
        defer { fixtures.remove() }
        let path = try fixtures.write("test_batch.bin", Array(DataFixtures.cifarRecords(labels: [1, 2], seed: 3).dropLast(100)))
        let error = try #require(throws: DataError.self) { try CIFAR10BinaryLoader.load(files: [path], name: "cifar") }
        #expect(error == .truncated(path: path, field: "record 1 (1 label byte + 3072 pixel bytes)",
                                    offset: 3073, needed: 3073, fileSize: 6046))
    }

    @Test func labelOutOfRange() throws {
        let fixtures = try DataFixtures()
        defer { fixtures.remove() }
        let path = try fixtures.write("test_batch.bin", DataFixtures.cifarRecords(labels: [1, 10], seed: 3))
        let error = try #require(throws: DataError.self) { try CIFAR10BinaryLoader.load(files: [path], name: "cifar") }
        #expect(error.description == "\(path): label of record 1 at offset 3073 is 10; expected a class index from 0 to 9")
    }

    @Test func metaFileGivesClassNames() throws {
        let fixtures = try DataFixtures()
        defer { fixtures.remove() }
        let names = (0..<10).map { "class\($0)" }
        let good = try fixtures.write("batches.meta.txt", text: names.joined(separator: "\n") + "\n\n")
        #expect(try CIFAR10BinaryLoader.classNames(metaFile: good) == names)
        let bad = try fixtures.write("short.meta.txt", text: "a\nb\n")
        let error = try #require(throws: DataError.self) { try CIFAR10BinaryLoader.classNames(metaFile: bad) }
        #expect(error.description == "\(bad): class name lines is 2 names; expected 10 names, one a line")
    }
}
