import Foundation

/// The labels of input errors, warnings and skipped rows.
extension LanguageTable {
    static let diagnostics: [TextKey: LocalizedText] = [
        .diagnosticError: .init(id: "kesalahan", en: "error"),
        .diagnosticWarning: .init(id: "peringatan", en: "warning"),
        .diagnosticSkipped: .init(id: "dilewati", en: "skipped"),
        .diagnosticHint: .init(id: "saran", en: "hint"),
        .diagnosticMoreErrorsOne: .init(id: "… dan {count} kesalahan lain", en: "… and {count} more error"),
        .diagnosticMoreErrorsMany: .init(id: "… dan {count} kesalahan lain", en: "… and {count} more errors"),
    ]
}
