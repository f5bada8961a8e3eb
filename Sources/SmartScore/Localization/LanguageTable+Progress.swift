import Foundation

/// Issue 20: the progress line of long steps (import, generate, sensitivity, report), on a terminal only.
extension LanguageTable {
    static let progress: [TextKey: LocalizedText] = [
        .progressRate: .init(id: "{rate}/dtk", en: "{rate}/s"),
        .progressLeft: .init(id: "sisa {time}", en: "{time} left"),
        .progressTook: .init(id: "selesai dalam {time}", en: "took {time}"),
        .progressSeconds: .init(id: "{s} dtk", en: "{s} s"),
        .progressMinutes: .init(id: "{m} mnt {s} dtk", en: "{m} min {s} s"),
        .progressHours: .init(id: "{h} jam {m} mnt", en: "{h} h {m} min"),
        .progressImporting: .init(id: "Menyimpan nilai", en: "Storing values"),
        .progressSensitivity: .init(id: "Analisis sensitivitas (simulasi)", en: "Sensitivity analysis (runs)"),
        .progressUncertainty: .init(id: "Rentang peringkat (simulasi)", en: "Rank intervals (runs)"),
        .progressReport: .init(id: "Menyusun laporan (bagian)", en: "Writing the report (sections)"),
    ]
}
