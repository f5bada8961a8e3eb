import Foundation
import Testing
@testable import SmartScore

/// Issue 20: the villages `datasets generate --cohort villages` writes read back: desa and kelurahan are
/// types of a village's ten-digit code, and still refused for a regency's or city's code.
@Suite("Village types: desa and kelurahan with a village's code; refused with a regency's")
struct VillageTypeTests {
    let reader = ObservationFileReader(catalogue: Bundled.catalogue, regions: Bundled.regions)

    func file(_ body: String) throws -> String {
        let path = try TestPaths.temporaryDirectory().appendingPathComponent("v.csv").path
        try ("city_code,city_name,year,indicator,value,province,type\n" + body).write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test("ten-digit codes, dotted or not, take desa, Kelurahan and village; the type is stored canonical")
    func accepted() throws {
        let result = try reader.read(path: try file("""
            1101010001,LATIUNG,2021,37120:5.1,5.26,Aceh,desa
            1101010001,LATIUNG,2021,37120:5.2,8.34,Aceh,desa
            72.71.010.001,LERE,2021,37120:5.1,4.5,Sulawesi Tengah,Kelurahan
            1101010002,PASIR TINGGI,2021,37120:5.1,3.1,Aceh,village

            """))
        #expect(result.batch.cities.map(\.code) == ["1101010001", "72.71.010.001", "1101010002"])
        #expect(result.batch.cities.map(\.type) == ["desa", "kelurahan", "desa"])
        #expect(result.batch.count == 4)
    }

    @Test("desa with a city's code, or with a code of nine digits, is refused at the type's cell")
    func refused() throws {
        for (row, line) in [("72.71,Kota Palu,2021,37120:5.1,4.5,Sulawesi Tengah,desa", 2),
                            ("110101001,LATIUNG,2021,37120:5.1,4.5,Aceh,kelurahan", 2)] {
            #expect {
                _ = try reader.read(path: try file(row + "\n"))
            } throws: { error in
                let errors = (error as? InputErrors)?.errors ?? [(error as? InputError)].compactMap { $0 }
                return errors.contains { $0.code == "hostile.read_type_unknown" && $0.location?.line == line && $0.location?.column == 7 }
            }
        }
    }
}
