import Foundation

/// The words of the statistical audit: correlations across the hierarchy, Cronbach's alpha, collinear
/// pairs and each part's influence on the index against its nominal weight.
extension LanguageTable {
    static let audit: [TextKey: LocalizedText] = [
        .auditTitle: .init(id: "Audit statistik", en: "Statistical audit"),
        .auditBasis: .init(
            id: "Dasar perhitungan: {cities} kabupaten/kota, {indexed} di antaranya memiliki indeks; tahun {year}; {indicators} indikator yang dinilai dalam {dimensions} dimensi dan {elements} elemen.",
            en: "Basis: {cities} regencies and cities, {indexed} of them with an index; year {year}; {indicators} in-scope indicators in {dimensions} dimensions and {elements} elements."),
        .auditCorrelationBasis: .init(
            id: "Korelasi: koefisien Pearson antarskor ternormalisasi dengan penghapusan berpasangan (pairwise deletion), yaitu setiap pasangan dihitung dari daerah yang memiliki kedua nilai (sedikitnya {minimum} daerah; jika kurang, korelasi tidak terdefinisi).",
            en: "Correlations: Pearson on the normalised scores, pairwise-complete: each pair over the cities that have both values (at least {minimum}; with fewer the correlation is undefined)."),
        .auditDimensionCorrelations: .init(id: "Korelasi antardimensi dan dengan indeks", en: "Correlations between dimensions and with the index"),
        .auditReliabilityHeading: .init(id: "Konsistensi internal (alfa Cronbach)", en: "Internal consistency (Cronbach's alpha)"),
        .auditPart: .init(id: "Dimensi/elemen", en: "Dimension / element"),
        .auditIndicatorCount: .init(id: "Jumlah indikator", en: "Indicators"),
        .auditAlpha: .init(id: "α", en: "α"),
        .auditRemark: .init(id: "Keterangan", en: "Remark"),
        .auditAlphaTooFew: .init(id: "hanya {count} indikator; alfa Cronbach memerlukan sedikitnya 2",
                                 en: "only {count} indicator; Cronbach's alpha needs at least 2"),
        .auditAlphaVarianceUndefined: .init(
            id: "varians {code} tidak terdefinisi (kurang dari 3 daerah memiliki nilainya)",
            en: "the variance of {code} is undefined (fewer than 3 cities have a value)"),
        .auditTooFewCities: .init(
            id: "audit statistik memerlukan sedikitnya {minimum} daerah; data tahun {year} hanya memuat {count} daerah",
            en: "the statistical audit needs at least {minimum} cities; the data of {year} has {count}"),
        .auditNegativeUndefined: .init(
            id: "Korelasi dengan dimensinya tidak terdefinisi untuk {count} indikator (kurang dari 3 daerah memiliki kedua nilai, atau nilainya tidak bervariasi); indikator tersebut tidak termasuk dalam pemeriksaan ini.",
            en: "The correlation with its dimension is undefined for {count} indicators (fewer than 3 cities have both values, or the values do not vary); they are not covered by this check."),
        .auditCollinearUndefined: .init(
            id: "Korelasi tidak terdefinisi untuk {count} pasangan indikator (kurang dari 3 daerah memiliki kedua nilai, atau nilainya tidak bervariasi); pasangan tersebut tidak termasuk dalam pemeriksaan ini.",
            en: "The correlation is undefined for {count} pairs of indicators (fewer than 3 cities have both values, or the values do not vary); they are not covered by this check."),
        .auditAlphaCovarianceUndefined: .init(
            id: "kovarians antara {first} dan {second} tidak terdefinisi (kurang dari 3 daerah memiliki kedua nilai)",
            en: "the covariance of {first} and {second} is undefined (fewer than 3 cities have both values)"),
        .auditAlphaNoVariance: .init(id: "skor indikatornya tidak bervariasi", en: "its indicator scores do not vary"),
        .auditAlphaLegend: .init(
            id: "α = k/(k − 1) · (1 − tr(C)/ΣC), dengan k jumlah indikator dan C matriks kovarians skor indikator (penghapusan berpasangan); nilai α ≥ {threshold} lazim dianggap menunjukkan konsistensi internal yang memadai.",
            en: "α = k/(k − 1) · (1 − tr(C)/ΣC), C the pairwise-complete covariance matrix of the k indicator scores; {threshold} and above is commonly read as adequate consistency."),
        .auditNegativeHeading: .init(id: "Indikator berkorelasi negatif dengan dimensinya (r < 0)",
                                     en: "Indicators negatively correlated with their dimension (r < 0)"),
        .auditNegativeCount: .init(
            id: "Sebanyak {count} indikator bergerak berlawanan arah dengan dimensinya; periksa polaritas, batas acuan, dan data sumbernya.",
            en: "Indicators moving against the dimension that contains them: {count}; check their polarity, goalposts and source data."),
        .auditNegativeNone: .init(id: "Tidak ada indikator yang berkorelasi negatif dengan dimensinya.",
                                  en: "No indicator is negatively correlated with its dimension."),
        .auditIndicator: .init(id: "Indikator", en: "Indicator"),
        .auditDimension: .init(id: "Dimensi", en: "Dimension"),
        .auditR: .init(id: "r", en: "r"),
        .auditRSquared: .init(id: "r²", en: "r²"),
        .auditRDimension: .init(id: "r dimensi", en: "r dimension"),
        .auditRElement: .init(id: "r elemen", en: "r element"),
        .auditRIndex: .init(id: "r indeks", en: "r index"),
        .auditCollinearHeading: .init(id: "Pasangan kolinear (|r| > {threshold})", en: "Collinear pairs (|r| > {threshold})"),
        .auditCollinearCount: .init(
            id: "Sebanyak {count} pasangan indikator berkorelasi sangat kuat; dalam setiap pasangan, salah satu indikator mungkin hanya mengukur ulang hal yang sama sehingga terhitung dua kali.",
            en: "Pairs of indicators moving almost together: {count}; in each pair, one indicator may measure the same thing twice."),
        .auditCollinearNone: .init(id: "Tidak ada pasangan indikator dengan |r| > {threshold}.",
                                   en: "No pair of indicators has |r| > {threshold}."),
        .auditCollinearMore: .init(id: "… dan {count} pasangan lainnya; keluaran JSON memuat seluruhnya.",
                                   en: "… and {count} more pairs; the JSON output lists them all."),
        .auditFirst: .init(id: "Indikator A", en: "Indicator A"),
        .auditSecond: .init(id: "Indikator B", en: "Indicator B"),
        .auditCities: .init(id: "Daerah", en: "Cities"),
        .auditRelation: .init(id: "Hubungan", en: "Relation"),
        .auditSameElement: .init(id: "elemen sama", en: "same element"),
        .auditSameDimension: .init(id: "dimensi sama, elemen berbeda", en: "same dimension, other element"),
        .auditAcrossDimensions: .init(id: "lintas dimensi", en: "across dimensions"),
        .auditImportanceHeading: .init(id: "Pengaruh terhadap indeks", en: "Influence on the index"),
        .auditImportanceRule: .init(
            id: "Efek utama setiap komponen terhadap indeks diestimasi dengan r² antara komponen tersebut dan indeks (Paruolo, Saisana & Saltelli 2013), lalu dinormalisasi menjadi porsi pengaruh dan dibandingkan dengan bobot nominalnya. Tanda \"{lowWord}\": porsi pengaruh kurang dari {low} kali bobot nominal; tanda \"{highWord}\": lebih dari {high} kali.",
            en: "Each part's main effect on the index is estimated by its r² with the index (Paruolo, Saisana & Saltelli 2013), normalised to an influence share and set beside its nominal weight; flag \"{lowWord}\": an influence share below {low} times the nominal weight; flag \"{highWord}\": above {high} times."),
        .auditByDimension: .init(id: "Per dimensi", en: "By dimension"),
        .auditTopIndicators: .init(id: "{count} indikator dengan porsi pengaruh terbesar", en: "Largest influence share ({count} indicators)"),
        .auditBottomIndicators: .init(id: "{count} indikator dengan porsi pengaruh terkecil", en: "Smallest influence share ({count} indicators)"),
        .auditFlaggedHeading: .init(
            id: "Indikator yang ditandai: {low} dengan porsi pengaruh di bawah {lowRatio} kali bobot nominalnya dan {high} di atas {highRatio} kali (diurutkan dari yang paling menyimpang)",
            en: "Flagged indicators: {low} below {lowRatio} times and {high} above {highRatio} times their nominal weight (farthest first)"),
        .auditFlaggedNone: .init(id: "Tidak ada indikator yang porsi pengaruhnya menyimpang dari bobot nominalnya menurut aturan di atas.",
                                 en: "No indicator's influence share strays from its nominal weight by the rule above."),
        .auditFlaggedMore: .init(id: "… dan {count} indikator lainnya; keluaran CSV memuat seluruhnya.",
                                 en: "… and {count} more indicators; the CSV output lists them all."),
        .auditImportanceUndefined: .init(
            id: "Indikator yang korelasinya dengan indeks tidak terdefinisi (skornya tidak bervariasi, atau kurang dari {minimum} daerah memiliki nilai indikator sekaligus indeks): {count} — {codes}.",
            en: "Indicators without a defined correlation with the index (their scores do not vary, or fewer than {minimum} cities have both a value and an index): {count} — {codes}."),
        .auditImportanceNoIndex: .init(
            id: "Pengaruh terhadap indeks tidak dapat diestimasi: hanya {indexed} kabupaten/kota yang memiliki indeks, sedangkan korelasi memerlukan sedikitnya {minimum}.",
            en: "Influence on the index cannot be estimated: only {indexed} regencies and cities have an index, and a correlation needs at least {minimum}."),
        .auditMoreCodes: .init(id: "… dan {count} lainnya", en: "… and {count} more"),
        .auditShare: .init(id: "Porsi pengaruh", en: "Influence share"),
        .auditNominalShare: .init(id: "Bobot nominal", en: "Nominal weight"),
        .auditRatio: .init(id: "Rasio", en: "Ratio"),
        .auditFlag: .init(id: "Tanda", en: "Flag"),
        // Short, for a table column: the rule is stated above the table.
        .auditFlagLow: .init(id: "rendah", en: "low"),
        .auditFlagHigh: .init(id: "tinggi", en: "high"),
    ]
}
