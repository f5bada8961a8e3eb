import Foundation

/// The words of `import` (the files read and what was written) and `datasets` (the store's contents).
extension LanguageTable {
    static let importing: [TextKey: LocalizedText] = [
        .importFile: .init(id: "Berkas", en: "File"),
        .importLayout: .init(id: "Format", en: "Layout"),
        .importRows: .init(id: "Baris", en: "Rows"),
        .importNew: .init(id: "Baru", en: "New"),
        .importUnchanged: .init(id: "Tidak berubah", en: "Unchanged"),
        .importReplaced: .init(id: "Diganti", en: "Replaced"),
        .importSkipped: .init(id: "Dilewati", en: "Skipped"),
        .importEmpty: .init(id: "Kosong", en: "Empty"),
        .importAlreadyImported: .init(id: "sudah diimpor", en: "already imported"),
        .importWritten: .init(id: "Sebanyak {values} disimpan ke dataset '{dataset}' di {store}.", en: "{values} written to dataset '{dataset}' in {store}."),
        .importValuesOne: .init(id: "{count} nilai", en: "{count} value"),
        .importValuesMany: .init(id: "{count} nilai", en: "{count} values"),
        .importDryRunOne: .init(id: "lolos pemeriksaan: {values} dari {files} berkas; tidak ada yang disimpan (--dry-run)",
                                en: "valid: {values} in {files} file; nothing written (--dry-run)"),
        .importDryRunMany: .init(id: "lolos pemeriksaan: {values} dari {files} berkas; tidak ada yang disimpan (--dry-run)",
                                 en: "valid: {values} in {files} files; nothing written (--dry-run)"),
        .datasetsDataset: .init(id: "Dataset", en: "Dataset"),
        .datasetsValues: .init(id: "Nilai", en: "Values"),
        .datasetsRegions: .init(id: "Wilayah", en: "Cities"),
        .datasetsIndicators: .init(id: "Indikator", en: "Indicators"),
        .datasetsYears: .init(id: "Tahun", en: "Years"),
        .datasetsImports: .init(id: "Impor", en: "Imports"),
        .datasetsCreated: .init(id: "Dibuat", en: "Created"),
        .datasetsTime: .init(id: "Waktu", en: "Time"),
    ]
}
