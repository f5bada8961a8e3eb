import Foundation

/// The header names `import` knows, in English and in Indonesian. Files made in Indonesian offices name
/// their columns in Indonesian (`kode_wilayah,nama_wilayah,tahun,kode_indikator,nilai`); each such name is
/// read as the English column it stands for, so the rest of the reader knows only the English names.
///
/// Only names that can mean one column are listed: `kode` (region or indicator?), `nama` and `wilayah`
/// alone are not, and stay unknown columns with a "did you mean" hint.
enum ColumnNames {
    /// Indonesian name (as `normalised` writes it) → the English column it stands for.
    static let indonesian: [(name: String, column: String)] = [
        ("kode_wilayah", "city_code"), ("kode_kab_kota", "city_code"), ("kode_kabupaten_kota", "city_code"),
        ("nama_wilayah", "city_name"), ("nama_kab_kota", "city_name"), ("nama_kabupaten_kota", "city_name"),
        ("tahun", "year"),
        ("kode_indikator", "indicator"), ("indikator", "indicator"),
        ("nilai", "value"),
        ("provinsi", "province"),
        ("jenis", "type"), ("tipe", "type"),
        ("sumber", "source"), ("sumber_data", "source"),
        ("satuan", "unit"),
        ("catatan", "note"), ("keterangan", "note"),
    ]

    private static let byIndonesian: [String: String] = Dictionary(uniqueKeysWithValues: indonesian.map { ($0.name, $0.column) })

    /// Every English column name the reader knows.
    static var english: [String] { ObservationFileReader.longColumns + ObservationFileReader.metadataColumns.sorted() }
    private static let englishSet = Set(ObservationFileReader.longColumns).union(ObservationFileReader.metadataColumns)

    /// A header cell as compared: lower case, and spaces, hyphens and slashes between words written as one
    /// underscore (`Kode Wilayah`, `kode-wilayah`, `Kode Kab/Kota` → `kode_wilayah`, `kode_kab_kota`).
    static func normalised(_ header: String) -> String {
        let lower = header.lowercased().trimmingCharacters(in: .whitespaces)
        let parts = lower.split(whereSeparator: { $0 == " " || $0 == "_" || $0 == "-" || $0 == "/" || $0 == "\t" })
        return parts.joined(separator: "_")
    }

    /// The English column a header cell names, or nil when it names none (an indicator code, an unknown
    /// column). `City Code` and `city code` are `city_code` as `Kode Wilayah` is.
    static func column(for header: String) -> String? {
        let name = normalised(header)
        if englishSet.contains(name) { return name }
        return byIndonesian[name]
    }

    /// The Indonesian name shown beside an English one in messages (`year` → `tahun`): the first listed.
    static func indonesianName(of column: String) -> String? {
        indonesian.first { $0.column == column }?.name
    }

    /// Every name a "did you mean" hint may propose: the English names, then the Indonesian ones.
    static var knownNames: [String] { english + indonesian.map(\.name) }
}
