extension LinearKernel: GEMMShapeReporting {
    /// The single `[N, in] · [out, in]ᵀ` product of `forward`.
    func forwardGEMMs(batch: Int) -> [GEMMShape] {
        [GEMMShape(m: batch, n: outFeatures, k: inFeatures, transposeB: true)]
    }
}
