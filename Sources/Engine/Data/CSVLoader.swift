/// Loads a table from CSV: a header row, one label column, every other column a numeric feature.
///
/// Items are `[F, 1, 1]` for `F` feature columns, values as written (not rescaled). Labels that are
/// all non-negative integers are class indices and the classes are `"0"` up to the largest label;
/// otherwise each distinct label string is a class, the classes sorted by their UTF-8 bytes.
public enum CSVLoader {
    public static func load(path: String, labelColumn: String = "label") throws(DataError) -> Dataset {
        let table = try CSVTable(path: path, bytes: DataFile.readInflating(path))
        let labels = try labelValues(table, labelColumn)
        let classes = classNames(labels)
        return try dataset(table, labelColumn: labelColumn, classes: classes, featureColumns: nil)
    }

    /// A training and a test table with the same columns (in any order); test labels must be
    /// classes of the training table, or integers when the classes are integers.
    public static func load(
        training trainingPath: String, test testPath: String, labelColumn: String = "label"
    ) throws(DataError) -> (training: Dataset, test: Dataset) {
        let training = try CSVTable(path: trainingPath, bytes: DataFile.readInflating(trainingPath))
        let test = try CSVTable(path: testPath, bytes: DataFile.readInflating(testPath))
        let trainingLabels = try labelValues(training, labelColumn)
        let testLabels = try labelValues(test, labelColumn)
        let classes = if let integers = integerLabels(trainingLabels + testLabels) {
            (0...(integers.max() ?? 0)).map(String.init)
        } else {
            classNames(trainingLabels)
        }
        let columns = training.header.filter { $0 != labelColumn }
        return (try dataset(training, labelColumn: labelColumn, classes: classes, featureColumns: columns),
                try dataset(test, labelColumn: labelColumn, classes: classes, featureColumns: columns))
    }

    private static func labelValues(_ table: CSVTable, _ labelColumn: String) throws(DataError) -> [String] {
        guard let column = table.header.firstIndex(of: labelColumn) else {
            throw DataError.malformed(
                path: table.path, field: "header (line 1)",
                found: "columns \(table.header.map { "\"\($0)\"" }.joined(separator: ", "))",
                expected: "a label column named \"\(labelColumn)\"")
        }
        return table.rows.map { $0.fields[column] }
    }

    private static func integerLabels(_ labels: [String]) -> [Int]? {
        let values = labels.compactMap { Int($0) }.filter { $0 >= 0 && $0 < 1 << 20 }
        return values.count == labels.count ? values : nil
    }

    private static func classNames(_ labels: [String]) -> [String] {
        if let integers = integerLabels(labels) { return (0...(integers.max() ?? 0)).map(String.init) }
        return Set(labels).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
    }

    private static func summary(_ classes: [String]) -> String {
        let shown = classes.prefix(10).joined(separator: ", ")
        return classes.count > 10 ? shown + ", … (\(classes.count) in all)" : shown
    }

    /// The table's items, with features in the order of `featureColumns` (the table's own order when nil).
    private static func dataset(
        _ table: CSVTable, labelColumn: String, classes: [String], featureColumns: [String]?
    ) throws(DataError) -> Dataset {
        let labelIndex = table.header.firstIndex(of: labelColumn)!
        let columns = featureColumns ?? table.header.filter { $0 != labelColumn }
        var order: [Int] = []
        for name in columns {
            guard let index = table.header.firstIndex(of: name) else {
                throw DataError.malformed(path: table.path, field: "header (line 1)", found: "no column \"\(name)\"",
                                          expected: "the same columns as the training table")
            }
            order.append(index)
        }
        if table.header.count != columns.count + 1 {
            throw DataError.malformed(path: table.path, field: "header (line 1)", found: "\(table.header.count) columns",
                                      expected: "\(columns.count + 1) columns, as in the training table")
        }
        let classIndex = Dictionary(classes.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        var features: [Float] = []
        features.reserveCapacity(table.rows.count * columns.count)
        var labels: [Int32] = []
        for (line, fields) in table.rows {
            let text = fields[labelIndex]
            guard let label = classIndex[text] ?? Int(text).flatMap({ classIndex[String($0)] }) else {
                throw DataError.malformed(
                    path: table.path, field: "line \(line), column \"\(labelColumn)\"", found: "\"\(text)\"",
                    expected: "one of the classes \(summary(classes))")
            }
            labels.append(Int32(label))
            for (name, index) in zip(columns, order) {
                guard let value = Float(fields[index]), value.isFinite else {
                    throw DataError.malformed(
                        path: table.path, field: "line \(line), column \"\(name)\"", found: "\"\(fields[index])\"",
                        expected: "a finite decimal number")
                }
                features.append(value)
            }
        }
        return Dataset(name: table.path, itemShape: [columns.count, 1, 1], features: features,
                       labels: labels, classNames: classes)
    }
}
