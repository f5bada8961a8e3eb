import Foundation

/// The words of the cohort report (`report --all`): the ranking page with its filters, rank intervals and
/// heat map, and the provenance line of its Markdown.
extension LanguageTable {
    static let cohortReport: [TextKey: LocalizedText] = [
        .cohortReportTitle: .init(id: "Peringkat kesiapan smart city", en: "Smart-city readiness ranking"),
        .cohortReportHeading: .init(id: "Peringkat kesiapan smart city {year}", en: "Smart-city readiness ranking {year}"),
        .cohortReportSectionLevels: .init(id: "Sebaran predikat", en: "Levels"),
        .cohortReportLevelsChart: .init(id: "Jumlah kabupaten/kota per predikat", en: "Cities per level"),
        .cohortReportAll: .init(id: "semua", en: "all"),
        .cohortReportTypeKota: .init(id: "kota", en: "city"),
        .cohortReportTypeKabupaten: .init(id: "kabupaten", en: "regency"),
        .cohortReportIntervalNote: .init(
            id: "Titik: peringkat pada perhitungan utama; batang: rentang 5–95% dari {runs} simulasi (bobot ±{spread}, normalisasi, agregasi, data hilang, satu indikator dihapus).",
            en: "Dot: nominal rank; bar: 5–95% interval over {runs} runs (weights ±{spread}, normalisation, aggregation, missing values, one indicator dropped)."),
        .cohortReportIntervalBar: .init(id: "peringkat {rank}, rentang {p05}–{p95}", en: "rank {rank}, interval {p05}–{p95}"),
        .cohortReportSectionRanking: .init(id: "Peringkat", en: "Ranking"),
        .cohortReportCity: .init(id: "Kabupaten/kota", en: "City"),
        .cohortReportSectionHeat: .init(id: "Peta panas dimensi", en: "Dimension heat map"),
        .cohortReportSectionMethod: .init(id: "Metode dan asal data", en: "Method and provenance"),
        .cohortReportMethod: .init(id: "Metode", en: "Method"),
        .cohortReportMethodValue: .init(id: "normalisasi {normalisation}, agregasi {aggregation}, bobot {weights}, cakupan minimum {coverage}",
                                        en: "{normalisation} normalisation, {aggregation} aggregation, {weights} weights, minimum coverage {coverage}"),
        .cohortReportDataValue: .init(id: "{source} (SHA-256 {hashes})", en: "{source} (SHA-256 {hashes})"),
        .cohortReportMarkdownProvenance: .init(id: "Data: {source} (SHA-256 {hashes}); katalog {catalogue}; smartscore {version}",
                                               en: "Data: {source} (SHA-256 {hashes}); catalogue {catalogue}; smartscore {version}"),
    ]
}
