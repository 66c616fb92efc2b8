extension DataSource {
    /// What a spec string names; see `DataSource` for the spec forms.
    public enum Kind: Sendable, Hashable {
        case fashionMNIST(directory: String)
        /// `name` is `mnist` (classes are the digits) or `idx` (classes from the labels).
        case idx(directory: String, name: String)
        /// Binary batches or image folders, in a directory or a tar archive.
        case cifar10(path: String)
        case imageFolder(path: String)
        /// Without a test table, 20 % of the training rows are held out.
        case csv(training: String, test: String?)
    }
}
