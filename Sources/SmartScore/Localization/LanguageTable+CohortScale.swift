import Foundation

/// Issue 20: the cohort report of a large cohort (the villages) summarised by regency and district.
extension LanguageTable {
    static let cohortScale: [TextKey: LocalizedText] = [
        .cohortScaleSummarised: .init(id: "Kohort ini terdiri atas {count} wilayah, lebih dari {limit}. Oleh karena itu, laporan ini tidak mencantumkan setiap wilayah, tetapi meringkasnya per kabupaten/kota dan per kecamatan. Peringkat setiap wilayah dapat diperoleh dalam bentuk CSV dengan perintah smartscore rank --format csv.",
                 en: "This cohort has {count} units, more than {limit}, so this report summarises them by regency or city and by district instead of listing each. Every unit's rank is available as CSV from smartscore rank --format csv."),
        .cohortScaleDetailsFollow: .init(id: "Ringkasan per kabupaten/kota dan per kecamatan disajikan pada halaman berikutnya; peringkat setiap wilayah tersedia melalui perintah smartscore rank --format csv.",
                 en: "The summaries by regency or city and by district follow; every unit's rank comes from smartscore rank --format csv."),
        .cohortScaleRegencies: .init(id: "Ringkasan per kabupaten/kota", en: "Summary by regency or city"),
        .cohortScaleRegenciesLead: .init(id: "{count} kabupaten/kota, diurutkan menurut kode. Median, kuartil, nilai terbaik, dan nilai terendah dihitung dari indeks wilayah yang memiliki indeks; sebaran predikat dinyatakan dalam persen dari wilayah yang memperoleh predikat.",
                 en: "{count} regencies and cities, in code order. The median, quartiles, best and lowest are of the units that have an index; the levels are shares of the units that have a level."),
        .cohortScaleDistricts: .init(id: "Ringkasan per kecamatan", en: "Summary by district"),
        .cohortScaleDistrictsLead: .init(id: "{count} kecamatan, diurutkan menurut kode, dengan ukuran seperti pada tabel kabupaten/kota.",
                 en: "{count} districts, in code order, with the same measures as the regency table."),
        .cohortScaleRegency: .init(id: "Kabupaten/Kota", en: "Regency/city"),
        .cohortScaleDistrict: .init(id: "Kecamatan", en: "District"),
        .cohortScaleUnits: .init(id: "Jumlah wilayah", en: "Units"),
        .cohortScaleQuartiles: .init(id: "Kuartil 1–3", en: "Quartiles 1–3"),
        .cohortScaleBest: .init(id: "Terbaik", en: "Best"),
        .cohortScaleWorst: .init(id: "Terendah", en: "Lowest"),
        .cohortScaleSearch: .init(id: "Cari kecamatan, kabupaten/kota, atau kode", en: "Search a district, regency or code"),
        .cohortScaleLeftOutOnPaper: .init(id: "Tabel {count} kecamatan hanya dimuat pada halaman HTML; versi cetak dan dokumen Word tidak memuatnya karena terlalu panjang. Peringkat setiap wilayah dapat diperoleh dengan perintah smartscore rank --format csv.",
                 en: "The table of the {count} districts is on the HTML page only: the printed page and the Word document leave it out, as too long. Every unit's rank comes from smartscore rank --format csv."),
    ]
}
