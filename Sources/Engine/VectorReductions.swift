/// Float reductions with eight independent SIMD accumulators.
///
/// Swift keeps IEEE evaluation order, so a plain `s += x[i]` loop runs one dependent add per
/// element; splitting the sum into lanes lets the adds pipeline and vectorise. The result differs
/// from a sequential sum only by rounding.
enum VectorReductions {
    /// Σ x[i].
    /// - Complexity: O(count).
    @inline(__always)
    static func sum(_ x: UnsafePointer<Float>, count: Int) -> Float {
        var lanes = SIMD8<Float>.zero
        var i = 0
        let raw = UnsafeRawPointer(x)
        while i + 8 <= count {
            lanes += raw.loadUnaligned(fromByteOffset: i * 4, as: SIMD8<Float>.self)
            i += 8
        }
        var total = lanes.sum()
        while i < count { total += x[i]; i += 1 }
        return total
    }

    /// Σ (x[i] − center)².
    /// - Complexity: O(count).
    @inline(__always)
    static func squaredDeviations(_ x: UnsafePointer<Float>, count: Int, center: Float) -> Float {
        var lanes = SIMD8<Float>.zero
        let c = SIMD8<Float>(repeating: center)
        var i = 0
        let raw = UnsafeRawPointer(x)
        while i + 8 <= count {
            let d = raw.loadUnaligned(fromByteOffset: i * 4, as: SIMD8<Float>.self) - c
            lanes += d * d
            i += 8
        }
        var total = lanes.sum()
        while i < count { total += (x[i] - center) * (x[i] - center); i += 1 }
        return total
    }

    /// (Σ g[i], Σ g[i]·(x[i] − center)).
    /// - Complexity: O(count).
    @inline(__always)
    static func sumAndCenteredDot(
        _ g: UnsafePointer<Float>, _ x: UnsafePointer<Float>, count: Int, center: Float
    ) -> (sum: Float, dot: Float) {
        var sums = SIMD8<Float>.zero, dots = SIMD8<Float>.zero
        let c = SIMD8<Float>(repeating: center)
        var i = 0
        let rg = UnsafeRawPointer(g), rx = UnsafeRawPointer(x)
        while i + 8 <= count {
            let gv = rg.loadUnaligned(fromByteOffset: i * 4, as: SIMD8<Float>.self)
            sums += gv
            dots += gv * (rx.loadUnaligned(fromByteOffset: i * 4, as: SIMD8<Float>.self) - c)
            i += 8
        }
        var s = sums.sum(), d = dots.sum()
        while i < count { s += g[i]; d += g[i] * (x[i] - center); i += 1 }
        return (s, d)
    }

    /// `Σᵢ a[i] · b[i·strideB]`, vectorised when `strideB` is 1.
    @inline(__always)
    static func dot(_ a: UnsafePointer<Float>, _ b: UnsafePointer<Float>, count: Int, strideB: Int) -> Float {
        var i = 0
        var total: Float = 0
        if strideB == 1 {
            var lanes = SIMD8<Float>()
            let ra = UnsafeRawPointer(a), rb = UnsafeRawPointer(b)
            while i + 8 <= count {
                lanes += ra.loadUnaligned(fromByteOffset: i * 4, as: SIMD8<Float>.self)
                    * rb.loadUnaligned(fromByteOffset: i * 4, as: SIMD8<Float>.self)
                i += 8
            }
            total = lanes.sum()
        }
        while i < count {
            total += a[i] * b[i * strideB]
            i += 1
        }
        return total
    }
}
