import Foundation

/// The words of the uncertainty report, and the names and descriptions of the uncertain inputs. The
/// English descriptions are also the `description` of each input in the sensitivity JSON, so they must
/// not change.
extension LanguageTable {
    static let sensitivity: [TextKey: LocalizedText] = [
        .sensitivityTitle: .init(id: "Ketidakpastian peringkat", en: "Uncertainty of the ranking"),
        .sensitivityRuns: .init(id: "Jumlah simulasi: {runs}; benih acak: {seed}; masukan yang tidak pasti: {inputs}",
                                en: "{runs} runs, seed {seed}; uncertain inputs: {inputs}"),
        .sensitivityMedian: .init(id: "Median", en: "Median"),
        .sensitivityRange: .init(id: "Rentang 5–95%", en: "5–95% range"),
        .sensitivityMeanSD: .init(id: "Rata-rata ± simpangan baku", en: "Mean ± sd"),
        .sensitivityIndicesHeading: .init(id: "Indeks sensitivitas (Sobol; keluaran: rata-rata nilai absolut pergeseran peringkat)",
                                          en: "Sensitivity indices (Sobol; output: mean absolute rank shift)"),
        .sensitivityInput: .init(id: "Masukan", en: "Input"),
        .sensitivityUncertainInput: .init(id: "Masukan yang tidak pasti", en: "Uncertain input"),
        .sensitivityFirstOrder: .init(id: "Orde pertama", en: "First order"),
        .sensitivityTotal: .init(id: "Total", en: "Total"),
        .sensitivityWhatVaries: .init(id: "Keterangan", en: "What varies"),
        .sensitivityMeanShift: .init(id: "Rata-rata nilai absolut pergeseran peringkat: {shift}", en: "Mean absolute rank shift: {shift}"),
        .sensitivityRankInterval90: .init(id: "Rentang peringkat 90%", en: "90% rank interval"),
        .sensitivityInterval: .init(id: "Selang {level}", en: "{level} interval"),
        .sensitivityEstimators: .init(
            id: "Orde pertama: penduga Saltelli (2010); total: penduga Jansen (1999). Selang kepercayaan {level}: bootstrap persentil dengan {resamples} kali pengambilan sampel ulang dari {base} sampel dasar.",
            en: "First order: Saltelli (2010) estimator; total: Jansen (1999) estimator. {level} intervals: percentile bootstrap, {resamples} resamples of the {base} base samples."),
        .sensitivityFirstOrderZero: .init(
            id: "Pengaruh orde pertama {inputs} tidak berbeda nyata dari 0 (selang kepercayaannya mencakup 0).",
            en: "The first-order effect of {inputs} is not distinguishable from 0 (its interval includes 0)."),
        .sensitivityTotalZero: .init(
            id: "Pengaruh total {inputs} tidak berbeda nyata dari 0 (selang kepercayaannya mencakup 0).",
            en: "The total effect of {inputs} is not distinguishable from 0 (its interval includes 0)."),
        .sensitivitySamplesTooLow: .init(
            id: "Dengan {runs} simulasi, selang kepercayaan terlebar adalah {width} (lebih dari {narrow}) sehingga urutan pengaruh masukan belum dapat dipastikan; untuk selang sekitar {narrow}, gunakan sekitar --samples {suggested}.",
            en: "With {runs} runs the widest interval is {width} (more than {narrow}), too wide to order the inputs by; for intervals of about {narrow}, use about --samples {suggested}."),
        .sensitivityBimodalMark: .init(id: "*", en: "*"),
        .sensitivityBimodalHeading: .init(
            id: "* Peringkat hasil simulasi terbagi ke dalam dua kelompok sehingga median tidak mewakili keduanya:",
            en: "* The runs' ranks split into two groups, so the median does not represent them:"),
        .sensitivityBimodalCity: .init(
            id: "{name}: sekitar peringkat {first} ({firstShare} simulasi) atau sekitar peringkat {second} ({secondShare})",
            en: "{name}: about rank {first} ({firstShare} of runs) or about rank {second} ({secondShare})"),
        .inputWeights: .init(id: "bobot", en: "weights"),
        .inputIndicatorWeights: .init(id: "bobot indikator", en: "indicator weights"),
        .inputIndicatorWeightsDescription: .init(
            id: "bobot setiap indikator dalam elemennya, berdistribusi seragam dalam rentang ±sebaran (--weight-spread) di sekitar nilai nominalnya",
            en: "each indicator's weight within its element, uniform within ±spread of nominal"),
        .inputNormalisation: .init(id: "normalisasi", en: "normalisation"),
        .inputAggregation: .init(id: "agregasi", en: "aggregation"),
        .inputMissing: .init(id: "data hilang", en: "missing"),
        .inputDrop: .init(id: "penghapusan indikator", en: "drop"),
        .inputWeightsDescription: .init(id: "bobot elemen dan dimensi, berdistribusi seragam dalam rentang ±sebaran (--weight-spread) di sekitar nilai nominalnya",
                                        en: "element and dimension weights, uniform within ±spread of nominal"),
        .inputNormalisationDescription: .init(id: "metode normalisasi, dipilih secara seragam dari himpunan metode",
                                              en: "normalisation method, drawn uniformly from the set"),
        .inputAggregationDescription: .init(id: "agregasi aritmetika atau geometrik, dengan peluang yang sama",
                                            en: "arithmetic or geometric aggregation, with equal probability"),
        .inputMissingDescription: .init(id: "data hilang diabaikan, atau diisi dengan median daerah yang sejenis (kota atau kabupaten)",
                                        en: "missing values left out, or imputed with the median of peers of the same type"),
        .inputDropDescription: .init(id: "tanpa penghapusan, atau satu indikator yang masuk penilaian dihapus; dipilih secara seragam",
                                     en: "no indicator or one in-scope indicator dropped, uniformly"),
    ]
}
