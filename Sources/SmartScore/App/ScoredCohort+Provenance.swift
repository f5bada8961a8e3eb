import Foundation

extension ScoredCohort {
    /// Where the scored year's values came from.
    public var valueProvenance: ValueProvenance {
        ValueProvenance(batch: data.batch, year: result.year, indicators: result.indicators, cities: result.cities)
    }
}
