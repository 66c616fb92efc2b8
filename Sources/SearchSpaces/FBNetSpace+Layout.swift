extension FBNetSpace {
    /// The fixed macro-architecture around the searchable layers: stem, stages, head.
    ///
    /// Both presets follow HW-NAS-Bench (Li et al., ICLR 2021), `FBNet_Infer` in
    /// `hw_nas_bench_api/fbnet_models/model_infer.py` and `fbnet_get_metrics` in
    /// `hw_nas_bench_api/hw_nas_bench_api.py`, which keep FBNet's stage widths and depths (Wu et
    /// al., CVPR 2019, Table 1) and, for 32x32 CIFAR-100 inputs, drop the stride of the stem and
    /// of the 24-channel stage and narrow the head from 1984 to 1504 channels.
    public struct Layout: Hashable, Sendable {
        /// One run of searchable layers of equal width; only the first carries the stride.
        public struct Stage: Hashable, Sendable {
            public var channels: Int
            public var depth: Int
            public var stride: Int

            public init(channels: Int, depth: Int, stride: Int) {
                self.channels = channels
                self.depth = depth
                self.stride = stride
            }
        }

        /// Height and width of the square RGB input.
        public var inputSizePixels: Int
        public var classes: Int
        /// Width of the 3x3 stem convolution (with BN and ReLU).
        public var stemChannels: Int
        public var stemStride: Int
        public var stages: [Stage]
        /// Width of the 1x1 head convolution (with BN and ReLU) before global pooling.
        public var headChannels: Int

        public init(
            inputSizePixels: Int, classes: Int, stemChannels: Int, stemStride: Int, stages: [Stage], headChannels: Int
        ) {
            self.inputSizePixels = inputSizePixels
            self.classes = classes
            self.stemChannels = stemChannels
            self.stemStride = stemStride
            self.stages = stages
            self.headChannels = headChannels
        }

        /// The number of searchable layers.
        public var layerCount: Int { stages.reduce(0) { $0 + $1.depth } }

        /// HW-NAS-Bench's CIFAR-100 setting: 32x32 input, stem stride 1, stage strides
        /// 1, 1, 2, 2, 1, 2, 1, head 1504, 100 classes.
        public static let cifar100 = Layout(
            inputSizePixels: 32, classes: 100, stemChannels: 16, stemStride: 1,
            stages: stages(strides: [1, 1, 2, 2, 1, 2, 1]), headChannels: 1504)

        /// FBNet's ImageNet setting (also HW-NAS-Bench's): 224x224 input, stem stride 2, stage
        /// strides 1, 2, 2, 2, 1, 2, 1, head 1984, 1000 classes.
        public static let imageNet = Layout(
            inputSizePixels: 224, classes: 1000, stemChannels: 16, stemStride: 2,
            stages: stages(strides: [1, 2, 2, 2, 1, 2, 1]), headChannels: 1984)

        private static func stages(strides: [Int]) -> [Stage] {
            let channels = [16, 24, 32, 64, 112, 184, 352], depths = [1, 4, 4, 4, 4, 4, 1]
            return strides.indices.map { Stage(channels: channels[$0], depth: depths[$0], stride: strides[$0]) }
        }
    }
}
