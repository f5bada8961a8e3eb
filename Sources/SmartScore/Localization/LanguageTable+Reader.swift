import Foundation

/// Issue 20, the reader: the progress line of reading a large observation file, counted in megabytes.
extension LanguageTable {
    static let reader: [TextKey: LocalizedText] = [
        .progressReadingFile: .init(id: "Membaca berkas (MB)", en: "Reading the file (MB)"),
    ]
}
