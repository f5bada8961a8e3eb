import Foundation

/// The names of the areas a large cohort report groups its units by: regencies and cities from the region
/// list (by their four digits, `7271`), districts from `datasets/villages/districts.csv` (by their seven).
/// An area without a name is shown by its code alone.
public struct CohortAreaNames: Sendable {
    public var regencies: [String: CityRecord] = [:]
    public var districts: [String: String] = [:]

    public init(regions: RegionRegistry? = nil, districts: [String: String] = [:]) {
        for region in regions?.regions ?? [] { regencies[CohortAreaSummary.digits(of: region.code)] = region }
        self.districts = districts
    }

    func regency(_ code: String) -> String? { regencies[code]?.name }
    func district(_ code: String) -> String? { districts[code] }
}
