extension DataflowEstimate: AreaFigures {}
