import Foundation

/// Issue 20: what a reader must know when a large cohort's ranks were counted in bins of several ranks.
extension LanguageTable {
    static let sensitivityScale: [TextKey: LocalizedText] = [
        .sensitivityRankBins: .init(
            id: "Karena jumlah wilayahnya besar, peringkat hasil simulasi dihitung dalam kelompok berisi {width} peringkat. Median dan persentil peringkat setiap wilayah dapat berbeda paling banyak {bound} peringkat dari nilai tepatnya, sedangkan modusnya hanya dapat ditentukan dengan ketelitian satu kelompok.",
            en: "With this many regions, the runs' ranks are counted in bins of {width} ranks: each region's median and percentile ranks lie within {bound} ranks of the exact values, and its modes are located to within a bin."),
    ]
}
