import Foundation

/// The engine's values in words: null reasons, warnings, levels and method names. `machine` is the
/// wording of JSON and CSV (English, ids, as it has always been written there: "economy coverage 33 % is
/// below 50 %"); `reader` is the wording of tables and reports (the language asked for, framework names,
/// that language's numbers).
public struct ScoringWording: Sendable {
    public let localizer: Localizer
    /// How a dimension id or `dimension/element` path is named.
    let name: @Sendable (String) -> String
    /// How a share (0–1) is written.
    let percent: @Sendable (Double) -> String
    /// The framework whose names people read (nil for the machine wording, which names ids).
    var framework: Framework? = nil

    /// The wording of machine formats.
    public static let machine = ScoringWording(localizer: Localizer(.en), name: { $0 },
                                               percent: { "\(Int(($0 * 100).rounded())) %" })

    /// The wording people read, in `language`, with the framework's names.
    public static func reader(_ language: Language, framework: Framework) -> ScoringWording {
        let numbers = NumberFormat.of(language)
        return ScoringWording(localizer: Localizer(language), name: { framework.name(of: $0, language) },
                              percent: { numbers.percent($0) }, framework: framework)
    }

    public var language: Language { localizer.language }

    public func reason(_ reason: NullReason) -> String {
        switch reason {
        case let .coverageBelowMinimum(dimension, coverage, minimum):
            return localizer(.nullCoverageBelowMinimum, ["dimension": name(dimension), "coverage": percent(coverage), "minimum": percent(minimum)])
        case let .dimensionWithoutValue(dimension):
            return localizer(.nullDimensionWithoutValue, ["dimension": name(dimension)])
        case .nothingInScope:
            return localizer(.nullNothingInScope)
        case .indexNotFinite:
            return localizer(.nullIndexNotFinite)
        }
    }

    /// The reasons joined with "; ", nil when there are none (the index is not null).
    public func reasons(_ reasons: [NullReason]) -> String? {
        reasons.isEmpty ? nil : reasons.map(reason).joined(separator: "; ")
    }

    /// "2022", "2022–2024" for consecutive years, "2010, 2012, 2020" otherwise.
    public static func yearList(_ years: [Int]) -> String {
        guard let first = years.first, let last = years.last else { return "" }
        if years.count > 1, last - first == years.count - 1 { return "\(first)–\(last)" }
        return years.map(String.init).joined(separator: ", ")
    }

    public func warning(_ warning: ScoringWarning) -> String {
        switch warning {
        case let .winsorised(codes):
            return localizer(codes.count == 1 ? .warningWinsorisedOne : .warningWinsorisedMany,
                             ["count": String(codes.count), "codes": codes.joined(separator: ", ")])
        case let .derivedWeightsConstant(weights, element):
            return localizer(.warningDerivedWeightsConstant, ["weights": weightsName(weights), "element": name(element)])
        case let .dimensionOutOfScope(dimension):
            return localizer(.warningDimensionOutOfScope, ["dimension": name(dimension)])
        case let .referenceTooSmallForWeights(year, cities):
            return localizer(.warningReferenceTooSmallForWeights, ["year": String(year), "cities": String(cities)])
        case let .elementValuesWeighZero(element, cities):
            let shown = cities.prefix(10).joined(separator: ", ") + (cities.count > 10 ? " …" : "")
            return localizer(.warningElementValuesWeighZero, ["element": name(element), "count": String(cities.count), "cities": shown])
        case let .referenceTooSmall(year, cities):
            return localizer(.warningReferenceTooSmall, ["year": String(year), "cities": String(cities)])
        case let .pcaSmallSample(elements):
            return localizer(.warningPCASmallSample, ["elements": elements.map(name).joined(separator: ", ")])
        case let .pcaBelowCumulativeVariance(elements, shares):
            let list = zip(elements, shares).map { "\(name($0)) \(percent($1))" }.joined(separator: ", ")
            return localizer(.warningPCABelowCumulative, ["count": String(elements.count), "elements": list])
        case let .indicatorsOutsideModel(year, referenceYear, codes):
            return localizer(.warningIndicatorsOutsideModel, ["count": String(codes.count), "year": String(year),
                                                              "reference": String(referenceYear), "codes": codes.joined(separator: ", ")])
        case let .laterYearsSparse(scored, later):
            return localizer(later.count == 1 ? .warningLaterYearSparse : .warningLaterYearsSparse,
                             ["year": String(scored), "later": Self.yearList(later)])
        case let .scoredYearSparse(year, values, cities, fullest, fullestValues, fullestCities):
            let n = localizer.numbers
            return localizer(.warningScoredYearSparse, ["year": String(year), "values": n.integer(values), "cities": n.integer(cities),
                                                        "fullest": String(fullest), "fullest_values": n.integer(fullestValues),
                                                        "fullest_cities": n.integer(fullestCities)])
        case let .trendYearsLeftOut(years):
            return localizer(.warningTrendYearsLeftOut, ["years": Self.yearList(years)])
        }
    }

    public func level(_ level: Level) -> String {
        switch level {
        case .kurang: return localizer(.levelKurang)
        case .cukup: return localizer(.levelCukup)
        case .baik: return localizer(.levelBaik)
        case .sangatBaik: return localizer(.levelSangatBaik)
        case .memuaskan: return localizer(.levelMemuaskan)
        }
    }

    public func normalisation(_ n: ScoringMethod.Normalisation) -> String {
        switch n {
        case .goalpost: return localizer(.normalisationGoalpost)
        case .minmax: return localizer(.normalisationMinmax)
        case .zscore: return localizer(.normalisationZscore)
        case .rank: return localizer(.normalisationRank)
        }
    }

    public func aggregation(_ a: ScoringMethod.Aggregation) -> String {
        localizer(a == .arithmetic ? .aggregationArithmetic : .aggregationGeometric)
    }

    /// A weight set's name (`equal`, `entropy`, `pca`, `file:PATH`, `ahp:PATH`) in words.
    public func weightsName(_ name: String) -> String {
        switch name {
        case "equal": return localizer(.weightsEqual)
        case "entropy": return localizer(.weightsEntropy)
        case "pca": return localizer(.weightsPCA)
        case let n where n.hasPrefix("file:"): return localizer(.weightsFile, ["path": String(n.dropFirst(5))])
        case let n where n.hasPrefix("ahp:"): return localizer(.weightsAHP, ["path": String(n.dropFirst(4))])
        default: return name
        }
    }

    /// A targets set's name (`100`, `file:PATH`) in words.
    public func targetsName(_ name: String) -> String {
        name.hasPrefix("file:") ? localizer(.targetsFile, ["path": String(name.dropFirst(5))]) : localizer(.targetsDefault)
    }

    /// The short column heading of a dimension (rank tables).
    public func dimensionShort(_ id: String) -> String { localizer.dimensionShort(id) }

    /// One sentence naming the method and the years: "Metode: normalisasi batas acuan, …".
    public func methodSentence(_ result: ScoreResult) -> String {
        let m = result.method
        var s = localizer(.methodSentence, ["normalisation": normalisation(m.normalisation), "aggregation": aggregation(m.aggregation),
                                            "weights": weightsName(m.weights.name), "coverage": localizer.numbers.percent(m.minCoverage),
                                            "year": String(result.year)])
        if result.referenceYear != result.year {
            s += " " + localizer(.referenceYearSentence, ["reference": String(result.referenceYear)])
        }
        return s
    }
}
