import Foundation

/// Issue 17: the wording of the cohort's evaluation page (`assessment rank --format html`).
extension LanguageTable {
    static let assessmentCohort: [TextKey: LocalizedText] = [
        .assessmentParticipantsCard: .init(id: "peserta yang dinilai", en: "participants scored"),
        .assessmentMedianCard: .init(id: "median nilai akhir", en: "median final score"),
        .assessmentNonParticipantsCard: .init(id: "daerah tidak mengikuti evaluasi", en: "regions that did not take part"),
        .assessmentRankingHeading: .init(id: "Peringkat peserta", en: "Ranking of the participants"),
        .assessmentNonParticipantsHeading: .init(id: "Daerah yang tidak mengikuti evaluasi (tidak diperingkat)",
                                                 en: "Regions that did not take part (not ranked)"),
    ]
}
