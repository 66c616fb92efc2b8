import Platform
import Testing

@testable import Engine

@Suite struct TarArchiveTests {
    @Test func readsUstarMembersInOrder() throws {
        let archive = try TarArchive(bytes: DataFixtures.tar([
            ("./a/one.txt", Array("hello".utf8)), ("b/two.bin", DataFixtures.bytes(1500, seed: 1)),
        ]), path: "mem.tar")
        #expect(archive.entries.map(\.name) == ["a/one.txt", "b/two.bin"])
        #expect(Array(archive.contents(of: archive.entries[0])) == Array("hello".utf8))
        #expect(Array(archive.contents(of: archive.entries[1])) == DataFixtures.bytes(1500, seed: 1))
    }

    @Test(arguments: ["gnu", "pax", "ustar"]) func readsWhatTheTarCommandWrote(format: String) throws {
        let fixtures = try DataFixtures()
        defer { fixtures.remove() }
        let longDirectory = "tree/" + String(repeating: "d", count: 90) + "/" + String(repeating: "e", count: 30)
        try fixtures.write(longDirectory + "/file.dat", DataFixtures.bytes(700, seed: 2))
        try fixtures.write("tree/empty", [])
        try #require(try fixtures.run(["tar", "--format=\(format)", "-czf", "tree.tar.gz", "tree"]) == 0)
        let archive = try TarArchive(contentsOf: fixtures.path("tree.tar.gz"))
        let names = archive.entries.map(\.name).sorted()
        #expect(names == [longDirectory + "/file.dat", "tree/empty"])
        let entry = try #require(archive.entries.first { $0.name.hasSuffix("file.dat") })
        #expect(Array(archive.contents(of: entry)) == DataFixtures.bytes(700, seed: 2))
    }

    @Test func badChecksumNamesTheOffset() throws {
        var bytes = DataFixtures.tar([("x.txt", [1, 2, 3])])
        bytes[10] = 65
        let error = try #require(throws: DataError.self) { try TarArchive(bytes: bytes, path: "bad.tar") }
        #expect(error.description.hasPrefix("bad.tar: tar header checksum at offset 148 is"))
    }

    @Test func truncatedMemberNamesTheMember() throws {
        let bytes = Array(DataFixtures.tar([("big.bin", DataFixtures.bytes(2000, seed: 3))]).prefix(1000))
        let error = try #require(throws: DataError.self) { try TarArchive(bytes: bytes, path: "cut.tar") }
        #expect(error == .truncated(path: "cut.tar", field: "contents of tar member \"big.bin\"",
                                    offset: 512, needed: 2000, fileSize: 1000))
    }

    @Test func partialHeaderBlock() throws {
        let bytes = DataFixtures.tar([("a", [1])])
        let error = try #require(throws: DataError.self) { try TarArchive(bytes: Array(bytes.prefix(1024 + 100)) + [7], path: "p.tar") }
        #expect(error.description.contains("tar header block"))
        _ = try TarArchive(bytes: Array(bytes.prefix(1024)), path: "no-end-marker.tar")
    }
}
