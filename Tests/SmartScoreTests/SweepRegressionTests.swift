import Foundation
import Testing
@testable import SmartScore

/// One test per defect a hostile-input sweep reproduced.
@Suite("Regressions found by the hostile-input sweep")
struct SweepRegressionTests {
    func temporary(_ name: String, _ text: String) throws -> (URL, String) {
        let dir = try TestPaths.temporaryDirectory()
        let path = dir.appendingPathComponent(name).path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return (dir, path)
    }

    @Test("output never replaces a folder, a device or a symlink: folders refused, devices written, links followed")
    func outputTargets() throws {
        let dir = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let folder = dir.appendingPathComponent("keep")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try "precious".write(to: folder.appendingPathComponent("sub/f.txt"), atomically: true, encoding: .utf8)
        #expect(throws: InputError.self) { try OutputFile.write(Data("x".utf8), to: folder.path) }
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("sub/f.txt").path))
        try OutputFile.write(Data("x".utf8), to: "/dev/null")
        var info = stat()
        #expect(stat("/dev/null", &info) == 0 && (info.st_mode & S_IFMT) == S_IFCHR)
        let link = dir.appendingPathComponent("link.txt"), target = dir.appendingPathComponent("target.txt")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: target)
        try OutputFile.write(Data("hello".utf8), to: link.path)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == target.path)
        #expect(try String(contentsOf: target, encoding: .utf8) == "hello")
        #expect(throws: InputError.self) { try OutputFile.write(Data("x".utf8), to: "/dev/full") }
    }

    @Test("YAML aliases are refused at their line; quoted asterisks and ampersands are fine")
    func aliases() throws {
        #expect(throws: Never.self) { try YAMLNode.parse("a: \"R&D * 2\"\nb: 'x *y'\nc: 3 # *not\n", file: "f") }
        do {
            _ = try YAMLNode.parse("a: &x [1, 2]\nb: [*x, *x]\n", file: "f.yaml")
            Issue.record("an alias was accepted")
        } catch let e as InputError {
            #expect(e.message.hasPrefix("YAML aliases") && e.location?.line == 2 && e.location?.column == 5)
        }
    }

    @Test("overflowing weights and implausible values are refused; a non-finite index is null with a reason")
    func overflow() throws {
        let (dir, weights) = try temporary("w.yaml", "dimensions: {governance: 1e308}\n")
        defer { try? FileManager.default.removeItem(at: dir) }
        #expect(throws: InputError.self) { try WeightsFile.load(path: weights, catalogue: Bundled.catalogue) }
        let (dir2, csv) = try temporary("v.csv", "city_code,city_name,year,indicator,value\n72.71,Kota Palu,2021,37120:5.5,1.797e308\n")
        defer { try? FileManager.default.removeItem(at: dir2) }
        do {
            _ = try ObservationFileReader(catalogue: Bundled.catalogue, regions: Bundled.regions).read(path: csv)
            Issue.record("1.797e308 accepted")
        } catch let e as InputErrors {
            #expect(e.errors[0].message.hasPrefix("1.797e+308 is not a plausible value") || e.errors[0].message.contains("not a plausible value"))
        }
        let (ranks, _) = Ranking.rank([.infinity, 50], codes: ["a", "b"])
        #expect(ranks == [nil, 1])
    }

    @Test("z-scores of a constant column are exactly 0 even when its mean is not representable")
    func constantZscore() {
        let n = Normaliser.normaliseColumn([0.1, 0.1, 0.1], indicator: TinyCohort.indicator("local:Z.1"), method: .zscore)
        #expect(n == [0, 0, 0])
    }

    @Test("control characters in a name are refused; a conflict across two files names the line; an oversized run count is refused")
    func namesConflictsAndSamples() throws {
        let (dir, nul) = try temporary("n.csv", "city_code,city_name,year,indicator,value\n99.01,Kota\u{0}Baru,2021,37120:5.1,4\n")
        defer { try? FileManager.default.removeItem(at: dir) }
        let reader = ObservationFileReader(catalogue: Bundled.catalogue, regions: Bundled.regions)
        #expect(throws: InputErrors.self) { try reader.read(path: nul) }
        let a = dir.appendingPathComponent("a.csv").path, b = dir.appendingPathComponent("b.csv").path
        try "city_code,city_name,year,indicator,value\n72.71,Kota Palu,2021,37120:5.1,4.5\n".write(toFile: a, atomically: true, encoding: .utf8)
        try "city_code,city_name,year,indicator,value\n72.71,Kota Palu,2020,37120:5.1,4\n72.71,Kota Palu,2021,37120:5.1,4.6\n".write(toFile: b, atomically: true, encoding: .utf8)
        let store = try Store(path: dir.appendingPathComponent("s.sqlite").path)
        do {
            _ = try store.importFiles([(a, try reader.read(path: a)), (b, try reader.read(path: b))], dataset: "d", replace: false)
            Issue.record("conflict accepted")
        } catch let e as InputErrors {
            #expect(e.errors[0].location?.file == b && e.errors[0].location?.line == 3)
        }
        let r = try Bundled.engine.score(Bundled.matrix(TestPaths.fixture("scoring/cohort.csv").path), method: ScoringMethod())
        #expect(throws: InputError.self) { try SensitivityAnalysis.run(r, options: SensitivityOptions(samples: 1_000_000_000)) }
    }
}
