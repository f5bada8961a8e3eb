import Foundation

/// Writes observations back out as a long CSV (`city_code,city_name,year,indicator,value,province,type,source`)
/// that `import` reads again to the same values: numbers in Swift's shortest round-trip form.
public enum ObservationExport {
    public static let header = ["city_code", "city_name", "year", "indicator", "value", "province", "type", "source"]

    public static func longCSV(_ batch: ObservationBatch) -> String {
        var out = header.joined(separator: ",") + "\n"
        out.reserveCapacity(batch.count * 48)
        for row in 0..<batch.count {
            let city = batch.city(atRow: row)
            let fields = [city.code, city.name, String(batch.years[row]), batch.indicator(atRow: row),
                          "\(batch.values[row])", city.province ?? "", city.type ?? "", batch.source(atRow: row) ?? ""]
            out += fields.map(CSVTable.quote).joined(separator: ",")
            out += "\n"
        }
        return out
    }
}
