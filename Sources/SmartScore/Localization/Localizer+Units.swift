import Foundation

/// An indicator's unit in the reader's language.
///
/// Units are translated here and not in the YAML: the catalogue stays in English, its `unit:` the key of a
/// standard's definition that loaders, the plausible ranges (`%` is 0–100) and the JSON output read as it
/// is written; but the people who read a report read Indonesian. So the catalogue keeps one English string
/// per unit, and this table says it in Indonesian, numbers grouped the Indonesian way (`100.000`). A test
/// checks that every unit of the bundled catalogue has an entry, so a new English unit cannot slip through.
extension Localizer {
    /// `unit` as the reader says it: unchanged in English; in Indonesian from the table, or unchanged for
    /// a unit the table does not know (a user's catalogue file may bring its own).
    public func unit(_ unit: String) -> String {
        guard language == .id else { return unit }
        return Self.indonesianUnits[unit] ?? Self.indonesianUnits[unit.trimmingCharacters(in: .whitespaces)] ?? unit
    }

    /// Every unit of the bundled catalogue, in Indonesian. Symbols (%, µg/m³, °C, mm, km²) read the same.
    static let indonesianUnits: [String: String] = [
        // Symbols and shares.
        "%": "%",
        "% of population exposed": "% penduduk terpapar",
        "% per year": "% per tahun",
        "°C": "°C",
        "µg/m³": "µg/m³",
        "mm": "mm",
        "km²": "km²",
        "per km²": "per km²",
        // Time.
        "days": "hari",
        "working days": "hari kerja",
        "hours": "jam",
        "hours per year": "jam per tahun",
        "hours per household per year": "jam per rumah tangga per tahun",
        "minutes": "menit",
        "nights": "malam",
        "years": "tahun",
        // Counts and rates.
        "count": "unit",
        "count per customer per year": "kali per pelanggan per tahun",
        "persons": "orang",
        "events per year": "kejadian per tahun",
        "outbreaks per year": "KLB per tahun",
        "updates per year": "kali per tahun",
        "trips per capita per year": "perjalanan per kapita per tahun",
        "vehicles per capita": "kendaraan per kapita",
        "per registered EV": "per kendaraan listrik terdaftar",
        "per 100 females": "per 100 perempuan",
        "per 1 000 live births": "per 1.000 kelahiran hidup",
        "per 1 000 population": "per 1.000 penduduk",
        "per 1 000 population per year": "per 1.000 penduduk per tahun",
        "per 1 000 students": "per 1.000 siswa",
        "per 100 000 population": "per 100.000 penduduk",
        "per 100 000 population per year": "per 100.000 penduduk per tahun",
        "ha per 100 000 population": "ha per 100.000 penduduk",
        "km per 100 000 population": "km per 100.000 penduduk",
        // Money.
        "IDR per capita per month": "rupiah per kapita per bulan",
        "thousand IDR per capita per year": "ribu rupiah per kapita per tahun",
        "thousand IDR per person per year": "ribu rupiah per orang per tahun",
        "million IDR": "juta rupiah",
        "million IDR per year": "juta rupiah per tahun",
        "million IDR per capita": "juta rupiah per kapita",
        "million IDR per capita per year": "juta rupiah per kapita per tahun",
        "USD per household per year": "USD per rumah tangga per tahun",
        // Resources and emissions.
        "m² per capita": "m² per kapita",
        "litres/day per capita": "liter/hari per kapita",
        "tonnes/year per capita": "ton/tahun per kapita",
        "t/year per capita": "ton/tahun per kapita",
        "t CO2e per capita": "ton CO2e per kapita",
        "GJ/year per capita": "GJ/tahun per kapita",
        "GJ/m² per year": "GJ/m² per tahun",
        "kWh/year per km": "kWh/tahun per km",
        // Scores, indices and categories.
        "score (0–100)": "skor (0–100)",
        "index (0–100)": "indeks (0–100)",
        "index (1–5)": "indeks (1–5)",
        "coefficient (0–1)": "koefisien (0–1)",
        "ratio": "rasio",
        "category": "kategori",
        "score (0 = TMP, 1 = TW, 2 = WDP, 3 = WTP)": "skor (0 = TMP, 1 = TW, 2 = WDP, 3 = WTP)",
        "status (0 = none, 1 = Perda in force)": "status (0 = belum ada, 1 = Perda berlaku)",
        "level (0 = none, 1 = Sertifikat/Plakat Adipura, 2 = Adipura, 3 = Adipura Kencana)":
            "tingkat (0 = tidak ada, 1 = Sertifikat/Plakat Adipura, 2 = Adipura, 3 = Adipura Kencana)",
    ]
}
