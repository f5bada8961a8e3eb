import Foundation
import Testing
@testable import SmartScore

/// `smartscore template`'s library side: the owners file, the rows of a region's template, and the
/// workbook written whole or not at all.
@Suite("Collection templates: owners, rows for Kota Palu, the workbook file")
struct CollectionTemplateTests {
    static let workspace = try! Workspace(paths: WorkspacePaths(indicators: TestPaths.indicators,
                                                                datasets: TestPaths.root.appendingPathComponent("datasets").path))
    static let demo = DataSource.file(TestPaths.root.appendingPathComponent("datasets/demo/demo_cohort.csv").path, CSVSpec())

    /// Dinkes's indicators in indicators/owners.yaml, in catalogue order (read off the file by hand).
    static let dinkes = [
        "37120:11.2", "37120:11.3", "37120:11.4", "37120:11.5", "37120:11.6", "37120:11.7", "37120:20.4",
        "37122:11.1", "37122:11.2", "37122:11.3",
        "37123:11.1", "37123:11.2", "37123:11.3", "37123:11.4", "37123:15.4",
        "local:L.1",
    ]

    @Test("The shipped owners: 26 departments, 290 of the 322 indicators owned, none twice; Dinkes owns its 16")
    func shippedOwners() throws {
        let owners = Bundled.catalogue.owners
        #expect(owners.owners.count == 26)
        #expect(Bundled.catalogue.indicators.count == 322)
        #expect(owners.owners.map(\.indicators.count).reduce(0, +) == 290)
        #expect(Bundled.catalogue.indicators.filter { owners.owner(of: $0.code) != nil }.count == 290)
        #expect(owners.owner(named: "dinkes")?.name == "Dinas Kesehatan")
        #expect(owners.owner(named: "DISKOP  ukm")?.id == "Diskop UKM")
        #expect(owners.owner(named: "Satpol PP") == nil)
        #expect(Set(owners.owner(named: "Dinkes")!.indicators) == Set(Self.dinkes))
        // Police figures have no owner in regional government: left out, not put under a default.
        #expect(owners.owner(of: "37120:15.4") == nil)
        #expect(owners.owner(of: "local:E.1")?.id == "BPS")
    }

    @Test("Kota Palu, --owner Dinkes: 16 rows in catalogue order, the region from the list, the year given")
    func paluDinkes() throws {
        let template = try Self.workspace.collectionTemplate(city: "Kota Palu", owner: "Dinkes", year: 2025, previous: nil)
        #expect(template.city == CityRecord(code: "72.71", name: "Kota Palu", province: "Sulawesi Tengah", type: "kota"))
        #expect(template.year == 2025)
        #expect(template.owner?.id == "Dinkes")
        #expect(template.rows.map(\.indicator.code) == Self.dinkes)
        #expect(template.rows.allSatisfy { $0.owner?.id == "Dinkes" && $0.previous == nil })
        // Found by code as well, and the owner in any case.
        let byCode = try Self.workspace.collectionTemplate(city: "72.71", owner: "dinkes", year: 2025, previous: nil)
        #expect(byCode.rows.count == 16 && byCode.city.code == "72.71")
    }

    @Test("Without --owner: all 322 indicators, 32 of them without an owner")
    func paluAll() throws {
        let template = try Self.workspace.collectionTemplate(city: "Kota Palu", owner: nil, year: 2025, previous: nil)
        #expect(template.owner == nil)
        #expect(template.rows.count == 322)
        #expect(template.rows.filter { $0.owner == nil }.count == 32)
        #expect(template.rows.first?.indicator.code == "37120:5.1" && template.rows.first?.owner?.id == "BPS")
    }

