import Foundation

/// Seeded synthetic indicator values with plausible distributions for Indonesian regencies and cities,
/// for the demo cohort (beside the real BPS values) and for large benchmark cohorts.
///
/// The model: each city has a latent development level `z` (from its real Human Development Index
/// when BPS gives one, else drawn from N(0, 1), with a small urban bonus for a kota). Each indicator `i`
/// has a typical attainment `a_i`, a sensitivity `b_i` to development, a yearly trend `t_i` and a
/// non-reporting rate `m_i`, all drawn from a generator seeded by the run's seed and the indicator's code.
/// A value is `worst + p × (best − worst)` on the indicator's goalposts with
/// `logit p = a_i + b_i z + 0.8 e_ci + t_i (year − lastYear) + 0.15 n_ciy`, stretched slightly beyond
/// the goalposts, clamped to the valid range and rounded. A city that does not report an indicator does
/// not report it in any year. Every draw comes from a generator seeded by (seed, city code, indicator
/// code, year), so a value does not depend on which other cities or indicators are generated.
public struct CohortGenerator: Sendable {
    public struct Options: Sendable {
        public var seed: UInt64
        public var years: [Int]
        /// The mean share of (city, indicator) pairs left unreported.
        public var missingRate: Double
        /// Also emit each city's real values of years outside `years` (the IPM of 2010–2024 beside a
        /// cohort of 2019–2021), for its series over the years.
        public var realSeries: Bool
        public init(seed: UInt64 = 2021, years: [Int] = [2021], missingRate: Double = 0.12, realSeries: Bool = false) {
            self.seed = seed
            self.years = years
            self.missingRate = missingRate
            self.realSeries = realSeries
        }
    }

    /// The source label of every synthetic value.
    public static func syntheticSource(seed: UInt64) -> String { "synthetic seed \(seed)" }

    public let indicators: [Indicator]
    public let options: Options
    /// Real values by city code, indicator code and year, with their source.
    public let real: [String: [String: [Int: (value: Double, source: String?)]]]

    public init(indicators: [Indicator], options: Options, real: ObservationBatch? = nil) {
        self.indicators = indicators.filter { $0.goalposts != nil }
        self.options = options
        var byCity: [String: [String: [Int: (Double, String?)]]] = [:]
        if let real {
            for row in 0..<real.count {
                byCity[real.city(atRow: row).code, default: [:]][real.indicator(atRow: row), default: [:]][Int(real.years[row])] =
                    (real.values[row], real.source(atRow: row))
            }
        }
        self.real = byCity
    }

    /// Calls `emit` for every generated observation, city by city, year by year, indicator by indicator.
    /// A real value is emitted as it is, with its source; in the asked years, an indicator with real values
    /// in other years only is back-cast from the nearest real year (synthetic), and one with none is drawn
    /// from the model. With `realSeries`, a city's real values of years outside the asked ones are emitted too.
    /// `progress` hears (cities done, cities) every 32 cities and at the end: the rows to come are not known
    /// before the missing pairs are drawn, the cities are.
    public func generate(cities: [CityRecord], progress: ((Int, Int) -> Void)? = nil,
                         emit: (CityRecord, Int, Indicator, Double, String) throws -> Void) rethrows {
        let synthetic = Self.syntheticSource(seed: options.seed)
        let lastYear = options.years.max() ?? 0
        let asked = Set(options.years)
        let parameters = indicators.map { IndicatorParameters(code: $0.code, seed: options.seed, missingRate: options.missingRate) }
        let generated = Set(indicators.map(\.code))
        for (done, city) in cities.enumerated() {
            if let progress, done % 32 == 0 { progress(done, cities.count) }
            let z = latentLevel(city)
            let realValues = real[city.code] ?? [:]
            var years = asked
            if options.realSeries {
                for (code, series) in realValues where generated.contains(code) { years.formUnion(series.keys) }
            }
            for year in years.sorted() {
                let inAsked = asked.contains(year)
                for (k, indicator) in indicators.enumerated() {
                    let p = parameters[k]
                    if let series = realValues[indicator.code], !series.isEmpty {
                        if let known = series[year] {
                            try emit(city, year, indicator, known.value, known.source ?? "real")
                        } else if inAsked {
                            // Back-cast a real series to a year it lacks: the nearest real value moved by the trend.
                            let nearest = series.keys.min { (abs($0 - year), $0) < (abs($1 - year), $1) }!
                            var g = SeededGenerator(seed: Self.mix(options.seed, city.code, indicator.code, year))
                            let g1 = indicator.goalposts!
                            let step = p.trend * 0.04 * (g1.best - g1.worst) * Double(year - nearest)
                            try emit(city, year, indicator, round(clamp(series[nearest]!.value + step + 0.01 * (g1.best - g1.worst) * g.nextNormal(), indicator), indicator), synthetic)
                        }
                        continue
                    }
                    guard inAsked else { continue }
                    var pair = SeededGenerator(seed: Self.mix(options.seed, city.code, indicator.code, 0))
                    if pair.nextUniform() < p.missing { continue }
                    let e = pair.nextNormal()
                    var yearly = SeededGenerator(seed: Self.mix(options.seed, city.code, indicator.code, year))
                    let logit = p.attainment + p.sensitivity * z + 0.8 * e + p.trend * Double(year - lastYear) + 0.15 * yearly.nextNormal()
                    let share = -0.05 + 1.1 / (1 + exp(-logit))
                    let g = indicator.goalposts!
                    try emit(city, year, indicator, round(clamp(g.worst + share * (g.best - g.worst), indicator), indicator), synthetic)
                }
            }
        }
        progress?(cities.count, cities.count)
    }

