import Foundation

/// Which synthetic cohort to write: the 100 demo cities, all 514 regencies and cities, or the villages.
public enum CohortKind: String, Sendable, CaseIterable {
    case demo, regions, villages
}

/// The years a front end asks for, as `2021` or a range `2015-2024`, within the readers' bounds.
public enum YearsSpec {
    public static func parse(_ text: String) throws -> [Int] {
        let parts = text.split(separator: "-").map { Int($0.trimmingCharacters(in: .whitespaces)) }
        let years = parts.compactMap { $0 }.filter { ObservationYears.admitted.contains($0) }
        guard (1...2).contains(parts.count), years.count == parts.count, let first = years.first, let last = years.last, first <= last else {
            throw InputError("'\(text)' must be a year (2021) or a range (2015-2024) within \(ObservationYears.admittedText)",
                             id: "'\(text)' harus satu tahun (2021) atau rentang (2015-2024) dalam \(ObservationYears.admittedText)",
                             at: SourceLocation(parameter: .years))
        }
        return Array(first...last)
    }
}

extension Workspace {
    /// Writes a seeded cohort as a long CSV: real values from the national panel wherever it has them, seeded
    /// synthetic values elsewhere; returns the rows written and the cities.
    public func generateCohort(_ kind: CohortKind, options: CohortGenerator.Options, indicatorLimit: Int?,
                               to path: String, progress: (@Sendable (Int, Int) -> Void)? = nil) throws -> (rows: Int, cities: Int) {
        let data = try bundledData()
        var scored = catalogue.scored
        if let indicatorLimit { scored = Array(scored.prefix(indicatorLimit)) }
        let cities: [CityRecord]
        var real: ObservationBatch?
        var options = options
        switch kind {
        // The demo carries its members' real series over every year BPS gives, for their trajectories.
        case .demo: cities = try data.demoCohort(); real = try data.nationalPanel(); options.realSeries = true
        case .regions: cities = try data.regions().regions; real = try data.nationalPanel()
        case .villages: cities = try data.villages()
        }
        let generator = CohortGenerator(indicators: scored, options: options, real: real)
        return (try CohortWriter.write(generator: generator, cities: cities, to: path, progress: progress), cities.count)
    }
}
