import Foundation
import Testing
@testable import SmartScore

/// Issue 20: the compiled catalogue gives back exactly what the YAML gives, and is never read stale.
@Suite("Compiled catalogue: the same values as the YAML, a new key for any change, damage ignored")
struct CompiledCatalogueTests {
    /// Every stored property, nested (classes' too), with the members of dictionaries and sets in sorted
    /// order (their iteration order is not a value): two loads are the same when these texts are.
    static func canonical(_ value: Any) -> String {
        let mirror = Mirror(reflecting: value)
        guard !mirror.children.isEmpty else { return String(reflecting: value) }
        var members = mirror.children.map { "\($0.label ?? ""): \(canonical($0.value))" }
        if mirror.displayStyle == .dictionary || mirror.displayStyle == .set { members.sort() }
        return "\(mirror.subjectType)(" + members.joined(separator: ", ") + ")"
    }

    static func fingerprint(_ workspace: Workspace) throws -> String {
        canonical(workspace.catalogue) + "\n" + canonical(try workspace.programmes())
    }

    /// A copy of the bundled catalogue folder that a test may change.
    static func copiedIndicators() throws -> URL {
        let folder = try TestPaths.temporaryDirectory().appendingPathComponent("indicators")
        try FileManager.default.copyItem(atPath: TestPaths.indicators, toPath: folder.path)
        return folder
    }

    static func paths(_ indicators: String, cache: URL, build: String = "test build") -> WorkspacePaths {
        WorkspacePaths(indicators: indicators, compiledCatalogue: CompiledCatalogue(folder: cache.path, build: build))
    }

    @Test("the first load keeps one entry; the second reads it and gives every property as the YAML did")
    func roundTrip() throws {
        let cache = try TestPaths.temporaryDirectory()
        let parsed = try Workspace(paths: WorkspacePaths(indicators: TestPaths.indicators))
        let first = try Workspace(paths: Self.paths(TestPaths.indicators, cache: cache))
        let entries = try FileManager.default.contentsOfDirectory(atPath: cache.path).filter { $0.hasSuffix(".bin") }
        #expect(entries.count == 1)
        let second = try Workspace(paths: Self.paths(TestPaths.indicators, cache: cache))
        #expect(parsed.catalogue.indicators.count > 300)
        #expect(try second.programmes().programmes.count == parsed.programmes().programmes.count)
        let expected = try Self.fingerprint(parsed)
        #expect(try Self.fingerprint(first) == expected)
        #expect(try Self.fingerprint(second) == expected)
        // The entry itself reads back whole, and holds the owners too.
        let compiled = CompiledCatalogue(folder: cache.path, build: "test build")
        let key = try #require(compiled.key(files: Self.paths(TestPaths.indicators, cache: cache).catalogueSources))
        let entry = try #require(compiled.load(key: key))
        #expect(entry.catalogue.owners.owners.count == parsed.catalogue.owners.owners.count)
        #expect(entry.catalogue.owners.owners.count > 10)
    }

    @Test("a changed catalogue file, another build or another user file is another key; the change is seen")
    func invalidation() throws {
        let cache = try TestPaths.temporaryDirectory()
        let folder = try Self.copiedIndicators()
        let before = try Workspace(paths: Self.paths(folder.path, cache: cache))
        let code = before.catalogue.indicators[0].code
        let file = folder.appendingPathComponent("iso37120.yaml")
        let original = try String(contentsOf: file, encoding: .utf8)
        let oldName = before.catalogue.indicators[0].name.en
        let edited = original.replacingOccurrences(of: "en: \"\(oldName)\"", with: "en: \"\(oldName) (edited)\"")
        #expect(edited != original)
        try edited.write(to: file, atomically: true, encoding: .utf8)
        let after = try Workspace(paths: Self.paths(folder.path, cache: cache))
        #expect(after.catalogue[code]?.name.en == oldName + " (edited)")
        let otherBuild = CompiledCatalogue(folder: cache.path, build: "another build")
        let sources = Self.paths(folder.path, cache: cache).catalogueSources
        #expect(otherBuild.key(files: sources) != CompiledCatalogue(folder: cache.path, build: "test build").key(files: sources))
        #expect(CompiledCatalogue(folder: cache.path, build: "b").key(files: sources)
                != CompiledCatalogue(folder: cache.path, build: "b").key(files: sources + [file.path]))
        let entries = try FileManager.default.contentsOfDirectory(atPath: cache.path).filter { $0.hasSuffix(".bin") }
        #expect(entries.count == 2)
    }

    @Test("a cut or damaged entry is ignored and the YAML parsed again; a folder that cannot be written costs nothing")
    func damage() throws {
        let cache = try TestPaths.temporaryDirectory()
        let expected = try Self.fingerprint(try Workspace(paths: Self.paths(TestPaths.indicators, cache: cache)))
        let entry = try #require(try FileManager.default.contentsOfDirectory(atPath: cache.path).first { $0.hasSuffix(".bin") })
        let path = cache.appendingPathComponent(entry)
        let bytes = try Data(contentsOf: path)
        for damaged in [bytes.prefix(bytes.count / 2), bytes + Data([0]), Data(bytes.map { $0 == 0x01 ? 0x02 : $0 })] {
            try damaged.write(to: path)
            #expect(try Self.fingerprint(try Workspace(paths: Self.paths(TestPaths.indicators, cache: cache))) == expected)
        }
        let notAFolder = cache.appendingPathComponent(entry)      // a file where the folder should be
        #expect(try Self.fingerprint(try Workspace(paths: Self.paths(TestPaths.indicators, cache: notAFolder))) == expected)
    }

    @Test("a broken programme file is not kept: it is reported on every load")
    func brokenNotKept() throws {
        let cache = try TestPaths.temporaryDirectory()
        let folder = try Self.copiedIndicators()
        try "programmes: [".write(to: folder.appendingPathComponent("programmes.yaml"), atomically: true, encoding: .utf8)
        for _ in 0..<2 {
            let workspace = try Workspace(paths: Self.paths(folder.path, cache: cache))
            #expect(throws: (any Error).self) { try workspace.programmes() }
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: cache.path).filter { $0.hasSuffix(".bin") }.isEmpty)
    }
}