    @Test("The earlier value is the latest before the template's year: 2021's for 2022, 2020's for 2021")
    func previousValues() throws {
        let for2022 = try Self.workspace.collectionTemplate(city: "Kota Palu", owner: "Dinkes", year: 2022, previous: Self.demo)
        // The demo cohort holds 12 of Dinkes's 16 indicators for Kota Palu.
        #expect(for2022.rowsWithPrevious == 12)
        let physicians = try #require(for2022.rows.first { $0.indicator.code == "37120:11.3" })
        #expect(physicians.previous?.year == 2021 && physicians.previous?.value == 126.85)
        let stunting = try #require(for2022.rows.first { $0.indicator.code == "local:L.1" })
        #expect(stunting.previous?.year == 2021 && stunting.previous?.value == 34.13)
        let for2021 = try Self.workspace.collectionTemplate(city: "Kota Palu", owner: "Dinkes", year: 2021, previous: Self.demo)
        #expect(for2021.rows.first { $0.indicator.code == "37120:11.3" }?.previous?.value == 125.42)
        // No year before 2019 in the demo: nothing to compare with.
        let for2019 = try Self.workspace.collectionTemplate(city: "Kota Palu", owner: "Dinkes", year: 2019, previous: Self.demo)
        #expect(for2019.rowsWithPrevious == 0)
    }

    @Test("The default year is the one before today's")
    func defaultYear() throws {
        let june2026 = try #require(Calendar(identifier: .gregorian).date(from: DateComponents(timeZone: TimeZone(identifier: "UTC"), year: 2026, month: 6, day: 15)))
        let template = try Self.workspace.collectionTemplate(city: "Kota Palu", owner: "Dinkes", year: nil, previous: nil, today: june2026)
        #expect(template.year == 2025)
    }

    @Test("An unknown owner is refused at --owner, naming the owners; an unknown city as evaluate refuses it; a year import would refuse")
    func refusals() throws {
        do {
            _ = try Self.workspace.collectionTemplate(city: "Kota Palu", owner: "Dinas Kesehatan Kota", year: 2025, previous: nil)
            Issue.record("accepted")
        } catch let error as InputError {
            #expect(error.code == TextKey.templateUnknownOwner.rawValue)
            #expect(error.location?.parameter == .owner)
            #expect(error.hint?.contains("Dinkes, Disdik, DLH") == true, "\(String(describing: error.hint))")
        }
        do {
            _ = try Self.workspace.collectionTemplate(city: "Kota Paluu", owner: nil, year: 2025, previous: nil)
            Issue.record("accepted")
        } catch let error as InputError {
            #expect(error.location?.parameter == .city)
            #expect(error.message == "no city 'Kota Paluu' in the data", "\(error.message)")
            #expect(error.hint?.contains("72.71 Kota Palu") == true)
        }
        do {
            _ = try Self.workspace.collectionTemplate(city: "Kota Palu", owner: nil, year: 1950, previous: nil)
            Issue.record("accepted")
        } catch let error as InputError {
            #expect(error.location?.parameter == .year)
        }
    }

    static func loadOwners(_ text: String) throws -> IndicatorOwners {
        // Kept, not removed: the process remembers files it read by inode (FilesRead), and a freed inode
        // reused by another test's output file would make that output look like an input.
        let path = try TestPaths.temporaryDirectory().appendingPathComponent("owners.yaml").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return try IndicatorOwnersLoader.load(path: path, catalogue: Bundled.catalogue)
    }

    @Test("A broken owners file is refused at the line and column of its mistake", arguments: [
        // An unknown code: line 5, column 9 (the quoted scalar after "      - ").
        ("owners:\n  Dinkes:\n    name: Dinas Kesehatan\n    indicators:\n      - \"37120:11.99\"\n", TextKey.ownersUnknownIndicator, 5, 9),
        // A code given twice: at its second mention.
        ("owners:\n  Dinkes:\n    name: Dinas Kesehatan\n    indicators: [\"37120:11.2\"]\n  DLH:\n    name: Dinas Lingkungan Hidup\n    indicators: [\"37120:8.1\", \"37120:11.2\"]\n",
         TextKey.ownersIndicatorTwice, 7, 31),
        // An unknown key of an owner.
        ("owners:\n  Dinkes:\n    nama: Dinas Kesehatan\n    indicators: []\n", TextKey.loaderUnknownField, 3, 5),
        // An unknown key at the top.
        ("pemilik:\n  Dinkes: {name: Dinas Kesehatan, indicators: []}\n", TextKey.loaderUnknownField, 1, 1),
        // The same department twice, in another case.
        ("owners:\n  Dinkes: {name: Dinas Kesehatan, indicators: []}\n  DINKES: {name: Dinas Kesehatan, indicators: []}\n", TextKey.ownersOwnerTwice, 3, 3),
    ])
    func brokenOwners(_ text: String, _ key: TextKey, _ line: Int, _ column: Int) throws {
        do {
            _ = try Self.loadOwners(text)
            Issue.record("accepted")
        } catch let error as InputError {
            #expect(error.code == key.rawValue, "\(error)")
            #expect(error.location?.line == line, "\(error)")
            #expect(error.location?.column == column, "\(error)")
            #expect(error.location?.file?.hasSuffix("owners.yaml") == true)
        }
    }

