import Foundation
import Testing
@testable import SmartScore

/// Issue 20: the registry's fast folding of ASCII names is Foundation's folding, name for name.
@Suite("Region name folding: the ASCII fast path equals Foundation's folding and the abbreviation rules")
struct RegionFoldTests {
    /// What `fold` computed before its fast path, for every input.
    static func reference(_ s: String) -> String {
        s.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) }
            .map(String.init).joined()
    }

    static func referenceProvince(_ s: String) -> String {
        reference(s.trimmingCharacters(in: .whitespaces)
            .replacingOccurrences(of: "^(?i)kep\\.\\s*", with: "Kepulauan ", options: .regularExpression)
            .replacingOccurrences(of: "^(?i)prov(insi|\\.)\\s*", with: "", options: .regularExpression))
    }

    @Test("every name and province of the region list, and 2,000 seeded strings of printable ASCII")
    func asciiNames() throws {
        let registry = try RegionRegistry.bundled(in: TestPaths.root.appendingPathComponent("datasets").path)
        var inputs = registry.regions.flatMap { [$0.name, $0.province ?? ""] }
        var generator = SeededGenerator(seed: 20)
        for _ in 0..<2_000 {
            let length = Int.random(in: 0...24, using: &generator)
            inputs.append(String((0..<length).map { _ in Character(Unicode.Scalar(UInt8.random(in: 0x20...0x7E, using: &generator))) }))
        }
        for input in inputs {
            #expect(RegionRegistry.fold(input) == Self.reference(input), "\(input)")
            #expect(RegionRegistry.foldProvince(input) == Self.referenceProvince(input), "\(input)")
        }
    }

    @Test("abbreviations of BPS tables and non-ASCII names go the long way and still fold the same")
    func abbreviationsAndAccents() {
        for input in ["KEP. BANGKA BELITUNG", "Kep.Riau", "kep riau", "Prov. Aceh", "PROVINSI JAWA BARAT", "provinsi  Bali",
                      "Provence", "  Kepulauan Riau ", "Daerah Istimewa Yogyakarta", "Kabupaten Sérang", "KOTA BAU\u{2011}BAU",
                      "\u{212A}ep. Riau", "Nusa Tenggara Barat"] {
            #expect(RegionRegistry.fold(input) == Self.reference(input), "\(input)")
            #expect(RegionRegistry.foldProvince(input) == Self.referenceProvince(input), "\(input)")
        }
        #expect(RegionRegistry.foldProvince("KEP. BANGKA BELITUNG") == "kepulauanbangkabelitung")
        #expect(RegionRegistry.foldProvince("Prov. Aceh") == "aceh")
    }
}
