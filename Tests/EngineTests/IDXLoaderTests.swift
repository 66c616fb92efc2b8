import Platform
import Testing

@testable import Engine

@Suite struct IDXLoaderTests {
    let pixels = DataFixtures.bytes(3 * 4 * 5, seed: 11)

    @Test func loadsPlainAndGzippedFiles() throws {
        let fixtures = try DataFixtures()
        defer { fixtures.remove() }
        let images = try fixtures.write("images", DataFixtures.idxImages(pixels, count: 3, rows: 4, columns: 5))
        let labels = try fixtures.write("labels.gz", Gzip.compress(DataFixtures.idxLabels([2, 0, 9])))
        let data = try IDXLoader.load(images: images, labels: labels, name: "tiny",
                                      classNames: IDXLoader.fashionMNISTClassNames)
        #expect(data.count == 3)
        #expect(data.itemShape == [1, 4, 5])
        #expect(data.labels == [2, 0, 9])
        #expect(data.classNames[9] == "Ankle boot")
        #expect(data.features == pixels.map { Float($0) / 255 })

        let derived = try IDXLoader.load(images: images, labels: labels, name: "tiny")
        #expect(derived.classNames == (0...9).map(String.init))
    }

    private func error(images: [UInt8], labels: [UInt8]) throws -> (DataError, DataFixtures) {
        let fixtures = try DataFixtures()
        let imagePath = try fixtures.write("train-images-idx3-ubyte", images)
        let labelPath = try fixtures.write("train-labels-idx1-ubyte", labels)
        let error = try #require(throws: DataError.self) {
            try IDXLoader.load(images: imagePath, labels: labelPath, name: "bad", classNames: IDXLoader.digitClassNames)
        }
        return (error, fixtures)
    }

    @Test func badMagicNamesFileFieldAndExpectedValue() throws {
        var images = DataFixtures.idxImages(pixels, count: 3, rows: 4, columns: 5)
        images[3] = 1
        let (error, fixtures) = try error(images: images, labels: DataFixtures.idxLabels([1, 2, 3]))
        defer { fixtures.remove() }
        let message = error.description
        #expect(message.contains(fixtures.path("train-images-idx3-ubyte")))
        #expect(message.contains("magic number at offset 0 is 0x00000801"))
        #expect(message.contains("expected 0x00000803"))
    }

    @Test func truncatedImagesNameTheDataAndSizes() throws {
        let images = Array(DataFixtures.idxImages(pixels, count: 3, rows: 4, columns: 5).dropLast(7))
        let (error, fixtures) = try error(images: images, labels: DataFixtures.idxLabels([1, 2, 3]))
        defer { fixtures.remove() }
        #expect(error == .truncated(path: fixtures.path("train-images-idx3-ubyte"), field: "image data (3 × 20 bytes)",
                                    offset: 16, needed: 60, fileSize: 69))
        #expect(error.description.contains("truncated"))
    }

    @Test func truncatedHeader() throws {
        let (error, fixtures) = try error(images: [0, 0, 8], labels: DataFixtures.idxLabels([1]))
        defer { fixtures.remove() }
        #expect(error.description.contains("magic number needs 4 bytes from offset 0"))
    }

    @Test func countMismatchNamesBothFiles() throws {
        let images = DataFixtures.idxImages(pixels, count: 3, rows: 4, columns: 5)
        let (error, fixtures) = try error(images: images, labels: DataFixtures.idxLabels([1, 2]))
        defer { fixtures.remove() }
        let message = error.description
        #expect(message.hasPrefix(fixtures.path("train-labels-idx1-ubyte") + ": label count at offset 4 is 2"))
        #expect(message.contains("expected 3, the image count in \(fixtures.path("train-images-idx3-ubyte"))"))
    }

    @Test func labelOutOfRangeNamesItemAndOffset() throws {
        let images = DataFixtures.idxImages(pixels, count: 3, rows: 4, columns: 5)
        let (error, fixtures) = try error(images: images, labels: DataFixtures.idxLabels([1, 12, 3]))
        defer { fixtures.remove() }
        #expect(error.description.contains("label of item 1 at offset 9 is 12; expected a class index from 0 to 9"))
    }

    @Test func trailingBytesAreAnError() throws {
        let images = DataFixtures.idxImages(pixels, count: 3, rows: 4, columns: 5) + [0]
        let (error, fixtures) = try error(images: images, labels: DataFixtures.idxLabels([1, 2, 3]))
        defer { fixtures.remove() }
        #expect(error.description.contains("file size is 77 bytes; expected 76 bytes"))
    }

    @Test func corruptGzipNamesTheFile() throws {
        let fixtures = try DataFixtures()
        defer { fixtures.remove() }
        let compressed = try Gzip.compress(DataFixtures.idxImages(pixels, count: 3, rows: 4, columns: 5))
        let images = try fixtures.write("images.gz", Array(compressed.prefix(20)))
        let labels = try fixtures.write("labels", DataFixtures.idxLabels([1, 2, 3]))
        let error = try #require(throws: DataError.self) { try IDXLoader.load(images: images, labels: labels, name: "x") }
        #expect(error.description.hasPrefix(images + ": gzip stream is invalid"))
    }

    @Test func missingFile() throws {
        let error = try #require(throws: DataError.self) {
            try IDXLoader.load(images: "/nonexistent/images", labels: "/nonexistent/labels", name: "x")
        }
        #expect(error == .notFound(path: "/nonexistent/images", expected: "a file"))
    }
}
