import Foundation

/// Writes observations as a long CSV (`city_code,city_name,year,indicator,value,province,type,source`),
/// streaming through a buffer into a temporary file that replaces the target only when complete: a failure
/// half-way leaves the old file (or none), never half a file.
enum LongCSVWriter {
    /// `produce` is handed the function that writes one row; it returns the rows written.
    static func write(to path: String,
                      produce: ((_ city: CityRecord, _ year: Int, _ indicator: String, _ value: Double, _ source: String) throws -> Void) throws -> Void) throws -> Int {
        let target = try OutputFile.target(path)
        let writeURL: URL
        switch target {
        case let .atomic(temporary, _): writeURL = temporary
        case let .direct(url): writeURL = url
        }
        if case .atomic = target { _ = FileManager.default.createFile(atPath: writeURL.path, contents: nil) }
        guard let handle = try? FileHandle(forWritingTo: writeURL) else { throw OutputFile.cannotWrite(path, parameter: .out) }
        var rows = 0
        var buffer = ObservationExport.header.joined(separator: ",") + "\n"
        do {
            try produce { city, year, indicator, value, source in
                buffer += ObservationExport.line(city: city, year: year, indicator: indicator, value: value, source: source)
                rows += 1
                if buffer.utf8.count > 1 << 20 {
                    try handle.write(contentsOf: Data(buffer.utf8))
                    buffer.removeAll(keepingCapacity: true)
                }
            }
            try handle.write(contentsOf: Data(buffer.utf8))
            try handle.close()
            if case let .atomic(temporary, final) = target { try OutputFile.commit(temporary: temporary, final: final, path: path) }
        } catch {
            try? handle.close()
            if case let .atomic(temporary, _) = target { try? FileManager.default.removeItem(at: temporary) }
            if error is InputError { throw error }
            throw OutputFile.cannotWrite(path, parameter: .out)
        }
        return rows
    }
}
