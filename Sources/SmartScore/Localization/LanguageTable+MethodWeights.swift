import Foundation

/// The words of the method sections: how the weights were set, each part's share of the index, and the
/// consistency of AHP judgements (λ maks, CI, RI, CR), with the warning for judgements accepted above 0.1.
extension LanguageTable {
    static let methodWeights: [TextKey: LocalizedText] = [
        .methodWeightsHeading: .init(id: "Bobot yang diterapkan", en: "The weights as applied"),
        .methodWeightsEqual: .init(
            id: "Pembobotan setara: setiap dimensi dalam indeks, setiap elemen dalam dimensinya, dan setiap indikator dalam elemennya diberi bobot yang sama.",
            en: "Equal weighting: every dimension in the index, every element within its dimension and every indicator within its element has the same weight."),
        .methodWeightsFile: .init(
            id: "Bobot ditetapkan dalam berkas {path}. Bobot yang tidak dicantumkan dalam berkas bernilai 1, dan bobot setiap kelompok dinormalisasi ulang sehingga pangsanya berjumlah 100%.",
            en: "Weights set in the file {path}. Weights the file does not list are 1, and the weights of each group are renormalised so that its shares sum to 100%."),
        .methodWeightsAHP: .init(
            id: "Bobot diturunkan dengan Proses Hierarki Analitik (AHP) dari matriks perbandingan berpasangan dalam berkas {path}, berupa vektor eigen utama setiap matriks; kelompok yang tidak dinilai diberi bobot setara.",
            en: "Weights derived by the Analytic Hierarchy Process (AHP) from the pairwise comparison matrices in the file {path}, as each matrix's principal eigenvector; groups not judged have equal weights."),
        .methodWeightsEntropy: .init(
            id: "Bobot indikator diturunkan dengan metode entropi dari skor tahun acuan {reference} dan dinormalisasi ulang dalam setiap elemen; elemen dan dimensi diberi bobot setara.",
            en: "Indicator weights derived by the entropy method from the scores of the reference year {reference} and renormalised within each element; elements and dimensions have equal weights."),
        .methodWeightsPCA: .init(
            id: "Bobot indikator diturunkan dengan analisis komponen utama (PCA) dari skor tahun acuan {reference} dan dinormalisasi ulang dalam setiap elemen; elemen dan dimensi diberi bobot setara.",
            en: "Indicator weights derived by principal component analysis (PCA) from the scores of the reference year {reference} and renormalised within each element; elements and dimensions have equal weights."),
        .methodWeightsSharesNote: .init(
            id: "Pangsa terhadap indeks adalah bagian nominal setiap komponen apabila tidak ada nilai yang hilang: bobotnya dibagi jumlah bobot kelompoknya, lalu dikalikan dengan pangsa komponen induknya. Apabila suatu nilai hilang, bobotnya tidak diperhitungkan dan bobot lainnya dinormalisasi ulang.",
            en: "The share of the index is each part's nominal share when no value is missing: its weight over the total of its group, times its parent's share. When a value is missing, its weight is left out and the others are renormalised."),
        .methodWeightsWeight: .init(id: "Bobot", en: "Weight"),
        .methodWeightsShareOfIndex: .init(id: "Pangsa terhadap indeks", en: "Share of the index"),
        .methodWeightsShareInDimension: .init(id: "Pangsa dalam dimensi", en: "Share within the dimension"),
        .methodWeightsShareInElement: .init(id: "Pangsa dalam elemen", en: "Share within the element"),
        .methodWeightsElement: .init(id: "Elemen", en: "Element"),
        .methodWeightsDimensionsHeading: .init(id: "Pangsa dimensi terhadap indeks", en: "Dimension shares of the index"),
        .methodWeightsElementsHeading: .init(id: "Pangsa elemen menurut dimensi", en: "Element shares by dimension"),
        .methodWeightsIndicatorsHeading: .init(id: "Pangsa indikator menurut dimensi (diurutkan dari yang terbesar)",
                                               en: "Indicator shares by dimension, largest first"),
        .methodWeightsDetailsSummary: .init(id: "Bobot yang diterapkan pada {elements} elemen dan {indicators} indikator",
                                            en: "The weights of {elements} elements and {indicators} indicators as applied"),
        .methodWeightsAHPHeading: .init(id: "Konsistensi penilaian AHP", en: "Consistency of the AHP judgements"),
        .methodWeightsAHPBlock: .init(id: "Matriks perbandingan", en: "Judged block"),
        .methodWeightsAHPSize: .init(id: "Ordo (n)", en: "Order (n)"),
        .methodWeightsLambdaMax: .init(id: "λ maks", en: "λmax"),
        .methodWeightsCI: .init(id: "Indeks konsistensi (CI)", en: "Consistency index (CI)"),
        .methodWeightsRI: .init(id: "Indeks acak (RI)", en: "Random index (RI)"),
        .methodWeightsCR: .init(id: "Rasio konsistensi (CR)", en: "Consistency ratio (CR)"),
        .methodWeightsAHPStatus: .init(id: "Keterangan", en: "Status"),
        .methodWeightsBlockDimensions: .init(id: "antardimensi", en: "between the dimensions"),
        .methodWeightsBlockElements: .init(id: "antarelemen {dimension}", en: "between the elements of {dimension}"),
        .methodWeightsConsistent: .init(id: "konsisten (CR ≤ {ceiling})", en: "consistent (CR ≤ {ceiling})"),
        .methodWeightsAcceptedInconsistent: .init(id: "tidak konsisten (CR > {ceiling}), tetap digunakan karena --allow-inconsistent",
                                                  en: "inconsistent (CR > {ceiling}), accepted with --allow-inconsistent"),
        .methodWeightsAHPLegend: .init(
            id: "CI = (λ maks − n) / (n − 1) dan CR = CI / RI, dengan RI indeks acak Saaty untuk matriks berordo n ({values}); penilaian dinyatakan konsisten apabila CR ≤ {ceiling}.",
            en: "CI = (λmax − n) / (n − 1) and CR = CI / RI, where RI is Saaty's random index for an n × n matrix ({values}); judgements count as consistent when CR ≤ {ceiling}."),
        .methodWeightsInconsistentWarning: .init(
            id: "Peringatan: penilaian AHP {block} tidak konsisten (CR = {ratio}, melampaui batas {ceiling}) dan tetap digunakan karena --allow-inconsistent; bobot yang dihasilkan perlu ditinjau kembali.",
            en: "Warning: the AHP judgements {block} are inconsistent (CR = {ratio}, above the ceiling of {ceiling}) and were used only because of --allow-inconsistent; the weights they give should be reviewed."),
        .methodWeightsDimensionSharesLine: .init(id: "Pangsa dimensi terhadap indeks: {shares}.", en: "Dimension shares of the index: {shares}."),
        .methodWeightsSharePart: .init(id: "{name} {share}", en: "{name} {share}"),
        // Indonesian writes a decimal comma, so a list of numbers is separated by semicolons.
        .methodWeightsListSeparator: .init(id: "; ", en: ", "),
        .methodWeightsAHPLine: .init(id: "AHP ({block}): λ maks {lambda}; CI {ci}; RI {ri}; CR {cr} — {status}.",
                                     en: "AHP ({block}): λmax {lambda}, CI {ci}, RI {ri}, CR {cr} — {status}."),
    ]
}
