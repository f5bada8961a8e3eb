import Foundation

/// The words people read in tables and reports, in Indonesian and English.
public enum Labels {
    static let texts: [String: LocalizedText] = [
        "code": .init(id: "Kode", en: "Code"),
        "name": .init(id: "Nama", en: "Name"),
        "other_name": .init(id: "Nama (Inggris)", en: "Name (Indonesian)"),
        "standard": .init(id: "Standar", en: "Standard"),
        "dimension": .init(id: "Dimensi", en: "Dimension"),
        "element": .init(id: "Elemen", en: "Element"),
        "pillar": .init(id: "Pilar", en: "Pillar"),
        "unit": .init(id: "Satuan", en: "Unit"),
        "polarity": .init(id: "Arah", en: "Polarity"),
        "type": .init(id: "Jenis", en: "Type"),
        "not_scored": .init(id: "tidak dinilai", en: "not scored"),
        "goalposts": .init(id: "Batas (terburuk → terbaik)", en: "Goalposts (worst → best)"),
        "basis": .init(id: "Dasar batas", en: "Basis"),
        "valid_range": .init(id: "Rentang sah", en: "Valid range"),
        "national_target": .init(id: "Target nasional", en: "National target"),
        "confidence": .init(id: "Keyakinan sumber", en: "Source confidence"),
        "source": .init(id: "Sumber", en: "Source"),
        "note": .init(id: "Catatan", en: "Note"),
        "defined_at": .init(id: "Didefinisikan di", en: "Defined at"),
    ]

    public static func text(_ key: String, _ language: Language) -> String {
        texts[key]?[language] ?? key
    }

    static func catalogueHeaders(_ language: Language) -> [String] {
        ["code", "name", "dimension", "element", "pillar", "unit", "goalposts"].map { key in
            key == "goalposts" ? (language == .id ? "Batas" : "Goalposts") : text(key, language)
        }
    }

    static func catalogueSummary(count: Int, scored: Int, _ language: Language) -> String {
        language == .id
            ? "\n\(count) indikator, \(scored) dinilai.\n"
            : "\n\(count) indicators, \(scored) scored.\n"
    }
}
