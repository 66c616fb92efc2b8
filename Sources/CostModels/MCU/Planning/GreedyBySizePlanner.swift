/// TensorFlow Lite Micro's greedy-by-size memory planner, the baseline every plan is compared with.
///
/// `GreedyMemoryPlanner` (tensorflow/tflite-micro, `memory_planner/greedy_memory_planner.cc`)
/// sorts the buffers by size, largest first, and places each at the lowest offset that does not
/// overlap a placed buffer live at a common step (`FirstFitPlacement`). Its sort is a stable
/// descending sort of the buffers listed from the last added to the first, so buffers of equal
/// size go in reverse order of addition; this planner does the same so offsets match TFLM's.
/// - Complexity: O(n²) for n buffers.
public enum GreedyBySizePlanner {
    public static func plan(_ requests: [BufferRequest]) -> MemoryPlan {
        let order = requests.indices.sorted {
            requests[$0].sizeBytes != requests[$1].sizeBytes ? requests[$0].sizeBytes > requests[$1].sizeBytes : $0 > $1
        }
        return MemoryPlan(requests: requests, offsets: FirstFitPlacement.offsets(requests, order: order),
                          strategy: "tflm-greedy-by-size")
    }
}
