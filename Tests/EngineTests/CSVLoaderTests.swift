import Platform
import Testing

@testable import Engine

@Suite struct CSVLoaderTests {
    @Test func integerLabelsAreClassIndices() throws {
        let fixtures = try DataFixtures()
        defer { fixtures.remove() }
        let path = try fixtures.write("t.csv", text: "x, label ,y\r\n1.5,2,-3\r\n\r\n0, 0 ,1e2\r\n")
        let data = try CSVLoader.load(path: path)
        #expect(data.itemShape == [2, 1, 1])
        #expect(data.features == [1.5, -3, 0, 100])
        #expect(data.labels == [2, 0])
        #expect(data.classNames == ["0", "1", "2"])
    }

    @Test func stringLabelsAndQuotedFields() throws {
        let fixtures = try DataFixtures()
        defer { fixtures.remove() }
        let text = "sepal,\"petal \"\"w\"\"\",species\n5.1,0.2,setosa\n\"6.0\",1.8,\"virginica, tall\"\n5.9,1.5,versicolor\n"
        let path = try fixtures.write("iris.csv", text: text)
        let data = try CSVLoader.load(path: path, labelColumn: "species")
        #expect(data.classNames == ["setosa", "versicolor", "virginica, tall"])
        #expect(data.labels == [0, 2, 1])
        #expect(data.features == [5.1, 0.2, 6.0, 1.8, 5.9, 1.5])
    }

    @Test func badNumberNamesFileLineAndColumn() throws {
        let fixtures = try DataFixtures()
        defer { fixtures.remove() }
        let path = try fixtures.write("bad.csv", text: "a,b,label\n1,2,0\n3,abc,1\n")
        let error = try #require(throws: DataError.self) { try CSVLoader.load(path: path) }
        #expect(error == .malformed(path: path, field: "line 3, column \"b\"", found: "\"abc\"", expected: "a finite decimal number"))
        #expect(error.description == "\(path): line 3, column \"b\" is \"abc\"; expected a finite decimal number")
    }

    @Test func structuralErrorsNameTheLine() throws {
        let fixtures = try DataFixtures()
        defer { fixtures.remove() }
        let short = try fixtures.write("short.csv", text: "a,b,label\n1,2,0\n\n3,1\n")
        #expect(throws: DataError.malformed(path: short, field: "line 4", found: "2 fields", expected: "3 fields, as in the header")) {
            try CSVLoader.load(path: short)
        }
        let noLabel = try fixtures.write("nolabel.csv", text: "a,b\n1,2\n")
        let missing = try #require(throws: DataError.self) { try CSVLoader.load(path: noLabel) }
        #expect(missing.description == "\(noLabel): header (line 1) is columns \"a\", \"b\"; expected a label column named \"label\"")
        let open = try fixtures.write("open.csv", text: "a,label\n\"1,0\n")
        #expect(try #require(throws: DataError.self) { try CSVLoader.load(path: open) }.description.contains("line 2 is a quoted field never closed"))
        let after = try fixtures.write("after.csv", text: "a,label\n\"1\"x,0\n")
        #expect(try #require(throws: DataError.self) { try CSVLoader.load(path: after) }.description.contains("text after a closing quote"))
        let empty = try fixtures.write("empty.csv", text: "\n\n")
        #expect(try #require(throws: DataError.self) { try CSVLoader.load(path: empty) }.description.contains("line 1 is an empty file"))
    }

    @Test func testTableFollowsTrainingColumnsAndClasses() throws {
        let fixtures = try DataFixtures()
        defer { fixtures.remove() }
        let training = try fixtures.write("train.csv", text: "a,b,label\n1,2,cat\n3,4,dog\n")
        let test = try fixtures.write("test.csv", text: "label,b,a\ndog,20,10\n")
        let (trainingSet, testSet) = try CSVLoader.load(training: training, test: test)
        #expect(trainingSet.classNames == ["cat", "dog"])
        #expect(testSet.classNames == ["cat", "dog"])
        #expect(testSet.features == [10, 20])
        #expect(testSet.labels == [1])

        let unknown = try fixtures.write("unknown.csv", text: "a,b,label\n1,2,cow\n")
        let error = try #require(throws: DataError.self) { try CSVLoader.load(training: training, test: unknown) }
        #expect(error.description == "\(unknown): line 2, column \"label\" is \"cow\"; expected one of the classes cat, dog")

        let columns = try fixtures.write("columns.csv", text: "a,c,label\n1,2,cat\n")
        let columnError = try #require(throws: DataError.self) { try CSVLoader.load(training: training, test: columns) }
        #expect(columnError.description == "\(columns): header (line 1) is no column \"b\"; expected the same columns as the training table")
    }

    @Test func integerClassesCoverBothTables() throws {
        let fixtures = try DataFixtures()
        defer { fixtures.remove() }
        let training = try fixtures.write("train.csv.gz", Gzip.compress(Array("v,label\n1,0\n2,1\n".utf8)))
        let test = try fixtures.write("test.csv", text: "v,label\n3,4\n")
        let (trainingSet, testSet) = try CSVLoader.load(training: training, test: test)
        #expect(trainingSet.classNames == ["0", "1", "2", "3", "4"])
        #expect(testSet.labels == [4])
    }
}
