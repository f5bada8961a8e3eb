import Foundation

/// Issue 20: `datasets generate` reports its progress by cities (villages, regencies and cities), since
/// how many rows it writes is known only at the end.
extension LanguageTable {
    static let generateProgress: [TextKey: LocalizedText] = [
        .progressGeneratingCities: .init(id: "Membuat data wilayah", en: "Generating regions"),
    ]
}
