import Foundation

/// The weights as applied, in words: how they were set, the dimension shares in one line, and AHP's
/// consistency per judged block. Shares of the index are written to one decimal (dimensions, elements)
/// or two (indicators, which are many and small), so that 16,7% reads as a sixth and not as 17%.
extension ScoringWording {
    /// One sentence saying how the weights were set: equal, from a file, by AHP, or derived from the data
    /// (entropy, PCA) on the reference year.
    public func weightingSentence(_ w: AppliedWeights) -> String {
        switch w.kind {
        case .equal: return localizer(.methodWeightsEqual)
        case .file: return localizer(.methodWeightsFile, ["path": Self.path(of: w.name)])
        case .ahp: return localizer(.methodWeightsAHP, ["path": Self.path(of: w.name)])
        case .entropy: return localizer(.methodWeightsEntropy, ["reference": String(w.referenceYear)])
        case .pca: return localizer(.methodWeightsPCA, ["reference": String(w.referenceYear)])
        }
    }

    /// "file:PATH" and "ahp:PATH" name their file after the prefix.
    static func path(of name: String) -> String {
        guard let colon = name.firstIndex(of: ":") else { return name }
        return String(name[name.index(after: colon)...])
    }

    /// A share of the index to one decimal ("16,7%"), or to two for an indicator.
    public func share(_ x: Double, indicator: Bool = false) -> String {
        localizer.numbers.percent(x, digits: indicator ? 2 : 1)
    }

    /// "Pangsa dimensi terhadap indeks: Tata Kelola 22,2%; Branding 11,1%; …", with the short names of the
    /// terminal's columns.
    public func dimensionSharesLine(_ w: AppliedWeights) -> String {
        let parts = w.dimensions.map { localizer(.methodWeightsSharePart, ["name": dimensionShort($0.id), "share": share($0.shareOfIndex)]) }
        return localizer(.methodWeightsDimensionSharesLine, ["shares": parts.joined(separator: localizer(.methodWeightsListSeparator))])
    }

    /// A judged block in prose, lower case: "antardimensi", "antarelemen Tata Kelola Cerdas".
    public func ahpBlock(_ block: String) -> String {
        guard block.hasPrefix("elements/") else { return localizer(.methodWeightsBlockDimensions) }
        return localizer(.methodWeightsBlockElements, ["dimension": plainName(String(block.dropFirst("elements/".count)))])
    }

    /// The ceiling on CR, as numbers are written in this language ("0,1").
    var consistencyCeiling: String { localizer.numbers.value(AHP.maximumConsistencyRatio) }

    /// "konsisten (CR ≤ 0,1)", or inconsistent and accepted with --allow-inconsistent.
    public func ahpStatus(_ c: AHPConsistency) -> String {
        localizer(c.acceptedInconsistent ? .methodWeightsAcceptedInconsistent : .methodWeightsConsistent, ["ceiling": consistencyCeiling])
    }

    /// λmax, CI, RI and CR as the tables and lines write them: three decimals, RI two (Saaty's table).
    public func ahpNumbers(_ c: AHPConsistency) -> (lambda: String, ci: String, ri: String, cr: String) {
        let n = localizer.numbers
        return (n.score(c.lambdaMax, digits: 3), n.score(c.consistencyIndex, digits: 3), n.score(c.randomIndex, digits: 2),
                n.score(c.consistencyRatio, digits: 3))
    }

    /// One compact line per judged block, for the terminal: "AHP (antardimensi): λ maks 6,000; CI 0,000; …".
    public func ahpLine(_ c: AHPConsistency) -> String {
        let x = ahpNumbers(c)
        return localizer(.methodWeightsAHPLine, ["block": ahpBlock(c.block), "lambda": x.lambda, "ci": x.ci, "ri": x.ri, "cr": x.cr,
                                                 "status": ahpStatus(c)])
    }

    /// How CI, CR and RI are computed, with the random indices of the orders used ("n = 3: 0,58; n = 6: 1,24").
    public func ahpLegend(_ blocks: [AHPConsistency]) -> String {
        let n = localizer.numbers
        var seen = Set<Int>()
        let values = blocks.sorted { $0.size < $1.size }.filter { seen.insert($0.size).inserted }
            .map { "n = \($0.size): \(n.score($0.randomIndex, digits: 2))" }
        return localizer(.methodWeightsAHPLegend, ["values": values.joined(separator: localizer(.methodWeightsListSeparator)),
                                                   "ceiling": consistencyCeiling])
    }

    /// The warning for a block whose CR exceeds the ceiling and was used on request.
    public func ahpInconsistentWarning(_ c: AHPConsistency) -> String {
        localizer(.methodWeightsInconsistentWarning, ["block": ahpBlock(c.block), "ratio": ahpNumbers(c).cr, "ceiling": consistencyCeiling])
    }
}
