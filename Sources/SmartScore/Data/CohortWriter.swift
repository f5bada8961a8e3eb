import Foundation

/// Writes generated observations as a long CSV (`city_code,city_name,year,indicator,value,province,type,source`),
/// streaming through a buffer into a temporary file that replaces the target only when complete.
public struct CohortWriter {
    public static func write(generator: CohortGenerator, cities: [CityRecord], to path: String) throws -> Int {
        let target = URL(fileURLWithPath: path)
        let temporary = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).partial")
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil),
              let handle = try? FileHandle(forWritingTo: temporary) else {
            throw InputError("cannot write the output file", at: SourceLocation(flag: "--out \(path)"),
                             hint: "check that its folder exists and is writable")
        }
        var rows = 0
        var buffer = ObservationExport.header.joined(separator: ",") + "\n"
        do {
            try generator.generate(cities: cities) { city, year, indicator, value, source in
                buffer += [city.code, city.name, String(year), indicator.code, "\(value)", city.province ?? "", city.type ?? "", source]
                    .map(CSVTable.quote).joined(separator: ",")
                buffer += "\n"
                rows += 1
                if buffer.utf8.count > 1 << 20 {
                    try handle.write(contentsOf: Data(buffer.utf8))
                    buffer.removeAll(keepingCapacity: true)
                }
            }
            try handle.write(contentsOf: Data(buffer.utf8))
            try handle.close()
            if FileManager.default.fileExists(atPath: target.path) { try FileManager.default.removeItem(at: target) }
            try FileManager.default.moveItem(at: temporary, to: target)
        } catch {
            try? handle.close()
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
        return rows
    }
}
