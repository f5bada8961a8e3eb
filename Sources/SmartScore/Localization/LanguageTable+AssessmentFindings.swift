import Foundation

/// Issue 17: recommendations that group the weak questions sharing one advice, a tie said as a sentence, and
/// the readiness comparison when every participant has data.
extension LanguageTable {
    static let assessmentFindings: [TextKey: LocalizedText] = [
        .assessmentGainOne: .init(id: "[Nilai {questions}; menaikkannya menjadi {top} menambah nilai akhir {gain} poin.]",
                                  en: "[Score {questions}; raising it to {top} adds {gain} points to the final.]"),
        .assessmentGainMany: .init(id: "[Nilai {questions}; menaikkan semuanya menjadi {top} menambah nilai akhir {gain} poin.]",
                                   en: "[Scores {questions}; raising them all to {top} adds {gain} points to the final.]"),
        .assessmentTiedSentence: .init(id: "Nilai akhir yang dibulatkan sama dengan nilai {regions}, sehingga peringkatnya sama.",
                                       en: "The rounded final equals that of {regions}, so the rank is shared."),
        .assessmentAtMedian: .init(id: "sama dengan median", en: "at the median"),
        .assessmentCohortAdded: .init(id: "{region} tidak tercantum dalam tabel kelompok {file}; nilainya ditambahkan ke kelompok sebagai pembanding.",
                                      en: "{region} is not in the cohort table {file}; its score is added to the cohort for comparison."),
        .assessmentCohortWasNonParticipant: .init(
            id: "{region} tercantum dalam tabel {file} sebagai daerah yang tidak mengikuti evaluasi; nilai dari lembar isiannya ditempatkan dalam kelompok hanya sebagai pembanding.",
            en: "{region} is listed in {file} as not taking part; its sheet's score is placed in the cohort for comparison only."),
        .assessmentCohortGroupDiffers: .init(id: "{region} termasuk kelompok {table} dalam tabel {file}, bukan {group}",
                                             en: "{region} is in the group {table} in {file}, not {group}"),
        .assessmentCohortGroupDiffersHint: .init(id: "hapus --group agar kelompok dari tabel yang dipakai, atau sebutkan --group {table}",
                                                 en: "leave out --group to take the table's group, or give --group {table}"),
        .assessmentReadinessRegionMissing: .init(
            id: "Data kesiapan ({source}) tidak memuat {region}, sehingga rekomendasi tidak dapat menyebut nilai indikator dan kandidat quick win menurut data daerah ini.",
            en: "The readiness data ({source}) hold no values for {region}, so the recommendations cannot name its indicator values or rank quick wins by its own data."),
        .surveyQuestionUnanswered: .init(id: "tidak ada responden yang menjawab {id}", en: "no respondent answers {id}"),
        .surveyQuestionUnansweredHint: .init(id: "isi jawaban survei untuk pertanyaan ini, atau hapus kolomnya dan beri nilainya pada lembar isian",
                                             en: "fill in the survey's answers to this question, or remove its column and score it in the sheet"),
        .surveyNoSurveyInEdition: .init(id: "edisi {edition} tidak memiliki pertanyaan yang dijawab melalui survei; nilai dampaknya diisi sendiri pada lembar isian",
                                        en: "edition {edition} has no questions answered by a survey; its impact is self-assessed in the sheet"),
        .assessmentEditionsOrder: .init(id: "edisi awal ({earlier}) harus lebih dahulu daripada edisi akhir ({later})",
                                        en: "the earlier edition ({earlier}) must come before the later one ({later})"),
        .assessmentPreviousNeedsRegion: .init(id: "peningkatan terhadap evaluasi sebelumnya memerlukan kode daerah untuk mencarinya dalam tabel",
                                              en: "the improvement against the previous evaluation needs the region's code to find it in the table"),
        .assessmentImprovementLine: .init(id: "Peningkatan terhadap evaluasi {edition}: {improvement} (nilai akhir {edition}: {previous}; dari tabel {file}).",
                                          en: "Improvement on the {edition} evaluation: {improvement} ({edition} final: {previous}; from the table {file})."),
        .assessmentNoPrevious: .init(id: "Tidak ada nilai evaluasi {edition} untuk daerah ini dalam {file} (tidak tercantum atau tidak mengikuti evaluasi), sehingga tidak ada nilai peningkatan.",
                                     en: "No {edition} evaluation of this region in {file} (not listed, or did not take part), so there is no improvement."),
        .assessmentAndMore: .init(id: "{list} dan {count} lainnya", en: "{list} and {count} more"),
        .assessmentAgreementAllMatched: .init(
            id: "Korelasi peringkat Spearman antara nilai akhir evaluasi dan indeks kesiapan {year}: {rho} ({reading}), atas seluruh {matched} peserta. Kedua ukuran menilai hal yang berbeda: evaluasi menilai pelaksanaan masterplan, indeks kesiapan membaca nilai indikator.",
            en: "Spearman rank correlation between the final score and the {year} readiness index: {rho} ({reading}), over all {matched} participants. The two measure different things: the evaluation rates how the masterplan is carried out, readiness reads indicator values."),
    ]
}
