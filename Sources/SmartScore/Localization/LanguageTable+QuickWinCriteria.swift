import Foundation

/// The ministry's ten quick-win criteria and twelve questions (paraphrased in our own words, from
/// shared/reference/evaluation.md §4.5), and the errors of a quick-win assessment sheet. Keys of the sheet
/// (`quick_wins`, `programme`, `formulation`, …) are written as they are in the files, in both languages.
extension LanguageTable {
    static let quickWinCriteria: [TextKey: LocalizedText] = [
        // The criteria, by their official Indonesian names.
        .quickwinCriterionFormulation: .init(id: "Perumusan inovasi", en: "Formulation of the innovation"),
        .quickwinCriterionAppeal: .init(id: "Daya tarik inovasi", en: "Appeal of the innovation"),
        .quickwinCriterionBenefit: .init(id: "Manfaat inovasi", en: "Benefit of the innovation"),
        .quickwinCriterionUniqueness: .init(id: "Keunikan inovasi", en: "Uniqueness of the innovation"),
        .quickwinCriterionPartnership: .init(id: "Peluang kemitraan", en: "Partnership potential"),
        .quickwinCriterionDevelopment: .init(id: "Potensi pengembangan", en: "Development potential"),
        .quickwinCriterionContinuity: .init(id: "Keberlangsungan", en: "Continuity"),
        .quickwinCriterionResources: .init(id: "Sumber daya", en: "Resources"),
        .quickwinCriterionRiskManagement: .init(id: "Manajemen risiko", en: "Risk management"),
        .quickwinCriterionSustainability: .init(id: "Keberlanjutan", en: "Sustainability"),

        // The questions.
        .quickwinQuestionFormulation: .init(
            id: "Apakah perumusan inovasi melibatkan seluruh pemangku kepentingan kota cerdas dan menjawab isu strategis dalam RPJMD?",
            en: "Were all the smart-city stakeholders involved in formulating the innovation, and does it address strategic issues of the RPJMD?"),
        .quickwinQuestionAppeal: .init(
            id: "Apakah inovasi menarik minat masyarakat, pemerintah daerah, dan pihak dari luar daerah?",
            en: "Does the innovation interest residents and the local government, and parties from outside the region?"),
        .quickwinQuestionBenefit: .init(
            id: "Apakah manfaat inovasi benar-benar dirasakan oleh masyarakat?",
            en: "Do residents really feel the benefits of the innovation?"),
        .quickwinQuestionUniqueness: .init(
            id: "Apakah inovasi memiliki keunikan atau unsur kreativitas?",
            en: "Is the innovation distinctive, or does it show creativity?"),
        .quickwinQuestionPartnership: .init(
            id: "Apakah inovasi membuka peluang kemitraan dengan pihak di luar pemerintah daerah?",
            en: "Does the innovation open the way to partnerships with parties outside the local government?"),
        .quickwinQuestionDevelopment: .init(
            id: "Apakah inovasi dapat dikembangkan lebih lanjut pada masa mendatang?",
            en: "Can the innovation be developed further in the years to come?"),
        .quickwinQuestionContinuity: .init(
            id: "Apakah pemerintah daerah memiliki strategi untuk menjaga keberlangsungan inovasi?",
            en: "Does the local government have a strategy to keep the innovation going?"),
        .quickwinQuestionResources: .init(
            id: "Apakah sumber daya untuk membangun dan menjalankan inovasi (SDM, anggaran, sarana dan prasarana) sudah tersedia?",
            en: "Are the resources to build and run the innovation (staff, budget, facilities) in place?"),
        .quickwinQuestionRiskIdentification: .init(
            id: "Sejauh mana pemerintah daerah telah mengidentifikasi risiko inovasi?",
            en: "How far has the local government identified the innovation's risks?"),
        .quickwinQuestionRiskMitigation: .init(
            id: "Sejauh mana pemerintah daerah telah menyusun rencana mitigasi atas risiko tersebut?",
            en: "How far has the local government drawn up a plan to mitigate those risks?"),
        .quickwinQuestionSustainabilityRunning: .init(
            id: "Apakah quick win tahun sebelumnya masih berjalan pada tahun ini?",
            en: "Are the previous year's quick wins still running this year?"),
        .quickwinQuestionSustainabilityNew: .init(
            id: "Berapa banyak quick win baru yang dilaksanakan pada tahun ini?",
            en: "How many new quick wins are being carried out this year?"),

        // The assessment sheet.
        .quickwinSheetWhatSheet: .init(id: "lembar penilaian quick win", en: "a quick-win assessment sheet"),
        .quickwinSheetWhatEntry: .init(id: "entri quick win", en: "a quick-win entry"),
        .quickwinSheetFormat: .init(id: "jenis lembar penilaian tidak dapat dikenali dari nama berkasnya",
                                    en: "cannot tell the sheet's format from its file name"),
        .quickwinSheetFormatHint: .init(id: "beri nama berkas berakhiran .yaml atau .yml (YAML), atau .csv (CSV)",
                                        en: "name the file .yaml or .yml (YAML), or .csv (CSV)"),
        .quickwinSheetEmpty: .init(id: "lembar penilaian tidak memuat satu pun quick win", en: "the sheet assesses no quick win"),
        .quickwinSheetEmptyYAMLHint: .init(
            id: "cantumkan setiap quick win di bawah quick_wins: beserta programme dan skor ke-12 pertanyaannya",
            en: "list each quick win under quick_wins: with its programme and the scores of the 12 questions"),
        .quickwinSheetEmptyCSVHint: .init(
            id: "tulis satu baris untuk setiap quick win di bawah header programme,formulation,appeal,…",
            en: "write one row per quick win below the header programme,formulation,appeal,…"),
        .quickwinSheetTooManyRows: .init(id: "lembar penilaian memuat lebih dari {limit} baris", en: "the sheet has more than {limit} rows"),
        .quickwinSheetUnknownProgramme: .init(id: "program '{programme}' tidak terdapat dalam katalog program",
                                              en: "the programme '{programme}' is not in the programme catalogue"),
        .quickwinSheetUnknownProgrammeHint: .init(
            id: "tulis id atau nama program persis seperti dalam katalog; mungkin yang dimaksud {programmes}?",
            en: "write the programme's id or its exact name from the catalogue; did you mean {programmes}?"),
        .quickwinSheetProgrammeEmpty: .init(id: "sel programme pada baris ini kosong", en: "the programme cell of this row is empty"),
        .quickwinSheetDuplicateProgramme: .init(id: "quick win {programme} dinilai lebih dari satu kali",
                                                en: "the quick win {programme} is assessed twice"),
        .quickwinSheetDuplicateProgrammeHint: .init(id: "penilaian pertama ada di {location}; setiap quick win cukup dinilai satu kali",
                                                    en: "it is first assessed at {location}; give each quick win one entry"),
        .quickwinSheetUnknownQuestion: .init(id: "pertanyaan '{key}' tidak dikenal", en: "unknown question '{key}'"),
        .quickwinSheetUnknownQuestionHint: .init(id: "mungkin yang dimaksud '{nearest}'? kunci ke-12 pertanyaan: {keys}",
                                                 en: "did you mean '{nearest}'? the keys of the 12 questions are {keys}"),
        .quickwinSheetMissingQuestion: .init(id: "{programme} belum diberi skor untuk {questions}",
                                             en: "{programme} has no score for {questions}"),
        .quickwinSheetMissingQuestionHint: .init(id: "setiap quick win harus diberi skor 0–4 untuk ke-12 pertanyaan",
                                                 en: "every quick win needs a score from 0 to 4 on each of the 12 questions"),
        .quickwinSheetNotANumber: .init(id: "'{value}' bukan angka (skor {question})", en: "'{value}' is not a number (the score of {question})"),
        .quickwinSheetNotANumberHint: .init(id: "tulis skornya sebagai angka 0–4, misalnya 3 atau 3.4",
                                            en: "write the score as a number from 0 to 4, such as 3 or 3.4"),
        .quickwinSheetNotANumberCSVHint: .init(
            id: "tulis skornya sebagai angka 0–4, misalnya 3 atau 3{decimal}4; tanda desimal berkas ini '{decimal}'",
            en: "write the score as a number from 0 to 4, such as 3 or 3{decimal}4; this file's decimal mark is '{decimal}'"),
        .quickwinSheetScoreRange: .init(id: "skor {value} untuk {question} berada di luar rentang 0–4",
                                        en: "the score {value} of {question} is outside 0–4"),
        .quickwinSheetScoreRangeHint: .init(
            id: "skala penilaian berkisar dari 0 (belum ada) sampai dengan 4 (terpenuhi sepenuhnya); nilai rata-rata tim penilai boleh berupa bilangan desimal",
            en: "the scale runs from 0 (nothing in place) to 4 (fully met); a panel's mean may have decimals"),
        .quickwinSheetUnknownColumn: .init(id: "kolom '{name}' tidak dikenal", en: "unknown column '{name}'"),
        .quickwinSheetColumnsHint: .init(id: "kolom yang dikenal: {columns}", en: "the columns are {columns}"),
        .quickwinSheetDuplicateColumn: .init(id: "kolom '{name}' muncul dua kali di header (pertama kali sebagai kolom ke-{first})",
                                             en: "the column '{name}' appears twice in the header (first as column {first})"),
        .quickwinSheetNoProgrammeColumn: .init(id: "header tidak memuat kolom programme", en: "the header has no programme column"),
        .quickwinSheetMissingColumns: .init(id: "header tidak memuat kolom {questions}", en: "the header has no column for {questions}"),
        .quickwinSheetRagged: .init(id: "baris ini memuat {fields} kolom, sedangkan header memuat {columns} kolom",
                                    en: "the row has {fields} fields, the header has {columns}"),
        .quickwinSheetRaggedHint: .init(
            id: "periksa tanda '{separator}' yang hilang atau berlebih, atau apit teks yang memuat tanda tersebut dengan tanda petik",
            en: "check for a missing or extra '{separator}', or quote a text that contains one"),
    ]
}
