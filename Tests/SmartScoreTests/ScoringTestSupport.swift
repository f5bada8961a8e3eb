import Foundation
@testable import SmartScore

/// The bundled catalogue and region list, loaded once for the scoring tests.
enum Bundled {
    static let catalogue = try! Catalogue.load(directory: TestPaths.indicators)
    static let regions = try! RegionRegistry.load(path: TestPaths.root.appendingPathComponent("datasets/regions/regions.csv").path)
    static let engine = ScoringEngine(framework: catalogue.framework)

    /// Reads a long CSV into the engine's input.
    static func matrix(_ path: String, year: Int? = nil) throws -> IndicatorMatrix {
        let batch = try ObservationFileReader(catalogue: catalogue, regions: regions).read(path: path).batch
        return try IndicatorMatrix.build(from: batch, catalogue: catalogue, year: year)
    }
}

/// A tiny cohort built in code: scored indicators with chosen goalposts, mapped where a test wants them.
struct TinyCohort {
    var indicators: [Indicator] = []
    var cities: [CityRecord] = []
    var rows: [[Double]] = []

    static func indicator(_ code: String, dimension: String = "economy", element: String = "community_welfare",
                          pillar: String = "structure", polarity: Indicator.Polarity = .higherBetter,
                          worst: Double = 0, best: Double = 100) -> Indicator {
        Indicator(code: code, standard: "local", clause: String(code.dropFirst(6)), theme: "Test",
                  name: LocalizedText(id: code, en: code), dimension: dimension, element: element, pillar: pillar,
                  unit: "%", polarity: polarity, kind: .supporting,
                  goalposts: .init(worst: worst, best: best, basis: "test"), validRange: (nil, nil),
                  nationalTarget: nil, sourceConfidence: "user", source: "test", note: nil,
                  origin: SourceLocation(file: "test"))
    }

    func matrix(year: Int = 2021) -> IndicatorMatrix {
        IndicatorMatrix(year: year, cities: cities, indicators: indicators, values: try! Matrix(rows))
    }

    static func cities(_ n: Int, type: String = "kota") -> [CityRecord] {
        (0..<n).map { CityRecord(code: String(format: "99.%02d", $0 + 1), name: "City \($0 + 1)", province: "Test", type: type) }
    }
}

func close(_ a: Double?, _ b: Double?, tolerance: Double = 1e-9) -> Bool {
    switch (a, b) {
    case (nil, nil): return true
    case let (x?, y?): return x.isNaN && y.isNaN || abs(x - y) <= tolerance * max(1, abs(y))
    default: return false
    }
}

/// NaN as nil, for comparing with JSON nulls.
func optional(_ x: Double) -> Double? { x.isNaN ? nil : x }
