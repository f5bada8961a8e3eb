import Foundation
import PropertyBased
import Testing
@testable import SmartScore

/// User data never crashes the tool: mangled CSV and YAML files end in a result or an input error, never a trap.
@Suite("Robustness: mangled inputs give errors, never crashes")
struct RobustnessTests {
    static let seeds = [
        try! Data(contentsOf: TestPaths.root.appendingPathComponent("datasets/examples/mistakes.csv")),
        try! Data(contentsOf: TestPaths.root.appendingPathComponent("datasets/examples/excel_id.csv")),
        try! Data(contentsOf: TestPaths.root.appendingPathComponent("datasets/examples/wide.csv")),
    ]
    static let alphabet: [UInt8] = Array("\",;\n\r\t 0123456789.-eE".utf8) + [0, 0xEF, 0xBB, 0xBF, 0xC3, 0xFF]

    /// `seed`'s bytes with a few random edits: insertions, deletions and replacements from `alphabet`.
    static func mangle(_ data: Data, seed: Int) -> Data {
        var g = SeededGenerator(seed: UInt64(seed))
        var bytes = [UInt8](data)
        for _ in 0..<(1 + Int(g.nextUniform() * 12)) {
            let at = Int(g.nextUniform() * Double(bytes.count + 1))
            let byte = alphabet[Int(g.nextUniform() * Double(alphabet.count))]
            switch Int(g.nextUniform() * 3) {
            case 0: bytes.insert(byte, at: min(at, bytes.count))
            case 1: if !bytes.isEmpty { bytes.remove(at: min(at, bytes.count - 1)) }
            default: if !bytes.isEmpty { bytes[min(at, bytes.count - 1)] = byte }
            }
        }
        return Data(bytes)
    }

    @Test("mangled CSV files are read or refused with located errors, and a valid result scores")
    func mangledCSV() async throws {
        let dir = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let reader = ObservationFileReader(catalogue: Bundled.catalogue, regions: Bundled.regions)
        await propertyCheck(count: 150, input: Gen.int(in: 0...1_000_000)) { seed in
            let path = dir.appendingPathComponent("m\(seed).csv").path
            _ = FileManager.default.createFile(atPath: path, contents: Self.mangle(Self.seeds[seed % Self.seeds.count], seed: seed))
            defer { try? FileManager.default.removeItem(atPath: path) }
            for lenient in [false, true] {
                do {
                    let result = try reader.read(path: path, options: ReadOptions(lenient: lenient))
                    if !result.batch.isEmpty {
                        let matrix = try IndicatorMatrix.build(from: result.batch, catalogue: Bundled.catalogue)
                        _ = try Bundled.engine.score(matrix, method: ScoringMethod(minCoverage: 0))
                    }
                } catch let e as InputErrors {
                    #expect(e.errors.allSatisfy { $0.location?.file == path } || e.errors.isEmpty)
                } catch let e as InputError {
                    #expect(e.location?.file == path || e.location?.parameter != nil || e.location?.flag != nil || e.location == nil)
                } catch {
                    Issue.record("unexpected error type: \(error)")
                }
            }
        }
    }

    @Test("mangled catalogue YAML is refused with an input error")
    func mangledYAML() async throws {
        let dir = try TestPaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        let source = try Data(contentsOf: TestPaths.root.appendingPathComponent("indicators/local.yaml"))
        await propertyCheck(count: 60, input: Gen.int(in: 0...1_000_000)) { seed in
            let path = dir.appendingPathComponent("c\(seed).yaml").path
            _ = FileManager.default.createFile(atPath: path, contents: Self.mangle(source.prefix(4000), seed: seed))
            defer { try? FileManager.default.removeItem(atPath: path) }
            do {
                _ = try Catalogue.load(directory: TestPaths.indicators, userFiles: [path])
            } catch is InputError {
            } catch {
                Issue.record("unexpected error type: \(error)")
            }
        }
    }
}
