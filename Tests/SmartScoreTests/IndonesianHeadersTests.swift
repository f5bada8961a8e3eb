import Foundation
import Testing
@testable import SmartScore

/// Issue 18: files as Indonesian offices write them. Indonesian header names, BPS four-digit region codes,
/// regions named without a code column, and the region search behind `smartscore regions search`.
@Suite("Data: Indonesian headers, BPS codes, names without codes, region search")
struct IndonesianHeadersTests {
    let reader = ObservationFileReader(catalogue: Bundled.catalogue, regions: Bundled.regions)
    let english = """
        city_code,city_name,year,indicator,value,province,type,source
        72.71,Kota Palu,2022,37120:5.1,4.5,Sulawesi Tengah,kota,Dinkes
        72.71,Kota Palu,2023,37120:5.2,97.25,Sulawesi Tengah,kota,Dinkes
        64.71,Kota Balikpapan,2023,37120:5.1,6.1,Kalimantan Timur,kota,BPS

        """

    final class Folder {
        let dir: URL
        init() throws { dir = try TestPaths.temporaryDirectory() }
        deinit { try? FileManager.default.removeItem(at: dir) }
        func file(_ name: String, _ text: String) throws -> String {
            let path = dir.appendingPathComponent(name).path
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            return path
        }
    }

    /// Every value of a batch as "code|name|year|indicator|value|source", in file order.
    static func rows(_ batch: ObservationBatch) -> [String] {
        (0..<batch.count).map { i in
            let city = batch.city(atRow: i)
            return "\(city.code)|\(city.name)|\(batch.years[i])|\(batch.indicator(atRow: i))|\(batch.values[i])|\(batch.source(atRow: i) ?? "")"
        }
    }

    func errors(_ path: String) -> [InputError] {
        do { _ = try reader.read(path: path); return [] }
        catch let e as InputErrors { return e.errors }
        catch let e as InputError { return [e] }
        catch { Issue.record("not an input error: \(error)"); return [] }
    }

    // MARK: headers

