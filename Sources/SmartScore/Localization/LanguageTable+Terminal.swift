import Foundation

/// Issue 19: text output fitted to the terminal's width (left-out columns, shortened lists, the unit column).
extension LanguageTable {
    static let terminal: [TextKey: LocalizedText] = [
        .terminalColumnsLeftOut: .init(id: "Kolom yang tidak ditampilkan karena layar terlalu sempit: {columns}. Gunakan opsi --wide untuk menampilkan seluruh kolom.",
                 en: "Columns left out to fit the terminal: {columns}. Use --wide to show every column."),
        .terminalIndicatorsShown: .init(id: "Ditampilkan {shown} dari {total} indikator, dimulai dari yang paling banyak mengurangi poin indeks. Gunakan opsi --top 0 untuk menampilkan seluruh indikator.",
                 en: "Showing {shown} of {total} indicators, those losing the most index points first; --top 0 shows them all."),
        .terminalProgrammesShown: .init(id: "Ditampilkan {shown} dari {total} program, dimulai dari prioritas tertinggi. Gunakan opsi --top 0 untuk menampilkan seluruh program.",
                 en: "Showing {shown} of {total} programmes, the highest priority first; --top 0 shows them all."),
        .terminalUnit: .init(id: "Satuan", en: "Unit"),
        .terminalTopNeedsCity: .init(id: "opsi --top hanya berlaku bersama --city; dengan --all seluruh program ditampilkan karena tabel kota merujuk pada nomornya",
                 en: "--top goes with --city; --all lists every programme, as the cities' table refers to them by number"),
        .terminalRoadmapMore: .init(id: "… dan {count} program lainnya menurut prioritas (gunakan opsi --top 0 untuk menampilkan seluruhnya)",
                 en: "… and {count} more programmes by priority (--top 0 shows them all)"),
    ]
}
