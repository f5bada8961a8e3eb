import Foundation

/// Issue 17: recommendations that group the weak questions sharing one advice, a tie said as a sentence, and
/// the readiness comparison when every participant has data.
extension LanguageTable {
    static let assessmentFindings: [TextKey: LocalizedText] = [
        .assessmentGainOne: .init(id: "[Nilai {questions}; menaikkannya menjadi {top} menambah nilai akhir {gain} poin.]",
                                  en: "[Score {questions}; raising it to {top} adds {gain} points to the final.]"),
        .assessmentGainMany: .init(id: "[Nilai {questions}; menaikkan semuanya menjadi {top} menambah nilai akhir {gain} poin.]",
                                   en: "[Scores {questions}; raising them all to {top} adds {gain} points to the final.]"),
        .assessmentTiedSentence: .init(id: "Nilai akhir yang diumumkan sama dengan {count} daerah lain, sehingga peringkatnya dibagi bersama.",
                                       en: "The published final equals that of {count} other regions, so the rank is shared."),
        .assessmentAgreementAllMatched: .init(
            id: "Korelasi peringkat Spearman antara nilai akhir evaluasi dan indeks kesiapan {year}: {rho} ({reading}), atas seluruh {matched} peserta. Kedua ukuran menilai hal yang berbeda: evaluasi menilai pelaksanaan masterplan, indeks kesiapan membaca nilai indikator.",
            en: "Spearman rank correlation between the final score and the {year} readiness index: {rho} ({reading}), over all {matched} participants. The two measure different things: the evaluation rates how the masterplan is carried out, readiness reads indicator values."),
    ]
}
