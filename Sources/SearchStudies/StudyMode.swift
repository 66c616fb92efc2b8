/// How a run treats the store it is given.
public enum StudyMode: String, Sendable, CaseIterable {
    /// A new study; the store must not hold one yet.
    case start
    /// Continue the study in the store from its last snapshot; the store must hold it.
    case resume
    /// Start the study if the store holds none, otherwise continue it; how several processes
    /// share one study.
    case join
}
