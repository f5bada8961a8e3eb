import Foundation

/// Writes generated observations as a long CSV (`city_code,city_name,year,indicator,value,province,type,source`),
/// all or nothing (`LongCSVWriter`).
public struct CohortWriter {
    public static func write(generator: CohortGenerator, cities: [CityRecord], to path: String,
                             progress: ((Int, Int) -> Void)? = nil) throws -> Int {
        try LongCSVWriter.write(to: path) { row in
            try generator.generate(cities: cities, progress: progress) { city, year, indicator, value, source in
                try row(city, year, indicator.code, value, source)
            }
        }
    }
}
