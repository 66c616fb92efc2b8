import Platform
import Testing

@testable import Engine

@Suite struct ImageFolderLoaderTests {
    /// `cat/` with two PNGs, `dog/` with a JPEG and a PNG, plus files that must be ignored.
    private func writeTree(_ fixtures: DataFixtures, under root: String) throws -> [DecodedImage] {
        let images = (0..<3).map { DataFixtures.image(width: 5, height: 4, channels: 3, seed: UInt64($0)) }
        try fixtures.write("\(root)/cat/b.png", PNGEncoder.encode(images[1]))
        try fixtures.write("\(root)/cat/a.png", PNGEncoder.encode(images[0]))
        try fixtures.write("\(root)/dog/x.JPG", JPEGEncoder.encode(DataFixtures.flat(width: 5, height: 4, channels: 3, value: 128)))
        try fixtures.write("\(root)/dog/y.png", PNGEncoder.encode(images[2]))
        try fixtures.write("\(root)/dog/notes.txt", text: "ignored")
        try fixtures.write("\(root)/.hidden/z.png", PNGEncoder.encode(images[0]))
        return images
    }

    private func planar(_ image: DecodedImage) -> [Float] {
        (0..<image.channels).flatMap { c in
            stride(from: c, to: image.pixels.count, by: image.channels).map { Float(image.pixels[$0]) / 255 }
        }
    }

    @Test func loadsSortedClassesAndFilesFromDisk() throws {
        let fixtures = try DataFixtures()
        defer { fixtures.remove() }
        let images = try writeTree(fixtures, under: "train")
        let data = try ImageFolderLoader.load(directory: fixtures.path("train"), name: "pets", threads: 2)
        #expect(data.classNames == ["cat", "dog"])
        #expect(data.labels == [0, 0, 1, 1])
        #expect(data.itemShape == [3, 4, 5])
        #expect(Array(data.features[0..<60]) == planar(images[0]))
        #expect(Array(data.features[60..<120]) == planar(images[1]))
        #expect(data.features[120..<180].allSatisfy { abs($0 - 128 / 255) < 0.01 })
        #expect(Array(data.features[180..<240]) == planar(images[2]))
    }

    @Test func archiveGivesTheSameDatasetAsTheDirectory() throws {
        let fixtures = try DataFixtures()
        defer { fixtures.remove() }
        _ = try writeTree(fixtures, under: "root/train")
        try #require(try fixtures.run(["tar", "-czf", "tree.tar.gz", "root"]) == 0)
        let fromDisk = try ImageFolderLoader.load(directory: fixtures.path("root/train"), name: "pets")
        let archive = try TarArchive(contentsOf: fixtures.path("tree.tar.gz"))
        let fromArchive = try ImageFolderLoader.load(archive: archive, root: "root/train", name: "pets", threads: 3)
        #expect(fromArchive.labels == fromDisk.labels)
        #expect(fromArchive.features == fromDisk.features)
        #expect(fromArchive.classNames == fromDisk.classNames)
    }

    @Test func mixedSizesNameTheOddFileAndTheReference() throws {
        let fixtures = try DataFixtures()
        defer { fixtures.remove() }
        try fixtures.write("set/a/1.png", PNGEncoder.encode(DataFixtures.image(width: 8, height: 8, channels: 3, seed: 1)))
        for i in 2..<200 {
            let size = i == 150 ? 9 : 8
            try fixtures.write("set/a/\(i).png", PNGEncoder.encode(DataFixtures.image(width: size, height: 8, channels: 3, seed: 2)))
        }
        let error = try #require(throws: DataError.self) {
            try ImageFolderLoader.load(directory: fixtures.path("set"), name: "x", threads: 4)
        }
        #expect(error.description == "\(fixtures.path("set/a/150.png")): image size is 9x8 with 3 channels; "
            + "expected 8x8 with 3 channels like \(fixtures.path("set/a/1.png")), as all images must share one size")
    }

    @Test func mixedChannelCountsAreAnError() throws {
        let fixtures = try DataFixtures()
        defer { fixtures.remove() }
        try fixtures.write("set/a/1.png", PNGEncoder.encode(DataFixtures.image(width: 4, height: 4, channels: 3, seed: 1)))
        try fixtures.write("set/b/1.png", PNGEncoder.encode(DataFixtures.image(width: 4, height: 4, channels: 1, seed: 1)))
        let error = try #require(throws: DataError.self) { try ImageFolderLoader.load(directory: fixtures.path("set"), name: "x") }
        #expect(error.description.hasPrefix("\(fixtures.path("set/b/1.png")): image size is 4x4 with 1 channel;"))
    }

    @Test func undecodableAndUnknownFilesNameTheFile() throws {
        let fixtures = try DataFixtures()
        defer { fixtures.remove() }
        let jpeg = try JPEGEncoder.encode(DataFixtures.flat(width: 16, height: 16, channels: 3, value: 9))
        try fixtures.write("broken/a/1.jpg", Array(jpeg.prefix(jpeg.count / 2)))
        let broken = try #require(throws: DataError.self) { try ImageFolderLoader.load(directory: fixtures.path("broken"), name: "x") }
        #expect(broken.description.hasPrefix("\(fixtures.path("broken/a/1.jpg")): image data is undecodable (jpeg decode failed"))
        #expect(broken.description.hasSuffix("expected a valid JPEG image"))

        try fixtures.write("gif/a/1.png", Array("GIF89a....".utf8))
        let unknown = try #require(throws: DataError.self) { try ImageFolderLoader.load(directory: fixtures.path("gif"), name: "x") }
        #expect(unknown.description.hasPrefix("\(fixtures.path("gif/a/1.png")): file signature is bytes \"47 49 46 38\""))
    }

    @Test func emptyTreeAndUnknownTestClass() throws {
        let fixtures = try DataFixtures()
        defer { fixtures.remove() }
        try fixtures.write("empty/a/readme.txt", text: "no images")
        let empty = try #require(throws: DataError.self) { try ImageFolderLoader.load(directory: fixtures.path("empty"), name: "x") }
        #expect(empty == .notFound(path: fixtures.path("empty"), expected: "class subdirectories holding .jpg, .jpeg or .png images"))

        try fixtures.write("test/zebra/1.png", PNGEncoder.encode(DataFixtures.image(width: 2, height: 2, channels: 1, seed: 1)))
        let unknown = try #require(throws: DataError.self) {
            try ImageFolderLoader.load(directory: fixtures.path("test"), name: "x", classNames: ["cat", "dog"])
        }
        #expect(unknown.description.contains("class directory \"zebra\" is a class the training split lacks; expected one of cat, dog"))
    }
}
