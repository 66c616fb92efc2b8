extension CostEstimate: CostFigures {}
