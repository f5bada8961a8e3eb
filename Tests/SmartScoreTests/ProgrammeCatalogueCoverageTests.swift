import Foundation
import Testing
@testable import SmartScore

/// The bundled programme catalogue lets a city choose quick wins on every element of every dimension
/// (programmes.README.md): at least three first-year programmes per element, at least two of them services
/// that sharpen what already exists, each moving an indicator of its own element that the demo cohort has.
@Suite("Programme catalogue: quick-win candidates on every element, well-formed entries")
struct ProgrammeCatalogueCoverageTests {
    static let programmes = try! ProgrammeCatalogue.bundled(in: TestPaths.indicators, catalogue: Bundled.catalogue).programmes
    static let framework = Bundled.catalogue.framework

    /// Whether a programme moves a scored indicator of its own element (the codes the loader accepted are scored).
    static func movesOwnElement(_ p: Programme, among codes: Set<String>? = nil) -> Bool {
        p.effects.contains { effect in
            guard let indicator = Bundled.catalogue[effect.indicator] else { return false }
            return indicator.dimension == p.dimension && indicator.element == p.element && (codes?.contains(effect.indicator) ?? true)
        }
    }

    @Test("every element has ≥ 3 programmes with months ≤ 12, ≥ 2 of them services")
    func quickWinCandidatesPerElement() {
        for dimension in Self.framework.dimensions {
            for element in dimension.elements {
                let short = Self.programmes.filter { $0.dimension == dimension.id && $0.element == element.id && $0.months <= 12 }
                let services = short.filter { $0.kind == .service }
                #expect(short.count >= 3, "\(dimension.id)/\(element.id): \(short.count) programmes of ≤ 12 months")
                #expect(services.count >= 2, "\(dimension.id)/\(element.id): \(services.count) services of ≤ 12 months")
            }
        }
    }

    @Test("those candidates move an indicator of their own element that the demo cohort has")
    func candidatesMoveTheirElementInTheDemoData() throws {
        let matrix = try Bundled.matrix(TestPaths.root.appendingPathComponent("datasets/demo/demo_cohort.csv").path)
        let present = Set(matrix.indicators.map(\.code))
        for dimension in Self.framework.dimensions {
            for element in dimension.elements {
                let short = Self.programmes.filter {
                    $0.dimension == dimension.id && $0.element == element.id && $0.months <= 12 && Self.movesOwnElement($0, among: present)
                }
                #expect(short.count >= 3, "\(dimension.id)/\(element.id): \(short.count) usable programmes of ≤ 12 months")
                #expect(short.filter { $0.kind == .service }.count >= 2, "\(dimension.id)/\(element.id): too few usable services")
            }
        }
    }

    @Test("every programme's element belongs to its dimension, and its id carries the dimension's prefix")
    func elementMatchesDimension() {
        for p in Self.programmes {
            #expect(Self.framework.element(p.dimension, p.element) != nil, "\(p.id): \(p.element) is not an element of \(p.dimension)")
            #expect(p.id.hasPrefix(ProgrammeCatalogue.prefixes[p.dimension] ?? "?"), "\(p.id) lacks the prefix of \(p.dimension)")
        }
    }

    @Test("every idea source has a name, and every url is http(s) without spaces")
    func ideaSourceURLs() {
        for p in Self.programmes {
            guard let idea = p.idea else { continue }
            #expect(!idea.name.trimmingCharacters(in: .whitespaces).isEmpty, "\(p.id): idea source without a name")
            if let url = idea.url {
                #expect(url.hasPrefix("https://") || url.hasPrefix("http://"), "\(p.id): \(url)")
                let spaced = url.contains { $0.isWhitespace }
                #expect(!spaced, "\(p.id): \(url)")
            }
        }
    }

    @Test("no two programmes share an id, an Indonesian name or an English name")
    func uniqueNames() {
        let keys: [(String, (Programme) -> String)] = [("id", { $0.id }), ("name.id", { $0.name.id }), ("name.en", { $0.name.en })]
        for (what, key) in keys {
            let values = Self.programmes.map(key)
            let repeated = Dictionary(grouping: values, by: { $0.lowercased() }).filter { $0.value.count > 1 }.keys.sorted()
            #expect(repeated.isEmpty, "repeated \(what): \(repeated)")
        }
    }

    @Test("every programme has 1–3 risks, an owner and a region type; some suit only cities, some only regencies")
    func wellFormedEntries() {
        for p in Self.programmes {
            #expect((1...3).contains(p.risks.count), "\(p.id): \(p.risks.count) risks")
            #expect(!p.owner.isEmpty, "\(p.id): no owner")
            #expect(!p.regionTypes.isEmpty, "\(p.id): no region type")
        }
        #expect(Self.programmes.contains { $0.regionTypes == [.kota] } && Self.programmes.contains { $0.regionTypes == [.kabupaten] })
    }
}