    @Test("The unknown code's message names the owner and the nearest codes, in both languages")
    func unknownCodeMessage() throws {
        do {
            _ = try Self.loadOwners("owners:\n  Dinkes:\n    name: Dinas Kesehatan\n    indicators: [\"37120:11.99\"]\n")
            Issue.record("accepted")
        } catch let error as InputError {
            #expect(error.message == "the indicator code '37120:11.99' listed under Dinkes is not in the catalogue")
            #expect(error.messageID == "kode indikator '37120:11.99' pada daftar Dinkes tidak terdapat dalam katalog")
            #expect(error.hint?.contains("37120:11.") == true)
        }
    }

    @Test("The workbook is written whole: an .xlsx (a zip) at the path; --out must end in .xlsx; a failed build leaves the old file")
    func workbookFile() throws {
        let dir = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let template = try Self.workspace.collectionTemplate(city: "Kota Palu", owner: "Dinkes", year: 2025, previous: nil)
        let path = dir.appendingPathComponent("palu.xlsx").path
        try Self.workspace.writeCollectionTemplate(template, to: path, language: .id)
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(bytes.prefix(2) == Data("PK".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["palu.xlsx"])

        do {
            try Self.workspace.writeCollectionTemplate(template, to: dir.appendingPathComponent("palu.csv").path, language: .id)
            Issue.record("accepted")
        } catch let error as InputError {
            #expect(error.code == TextKey.templateOutNotXlsx.rawValue && error.location?.parameter == .out)
        }

        struct Stop: Error {}
        #expect(throws: Stop.self) {
            try WorkbookWriter.write(to: path) { workbook in
                let sheet = try workbook.addSheet("Isian")
                try sheet.write("half", row: 0, column: 0)
                throw Stop()
            }
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["palu.xlsx"])

        // A libxlsxwriter error (a sheet name Excel forbids) is an InputError at the file, and nothing is written.
        let other = dir.appendingPathComponent("other.xlsx").path
        do {
            try WorkbookWriter.write(to: other) { workbook in _ = try workbook.addSheet("a/b") }
            Issue.record("accepted")
        } catch let error as InputError {
            #expect(error.code == TextKey.workbookNotWritten.rawValue && error.location?.file == other)
        }
        #expect(!FileManager.default.fileExists(atPath: other))
    }

    @Test("Excel's message limits: titles cut to 32 code points, messages to 255, with an ellipsis")
    func cut() {
        #expect(WorkbookWriter.Sheet.cut("pendek", 32) == "pendek")
        let long = String(repeating: "é", count: 300)
        let cut = WorkbookWriter.Sheet.cut(long, 255)
        #expect(cut.unicodeScalars.count == 255 && cut.hasSuffix("…"))
    }

    @Test("The importer skips the template's descriptive columns and knows the rest")
    func columnsKnown() {
        let names = CollectionTemplateColumn.allCases.map(\.rawValue)
        let known = Set(ObservationFileReader.longColumns).union(ObservationFileReader.metadataColumns).union(CollectionTemplateColumn.descriptive)
        #expect(names.allSatisfy(known.contains))
        #expect(CollectionTemplateColumn.columns(withOwner: false).count == 13)
        #expect(CollectionTemplateColumn.columns(withOwner: true).count == 14)
    }
}
