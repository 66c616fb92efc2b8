import Foundation
import GRDB

/// Typed reads of one row's columns; a value of the wrong form is a `StudyError.corruptRecord`
/// naming the file, table, row and column.
struct RowFields {
    let row: Row
    let table: String
    let rowName: String
    let path: String

    /// How an error names the row: the key column's text (or its SQL literal if not text).
    static func name(_ row: Row, keyColumn: String) -> String {
        let value = row[keyColumn] as DatabaseValue
        return String.fromDatabaseValue(value) ?? value.description
    }

    func corrupt(_ column: String, expected: String) -> StudyError {
        .corruptRecord(path: path, table: table, row: rowName, column: column, expected: expected)
    }

    /// The column's value converted to `T`; nil for SQL NULL; an error for any other type.
    func optional<T: DatabaseValueConvertible>(_ column: String, _ type: T.Type, expected: String) throws -> T? {
        let value = row[column] as DatabaseValue
        if value.isNull { return nil }
        guard let converted = T.fromDatabaseValue(value) else { throw corrupt(column, expected: expected) }
        return converted
    }

    func required<T: DatabaseValueConvertible>(_ column: String, _ type: T.Type, expected: String) throws -> T {
        guard let value = try optional(column, type, expected: expected) else {
            throw corrupt(column, expected: expected)
        }
        return value
    }

    func text(_ column: String) throws -> String { try required(column, String.self, expected: "text") }

    func integer(_ column: String) throws -> Int { try required(column, Int.self, expected: "an integer") }

    func optionalReal(_ column: String) throws -> Double? {
        try optional(column, Double.self, expected: "a real number or NULL")
    }

    func date(_ column: String) throws -> Date {
        Date(timeIntervalSince1970: try required(column, Double.self, expected: "seconds since 1970 as a real number"))
    }

    func optionalDate(_ column: String) throws -> Date? {
        try optional(column, Double.self, expected: "seconds since 1970 as a real number or NULL")
            .map(Date.init(timeIntervalSince1970:))
    }

    func parsed<T>(_ column: String, expected: String, _ parse: (String) -> T?) throws -> T {
        guard let value = parse(try text(column)) else { throw corrupt(column, expected: expected) }
        return value
    }

    func json<T: Decodable>(_ column: String, as type: T.Type, expected: String) throws -> T {
        do {
            return try StoredJSON.value(type, from: try text(column))
        } catch {
            throw corrupt(column, expected: expected)
        }
    }
}
