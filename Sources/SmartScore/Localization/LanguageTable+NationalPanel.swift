import Foundation

/// Issue 18: the real national panel, the default scored year, and a city's series over the years.
extension LanguageTable {
    static let nationalPanel: [TextKey: LocalizedText] = [
        .panelWritten: .init(id: "{rows} nilai riil untuk {regions} kabupaten/kota ditulis ke {path}; {differences} nilai berbeda antara tabel BPS 2021 dan ekspor seri (yang dipakai nilai ekspor seri)",
                 en: "{rows} real values for {regions} regencies and cities written to {path}; {differences} values differ between the BPS 2021 table and a series export (the export's value is kept)"),
        .warningLaterYearsSparse: .init(id: "tahun yang dinilai adalah {year}, tahun terakhir yang memuat sebagian besar data; tahun {later} hanya memuat beberapa seri (ditampilkan pada seri antartahun); pilih tahun lain dengan --year",
                 en: "the scored year is {year}, the latest year holding most of the data; {later} hold a few series only (shown in the series over the years); --year chooses another year"),
        .seriesHeading: .init(id: "Seri antartahun", en: "Series over the years"),
        .seriesNote: .init(id: "Indikator yang datanya mencakup lebih banyak tahun daripada tren indeks. Skor setiap tahun dihitung dengan model yang sama (tahun acuan {reference}), dan peringkat dihitung di antara wilayah yang memiliki nilai pada tahun tersebut.",
                 en: "Indicators whose data span more years than the index trend. Each year is scored by the same model (reference year {reference}) and ranked among the regions with a value that year."),
        .seriesColumnYear: .init(id: "Tahun", en: "Year"),
        .seriesChange: .init(id: "{name}: {first} pada {from} menjadi {last} pada {to} ({change})",
                 en: "{name}: {first} in {from} to {last} in {to} ({change})"),
        .seriesRank: .init(id: "{rank} dari {of}", en: "{rank} of {of}"),
    ]
}
