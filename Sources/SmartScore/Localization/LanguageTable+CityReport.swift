import Foundation

/// The words of a city's report (`report --city`): the HTML page's sections, cards, charts and captions,
/// and the parts the Markdown adds to `evaluate`'s.
extension LanguageTable {
    static let cityReport: [TextKey: LocalizedText] = [
        .cityReportDataYear: .init(id: "tahun data {year}", en: "data year {year}"),
        .cityReportIntro: .init(
            id: "Bahan Buku 1 (analisis strategis) serta Buku 2 (arah strategi, quick win, dan peta jalan) masterplan smart city yang dihitung oleh smartscore berdasarkan indikator SNI ISO 37120, 37122, dan 37123.",
            en: "Material for Buku 1 (strategic analysis) and Buku 2 (strategy, quick wins and roadmap) of the smart-city masterplan, computed by smartscore from the SNI ISO 37120, 37122 and 37123 indicators."),

        // 1. Profile and coverage.
        .cityReportProfile: .init(id: "Profil", en: "Profile"),
        .cityReportIndicatorsWithValue: .init(id: "Indikator yang memiliki nilai", en: "Indicators with a value"),
        .cityReportDataCoverage: .init(id: "Cakupan data", en: "Data coverage"),
        .cityReportCoverageChart: .init(id: "Cakupan data per dimensi (%)", en: "Data coverage per dimension (%)"),
        .cityReportCoverageCaption: .init(
            id: "Cakupan data per dimensi (%): indikator yang dinilai dan memiliki nilai, dibandingkan dengan seluruh indikator yang dinilai dalam kohort.",
            en: "Data coverage per dimension (%): scored indicators with a value, out of those scored in the cohort."),
        .cityReportSectionProfile: .init(id: "1. Profil daerah dan cakupan data", en: "1. Regional profile and data coverage"),

        // 2. Index and level.
        .cityReportCardIndex: .init(id: "Indeks kesiapan (0–100)", en: "Readiness index (0–100)"),
        .cityReportCardLevel: .init(id: "Predikat (skala SPBE)", en: "Level (SPBE scale)"),
        .cityReportCardGap: .init(id: "Kesenjangan terhadap target {target}", en: "Gap to the target {target}"),
        .cityReportCardRank: .init(id: "Peringkat dalam kohort", en: "Rank in the cohort"),
        .cityReportNoIndex: .init(id: "Indeks tidak dihitung: ", en: "No index: "),
        .cityReportSectionIndex: .init(id: "2. Indeks kesiapan dan predikat", en: "2. Readiness index and level"),

        // 3. Dimensions and pillars.
        .cityReportCohortMedian: .init(id: "Median kohort", en: "Cohort median"),
        .cityReportRadar: .init(id: "Diagram radar enam dimensi", en: "Radar of the six dimensions"),
        .cityReportRadarCaption: .init(id: "Skor dimensi kota dibandingkan dengan median {count} kabupaten/kota dalam data.",
                                       en: "The city's dimension scores against the median of the {count} regencies and cities in the data."),
        .cityReportHeatHeading: .init(id: "Dimensi × pilar kesiapan", en: "Dimension × readiness pillar"),
        .cityReportHeat: .init(id: "Peta panas dimensi × pilar", en: "Dimension × pillar heat map"),
        .cityReportHeatCaption: .init(
            id: "Rata-rata skor indikator kota pada tiap sel (struktur, infrastruktur, suprastruktur); abu-abu: tidak ada indikator.",
            en: "Mean score of the city's indicators in each cell (structure, infrastructure, suprastructure); grey: no indicator."),
        .cityReportSectionDimensions: .init(id: "3. Kesiapan per dimensi dan pilar", en: "3. Readiness by dimension and pillar"),

        // 4. Elements; 5. the gaps that cost the most.
        .cityReportSectionElements: .init(id: "4. Skor elemen", en: "4. Element scores"),
        .cityReportElementScores: .init(id: "Skor elemen", en: "Element scores"),
        .cityReportPointsLostChart: .init(id: "Poin indeks yang hilang", en: "Index points lost"),
        .cityReportPointsLostCaption: .init(id: "Poin indeks yang hilang karena kesenjangan tiap indikator (bobot efektif × kesenjangan).",
                                            en: "Index points lost to each indicator's gap (effective weight × gap)."),
        .cityReportSectionGaps: .init(id: "5. Kesenjangan yang paling banyak menurunkan indeks", en: "5. The gaps that cost the most"),

        // 6. SWOT, internal half.
        .cityReportPeersNote: .init(
            id: "Persentil di antara {peers} {type} lain yang sejenis dalam data. Kekuatan: persentil ≥ 75; kelemahan: persentil ≤ 25.",
            en: "Percentile among the {peers} other {type} in the data (peers of the same type). Strengths: percentile ≥ 75; weaknesses: ≤ 25."),
        .cityReportStrengths: .init(id: "Kekuatan (S)", en: "Strengths (S)"),
        .cityReportWeaknesses: .init(id: "Kelemahan (W)", en: "Weaknesses (W)"),
        .cityReportPercentile: .init(id: "Persentil", en: "Percentile"),
        .cityReportOpportunities: .init(id: "Peluang (O) dan ancaman (T)", en: "Opportunities (O) and threats (T)"),
        .cityReportSwotExternal: .init(
            id: "Faktor eksternal SWOT diisi oleh analis daerah (kebijakan nasional, tren teknologi, mitra, risiko eksternal); smartscore tidak mengisinya.",
            en: "The external half of the SWOT is for the city's analysts to write (national policy, technology trends, partners, external risks); smartscore does not fill it."),
        .cityReportSectionSwot: .init(id: "6. Analisis SWOT bagian internal: kekuatan dan kelemahan dibandingkan dengan daerah sejenis", en: "6. SWOT, internal half: strengths and weaknesses against peers"),

        // 7. Quick wins, roadmap, risks.
        .cityReportQuadrantPoint: .init(id: "#{number}: upaya {effort}, dampak {impact}", en: "#{number}: effort {effort}, impact {impact}"),
        .cityReportQuadrantChart: .init(id: "Dampak dan upaya program", en: "Programme impact and effort"),
        .cityReportQuadrantCaption: .init(
            id: "Dua puluh program teratas menurut prioritas; nomor merujuk pada tabel. Garis putus-putus: ambang dampak {threshold} poin indeks dan upaya ≤ {low_effort}.",
            en: "The top 20 programmes by priority; numbers key the table. Dashed lines: impact threshold {threshold} points and effort ≤ {low_effort}."),
        .cityReportRoadmapTotalBudget: .init(id: "Jumlah: {count} program, biaya maksimum {cost}, anggaran {budget}",
                                             en: "Total: {count} programmes, max cost {cost}, budget {budget}"),
        .cityReportRoadmapTotalUnlimited: .init(id: "Jumlah: {count} program, biaya maksimum {cost} (tanpa batas anggaran)",
                                                en: "Total: {count} programmes, max cost {cost} (no budget limit)"),
        .cityReportRoadmapGain: .init(id: "Kenaikan indeks", en: "Index gain"),
        .cityReportRoadmapNote: .init(
            id: "Kenaikan indeks suatu jangka waktu dapat lebih kecil daripada jumlah dampak programnya: program yang menyasar indikator yang sama berbagi kesenjangan indikator tersebut (bersama-sama menutup 1 − Π(1 − efek)), sehingga dampaknya tidak dapat dijumlahkan begitu saja.",
            en: "A horizon's index gain can be smaller than the sum of its programmes' impacts: programmes on the same indicator share that indicator's gap (together they close 1 − Π(1 − effect)), so their impacts do not simply add up."),

        // 8. Rank and its uncertainty.
        .cityReportRankSentence: .init(
            id: "Peringkat pada perhitungan utama: {rank}; median: {median}; rentang 5–95%: {p05}–{p95} dari {runs} simulasi (bobot ±{spread}, normalisasi, agregasi, data hilang, satu indikator dihapus). Indeks: {mean} ± {sd}.",
            en: "Nominal rank {rank}; median {median}; 5–95% interval: {p05}–{p95} over {runs} runs (weights ±{spread}, normalisation, aggregation, missing values, one indicator dropped). Index: {mean} ± {sd}."),
        .cityReportRankBimodal: .init(
            id: "Peringkat hasil simulasi terbagi ke dalam dua kelompok: sekitar {first} ({firstShare} simulasi) atau sekitar {second} ({secondShare}); median {median} tidak mewakili keduanya.",
            en: "The runs' ranks split into two groups: about {first} ({firstShare} of runs) or about {second} ({secondShare}); the median {median} represents neither."),
        .cityReportNoUncertainty: .init(id: "Analisis ketidakpastian tidak dijalankan (kota tidak memiliki indeks, atau --samples 0).",
                                        en: "No uncertainty analysis (the city has no index, or --samples 0)."),

        // 9. Method and provenance.
        .cityReportNormalisation: .init(id: "Normalisasi", en: "Normalisation"),
        .cityReportAggregation: .init(id: "Agregasi", en: "Aggregation"),
        .cityReportWeights: .init(id: "Bobot", en: "Weights"),
        .cityReportMinCoverage: .init(id: "Cakupan minimum per dimensi", en: "Minimum dimension coverage"),
        .cityReportTargets: .init(id: "Target", en: "Targets"),
        .cityReportDataYearLabel: .init(id: "Tahun data", en: "Data year"),
        .cityReportDataHash: .init(id: "SHA-256 data", en: "Data SHA-256"),
        .cityReportMethodNote: .init(
            id: "Uraian metode lengkap: Sources/SmartScore/Scoring/README.md. Hasil perhitungan dapat diulang dengan data, katalog, dan metode yang sama.",
            en: "The full method: Sources/SmartScore/Scoring/README.md. The numbers are reproducible from the same data, catalogue and method."),

        // The Markdown version.
        .cityReportMarkdownRankHeading: .init(id: "Peringkat dan ketidakpastiannya", en: "Rank and its uncertainty"),
        .cityReportMarkdownRankSentence: .init(id: "Peringkat {rank}; median {median}; rentang 5–95%: {p05}–{p95} ({runs} simulasi).",
                                               en: "Rank {rank}; median {median}; 5–95% interval: {p05}–{p95} ({runs} runs)."),
        .cityReportMarkdownProvenance: .init(id: "Asal data", en: "Provenance"),
        .cityReportMarkdownVersions: .init(id: "smartscore {version}; katalog {catalogue}", en: "smartscore {version}; catalogue {catalogue}"),
        .cityReportMarkdownData: .init(id: "data: {source} (SHA-256 {hashes})", en: "data: {source} (SHA-256 {hashes})"),
    ]
}
