import Foundation
import Testing
@testable import SmartScore

/// Issue 16: an indicator's unit is shown in the reader's language; the catalogue keeps it in English.
@Suite("Units: every unit of the bundled catalogue said in Indonesian, English unchanged")
struct UnitNamesTests {
    static let units = Set(Bundled.catalogue.indicators.map(\.unit)).sorted()

    @Test("every unit of the bundled catalogue has an explicit Indonesian entry")
    func everyUnitTranslated() {
        #expect(Self.units.count > 40, "\(Self.units.count) units")
        let missing = Self.units.filter { Localizer.indonesianUnits[$0] == nil }
        #expect(missing.isEmpty, "units without an Indonesian entry: \(missing)")
    }

    @Test("English shows the unit as the catalogue writes it")
    func englishUnchanged() {
        let en = Localizer(.en)
        for unit in Self.units + ["furlongs per fortnight"] { #expect(en.unit(unit) == unit) }
    }

    @Test("Indonesian words, numbers grouped the Indonesian way", arguments: [
        ("days", "hari"), ("working days", "hari kerja"), ("minutes", "menit"), ("years", "tahun"), ("persons", "orang"),
        ("per 100 000 population", "per 100.000 penduduk"), ("per 1 000 live births", "per 1.000 kelahiran hidup"),
        ("thousand IDR per capita per year", "ribu rupiah per kapita per tahun"), ("million IDR per capita", "juta rupiah per kapita"),
        ("events per year", "kejadian per tahun"), ("m² per capita", "m² per kapita"), ("litres/day per capita", "liter/hari per kapita"),
        ("tonnes/year per capita", "ton/tahun per kapita"), ("score (0–100)", "skor (0–100)"), ("index (0–100)", "indeks (0–100)"),
        ("count", "unit"), ("ratio", "rasio"), ("category", "kategori"),
        ("status (0 = none, 1 = Perda in force)", "status (0 = belum ada, 1 = Perda berlaku)"),
        ("level (0 = none, 1 = Sertifikat/Plakat Adipura, 2 = Adipura, 3 = Adipura Kencana)",
         "tingkat (0 = tidak ada, 1 = Sertifikat/Plakat Adipura, 2 = Adipura, 3 = Adipura Kencana)"),
    ])
    func indonesian(_ english: String, _ indonesian: String) {
        #expect(Localizer(.id).unit(english) == indonesian)
    }

    @Test("symbols read the same in both languages", arguments: ["%", "µg/m³", "°C", "mm", "km²"])
    func symbols(_ unit: String) {
        #expect(Localizer(.id).unit(unit) == unit && Localizer(.en).unit(unit) == unit)
    }

    @Test("no Indonesian unit keeps an English word or an English-grouped number")
    func noEnglishLeft() {
        let english = ["population", "year", "day", "hour", "thousand", "million", "per capita per", "none", "in force", "score", "index",
                       "litre", "tonne", "count", "persons", "events", "working", "minutes", "customer", "household", "students",
                       "births", "females", "vehicles", "trips", "updates", "outbreaks", "level", "coefficient", "exposed"]
        for unit in Self.units {
            let shown = Localizer(.id).unit(unit)
            for word in english { #expect(!shown.contains(word), "'\(shown)' (from '\(unit)') keeps '\(word)'") }
            #expect(!shown.contains(" 000") && !shown.contains("IDR"), "'\(shown)'")
        }
    }

    @Test("catalogue list and show say the unit in the reader's language; JSON and CSV keep the catalogue's")
    func reportsUseIt() throws {
        let indicator = try #require(Bundled.catalogue.indicators.first { $0.unit == "per 100 000 population" })
        let show = { (l: Language) in CatalogueReport.show(indicator, catalogue: Bundled.catalogue, format: .table, language: l) }
        #expect(show(.id).contains("per 100.000 penduduk"))
        #expect(show(.en).contains("per 100 000 population"))
        #expect(CatalogueReport.list([indicator], format: .md, language: .id).contains("per 100.000 penduduk"))
        for format in [OutputFormat.json, .csv] {
            #expect(CatalogueReport.list([indicator], format: format, language: .id).contains("per 100 000 population"))
        }
    }

    @Test("a unit the table does not know comes out as written, in either language")
    func unknownUnchanged() {
        #expect(Localizer(.id).unit("furlongs per fortnight") == "furlongs per fortnight")
        #expect(Localizer(.id).unit("") == "")
    }
}
