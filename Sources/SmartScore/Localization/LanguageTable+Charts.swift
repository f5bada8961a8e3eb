import Foundation

/// Issue 19: the words of the charts — axis titles a head of region reads without a glossary, the score
/// legend, the trend chart against the cohort.
extension LanguageTable {
    static let charts: [TextKey: LocalizedText] = [
        .chartsQuadrantImpactAxis: .init(id: "Kenaikan indeks daerah (poin, skala 0–100)",
                 en: "Rise of the region's index (points on the 0–100 scale)"),
        .chartsQuadrantEffortAxis: .init(id: "Upaya (1 = paling ringan … 5 = paling berat)",
                 en: "Effort (1 = lightest … 5 = heaviest)"),
        .chartsScoreScale: .init(id: "Skor 0–100 (makin gelap, makin tinggi)", en: "Score 0–100 (the darker, the higher)"),
        .chartsNoValue: .init(id: "tidak ada nilai", en: "no value"),
        .chartsTrendAxis: .init(id: "Indeks daerah (poin, skala 0–100)", en: "Regional index (points on the 0–100 scale)"),
        .chartsTrendCohortBand: .init(id: "Separuh tengah kohort (kuartil 1–3)", en: "Middle half of the cohort (quartiles 1–3)"),
        .chartsTrendChart: .init(id: "Indeks {city} dari tahun ke tahun dibandingkan dengan kohort",
                 en: "The index of {city} over the years against the cohort"),
        .chartsTrendCaption: .init(id: "Garis biru menunjukkan indeks {city} setiap tahun, garis putus-putus menunjukkan median indeks daerah dalam kohort, dan pita abu-abu menunjukkan rentang separuh daerah yang berada di tengah (antara kuartil pertama dan ketiga).",
                 en: "The blue line is the index of {city} each year, the dashed line the median index of the cohort's regions, and the grey band the middle half of them (between the first and third quartile)."),
        .chartsTrendRows: .init(id: "Indeks dan dimensi", en: "Index and dimensions"),
        .chartsRankAxis: .init(id: "peringkat (1 = terbaik)", en: "rank (1 = best)"),
    ]
}
