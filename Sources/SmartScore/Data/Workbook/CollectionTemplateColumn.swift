import Foundation

/// The columns of a collection template's data sheet, by the header names `import` reads: the long
/// layout's own (`city_code`, `city_name`, `year`, `indicator`, `value`, `source`, `unit`) and the
/// descriptive ones the template adds for the person filling it in, which `import` knows and skips.
/// So a returned template (or its CSV) imports as it is.
public enum CollectionTemplateColumn: String, CaseIterable, Sendable {
    // In the sheet's order: what identifies the row, what the person needs to judge a value (unit, range,
    // the last value), then the two cells to fill in, and the reference columns last, so that the value
    // cell is on screen beside the indicator's name without scrolling.
    case cityCode = "city_code", cityName = "city_name", year, indicator
    case indicatorName = "indicator_name", unit, min, max
    case previousYear = "previous_year", previousValue = "previous_value"
    case value, source
    case definition, owner

    /// The descriptive columns: read by a person, skipped by `import` (never an "unknown column").
    public static let descriptive: Set<String> = [
        indicatorName, definition, min, max, previousYear, previousValue, owner,
    ].reduce(into: []) { $0.insert($1.rawValue) }

    /// The columns of a template, in order; `owner` only when the template covers every department.
    public static func columns(withOwner: Bool) -> [CollectionTemplateColumn] {
        allCases.filter { withOwner || $0 != .owner }
    }

    /// The columns the department fills in; every other cell of the sheet is locked.
    public var isFilledIn: Bool { self == .value || self == .source }
}
