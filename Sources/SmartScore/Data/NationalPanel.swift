import Foundation

/// The real national panel: every value we hold for the 514 regencies and cities, from the BPS 2021
/// table and the BPS series exports (IPM 2010–2024, adjusted expenditure 2015–2024, poverty line
/// 2010–2024), one row per region, year and indicator, each with its source. Nothing in it is synthetic.
///
/// Where the 2021 table and a series export give the same region, indicator and year, the export is kept:
/// it is the series as BPS publishes it, consistent with its other years. Where they differ, the difference
/// is kept in `disagreements` (and said in `datasets/panel/README.md`).
public struct NationalPanel: Sendable {
    public struct Entry: Sendable, Equatable {
        public let city: CityRecord
        public let year: Int
        public let indicator: String
        public let value: Double
        public let source: String
    }

    /// A value the table and an export both give, with different numbers.
    public struct Disagreement: Sendable, Equatable {
        public let city: String
        public let indicator: String
        public let year: Int
        public let table: Double
        public let export: Double
    }

    /// By region code, then year, then the catalogue's order of indicators.
    public let entries: [Entry]
    public let disagreements: [Disagreement]

    /// The source label of an export's values: the file they were read from, so each number can be traced.
    public static func source(ofExport path: String) -> String {
        "BPS " + (path as NSString).lastPathComponent
    }

    public init(table: ObservationBatch, exports: [(export: BPSExport, indicator: String)], catalogue: Catalogue) {
        struct Key: Hashable { let city: String; let year: Int; let indicator: String }
        var byKey: [Key: Entry] = [:]
        for row in 0..<table.count {
            let city = table.city(atRow: row)
            let key = Key(city: city.code, year: Int(table.years[row]), indicator: table.indicator(atRow: row))
            byKey[key] = Entry(city: city, year: key.year, indicator: key.indicator, value: table.values[row],
                               source: table.source(atRow: row) ?? "BPS")
        }
        var disagreements: [Disagreement] = []
        for (export, indicator) in exports {
            let source = Self.source(ofExport: export.file)
            for v in export.values {
                let key = Key(city: v.region.code, year: export.year, indicator: indicator)
                if let earlier = byKey[key], earlier.value != v.value {
                    disagreements.append(Disagreement(city: key.city, indicator: indicator, year: key.year, table: earlier.value, export: v.value))
                }
                byKey[key] = Entry(city: v.region, year: export.year, indicator: indicator, value: v.value, source: source)
            }
        }
        var order: [String: Int] = [:]
        for (k, indicator) in catalogue.indicators.enumerated() { order[indicator.code] = k }
        entries = byKey.values.sorted {
            if $0.city.code != $1.city.code { return $0.city.code < $1.city.code }
            if $0.year != $1.year { return $0.year < $1.year }
            return (order[$0.indicator] ?? .max, $0.indicator) < (order[$1.indicator] ?? .max, $1.indicator)
        }
        self.disagreements = disagreements.sorted { ($0.city, $0.indicator, $0.year) < ($1.city, $1.indicator, $1.year) }
    }

    /// Writes the panel as a long CSV, all or nothing; returns the rows written.
    public func write(to path: String) throws -> Int {
        try LongCSVWriter.write(to: path) { row in
            for e in entries { try row(e.city, e.year, e.indicator, e.value, e.source) }
        }
    }

    /// Distinct regions, and the years, per indicator.
    public var regionCount: Int { Set(entries.map(\.city.code)).count }
}
