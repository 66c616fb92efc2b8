/// Why a string is not an NB201 architecture string, and where.
public struct NB201ArchStringError: Error, Hashable, Sendable, CustomStringConvertible {
    public var archString: String
    /// Offset of the offending character, in UTF-8 bytes from the start (0-based).
    public var offset: Int
    public var reason: String

    public init(archString: String, offset: Int, reason: String) {
        self.archString = archString
        self.offset = offset
        self.reason = reason
    }

    public var description: String {
        "invalid NB201 arch string \"\(archString)\" at offset \(offset): \(reason)"
    }
}

extension NB201Cell {
    /// The architecture string of NB201 (Dong & Yang, ICLR 2020; xautodl `Structure.tostr`):
    /// one `|op~i|…|` group per node 1…3 listing its incoming edges by source `i` in increasing
    /// order, groups joined by `+`, e.g. `|nor_conv_3x3~0|+|none~0|skip_connect~1|+|…~0|…~1|…~2|`.
    public var archString: String {
        (1..<Self.nodeCount).map { node in
            "|" + (0..<node).map { "\(self[to: node, from: $0].rawValue)~\($0)|" }.joined()
        }.joined(separator: "+")
    }

    /// Parses an architecture string in exactly the form `archString` prints.
    /// - Throws: `NB201ArchStringError` naming the offset and what was expected there.
    /// - Complexity: O(length of `archString`).
    public init(archString: String) throws(NB201ArchStringError) {
        var scanner = ArchStringScanner(text: archString)
        var operations: [NB201Operation] = []
        for node in 1..<Self.nodeCount {
            if node > 1 { try scanner.expect("+", "to end node \(node - 1) (it has exactly \(node - 1) edge(s))") }
            try scanner.expect("|", "to open node \(node)")
            for source in 0..<node {
                if scanner.atEnd || scanner.peek == "+" {
                    throw scanner.error("node \(node) has \(source) edge(s), expected \(node)")
                }
                operations.append(try scanner.operation())
                try scanner.expect("~", "between the operation and the source node")
                let start = scanner.offset
                let digits = scanner.digits()
                guard digits == String(source) else {
                    throw scanner.error(
                        "edge \(source + 1) of node \(node) must read node \(source), found \"~\(digits)\"", at: start)
                }
                try scanner.expect("|", "after edge \(node)←\(source)")
            }
        }
        guard scanner.atEnd else {
            throw scanner.error(scanner.peek == "+" ? "more than three nodes" : "unexpected text after node 3")
        }
        self.init(operations)
    }
}

private struct ArchStringScanner {
    let text: String
    let bytes: [UInt8]
    var offset = 0

    init(text: String) {
        self.text = text
        self.bytes = Array(text.utf8)
    }

    var atEnd: Bool { offset >= bytes.count }
    var peek: Character? { atEnd ? nil : Character(Unicode.Scalar(bytes[offset])) }

    func error(_ reason: String, at position: Int? = nil) -> NB201ArchStringError {
        NB201ArchStringError(archString: text, offset: position ?? offset, reason: reason)
    }

    private var found: String {
        atEnd ? "end of string" : "\"\(String(decoding: bytes[offset...].prefix(12), as: UTF8.self))\""
    }

    mutating func expect(_ symbol: Character, _ context: String) throws(NB201ArchStringError) {
        guard peek == symbol else { throw error("expected \"\(symbol)\" \(context), found \(found)") }
        offset += 1
    }

    mutating func operation() throws(NB201ArchStringError) -> NB201Operation {
        let start = offset
        while let c = peek, c != "~", c != "|", c != "+" { offset += 1 }
        let name = String(decoding: bytes[start..<offset], as: UTF8.self)
        guard !name.isEmpty else { throw error("expected an operation name, found \(found)") }
        guard let op = NB201Operation(rawValue: name) else {
            let names = NB201Operation.allCases.map(\.rawValue).joined(separator: ", ")
            throw error("unknown operation \"\(name)\"; expected one of \(names)", at: start)
        }
        return op
    }

    mutating func digits() -> String {
        let start = offset
        while let c = peek, c.isASCII, c.isNumber { offset += 1 }
        return String(decoding: bytes[start..<offset], as: UTF8.self)
    }
}
