import Foundation

/// Issue 18: the real national panel, the default scored year, and a city's series over the years.
extension LanguageTable {
    static let nationalPanel: [TextKey: LocalizedText] = [
        .panelWritten: .init(id: "{rows} nilai BPS untuk {regions} kabupaten/kota disimpan ke {path}; {differences} nilai berbeda antara tabel BPS 2021 dan ekspor seri (yang digunakan adalah nilai dari ekspor seri)",
                 en: "{rows} BPS values for {regions} regencies and cities written to {path}; {differences} values differ between the BPS 2021 table and a series export (the export's value is kept)"),
        .warningLaterYearsSparse: .init(id: "tahun yang dinilai adalah {year}, tahun terbaru yang memuat sebagian besar data; tahun {later} hanya memuat sedikit nilai (perintah evaluate menampilkannya pada bagian perkembangan antartahun); gunakan --year untuk memilih tahun lain",
                 en: "the scored year is {year}, the latest year holding most of the data; {later} hold only a few values (evaluate shows them as series over the years); --year chooses another year"),
        .warningLaterYearSparse: .init(id: "tahun yang dinilai adalah {year}, tahun terbaru yang memuat sebagian besar data; tahun {later} hanya memuat sedikit nilai (perintah evaluate menampilkannya pada bagian perkembangan antartahun); gunakan --year untuk memilih tahun lain",
                 en: "the scored year is {year}, the latest year holding most of the data; {later} holds only a few values (evaluate shows them as series over the years); --year chooses another year"),
        .warningScoredYearSparse: .init(id: "tahun {year} hanya memuat {values} nilai dari {cities} wilayah, sedangkan tahun {fullest} memuat {fullest_values} nilai dari {fullest_cities} wilayah; indeks tahun {year} hanya didasarkan pada nilai-nilai tersebut",
                 en: "{year} holds only {values} values for {cities} regions, against {fullest_values} values for {fullest_cities} regions in {fullest}; the index of {year} rests on those alone"),
        .warningTrendYearsLeftOut: .init(id: "tren tidak mencakup tahun {years} karena tahun tersebut hanya memuat sedikit nilai; indikator yang memiliki nilai pada tahun tersebut ditampilkan pada bagian perkembangan antartahun",
                 en: "the trend leaves out {years}, which hold only a few values; the indicators with values in those years show in the series over the years"),
        .seriesHeading: .init(id: "Indikator dengan data antartahun", en: "Indicators measured over the years"),
        .seriesNote: .init(id: "Indikator yang datanya mencakup lebih banyak tahun daripada tren indeks. Skor setiap tahun dihitung dengan model yang sama (tahun acuan {reference}) dan peringkatnya ditentukan di antara daerah yang memiliki nilai pada tahun tersebut.",
                 en: "Indicators whose data span more years than the index trend. Each year is scored by the same model (reference year {reference}) and ranked among the regions with a value that year."),
        .seriesColumnYear: .init(id: "Tahun", en: "Year"),
        .seriesChange: .init(id: "{name}: dari {first} pada {from} menjadi {last} pada {to} ({change})",
                 en: "{name}: from {first} in {from} to {last} in {to} ({change})"),
        .seriesRank: .init(id: "{rank} dari {of}", en: "{rank} of {of}"),
    ]
}
