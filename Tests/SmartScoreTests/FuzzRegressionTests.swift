import Foundation
import Testing
@testable import SmartScore

/// Issue 15: the inputs of the fuzz targets (fuzz/), run by `swift test` through the same loaders: every
/// committed seed of `FuzzYAML` (alias bombs, deep nesting, NUL, CR-only, UTF-16, Latin-1, 400-digit
/// numbers, …) and the inputs a fuzz run found, inline. Only `InputError`/`InputErrors` may come out,
/// each input in well under the fuzzer's 10 s limit. See fuzz/README.md for turning a crash into a test here.
@Suite("Fuzz regressions: the fuzz corpus and the fuzzer's findings through every YAML loader")
struct FuzzRegressionTests {
    /// `FuzzYAML`'s loaders, by the letter its inputs start with (fuzz/Sources/FuzzYAML/FuzzYAML.swift).
    static let loaders: [(letter: UInt8, name: String, load: @Sendable (String) throws -> Void)] = [
        (UInt8(ascii: "y"), "YAMLNode", { _ = try YAMLNode.load(path: $0) }),
        (UInt8(ascii: "f"), "FrameworkLoader", { _ = try FrameworkLoader.load(path: $0) }),
        (UInt8(ascii: "i"), "IndicatorFileLoader", { _ = try IndicatorFileLoader.load(path: $0, framework: Bundled.catalogue.framework) }),
        (UInt8(ascii: "w"), "WeightsFile", { _ = try WeightsFile.load(path: $0, catalogue: Bundled.catalogue) }),
        (UInt8(ascii: "t"), "TargetsFile", { _ = try TargetsFile.load(path: $0, catalogue: Bundled.catalogue) }),
        (UInt8(ascii: "a"), "AHPFile", { _ = try AHPFile.load(path: $0, framework: Bundled.catalogue.framework, allowInconsistent: false) }),
        (UInt8(ascii: "p"), "ProgrammeCatalogue", { _ = try ProgrammeCatalogue.load(path: $0, catalogue: Bundled.catalogue) }),
        (UInt8(ascii: "m"), "ColumnMapping", { _ = try ColumnMapping.load(path: $0, catalogue: Bundled.catalogue) }),
    ]

    /// Runs one `FuzzYAML` input (loader letter, then the file) and returns the error it gave, if any;
    /// records an issue for any other error or a slow input.
    @discardableResult
    static func run(_ input: [UInt8], name: String, in dir: URL) throws -> InputError? {
        guard let first = input.first else { return nil }
        let loader = loaders.first { $0.letter == first } ?? loaders[Int(first) % loaders.count]
        let file = dir.appendingPathComponent("input.yaml")
        try Data(input.dropFirst()).write(to: file)
        let start = Date()
        defer { #expect(Date().timeIntervalSince(start) < 2, "\(name) through \(loader.name) took too long") }
        do {
            try loader.load(file.path)
            return nil
        } catch let e as InputError {
            return e
        } catch let e as InputErrors {
            #expect(!e.errors.isEmpty, "\(name): InputErrors with no error")
            return e.errors.first
        } catch {
            Issue.record("\(name) through \(loader.name): \(type(of: error)): \(error)")
            return nil
        }
    }

    @Test("every seed of fuzz/corpus/FuzzYAML loads or is refused with an InputError, quickly")
    func yamlCorpus() throws {
        let corpus = TestPaths.root.appendingPathComponent("fuzz/corpus/FuzzYAML")
        let names = try FileManager.default.contentsOfDirectory(atPath: corpus.path).sorted()
        #expect(names.count > 40)
        let dir = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        for name in names {
            let input = try [UInt8](Data(contentsOf: corpus.appendingPathComponent(name)))
            let error = try Self.run(input, name: name, in: dir)
            if name.contains("bomb") {
                #expect(error?.code == TextKey.loaderAliasRefused.rawValue, "\(name): \(String(describing: error))")
            }
            if name.contains("deep") {
                #expect(error?.code == TextKey.yamlTooDeep.rawValue, "\(name): \(String(describing: error))")
            }
            if name.contains("utf16") || name.contains("latin1") {
                #expect(error?.code == TextKey.yamlNotUTF8.rawValue, "\(name): \(String(describing: error))")
            }
            // The examples shipped with the repository load through their own loader.
            if ["w-weights.yaml", "t-targets.yaml", "a-ahp.yaml", "f-framework.yaml", "m-bps-mapping.yaml"].contains(name) {
                #expect(error == nil, "\(name): \(String(describing: error))")
            }
        }
    }

    @Test("every seed of fuzz/corpus/FuzzCSVReader is read or refused with input errors")
    func csvCorpus() throws {
        let corpus = TestPaths.root.appendingPathComponent("fuzz/corpus/FuzzCSVReader")
        let dir = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let reader = ObservationFileReader(catalogue: Bundled.catalogue, regions: Bundled.regions)
        for name in try FileManager.default.contentsOfDirectory(atPath: corpus.path).sorted() {
            let input = try Data(contentsOf: corpus.appendingPathComponent(name))
            let file = dir.appendingPathComponent("input.csv")
            try input.dropFirst().write(to: file)
            let lenient = input.first.map { $0 & 0x40 != 0 } ?? false
            do {
                _ = try reader.read(path: file.path, options: ReadOptions(lenient: lenient))
            } catch is InputError {
            } catch is InputErrors {
            } catch {
                Issue.record("\(name): \(type(of: error)): \(error)")
            }
        }
    }

    /// Inputs a `FuzzYAML` run reached, kept inline: each is refused with an `InputError` at once.
    static let findings: [(name: String, input: String)] = [
        // An anchor on a key and the alias as the mapping's value: refused at the alias.
        ("anchored key", "w&a dimensions: *a\n"),
        // A document of nothing but a tag and an alias.
        ("tagged alias alone", "y!!map *x\n"),
        // An alias to an anchor never defined: libyaml emits the alias event, Yams would throw its own error.
        ("undefined alias", "t{dimensions: *nowhere}\n"),
        // A stream of several documents, the second one a bomb.
        ("second document", "w---\ndimensions: {}\n---\na: &a [x, x]\nb: [*a, *a]\n"),
        // A deep flow nesting ending without its brackets closed.
        ("deep unclosed", "a" + String(repeating: "[", count: 2_000)),
        // Deep block lists, 100 levels of "- ".
        ("deep block list", "p" + (0..<100).map { String(repeating: " ", count: 2 * $0) + "-\n" }.joined() + "x\n"),
        // A huge number where an AHP judgement goes.
        ("huge judgement", "adimensions:\n  order: [governance, branding]\n  matrix: [[1, 1e999], [1/1e999, 1]]\n"),
    ]

    @Test("the inputs a fuzz run reached are refused with an InputError, quickly")
    func inlineFindings() throws {
        let dir = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        for (name, input) in Self.findings {
            let error = try Self.run(Array(input.utf8), name: name, in: dir)
            #expect(error != nil, "\(name) was accepted")
        }
    }
}
