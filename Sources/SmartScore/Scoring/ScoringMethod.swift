import Foundation

/// How scores are made: one plain value that the engine takes and every output reports back, so any
/// result says how it was made and can be reproduced (the lesson of COINr's "coin").
public struct ScoringMethod: Sendable, Equatable {
    public enum Normalisation: String, Sendable, CaseIterable, Codable { case goalpost, minmax, zscore, rank }
    public enum Aggregation: String, Sendable, CaseIterable, Codable { case arithmetic, geometric }

    public var normalisation: Normalisation = .goalpost
    public var aggregation: Aggregation = .arithmetic
    public var weights: WeightSet = .equal
    /// A dimension whose coverage is below this has a `null` score.
    public var minCoverage: Double = 0.5
    public var targets: Targets = .default
    public var levels: LevelBands = .spbe
    /// Winsorise skewed columns before `minmax` or `zscore` (off by default).
    public var winsorise = false

    public init() {}

    public init(normalisation: Normalisation = .goalpost, aggregation: Aggregation = .arithmetic,
                weights: WeightSet = .equal, minCoverage: Double = 0.5, targets: Targets = .default,
                winsorise: Bool = false) {
        self.normalisation = normalisation
        self.aggregation = aggregation
        self.weights = weights
        self.minCoverage = minCoverage
        self.targets = targets
        self.winsorise = winsorise
    }

    /// Scores on a 0–100 scale, where gaps and levels mean something (all but z-scores).
    public var isBounded: Bool { normalisation != .zscore }

    /// Refuses combinations that have no meaning.
    public func validate() throws {
        if normalisation == .zscore && aggregation == .geometric {
            throw InputError("geometric aggregation needs non-negative scores, and z-scores are negative for below-average cities",
                             id: "agregasi geometrik memerlukan skor yang tidak negatif, sedangkan skor z negatif untuk wilayah di bawah rata-rata",
                             at: SourceLocation(parameter: .aggregate), hint: "use --aggregate arithmetic with --normalise zscore",
                             hintID: "pakai --aggregate arithmetic bersama --normalise zscore")
        }
        guard (0...1).contains(minCoverage) else {
            throw InputError("--min-coverage must be between 0 and 1, not \(minCoverage)", id: "--min-coverage harus antara 0 dan 1, bukan \(minCoverage)",
                             at: SourceLocation(parameter: .minCoverage))
        }
        if normalisation == .zscore && weights.kind == .entropy {
            throw InputError("entropy weights need non-negative scores, and z-scores are negative for below-average cities",
                             id: "bobot entropi memerlukan skor yang tidak negatif, sedangkan skor z negatif untuk wilayah di bawah rata-rata",
                             at: SourceLocation(parameter: .weights), hint: "use goalpost, minmax or rank normalisation with entropy weights",
                             hintID: "pakai normalisasi goalpost, minmax atau rank bersama bobot entropi")
        }
        if winsorise && !(normalisation == .minmax || normalisation == .zscore) {
            throw InputError("--winsorise applies to minmax and zscore normalisation only", id: "--winsorise hanya berlaku untuk normalisasi minmax dan zscore",
                             at: SourceLocation(parameter: .winsorise))
        }
    }

    /// The `method` object of every JSON output.
    public var json: JSONValue {
        .object([
            ("normalisation", .string(normalisation.rawValue)),
            ("aggregation", .string(aggregation.rawValue)),
            ("weights", .string(weights.name)),
            ("min_coverage", .number(minCoverage)),
            ("targets", .string(targets.name)),
            ("winsorise", .bool(winsorise)),
        ])
    }
}

/// A readiness level: the SPBE predicate scale. The raw value is the Indonesian predicate that JSON
/// carries; words for people come from `ScoringWording.level`.
public enum Level: String, Sendable, CaseIterable, Codable {
    case kurang = "Kurang", cukup = "Cukup", baik = "Baik", sangatBaik = "Sangat Baik", memuaskan = "Memuaskan"

    /// The predicate as JSON and CSV carry it.
    public var predicate: String { rawValue }
}

/// The level bands on the index (default: the SPBE predicate scale 1–5 rescaled to 0–100).
public struct LevelBands: Sendable, Equatable {
    /// Upper bounds (exclusive) of each band but the last, with the band's level.
    public let bands: [(upper: Double, level: Level)]
    public let top: Level

    public static let spbe = LevelBands(bands: [(36, .kurang), (52, .cukup), (70, .baik), (84, .sangatBaik)], top: .memuaskan)

    public func level(_ score: Double) -> Level {
        for band in bands where score < band.upper { return band.level }
        return top
    }

    public static func == (a: LevelBands, b: LevelBands) -> Bool {
        a.bands.map(\.upper) == b.bands.map(\.upper) && a.bands.map(\.level) == b.bands.map(\.level) && a.top == b.top
    }
}
