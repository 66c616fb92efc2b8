/// Survivors of a generation, with the scores that decide tournaments between them.
public struct Survivors: Codable, Sendable, Hashable {
    /// Indices into the table survival chose from.
    public var indices: [Int]
    /// Front index of each survivor.
    public var rank: [Int]
    /// Crowding of each survivor (larger wins a tournament between non-dominated rivals); infinite
    /// values are stored as `Double.greatestFiniteMagnitude` so the scores encode as JSON.
    public var crowding: [Double]

    public init(indices: [Int] = [], rank: [Int] = [], crowding: [Double] = []) {
        self.indices = indices
        self.rank = rank
        self.crowding = crowding
    }

    mutating func append(_ index: Int, rank r: Int, crowding c: Double) {
        indices.append(index)
        rank.append(r)
        crowding.append(min(c, .greatestFiniteMagnitude))
    }
}