    @Test("a long file with Indonesian headers imports to the same values as the English one")
    func longIndonesianEqualsEnglish() throws {
        let folder = try Folder()
        let en = try reader.read(path: folder.file("en.csv", english))
        let indonesian = english.replacingOccurrences(of: "city_code,city_name,year,indicator,value,province,type,source",
                                                      with: "kode_wilayah,nama_wilayah,tahun,kode_indikator,nilai,provinsi,jenis,sumber")
        let id = try reader.read(path: folder.file("id.csv", indonesian))
        #expect(id.layout == .long)
        #expect(Self.rows(id.batch) == Self.rows(en.batch))
        #expect(Self.rows(id.batch) == ["72.71|Kota Palu|2022|37120:5.1|4.5|Dinkes", "72.71|Kota Palu|2023|37120:5.2|97.25|Dinkes",
                                        "64.71|Kota Balikpapan|2023|37120:5.1|6.1|BPS"])
        #expect(id.batch.cities == en.batch.cities)
        // Spaces, capitals and the other spellings of the same names.
        let spaced = english.replacingOccurrences(of: "city_code,city_name,year,indicator,value,province,type,source",
                                                  with: "Kode Wilayah,NAMA WILAYAH,Tahun,Indikator,Nilai,Provinsi,Tipe,Sumber Data")
        #expect(Self.rows(try reader.read(path: folder.file("spaced.csv", spaced)).batch) == Self.rows(en.batch))
    }

    @Test("each Indonesian name, and its spellings, stands for one English column; ambiguous words stand for none")
    func everyName() {
        let expected: [String: String] = [
            "kode_wilayah": "city_code", "Kode Wilayah": "city_code", "KODE-WILAYAH": "city_code", "Kode Kab/Kota": "city_code",
            "kode_kabupaten_kota": "city_code", "nama_wilayah": "city_name", "Nama Kab/Kota": "city_name", "tahun": "year",
            "kode_indikator": "indicator", "indikator": "indicator", "nilai": "value", "provinsi": "province", "jenis": "type",
            "tipe": "type", "sumber": "source", "sumber_data": "source", "satuan": "unit", "catatan": "note", "keterangan": "note",
            "City Code": "city_code", "YEAR": "year",
        ]
        for (header, column) in expected { #expect(ColumnNames.column(for: header) == column, "\(header)") }
        for word in ["kode", "nama", "wilayah", "kota", "37120:5.1", ""] { #expect(ColumnNames.column(for: word) == nil, "\(word)") }
    }

    @Test("a wide file with Indonesian key columns reads its indicator columns")
    func wide() throws {
        let folder = try Folder()
        let r = try reader.read(path: folder.file("w.csv", "kode_wilayah,nama_wilayah,tahun,provinsi,37120:5.1,37120:5.2\n7271,Kota Palu,2023,Sulawesi Tengah,4.5,97\n"))
        #expect(r.layout == .wide)
        #expect(Self.rows(r.batch) == ["72.71|Kota Palu|2023|37120:5.1|4.5|", "72.71|Kota Palu|2023|37120:5.2|97.0|"])
    }

    @Test("a column named twice, in two languages, is refused at the second; misspelt Indonesian names get a hint; hints name both sets")
    func headerErrors() throws {
        let folder = try Folder()
        let twice = errors(try folder.file("t.csv", "city_code,nama_wilayah,tahun,kode_indikator,nilai,kode_wilayah\n72.71,Kota Palu,2023,37120:5.1,4\n"))
        #expect(twice.map(\.code) == ["region_names.header_same_column_twice"])
        #expect(twice.first?.location?.line == 1 && twice.first?.location?.column == 6)
        #expect(twice.first?.message == "the columns 'kode_wilayah' and 'city_code' (column 1) both mean city_code; only one can be read")
        let typo = errors(try folder.file("y.csv", "kode_wilayah,nama_wilayah,tahun,kode_indikator,nilai,sumbr\n72.71,Kota Palu,2023,37120:5.1,4,x\n"))
        #expect(typo.first?.code == "hostile.column_unknown" && typo.first?.hint == "did you mean `sumber`?")
        let missing = errors(try folder.file("m.csv", "kode_wilayah,nama_wilayah,kode_indikator,nilai\n72.71,Kota Palu,37120:5.1,4\n"))
        // The message as before; the hint gives both header sets.
        #expect(missing.first?.message == "missing required column 'year'")
        #expect(missing.first?.hint?.contains("kode_wilayah,nama_wilayah,tahun,kode_indikator,nilai") == true)
        #expect(missing.first?.hintID?.contains("kode_wilayah,nama_wilayah,tahun,kode_indikator,nilai") == true)
    }

    @Test("a file whose header starts with Nama Wilayah is not taken for a BPS export")
    func notAnExport() throws {
        let folder = try Folder()
        #expect(!BPSExport.isExport(try folder.file("n.csv", "Nama Wilayah,Tahun,Kode Indikator,Nilai\nPalu,2023,37120:5.1,4.5\n")))
        #expect(BPSExport.isExport(TestPaths.root.appendingPathComponent("datasets/bps/exports/ipm_2024.csv").path))
    }

    // MARK: codes

    @Test("BPS four-digit codes and spaced codes are the region list's codes; an unknown one stays as typed")
    func codes() throws {
        let folder = try Folder()
        let r = try reader.read(path: folder.file("c.csv", """
            city_code,city_name,year,indicator,value
            7271,Kota Palu,2023,37120:5.1,4.5
            72 71,Kota Palu,2024,37120:5.1,4.6
            72.71,Kota Palu,2022,37120:5.1,4.4
            1101,Kabupaten Simeulue,2023,37120:5.1,3
            9901,Kota Entah,2023,37120:5.1,2

            """))
        #expect(r.batch.cities.map(\.code) == ["72.71", "11.01", "9901"])
        #expect(r.batch.cities.first?.province == "Sulawesi Tengah")
        #expect(r.warnings.map(\.message) == ["1 city code is not in the region list (9901)"])
        #expect(RegionRegistry.dotted("7271") == "72.71" && RegionRegistry.dotted(" 72. 71 ") == "72.71")
        #expect(RegionRegistry.dotted("72711") == nil && RegionRegistry.dotted("72.71.01") == nil && RegionRegistry.dotted("7a71") == nil)
        // A code and a name that disagree are refused as before, whichever way the code is written.
        let disagree = errors(try folder.file("d.csv", "city_code,city_name,year,indicator,value\n6471,Kota Samarinda,2023,37120:5.1,4\n"))
        #expect(disagree.map(\.message) == ["city code 64.71 is Kota Balikpapan in the region list, not 'Kota Samarinda'"])
    }

    // MARK: names without codes

    @Test("a name alone is resolved when one region has it: Palu, Kota Palu and Kab. Bandung")
    func namesAlone() throws {
        let folder = try Folder()
        let r = try reader.read(path: folder.file("n.csv", """
            nama_wilayah,tahun,kode_indikator,nilai
            Palu,2023,37120:5.1,4.5
            KOTA PALU,2024,37120:5.1,4.6
            Kab. Bandung,2023,37120:5.1,3
            Kabupaten Simeulue,2023,37120:5.1,2

            """))
        #expect(Self.rows(r.batch) == ["72.71|Kota Palu|2023|37120:5.1|4.5|", "72.71|Kota Palu|2024|37120:5.1|4.6|",
                                       "32.04|Kabupaten Bandung|2023|37120:5.1|3.0|", "11.01|Kabupaten Simeulue|2023|37120:5.1|2.0|"])
        #expect(r.batch.cities.map(\.province) == ["Sulawesi Tengah", "Jawa Barat", "Aceh"])
        #expect(r.warnings.isEmpty)
    }

    @Test("an ambiguous name is refused at its cell, once, listing every candidate with code and province")
    func ambiguousName() throws {
        let folder = try Folder()
        let e = errors(try folder.file("a.csv", "nama_wilayah,tahun,kode_indikator,nilai\nPalu,2023,37120:5.1,4.5\nBandung,2023,37120:5.1,3\nBandung,2024,37120:5.1,3\n"))
        #expect(e.count == 1)
        #expect(e.first?.code == "region_names.import_name_ambiguous")
        #expect(e.first?.location?.line == 3 && e.first?.location?.column == 1)
        #expect(e.first?.message == "'Bandung' names more than one region: 32.04 Kabupaten Bandung (Jawa Barat), 32.73 Kota Bandung (Jawa Barat)")
        #expect(e.first?.messageID == "'Bandung' cocok dengan lebih dari satu wilayah: 32.04 Kabupaten Bandung (Jawa Barat), 32.73 Kota Bandung (Jawa Barat)")
    }

    @Test("a province or type column narrows an ambiguous name: Banjar in Kalimantan Selatan, Bandung the kota")
    func narrowed() throws {
        let folder = try Folder()
        let both = errors(try folder.file("b.csv", "city_name,year,indicator,value\nBanjar,2023,37120:5.1,3\n"))
        #expect(both.first?.message == "'Banjar' names more than one region: 32.79 Kota Banjar (Jawa Barat), 63.03 Kabupaten Banjar (Kalimantan Selatan)")
        let r = try reader.read(path: folder.file("p.csv", """
            city_name,provinsi,jenis,year,indicator,value
            Banjar,Kalimantan Selatan,,2023,37120:5.1,3
            Banjar,JAWA BARAT,,2023,37120:5.1,4
            Bandung,Jawa Barat,kota,2023,37120:5.1,5

            """))
        #expect(r.batch.cities.map(\.code) == ["63.03", "32.79", "32.73"])
        #expect(r.batch.values == [3, 4, 5])
    }

    @Test("a name the list does not hold is refused with the nearest names; without a region list, any name is")
    func unknownName() throws {
        let folder = try Folder()
        let e = errors(try folder.file("u.csv", "city_name,year,indicator,value\nKota Palau,2023,37120:5.1,3\n"))
        #expect(e.first?.message == "no regency or city called 'Kota Palau' is in the region list")
        #expect(e.first?.hint?.hasPrefix("did you mean 72.71 Kota Palu (Sulawesi Tengah)") == true)
        let inProvince = errors(try folder.file("v.csv", "city_name,province,year,indicator,value\nPalu,Aceh,2023,37120:5.1,3\n"))
        #expect(inProvince.first?.message == "no regency or city called 'Palu' is in Aceh in the region list")
        let bare = ObservationFileReader(catalogue: Bundled.catalogue, regions: nil)
        #expect(throws: InputErrors.self) { try bare.read(path: folder.file("w.csv", "city_name,year,indicator,value\nPalu,2023,37120:5.1,3\n")) }
    }

    @Test("with --lenient an unresolved name's rows are skipped, the first said, the rest counted; a name too long for a hint gets none")
    func lenientAndLong() throws {
        let folder = try Folder()
        let path = try folder.file("l.csv", "city_name,year,indicator,value\nBandung,2022,37120:5.1,3\nPalu,2022,37120:5.1,4\nBandung,2023,37120:5.1,3\n")
        let r = try reader.read(path: path, options: ReadOptions(lenient: true))
        #expect(r.batch.cities.map(\.code) == ["72.71"] && r.skippedRows == 2)
        #expect(r.skipped.map(\.code) == ["region_names.import_name_ambiguous"])
        let long = String(repeating: "x", count: 300)
        let e = errors(try folder.file("x.csv", "city_name,year,indicator,value\n\(long),2022,37120:5.1,3\n"))
        #expect(e.first?.hint?.hasPrefix("did you mean …?") == true, "\(e)")
    }

    @Test("a city is found by its BPS code where a verb takes --city")
    func cityLookup() throws {
        let regions = Bundled.regions.regions
        #expect(regions[try CityLookup.find("7271", in: regions)].name == "Kota Palu")
        #expect(regions[try CityLookup.find("72.71", in: regions)].name == "Kota Palu")
    }

    // MARK: region search

    @Test("region search: by name, code forms, province code, kind prefix, close spelling; nothing for nonsense")
    func search() {
        let regions = Bundled.regions
        #expect(regions.search("Palu")?.regions.map(\.code) == ["72.71"])
        #expect(regions.search("kota palu")?.match == .name)
        #expect(regions.search("7271")?.regions.map(\.code) == ["72.71"])
        #expect(regions.search("72.71")?.match == .code)
        #expect(regions.search("72")?.regions.count == 13)
        // Exact names first, then the names that hold the text.
        #expect(regions.search("Bandung")?.regions.map(\.code) == ["32.04", "32.73", "32.17"])
        #expect(regions.search("Kab. Bandung")?.regions.map(\.code) == ["32.04", "32.17"])
        #expect(regions.search("Bandung", province: "Jawa Tengah") == nil)
        let typo = regions.search("Kota Plau")
        #expect(typo?.match == .spelling && typo?.regions.map(\.code) == ["72.71"])
        #expect(regions.search("zzzqqq") == nil && regions.search("9999") == nil)
        #expect(regions.search("Kota", province: "Aceh")?.regions.count == 5)
    }
}
