import Foundation

/// The engine's words: null reasons, warnings, levels and the names of methods.
extension LanguageTable {
    static let scoring: [TextKey: LocalizedText] = [
        .nullCoverageBelowMinimum: .init(id: "cakupan {dimension} {coverage} di bawah batas minimum {minimum}",
                                         en: "{dimension} coverage {coverage} is below {minimum}"),
        .nullDimensionWithoutValue: .init(id: "{dimension} tidak memiliki nilai", en: "{dimension} has no value"),
        .nullNothingInScope: .init(id: "tidak ada indikator yang dinilai dan memiliki nilai", en: "no in-scope indicator has a value"),
        .nullIndexNotFinite: .init(id: "indeks tidak dapat dihitung menjadi bilangan terhingga (periksa bobot dan besaran nilai)",
                                   en: "the index is not a finite number (check the weights and the values' magnitudes)"),
        .warningWinsorisedOne: .init(id: "pencilan diwinsorisasi sebelum normalisasi pada {count} indikator: {codes}",
                                     en: "outliers winsorised before normalisation in {count} indicator: {codes}"),
        .warningWinsorisedMany: .init(id: "pencilan diwinsorisasi sebelum normalisasi pada {count} indikator: {codes}",
                                      en: "outliers winsorised before normalisation in {count} indicators: {codes}"),
        .warningDerivedWeightsConstant: .init(id: "bobot {weights}: indikator pada elemen {element} tidak bervariasi dalam kohort ini sehingga diberi bobot setara",
                                              en: "{weights} weights: the indicators of {element} do not vary in this cohort; they keep equal weights"),
        .warningDimensionOutOfScope: .init(id: "dimensi {dimension} tidak memiliki indikator yang dinilai dalam data sehingga tidak diperhitungkan dalam indeks",
                                           en: "dimension {dimension} has no in-scope indicator in the data and is left out of the index"),
        .warningIndicatorsOutsideModel: .init(id: "sebanyak {count} indikator yang memiliki nilai pada tahun {year} tidak dinilai pada tahun acuan {reference} sehingga tidak diperhitungkan: {codes}",
                                              en: "{count} indicator(s) with values in {year} were not in scope in the reference year {reference} and are left out: {codes}"),
        .warningPCASmallSample: .init(
            id: "bobot PCA elemen {elements} diturunkan dari jumlah daerah yang tidak melebihi jumlah indikatornya (tetap dihitung atas permintaan pengguna) sehingga matriks korelasinya singular dan tidak dapat diestimasi dengan baik",
            en: "the PCA weights of {elements} were derived from no more cities than indicators (accepted on request): their correlation matrix is singular and cannot be estimated well"),
        .warningPCABelowCumulative: .init(
            id: "pada {count} elemen, komponen utama yang dipertahankan (nilai eigen > 1, masing-masing menjelaskan sedikitnya 10% varians) secara kumulatif menjelaskan kurang dari 60% varians, di bawah batas yang disarankan Handbook OECD/JRC: {elements}",
            en: "in {count} elements the principal components retained (eigenvalue > 1, at least 10% each) explain less than the 60% of the variance the OECD/JRC Handbook asks for: {elements}"),
        .warningReferenceTooSmallForWeights: .init(
            id: "tahun acuan {year} hanya memuat {cities} kabupaten/kota; bobot yang diturunkan darinya (entropi atau PCA) bertumpu pada terlalu sedikit daerah; sebaiknya gunakan bobot setara atau tahun acuan lain",
            en: "the reference year {year} has only {cities} regencies/cities; the weights derived from it (entropy or PCA) rest on too few regions: use equal weights or another reference year"),
        .warningElementValuesWeighZero: .init(
            id: "sebanyak {count} daerah hanya memiliki nilai pada indikator berbobot 0 di elemen {element} sehingga elemen tersebut tidak memiliki skor dan skor dimensinya dihitung dari elemen lain: {cities}",
            en: "{count} cities have values in {element}, but all of them weigh 0, so the element has no score for them and their dimension is scored on its other elements: {cities}"),
        .warningReferenceTooSmall: .init(id: "tahun acuan {year} hanya memuat {cities} kabupaten/kota; skala yang dipelajari darinya hampir tidak membedakan daerah; sebaiknya gunakan normalisasi batas acuan atau tahun acuan lain",
                                         en: "the reference year {year} has only {cities} regencies/cities; the scales learnt from it can hardly tell regions apart: use goalpost normalisation or another reference year"),
        .levelKurang: .init(id: "Kurang", en: "Poor"),
        .levelCukup: .init(id: "Cukup", en: "Fair"),
        .levelBaik: .init(id: "Baik", en: "Good"),
        .levelSangatBaik: .init(id: "Sangat Baik", en: "Very good"),
        .levelMemuaskan: .init(id: "Memuaskan", en: "Excellent"),
        .normalisationGoalpost: .init(id: "batas acuan", en: "goalpost"),
        .normalisationMinmax: .init(id: "min–maks kohort", en: "minmax"),
        .normalisationZscore: .init(id: "skor-z", en: "zscore"),
        .normalisationRank: .init(id: "persentil peringkat", en: "rank"),
        .aggregationArithmetic: .init(id: "aritmetika", en: "arithmetic"),
        .aggregationGeometric: .init(id: "geometrik", en: "geometric"),
        .weightsEqual: .init(id: "setara", en: "equal"),
        .weightsEntropy: .init(id: "entropi", en: "entropy"),
        .weightsPCA: .init(id: "analisis komponen utama", en: "pca"),
        .weightsPCASmallGroups: .init(
            id: "bobot PCA memerlukan jumlah daerah yang memiliki nilai lebih banyak daripada jumlah indikator pada setiap elemen; jumlah daerah tidak mencukupi pada {groups}",
            en: "PCA weights need more cities with values than indicators in each element; too few in {groups}"),
        .weightsPCASmallGroupsHint: .init(
            id: "tambahkan data daerah, gunakan bobot setara (equal) atau entropi (entropy), atau tambahkan --allow-small-pca untuk tetap menurunkan bobot dari matriks korelasi yang tidak dapat diestimasi dengan baik",
            en: "add cities, use equal or entropy weights, or add --allow-small-pca to derive them anyway from a correlation matrix that cannot be estimated well"),
        .weightsPCAGroup: .init(id: "{element} ({indicators} indikator, {cities} daerah)", en: "{element} ({indicators} indicators, {cities} cities)"),
        .weightsFile: .init(id: "dari berkas {path}", en: "file:{path}"),
        .weightsAHP: .init(id: "AHP dari berkas {path}", en: "ahp:{path}"),
        .targetsDefault: .init(id: "100", en: "100"),
        .targetsFile: .init(id: "berkas {path}", en: "file:{path}"),
        .dimensionShortGovernance: .init(id: "Tata Kelola", en: "Gov"),
        .dimensionShortBranding: .init(id: "Branding", en: "Brand"),
        .dimensionShortEconomy: .init(id: "Ekonomi", en: "Econ"),
        .dimensionShortLiving: .init(id: "Kehidupan", en: "Living"),
        .dimensionShortSociety: .init(id: "Masyarakat", en: "Society"),
        .dimensionShortEnvironment: .init(id: "Lingkungan", en: "Env"),
    ]
}
