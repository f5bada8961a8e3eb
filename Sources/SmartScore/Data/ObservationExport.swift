import Foundation

/// Writes observations back out as a long CSV (`city_code,city_name,year,indicator,value,province,type,source`)
/// that `import` reads again to the same values: numbers in Swift's shortest round-trip form.
public enum ObservationExport {
    public static let header = ["city_code", "city_name", "year", "indicator", "value", "province", "type", "source"]

    public static func longCSV(_ batch: ObservationBatch) -> String {
        var out = header.joined(separator: ",") + "\n"
        out.reserveCapacity(batch.count * 48)
        for row in 0..<batch.count {
            out += line(city: batch.city(atRow: row), year: Int(batch.years[row]), indicator: batch.indicator(atRow: row),
                        value: batch.values[row], source: batch.source(atRow: row) ?? "")
        }
        return out
    }

    /// One observation as a line of the long CSV, with its newline (the writers of exports, cohorts and the
    /// national panel share it, so all read back alike).
    static func line(city: CityRecord, year: Int, indicator: String, value: Double, source: String) -> String {
        [city.code, city.name, String(year), indicator, "\(value)", city.province ?? "", city.type ?? "", source]
            .map(CSVTable.quote).joined(separator: ",") + "\n"
    }
}
