import Foundation

/// The words of `catalogue list`, `show` and `validate`, and the names of an indicator's polarity, kind
/// and source confidence.
extension LanguageTable {
    static let catalogue: [TextKey: LocalizedText] = [
        .catalogueElement: .init(id: "Elemen", en: "Element"),
        .catalogueUnit: .init(id: "Satuan", en: "Unit"),
        .catalogueGoalpostsShort: .init(id: "Batas acuan", en: "Goalposts"),
        .catalogueSummary: .init(id: "{count} indikator, {scored} di antaranya dinilai.", en: "{count} indicators, {scored} scored."),
        .catalogueOtherName: .init(id: "Nama dalam bahasa Inggris", en: "Name (Indonesian)"),
        .catalogueStandard: .init(id: "Standar", en: "Standard"),
        .catalogueStandardLocal: .init(id: "lokal", en: "local"),
        .catalogueStandardSNI: .init(id: "SNI ISO {standard}, {clause} ({theme})", en: "SNI ISO {standard}, {clause} ({theme})"),
        .cataloguePolarity: .init(id: "Arah", en: "Polarity"),
        .catalogueNotScored: .init(id: "tidak dinilai", en: "not scored"),
        .catalogueGoalposts: .init(id: "Batas acuan (terburuk → terbaik)", en: "Goalposts (worst → best)"),
        .catalogueBasis: .init(id: "Dasar penetapan batas acuan", en: "Basis"),
        .catalogueValidRange: .init(id: "Rentang nilai yang sah", en: "Valid range"),
        .catalogueNationalTarget: .init(id: "Target nasional", en: "National target"),
        .catalogueConfidence: .init(id: "Tingkat keyakinan sumber", en: "Source confidence"),
        .catalogueSource: .init(id: "Sumber", en: "Source"),
        .catalogueNote: .init(id: "Catatan", en: "Note"),
        .catalogueDefinedAt: .init(id: "Didefinisikan di", en: "Defined at"),
        .catalogueRead: .init(id: "dibaca: {file}", en: "read: {file}"),
        .catalogueStandardCount: .init(id: "{standard}: {count} indikator, {scored} di antaranya dinilai", en: "{standard}: {count} indicators, {scored} scored"),
        .cataloguePillars: .init(id: "pilar: {pillars}", en: "pillars: {pillars}"),
        .polarityHigherBetter: .init(id: "makin tinggi makin baik", en: "higher is better"),
        .polarityLowerBetter: .init(id: "makin rendah makin baik", en: "lower is better"),
        .polarityNeutral: .init(id: "netral (tidak dinilai)", en: "neutral (not scored)"),
        .kindCore: .init(id: "inti", en: "core"),
        .kindSupporting: .init(id: "pendukung", en: "supporting"),
        .kindIndicator: .init(id: "indikator", en: "indicator"),
        .kindProfile: .init(id: "profil", en: "profile"),
        // English keeps the catalogue's own ids: the README explains them under those names.
        .confidenceVerified: .init(id: "terverifikasi", en: "verified"),
        .confidenceEdition2014: .init(id: "edisi 2014", en: "edition-2014"),
        .confidenceTitleOnly: .init(id: "hanya judul", en: "title-only"),
        .confidenceMemory: .init(id: "berdasarkan ingatan", en: "memory"),
        .confidenceNationalStatistics: .init(id: "statistik nasional", en: "national-statistics"),
        .confidenceUser: .init(id: "ditetapkan pengguna", en: "user"),
    ]
}
