import Testing
@testable import SmartScore

/// The language table is complete and consistent, and numbers are written the way each language writes them.
@Suite("Language table: every key in both languages with the same placeholders; numbers by language")
struct LanguageTableTests {
    @Test("every key has an Indonesian and an English text, with the same placeholders")
    func everyKeyInBothLanguages() {
        for key in TextKey.allCases {
            let entry = LanguageTable.entries[key]
            #expect(entry != nil, "\(key.rawValue) has no entry")
            guard let entry else { continue }
            #expect(!entry.id.isEmpty && !entry.en.isEmpty, "\(key.rawValue) has an empty text")
            #expect(Localizer.placeholders(in: entry.id) == Localizer.placeholders(in: entry.en),
                    "\(key.rawValue): placeholders \(Localizer.placeholders(in: entry.id).sorted()) ≠ \(Localizer.placeholders(in: entry.en).sorted())")
        }
    }

    @Test("no key is defined twice across the parts, and the table holds nothing but the keys")
    func noKeyTwice() {
        #expect(LanguageTable.definedCount == LanguageTable.entries.count)
        #expect(LanguageTable.entries.count == TextKey.allCases.count)
    }

    @Test("raw names are unique and read area.what")
    func rawNames() {
        let names = TextKey.allCases.map(\.rawValue)
        #expect(Set(names).count == names.count)
        #expect(names.allSatisfy { $0.contains(".") && $0 == $0.lowercased() && !$0.contains(" ") })
    }

    @Test("placeholders are filled, and a placeholder without a value stays visible")
    func filling() {
        let t = Localizer(.id)
        #expect(t(.sensitivityMeanShift, ["shift": "6,93"]) == "Rata-rata nilai absolut pergeseran peringkat: 6,93")
        #expect(Localizer.fill("{a} dan {b}", ["a": "x"]) == "x dan {b}")
        #expect(Localizer.placeholders(in: "{runs} simulasi, benih acak {seed}") == ["runs", "seed"])
    }

    @Test("enum values are named in words in both languages, never by their raw ids")
    func namesNotIds() {
        for language in Language.allCases {
            let t = Localizer(language)
            let names = Quadrant.allCases.map(t.quadrant) + Horizon.allCases.map(t.horizon)
                + Programme.Level.allCases.map(t.riskLevel) + Indicator.Polarity.allCases.map(t.polarity)
                + Indicator.Kind.allCases.map(t.kind) + UncertainInput.allCases.map(t.uncertainInput)
                + Framework.dimensionIDs.map(t.dimensionShort)
            #expect(names.allSatisfy { !$0.isEmpty && !$0.contains("_") }, "\(language): \(names)")
        }
        #expect(Localizer(.id).quadrant(.majorProject) == "proyek besar" && Localizer(.en).quadrant(.majorProject) == "major project")
        #expect(Localizer(.id).horizon(.long) == "10+ tahun" && Localizer(.en).horizon(.long) == "10+ years")
        #expect(Localizer(.id).uncertainInput(.weights) == "bobot")
        // A source confidence the catalogue does not know is shown as written.
        #expect(Localizer(.id).confidence("verified") == "terverifikasi" && Localizer(.id).confidence("rumour") == "rumour")
    }

    @Test("the sensitivity JSON keeps its English descriptions byte for byte")
    func machineDescriptions() {
        #expect(UncertainInput.weights.description == "element and dimension weights, uniform within ±spread of nominal")
        #expect(UncertainInput.drop.description == "no indicator or one in-scope indicator dropped, uniformly")
        #expect(UncertainInput.allCases.allSatisfy { $0.description == Localizer(.en).uncertainInputDescription($0) })
        #expect(Localizer(.id).uncertainInputDescription(.weights) != UncertainInput.weights.description)
    }

    @Test("scores: a decimal comma in Indonesian, a point in English; never a negative zero; a dash when missing")
    func scores() {
        let id = NumberFormat.indonesian, en = NumberFormat.english
        #expect(id.score(74.5) == "74,5" && en.score(74.5) == "74.5")
        #expect(id.score(74.46) == "74,5" && en.score(0.2861, digits: 3) == "0.286")
        #expect(id.score(81.0, digits: 0) == "81" && en.score(3.14159, digits: 2) == "3.14")
        #expect(id.score(-0.04) == "0,0" && en.score(-0.04) == "0.0")
        #expect(id.score(-0.0) == "0,0" && en.score(-0.0, digits: 0) == "0")
        #expect(id.score(-3.5) == "-3,5" && en.score(-0.152, digits: 3) == "-0.152")
        #expect(id.score(nil) == "—" && en.score(.nan) == "—" && id.score(.infinity) == "—")
        #expect(id.score(1234.5) == "1.234,5" && en.score(1234.5) == "1,234.5")
    }

    @Test("whole numbers grouped by thousands: 75.390 and 75,390")
    func integers() {
        #expect(NumberFormat.indonesian.integer(75390) == "75.390" && NumberFormat.english.integer(75390) == "75,390")
        #expect(NumberFormat.indonesian.integer(1_234_567) == "1.234.567" && NumberFormat.english.integer(999) == "999")
        #expect(NumberFormat.indonesian.integer(-1200) == "-1.200" && NumberFormat.english.integer(0) == "0")
    }

    @Test("percentages are whole: 88%")
    func percents() {
        #expect(NumberFormat.indonesian.percent(0.88) == "88%" && NumberFormat.english.percent(0.88) == "88%")
        #expect(NumberFormat.indonesian.percent(0.5) == "50%" && NumberFormat.english.percent(1) == "100%")
        #expect(NumberFormat.indonesian.percent(nil) == "—")
        // A share that is not whole never reads as 100 %, nor a share above 0 as 0 %.
        #expect(NumberFormat.indonesian.percent(285.0 / 286) == "99,7%" && NumberFormat.english.percent(0.004) == "0.4%")
        #expect(NumberFormat.english.percent(0.999999999) == "99.999%")
        #expect(NumberFormat.english.percent(1e-9) == "0.001%", "\(NumberFormat.english.percent(1e-9))")
        #expect(NumberFormat.english.percent(0) == "0%" && NumberFormat.english.percent(0.996, digits: 1) == "99.6%")
    }

    @Test("raw values: grouped, up to four decimals, no trailing zeros")
    func values() {
        let id = NumberFormat.indonesian, en = NumberFormat.english
        #expect(id.value(1234.5678) == "1.234,5678" && en.value(1234.5678) == "1,234.5678")
        #expect(id.value(4.3) == "4,3" && en.value(4.3) == "4.3")
        #expect(id.value(12) == "12" && en.value(40000) == "40,000")
        #expect(id.value(0.123456) == "0,1235" && en.value(2.50) == "2.5")
        #expect(id.value(.nan) == "—")
    }

    @Test("money as people say it: Rp 2,5 M and IDR 2.5 bn; a range in the unit of its upper end")
    func money() {
        let id = NumberFormat.indonesian, en = NumberFormat.english
        #expect(id.rupiah(2.5e9) == "Rp 2,5 M" && en.rupiah(2.5e9) == "IDR 2.5 bn")
        #expect(id.rupiah(1.5e8) == "Rp 150 jt" && en.rupiah(1.5e8) == "IDR 150 mn")
        #expect(id.rupiah(1.7e12) == "Rp 1,7 T" && en.rupiah(1.7e12) == "IDR 1.7 tn")
        #expect(id.rupiahRange(4e8, 1.5e9) == "Rp 0,4–1,5 M" && en.rupiahRange(4e8, 1.5e9) == "IDR 0.4–1.5 bn")
        #expect(id.rupiahRange(1e8, 5e8) == "Rp 100–500 jt" && en.rupiahRange(1e8, 5e8) == "IDR 100–500 mn")
    }

    @Test("each language has its own number format")
    func formatOfLanguage() {
        #expect(Localizer(.id).numbers == .indonesian && Localizer(.en).numbers == .english)
        #expect(NumberFormat.indonesian != NumberFormat.english)
    }

    @Test("a broken YAML file's error is told in Indonesian from the table, with its code")
    func loaderErrorInIndonesian() throws {
        let dir = try TestPaths.temporaryDirectory()
        let path = dir.appendingPathComponent("weights.yaml").path
        try "dimensions:\n  governance: 1\n  smart: 2\n".write(toFile: path, atomically: true, encoding: .utf8)
        do {
            _ = try WeightsFile.load(path: path, catalogue: Bundled.catalogue)
            Issue.record("an unknown dimension was accepted")
        } catch let error as InputError {
            #expect(error.code == "loader.unknown_dimension")
            #expect(error.message == "unknown dimension 'smart'")
            #expect(error.rendered(language: .id) == """
                \(path):3:3: kesalahan: dimensi 'smart' tidak dikenal
                  saran: gunakan salah satu dari \(Framework.dimensionIDs.joined(separator: ", "))
                """)
        }
    }
}
