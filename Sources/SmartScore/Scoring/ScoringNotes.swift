import Foundation

/// Why a city's index is `null`: values with their parameters, turned into words (Indonesian or
/// English) only by the reports (`Localization/`).
public enum NullReason: Sendable, Equatable, Hashable, Codable {
    /// The dimension's coverage is below the method's minimum.
    case coverageBelowMinimum(dimension: String, coverage: Double, minimum: Double)
    /// The dimension has indicators in scope but none of them scores for the city.
    case dimensionWithoutValue(dimension: String)
    /// No in-scope indicator has a value in the data at all.
    case nothingInScope
    /// The index came out infinite or NaN (extreme weights or magnitudes).
    case indexNotFinite
}

/// Something the engine did that a reader of the result should know; words come from `Localization/`.
public enum ScoringWarning: Sendable, Equatable, Hashable, Codable {
    /// These indicators' outliers were pulled in before normalisation (`--winsorise`).
    case winsorised(codes: [String])
    /// Data-driven weights (entropy, PCA) came out all zero in this element, so its indicators keep equal weights.
    case derivedWeightsConstant(weights: String, element: String)
    /// A framework dimension has no in-scope indicator and is left out of the index.
    case dimensionOutOfScope(dimension: String)
    /// Indicators with values in the scored year that were not in scope in the model's reference year:
    /// the fitted model has no scale for them, so they are left out.
    case indicatorsOutsideModel(year: Int, referenceYear: Int, codes: [String])
    /// The reference cohort has too few cities for what the method learns from it (min and max, mean and
    /// deviation, rank tables, data-driven weights): its scales cannot tell cities apart.
    case referenceTooSmall(year: Int, cities: Int)
    /// The same, when what is learnt from the reference is the weights only (goalposts, entropy or PCA).
    case referenceTooSmallForWeights(year: Int, cities: Int)
    /// These cities have values in the element, but every one of them weighs 0, so the element has no
    /// score for them and their dimension is scored on its other elements.
    case elementValuesWeighZero(element: String, cities: [String])
    /// PCA weights derived, on request, in elements with fewer cities than indicators.
    case pcaSmallSample(elements: [String])
    /// In these elements the principal components retained explain less than the Handbook's 60 % of the
    /// variance (each element's share in `shares`).
    case pcaBelowCumulativeVariance(elements: [String], shares: [Double])
    /// No year was asked for, and the data's latest years hold a few series only (the IPM to 2024 beside a
    /// full cohort to 2021): the scored year is the latest year that holds most of the data.
    case laterYearsSparse(scored: Int, later: [Int])
    /// The year asked for holds far fewer values or cities than the fullest year: its index rests on them.
    case scoredYearSparse(year: Int, values: Int, cities: Int, fullest: Int, fullestValues: Int, fullestCities: Int)
    /// The trend leaves out these earlier years, which hold a few values only (their series still show).
    case trendYearsLeftOut(years: [Int])
}
