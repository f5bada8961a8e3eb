import Foundation
import Testing
@testable import SmartScore

/// `datasets generate` draws its progress from the generator: by cities, every 32 and at the end, without
/// changing a value it emits.
@Suite("Cohort generator: progress by cities, the same rows with or without it")
struct CohortGeneratorProgressTests {
    @Test("100 regions: progress hears 0, 32, 64, 96 and then 100 of 100; the rows are those written without progress")
    func progressByCities() {
        let cities = Array(Bundled.regions.regions.prefix(100))
        let generator = CohortGenerator(indicators: Array(Bundled.catalogue.scored.prefix(5)), options: .init())
        var heard: [[Int]] = [], withProgress: [String] = [], without: [String] = []
        generator.generate(cities: cities, progress: { heard.append([$0, $1]) }) { city, year, indicator, value, _ in
            withProgress.append("\(city.code) \(year) \(indicator.code) \(value)")
        }
        generator.generate(cities: cities) { city, year, indicator, value, _ in
            without.append("\(city.code) \(year) \(indicator.code) \(value)")
        }
        #expect(heard == [[0, 100], [32, 100], [64, 100], [96, 100], [100, 100]])
        #expect(!without.isEmpty && withProgress == without)
    }
}
