/// Tensors merged into shared buffers while `ArenaLayout` walks an execution order.
struct TensorGroups {
    private var names: [String] = []
    private var sizes: [Int] = []
    private var firsts: [Int] = []
    private var lasts: [Int] = []
    private var members: [[Int]] = []
    private(set) var bufferOfTensor: [Int: Int] = [:]

    func contains(_ tensor: Int) -> Bool { bufferOfTensor[tensor] != nil }
    func lastStep(of tensor: Int) -> Int? { bufferOfTensor[tensor].map { lasts[$0] } }
    func size(of tensor: Int) -> Int { bufferOfTensor[tensor].map { sizes[$0] } ?? 0 }
    /// Whether `tensor` is in the same buffer as `other`.
    func holds(_ tensor: Int, with other: Int) -> Bool {
        guard let b = bufferOfTensor[other] else { return false }
        return members[b].contains(tensor)
    }

    mutating func open(tensor: Int, name: String, size: Int, first: Int, last: Int) {
        bufferOfTensor[tensor] = names.count
        names.append(name)
        sizes.append(size)
        firsts.append(first)
        lasts.append(last)
        members.append([tensor])
    }

    mutating func join(tensor: Int, to source: Int, size: Int, last: Int) {
        let b = bufferOfTensor[source]!
        bufferOfTensor[tensor] = b
        sizes[b] = max(sizes[b], size)
        lasts[b] = max(lasts[b], last)
        members[b].append(tensor)
    }

    func requests(aligned: (Int) -> Int) -> [BufferRequest] {
        names.indices.map { BufferRequest(name: names[$0], sizeBytes: aligned(sizes[$0]), firstStep: firsts[$0], lastStep: lasts[$0]) }
    }
}
