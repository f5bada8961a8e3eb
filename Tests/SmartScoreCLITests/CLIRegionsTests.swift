import Foundation
import Testing

/// `smartscore regions search|list`, and `import` of a file with Indonesian headers, as a user runs them.
@Suite("CLI: regions search and list, Indonesian headers")
struct CLIRegionsTests {
    @Test("search by name and by BPS code finds Kota Palu; JSON and CSV carry the code, BPS code, name, province and type")
    func palu() throws {
        let byName = try CLI.run(["regions", "search", "Palu"], in: CLI.root)
        #expect(byName.status == 0, "\(byName.stderr)")
        #expect(byName.stdout.contains("72.71  Kota Palu  Sulawesi Tengah  city"), "\(byName.stdout)")
        #expect(byName.stdout.hasSuffix("Regions: 1\n"))
        let byCode = try CLI.run(["regions", "search", "7271", "--format", "csv"], in: CLI.root)
        #expect(byCode.status == 0 && byCode.stdout == "code,bps_code,name,province,type\n72.71,7271,Kota Palu,Sulawesi Tengah,kota\n", "\(byCode.stdout)")
        let json = try CLI.run(["regions", "search", "72.71", "--format", "json"], in: CLI.root)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(object["match"] as? String == "code")
        #expect((object["regions"] as? [[String: Any]])?.first?["province"] as? String == "Sulawesi Tengah")
        let indonesian = try CLI.run(["regions", "search", "Palu", "--lang", "id"], in: CLI.root)
        #expect(indonesian.stdout.contains("Kode") && indonesian.stdout.contains("72.71  Kota Palu  Sulawesi Tengah  kota")
                && indonesian.stdout.hasSuffix("Jumlah wilayah: 1\n"), "\(indonesian.stdout)")
    }

    @Test("a misspelling finds the closest spelling and says so; nonsense is exit 1 with a suggestion; a wrong province is refused at --province")
    func misspelt() throws {
        let typo = try CLI.run(["regions", "search", "Kota Plau"], in: CLI.root)
        #expect(typo.status == 0, "\(typo.stderr)")
        #expect(typo.stderr.contains("no region's name holds 'Kota Plau'; these are the closest spellings"), "\(typo.stderr)")
        #expect(typo.stdout.contains("72.71  Kota Palu"))
        let none = try CLI.run(["regions", "search", "Xyzzyq"], in: CLI.root)
        #expect(none.status == 1 && none.stdout.isEmpty)
        #expect(none.stderr.hasPrefix("TEXT: error: no region matches 'Xyzzyq'\n  hint: did you mean "), "\(none.stderr)")
        let indonesian = try CLI.run(["regions", "search", "Xyzzyq"], environment: ["SMARTSCORE_LANG": "id"], in: CLI.root)
        #expect(indonesian.stderr.contains("tidak ada wilayah yang cocok dengan 'Xyzzyq'") && indonesian.stderr.contains("mungkin yang dimaksud"), "\(indonesian.stderr)")
        let province = try CLI.run(["regions", "list", "--province", "Sulawesi Tngah"], in: CLI.root)
        #expect(province.status == 1 && province.stderr.contains("--province: error: there is no province 'Sulawesi Tngah'")
                && province.stderr.contains("did you mean Sulawesi Tengah"), "\(province.stderr)")
        let format = try CLI.run(["regions", "search", "Palu", "--format", "md"], in: CLI.root)
        #expect(format.status == 2, "\(format.stderr)")
    }

    @Test("regions list of one province, and the province's code as search text, give the same 13 regions")
    func list() throws {
        let listed = try CLI.run(["regions", "list", "--province", "sulawesi tengah", "--format", "csv"], in: CLI.root)
        let searched = try CLI.run(["regions", "search", "72", "--format", "csv"], in: CLI.root)
        #expect(listed.status == 0 && listed.stdout == searched.stdout)
        #expect(listed.stdout.split(separator: "\n").count == 14)
        let all = try CLI.run(["regions", "list", "--format", "csv"], in: CLI.root)
        #expect(all.stdout.split(separator: "\n").count == 515)
    }

    @Test("the Indonesian-header example imports; a name alone that names two regions is refused at its cell")
    func importIndonesian() throws {
        let ok = try CLI.run(["import", "datasets/examples/long_id.csv", "--dry-run", "--format", "json"], in: CLI.root)
        #expect(ok.status == 0, "\(ok.stderr)")
        let dir = try FileManager.default.url(for: .itemReplacementDirectory, in: .userDomainMask, appropriateFor: CLI.root, create: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("names.csv")
        try "nama_wilayah,tahun,kode_indikator,nilai\nBandung,2023,37120:5.1,3\n".write(to: file, atomically: true, encoding: .utf8)
        let refused = try CLI.run(["import", file.path, "--dry-run"], in: CLI.root)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("names.csv:2:1: error: 'Bandung' names more than one region: 32.04 Kabupaten Bandung (Jawa Barat), 32.73 Kota Bandung (Jawa Barat)"), "\(refused.stderr)")
    }
}
