import Foundation
import Testing
@testable import SmartScore

/// The region list's aliases file: the shipped one valid, a broken one refused at the line and column of its mistake.
@Suite("Region aliases: the shipped file, and a broken one at file:line:column")
struct RegionAliasesTests {
    static func load(_ text: String) throws -> RegionAliases {
        let path = try TestPaths.temporaryDirectory().appendingPathComponent("aliases.yaml").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return try RegionAliases.load(path: path, registry: Bundled.regions)
    }

    @Test("The shipped aliases: three, each found within its province and only there")
    func shipped() throws {
        let aliases = try RegionAliases.bundled(in: TestPaths.root.appendingPathComponent("datasets").path, registry: Bundled.regions)
        #expect(aliases.count == 3)
        #expect(aliases.code(for: "Pontianak", province: "KALIMANTAN BARAT") == "61.04")
        #expect(aliases.code(for: "kota  makasar", province: "Sulawesi Selatan") == "73.71")
        #expect(aliases.code(for: "Pontianak", province: "JAWA BARAT") == nil)
    }

    @Test("A broken aliases file is refused at the line of its mistake", arguments: [
        ("aliases:\n  - {name: X, province: ACEH, code: \"99.99\"}\n", TextKey.aliasUnknownCode, 2),
        ("aliases:\n  - {name: Pontianak, code: \"61.04\"}\n", TextKey.loaderMissingKey, 2),
        ("aliases:\n  - {name: X, province: ACEH, code: \"73.71\"}\n", TextKey.aliasProvinceMismatch, 2),
        ("aliases:\n  - {name: X, province: SULAWESI SELATAN, code: \"73.71\"}\n  - {name: x, province: Sulawesi Selatan, code: \"73.71\"}\n", TextKey.aliasTwice, 3),
        ("aliases:\n  - {name: X, province: ACEH, kode: \"73.71\"}\n", TextKey.loaderUnknownField, 2),
    ])
    func broken(_ text: String, _ key: TextKey, _ line: Int) throws {
        do {
            _ = try Self.load(text)
            Issue.record("accepted")
        } catch let error as InputError {
            #expect(error.code == key.rawValue, "\(error)")
            #expect(error.location?.line == line, "\(error)")
            #expect(error.location?.column != nil)
        }
    }

    @Test("A new Papua province's name stands for its old one: an alias under PAPUA SELATAN may point to a 94.xx code")
    func papua() throws {
        let aliases = try Self.load("aliases:\n  - {name: \"Merauke Raya\", province: \"PAPUA SELATAN\", code: \"94.01\"}\n")
        #expect(aliases.code(for: "Merauke Raya", province: "PAPUA SELATAN") == "94.01")
    }
}
