import Foundation

/// What a collection template holds, decided by the application layer and written by `CollectionWorkbook`:
/// one region, one year, and one row per indicator a department (or every department) collects.
public struct CollectionTemplate: Sendable {
    public struct Row: Sendable {
        public let indicator: Indicator
        /// The department that collects it, when the owners file gives one.
        public let owner: IndicatorOwners.Owner?
        /// The latest value on record before the template's year, and its year.
        public let previous: (year: Int, value: Double)?
    }

    public let city: CityRecord
    public let year: Int
    /// The department the template is for; `nil` for a template of every indicator (with an owner column).
    public let owner: IndicatorOwners.Owner?
    public let rows: [Row]
    /// Where the earlier values were looked up (a store's dataset), when anywhere.
    public let previousSource: String?

    /// How many rows carry an earlier value.
    public var rowsWithPrevious: Int { rows.filter { $0.previous != nil }.count }
}
