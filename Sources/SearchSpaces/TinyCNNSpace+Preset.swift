import NetworkIR

extension TinyCNNSpace {
    /// The task a `TinyCNNSpace` is for: input, classes, and the fixed stem convolution.
    public struct Preset: Hashable, Sendable {
        /// The space's name in genome JSON.
        public var name: String
        public var input: TensorShape
        public var classes: Int
        public var stemKernel: Size2
        public var stemStride: Size2

        public init(name: String, input: TensorShape, classes: Int, stemKernel: Size2, stemStride: Size2) {
            self.name = name
            self.input = input
            self.classes = classes
            self.stemKernel = stemKernel
            self.stemStride = stemStride
        }

        /// Fashion-MNIST (Xiao et al., 2017): 1x28x28 images, 10 classes; a 3x3 stride-2 stem
        /// halves the map to 14x14 so that four full-width blocks stay within microcontroller
        /// budgets.
        public static let fashionMNIST = Preset(
            name: "tinycnn-28", input: TensorShape(channels: 1, height: 28, width: 28), classes: 10,
            stemKernel: 3, stemStride: 2)

        /// Keyword spotting on Speech Commands (Warden, 2018) as in "Hello Edge" (Zhang et al.,
        /// 2017) and MLPerf Tiny (Banbury et al., 2021): 49 frames x 10 MFCC features, 12
        /// classes, and DS-CNN's 10x4 stride-2 stem, which gives a 25x5 map (`SAME` padding).
        public static let keywordSpotting = Preset(
            name: "dscnn-49x10", input: TensorShape(channels: 1, height: 49, width: 10), classes: 12,
            stemKernel: Size2(10, 4), stemStride: 2)
    }
}
