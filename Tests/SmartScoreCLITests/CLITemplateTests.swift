import Foundation
import Testing

/// `smartscore template`: the workbook opened by LibreOffice (converted to CSV headless), filled and
/// imported back; its data validation and sheet protection read back by openpyxl.
@Suite("CLI: collection templates open in LibreOffice and import back")
struct CLITemplateTests {
    static func temporaryDirectory() throws -> URL {
        try FileManager.default.url(for: .itemReplacementDirectory, in: .userDomainMask, appropriateFor: CLI.root, create: true)
    }

    /// The path of `tool` on PATH, or nil.
    static func which(_ tool: String) -> String? {
        for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let path = "\(folder)/\(tool)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }

    /// Runs a tool to the end, returning its status and what it wrote on either stream.
    static func run(_ tool: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// Runs an openpyxl script with Debian's python3 (python3-openpyxl is installed for it, not for a pyenv or
    /// venv python on PATH); nil, with the reason printed, where python3 or openpyxl is absent.
    static func openpyxl(_ script: String, _ arguments: [String]) throws -> String? {
        guard let python = FileManager.default.isExecutableFile(atPath: "/usr/bin/python3") ? "/usr/bin/python3" : which("python3") else {
            print("skipped: python3 is not installed")
            return nil
        }
        let guarded = "import sys\ntry:\n    import openpyxl\nexcept ImportError:\n    print(\"NO-OPENPYXL\"); sys.exit(0)\n" + script
        let result = try run(python, ["-c", guarded] + arguments)
        #expect(result.status == 0, "\(result.output)")
        if result.output.contains("NO-OPENPYXL") {
            print("skipped: openpyxl (Debian python3-openpyxl) is not installed")
            return nil
        }
        return result.output
    }

    /// The workbook's first sheet as CSV, by LibreOffice Calc headless, or nil (with the reason printed) where it cannot run.
    static func convertToCSV(_ workbook: URL, in dir: URL) throws -> URL? {
        guard let soffice = which("soffice") else {
            print("skipped: soffice (Debian libreoffice-calc-nogui) is not installed")
            return nil
        }
        // A private profile: a second LibreOffice (another test, the user's) must not share or lock it.
        let profile = dir.appendingPathComponent("lo-profile")
        // "44,34,76": comma, double quote, UTF-8 (LibreOffice's default CSV character set is Latin-1).
        let result = try run(soffice, ["--headless", "-env:UserInstallation=\(profile.absoluteString)", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76",
                                       "--outdir", dir.path, workbook.path])
        let csv = dir.appendingPathComponent(workbook.deletingPathExtension().lastPathComponent + ".csv")
        // Installed, LibreOffice must open the template: a failure here is the template's, not a reason to skip.
        guard result.status == 0, FileManager.default.fileExists(atPath: csv.path) else {
            Issue.record("soffice could not convert \(workbook.lastPathComponent) (status \(result.status)): \(result.output)")
            return nil
        }
        return csv
    }

    /// The cells of one CSV line as LibreOffice writes it: comma-separated, `"` around a cell holding a comma or quote.
    static func fields(_ line: String) -> [String] {
        var cells: [String] = [], cell = "", quoted = false
        var chars = Array(line)[...]
        while let c = chars.popFirst() {
            if quoted {
                if c == "\"" {
                    if chars.first == "\"" { cell.append("\""); chars.removeFirst() } else { quoted = false }
                } else { cell.append(c) }
            } else if c == "\"" { quoted = true }
            else if c == "," { cells.append(cell); cell = "" }
            else { cell.append(c) }
        }
        cells.append(cell)
        return cells
    }

    static func quoted(_ cell: String) -> String {
        cell.contains(",") || cell.contains("\"") ? "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : cell
    }

    @Test("Kota Palu's Dinkes template: LibreOffice reads its 16 rows; values filled in import back to the store")
    func paluRoundTrip() throws {
        let dir = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let workbook = dir.appendingPathComponent("palu-dinkes.xlsx")
        // In Indonesian, as a department receives it.
        let made = try CLI.run(["template", "--city", "Kota Palu", "--owner", "Dinkes", "--year", "2025", "--out", workbook.path, "--lang", "id"], in: dir)
        #expect(made.status == 0, "\(made.stderr)")
        #expect(made.stderr.contains("Formulir Dinkes untuk Kota Palu (72.71) tahun 2025 berisi 16 indikator dan telah ditulis ke"), "\(made.stderr)")
        guard let csv = try Self.convertToCSV(workbook, in: dir) else { return }

        let lines = try String(contentsOf: csv, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        #expect(lines.first == "city_code,city_name,year,indicator,indicator_name,unit,min,max,previous_year,previous_value,value,source,definition")
        #expect(lines.count == 17)
        // The first row, as a spreadsheet program shows it: a code kept as text (72.71), the year a number.
        #expect(lines[1] == "72.71,Kota Palu,2025,37120:11.2,Jumlah tempat tidur rawat inap rumah sakit per 100.000 penduduk,per 100.000 penduduk,0,,,,,,SNI ISO 37120 butir 11.2: Number of in-patient hospital beds per 100 000 population")
        #expect(lines.last?.hasPrefix("72.71,Kota Palu,2025,local:L.1,Prevalensi balita stunting,%,0,100,") == true, "\(lines.last ?? "")")

        // Filled in as a department would: three values with their source, one row left empty with a note.
        var filled = [lines[0]]
        let values = ["37120:11.2": "212.5", "37120:11.3": "131", "local:L.1": "23.9"]
        for line in lines.dropFirst() {
            // Names hold commas ("psikiater, psikolog klinis"), quoted by LibreOffice: split as CSV.
            var cells = Self.fields(line)
            #expect(cells.count == 13, "\(line)")
            if let value = values[cells[3]] {
                cells[10] = value
                cells[11] = "Profil Kesehatan Kota Palu 2025"
            } else if cells[3] == "37120:11.6" {
                cells[11] = "belum ada pendataan"
            }
            filled.append(cells.map(Self.quoted).joined(separator: ","))
        }
        let returned = dir.appendingPathComponent("palu-dinkes-filled.csv")
        try (filled.joined(separator: "\n") + "\n").write(to: returned, atomically: true, encoding: .utf8)
        let db = dir.appendingPathComponent("store.sqlite").path
        let imported = try CLI.run(["import", returned.path, "--db", db, "--dataset", "palu", "--format", "json"], in: dir)
        #expect(imported.status == 0, "\(imported.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(imported.stdout.utf8)) as? [String: Any])
        let outcome = try #require((json["files"] as? [[String: Any]])?.first)
        #expect(outcome["inserted"] as? Int == 3, "\(outcome)")

        let exported = try CLI.run(["datasets", "export", "palu", "--db", db], in: dir)
        #expect(exported.status == 0, "\(exported.stderr)")
        #expect(exported.stdout.contains("72.71,Kota Palu,2025,37120:11.2,212.5"), "\(exported.stdout)")
        #expect(exported.stdout.contains("72.71,Kota Palu,2025,37120:11.3,131"), "\(exported.stdout)")
        #expect(exported.stdout.contains("72.71,Kota Palu,2025,local:L.1,23.9"), "\(exported.stdout)")

        // The next year's template shows the stored values as the earlier ones.
        let next = dir.appendingPathComponent("palu-dinkes-2026.xlsx")
        let again = try CLI.run(["template", "--city", "72.71", "--owner", "dinkes", "--year", "2026", "--db", db, "--dataset", "palu", "--out", next.path, "--lang", "id"], in: dir)
        #expect(again.status == 0, "\(again.stderr)")
        #expect(again.stderr.contains("Nilai pembanding diambil dari \(db), dataset palu: 3 indikator memiliki nilai tahun sebelumnya."), "\(again.stderr)")
        guard let nextCSV = try Self.convertToCSV(next, in: dir) else { return }
        let nextText = try String(contentsOf: nextCSV, encoding: .utf8)
        #expect(nextText.contains("72.71,Kota Palu,2026,37120:11.2,Jumlah tempat tidur rawat inap rumah sakit per 100.000 penduduk,per 100.000 penduduk,0,,2025,212.5,,,"), "\(nextText)")
    }

    @Test("The template of every indicator: 322 rows with an owner column, read by LibreOffice")
    func paluAll() throws {
        let dir = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let workbook = dir.appendingPathComponent("palu.xlsx")
        let made = try CLI.run(["template", "--city", "Kota Palu", "--year", "2025", "--out", workbook.path, "--lang", "id"], in: dir)
        #expect(made.status == 0, "\(made.stderr)")
        #expect(made.stderr.contains("Formulir Kota Palu (72.71) untuk tahun 2025 berisi 322 indikator"), "\(made.stderr)")
        guard let csv = try Self.convertToCSV(workbook, in: dir) else { return }
        let lines = try String(contentsOf: csv, encoding: .utf8).split(separator: "\n").map(String.init)
        #expect(lines.count == 323)
        #expect(lines[0].hasSuffix(",value,source,definition,owner"))
        #expect(lines[1].hasPrefix("72.71,Kota Palu,2025,37120:5.1,Tingkat Pengangguran Terbuka (TPT),%,0,100,") && lines[1].hasSuffix(",BPS"), "\(lines[1])")
        // A template imported untouched has no values: refused as such, not half-imported.
        let untouched = try CLI.run(["import", csv.path, "--db", dir.appendingPathComponent("s.sqlite").path, "--dry-run"], in: dir)
        #expect(untouched.status == 1, "\(untouched.stderr)")
    }

    @Test("openpyxl finds the data validation of every value cell, the sheet protection and the unlocked fill-in cells")
    func validationAndProtection() throws {
        let dir = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let workbook = dir.appendingPathComponent("palu-dinkes.xlsx")
        let made = try CLI.run(["template", "--city", "Kota Palu", "--owner", "Dinkes", "--year", "2025", "--out", workbook.path, "--lang", "id"], in: dir)
        #expect(made.status == 0, "\(made.stderr)")
        let script = """
        wb = openpyxl.load_workbook(sys.argv[1])
        ws = wb.worksheets[0]
        print("sheets", wb.sheetnames, "active", wb.active.title)
        print("protected", ws.protection.sheet)
        print("freeze", ws.freeze_panes)
        for dv in ws.data_validations.dataValidation:
            print("dv", dv.sqref, dv.type, dv.operator, dv.formula1, dv.formula2, "|", dv.promptTitle, "|", dv.errorTitle)
        print("locked", [c.protection.locked for c in ws[2]])
        print("comment", ws["K1"].comment.text)
        """
        guard let out = try Self.openpyxl(script, [workbook.path]) else { return }
        #expect(out.contains("sheets ['Isian', 'Petunjuk'] active Petunjuk"), "\(out)")
        #expect(out.contains("protected True"), "\(out)")
        #expect(out.contains("freeze F2"), "\(out)")
        let validations = out.split(separator: "\n").filter { $0.hasPrefix("dv ") }
        #expect(validations.count == 16)
        // Row 2 (37120:11.2, beds per 100 000): at least 0. Row 17 (local:L.1, a share): between 0 and 100.
        #expect(validations.contains("dv K2 decimal greaterThanOrEqual 0 None | Isikan nilai 2025 | Nilai tidak dapat diterima"), "\(out)")
        // "between" is Excel's default operator, so the file leaves it out and openpyxl reads None.
        #expect(validations.contains("dv K17 decimal None 0 100 | Isikan nilai 2025 | Nilai tidak dapat diterima"), "\(out)")
        // Every cell locked but value (K) and source (L).
        #expect(out.contains("locked [True, True, True, True, True, True, True, True, True, True, False, False, True]"), "\(out)")
        #expect(out.contains("comment DIISI: nilai indikator untuk tahun yang diminta"), "\(out)")
    }

    @Test("the template filled in by openpyxl imports as a workbook, by smartscore's own reader: the values typed, nothing else")
    func filledWorkbookImports() throws {
        let dir = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let workbook = dir.appendingPathComponent("palu-dinkes.xlsx"), filled = dir.appendingPathComponent("filled.xlsx")
        let made = try CLI.run(["template", "--city", "Kota Palu", "--owner", "Dinkes", "--year", "2025", "--out", workbook.path], in: dir)
        #expect(made.status == 0, "\(made.stderr)")
        // Row 2 is 37120:11.2 and row 17 local:L.1 (see validationAndProtection); K is the value, L the source.
        let script = """
        wb = openpyxl.load_workbook(sys.argv[1])
        ws = wb.worksheets[0]
        ws["K2"] = 212.5; ws["L2"] = "SIMRS 2025"
        ws["K17"] = 23.9; ws["L17"] = "e-PPGBM"
        wb.save(sys.argv[2])
        """
        guard try Self.openpyxl(script, [workbook.path, filled.path]) != nil else { return }
        let db = dir.appendingPathComponent("s.sqlite").path
        let imported = try CLI.run(["import", filled.path, "--dataset", "palu", "--db", db], in: dir)
        #expect(imported.status == 0, "\(imported.stderr)")
        let export = try CLI.run(["datasets", "export", "palu", "--db", db], in: dir)
        let rows = export.stdout.split(separator: "\n").dropFirst().map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        #expect(rows.count == 2, "\(export.stdout) \(export.stderr)")
        #expect(rows.contains { $0.count >= 8 && $0[0] == "72.71" && $0[2] == "2025" && $0[3] == "37120:11.2" && Double($0[4]) == 212.5 && $0[7] == "SIMRS 2025" }, "\(export.stdout)")
        #expect(rows.contains { $0.count >= 8 && $0[3] == "local:L.1" && Double($0[4]) == 23.9 }, "\(export.stdout)")
    }

    @Test("catalogue show names the department that collects an indicator, in both languages")
    func catalogueShowsOwner() throws {
        let en = try CLI.run(["catalogue", "show", "37120:11.3", "--lang", "en"])
        #expect(en.status == 0 && en.stdout.contains("Collected by") && en.stdout.contains("Dinkes — Dinas Kesehatan"), "\(en.stdout)")
        let id = try CLI.run(["catalogue", "show", "local:E.1", "--lang", "id"])
        #expect(id.stdout.contains("Perangkat daerah pengumpul") && id.stdout.contains("BPS — Badan Pusat Statistik Kabupaten/Kota"), "\(id.stdout)")
        // No clear owner: no line at all.
        let none = try CLI.run(["catalogue", "show", "37120:15.4", "--lang", "en"])
        #expect(none.status == 0 && !none.stdout.contains("Collected by"), "\(none.stdout)")
    }

    @Test("Refusals: an unknown --owner lists the owners; --out not .xlsx; an unknown city as evaluate says it; nothing written")
    func refusals() throws {
        let dir = try Self.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("t.xlsx").path
        let owner = try CLI.run(["template", "--city", "Kota Palu", "--owner", "Dinas Kesehatan", "--out", out], in: dir)
        #expect(owner.status == 1)
        #expect(owner.stderr.contains("--owner: error: no department 'Dinas Kesehatan' in indicators/owners.yaml"), "\(owner.stderr)")
        #expect(owner.stderr.contains("hint: choose one of: Bappeda, BPS, Dinkes,"), "\(owner.stderr)")
        let csv = try CLI.run(["template", "--city", "Kota Palu", "--out", dir.appendingPathComponent("t.csv").path], in: dir)
        #expect(csv.status == 1 && csv.stderr.contains("--out: error: the output"), "\(csv.stderr)")
        let city = try CLI.run(["template", "--city", "Kota Paluu", "--out", out], in: dir)
        let evaluate = try CLI.run(["evaluate", "--city", "Kota Paluu", "--data", CLI.root.appendingPathComponent("datasets/demo/demo_cohort.csv").path], in: dir)
        #expect(city.status == 1 && city.stderr.contains("--city: error: no city 'Kota Paluu' in the data"), "\(city.stderr)")
        #expect(evaluate.stderr.contains("--city: error: no city 'Kota Paluu' in the data"), "\(evaluate.stderr)")
        let store = try CLI.run(["template", "--city", "Kota Palu", "--db", dir.appendingPathComponent("missing.sqlite").path, "--out", out], in: dir)
        #expect(store.status == 1 && store.stderr.contains("--db"), "\(store.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".xlsx") || $0.hasSuffix(".partial") }.isEmpty)
    }
}
