import Foundation

/// The areas a large cohort is summarised by (`CohortReport.listedUnitsAtMost`): the units grouped by a
/// prefix of their code, as Kemendagri codes nest — a village's ten digits are province (2), regency (2),
/// district (3) and village (3), so its first 4 digits are its regency (kabupaten/kota) and its first 7
/// its district (kecamatan). Each area has the statistics a reader compares areas on.
public struct CohortAreaSummary: Sendable {
    /// Digits of the code that name a regency or city, and a district.
    public static let regencyDigits = 4, districtDigits = 7

    public struct Area: Sendable {
        /// The code prefix (`1101`, `1101010`).
        public let code: String
        /// The units of the cohort in the area (positions in `ScoreResult.cities`), in cohort order.
        public let members: [Int]
        /// Quartiles of the index over the members that have one (linear interpolation between order
        /// statistics, as `AssessmentRanking.Spread` and numpy's default); nil when none has.
        public let spread: AssessmentRanking.Spread?
        /// The members of highest and lowest index (ties: the first in cohort order).
        public let best: Int?, worst: Int?
        /// Members per level, over the members that have a level.
        public let levels: [Level: Int]
        public var leveled: Int { levels.values.reduce(0, +) }
    }

    /// The areas in code order.
    public let areas: [Area]

    /// Groups the units whose code (dots left out) is longer than `digits` by its first `digits`; units with
    /// a shorter code belong to no area.
    public init(_ result: ScoreResult, digits: Int) {
        var members: [String: [Int]] = [:]
        for (k, city) in result.cities.enumerated() {
            let code = Self.digits(of: city.code)
            guard code.count > digits else { continue }
            members[String(code.prefix(digits)), default: []].append(k)
        }
        areas = members.keys.sorted().map { code in
            let units = members[code]!
            let indexed = units.filter { result.index[$0].isFinite }
            var levels: [Level: Int] = [:]
            for k in units { if let level = result.level(ofIndex: k) { levels[level, default: 0] += 1 } }
            // `max(by:)` keeps the last of equals, `min(by:)` the first: both compare position on ties so that
            // the first in cohort order is named, every run.
            let best = indexed.min { result.index[$0] != result.index[$1] ? result.index[$0] > result.index[$1] : $0 < $1 }
            let worst = indexed.min { result.index[$0] != result.index[$1] ? result.index[$0] < result.index[$1] : $0 < $1 }
            return Area(code: code, members: units, spread: AssessmentRanking.Spread(indexed.map { result.index[$0] }),
                        best: best, worst: worst, levels: levels)
        }
    }

    /// Whether any unit of the cohort is finer than an area of `digits` (villages are finer than regencies).
    public static func applies(to result: ScoreResult, digits: Int) -> Bool {
        result.cities.contains { Self.digits(of: $0.code).count > digits }
    }

    /// A code's digits: `72.71` → `7271`; a village's ten digits stay as they are.
    static func digits(of code: String) -> String { code.filter { $0 != "." } }
}