    /// The latent development level: from the real HDI (`local:E.1`) of the last asked year, or the nearest
    /// year BPS gives, when known; else seeded N(0, 1).
    func latentLevel(_ city: CityRecord) -> Double {
        let lastYear = options.years.max() ?? 0
        if let series = real[city.code]?["local:E.1"], let year = series.keys.min(by: { (abs($0 - lastYear), $0) < (abs($1 - lastYear), $1) }) {
            return (series[year]!.value - 71) / 5
        }
        var g = SeededGenerator(seed: Self.mix(options.seed, city.code, "latent", 0))
        return g.nextNormal() + (city.type == "kota" ? 0.6 : 0)
    }

    private func clamp(_ x: Double, _ indicator: Indicator) -> Double {
        var v = x
        if let lo = indicator.validRange.min { v = max(v, lo) }
        if let hi = indicator.validRange.max { v = min(v, hi) }
        return v
    }

    /// Rounds to a precision that suits the goalposts' span: 2 decimals for most, fewer for big units.
    private func round(_ x: Double, _ indicator: Indicator) -> Double {
        let span = abs(indicator.goalposts!.best - indicator.goalposts!.worst)
        let digits: Double = span >= 1000 ? 0 : span >= 10 ? 2 : 3
        let f = pow(10, digits)
        return (x * f).rounded() / f
    }

    /// A 64-bit seed from the run's seed, two codes and a number (FNV-1a: stable across runs and
    /// platforms, unlike Swift's per-process `Hasher`).
    static func mix(_ seed: UInt64, _ a: String, _ b: String, _ n: Int) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325 ^ seed
        for byte in a.utf8 { h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        h = (h ^ 0xFF) &* 0x0000_0100_0000_01B3
        for byte in b.utf8 { h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        h = (h ^ UInt64(bitPattern: Int64(n))) &* 0x0000_0100_0000_01B3
        var g = SeededGenerator(seed: h)
        return g.next()
    }
}

/// The per-indicator draws of the generator's model.
struct IndicatorParameters {
    let attainment: Double
    let sensitivity: Double
    let trend: Double
    let missing: Double

    init(code: String, seed: UInt64, missingRate: Double) {
        var g = SeededGenerator(seed: CohortGenerator.mix(seed, code, "parameters", 0))
        attainment = -1.6 + 2.6 * g.nextUniform()
        sensitivity = 0.4 + 0.6 * g.nextUniform()
        trend = 0.15 * g.nextUniform()
        missing = min(0.9, 2 * missingRate * g.nextUniform())
    }
}
